// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockllmserverthread.h"

#include "mockllmserver.h"

#include <QSemaphore>
#include <QThread>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

class MockLlmServerThread::Runner final : public QThread {
public:
    quint16 requestedPort = 0;
    std::function<void(MockLlmServer &)> configure;
    QSemaphore listening;
    std::atomic<MockLlmServer *> server = nullptr;
    quint16 port = 0;
    QString error;

protected:
    void run() override
    {
        // Created, served and destroyed in this thread.
        MockLlmServer instance;
        if (configure)
            configure(instance);
        const bool ok = instance.listen(requestedPort);
        port = ok ? instance.port() : 0;
        error = ok ? QString() : instance.errorString();
        server = ok ? &instance : nullptr;
        listening.release();
        if (!ok)
            return;
        exec();
        server = nullptr;
    }
};

MockLlmServerThread::MockLlmServerThread() = default;

MockLlmServerThread::~MockLlmServerThread()
{
    stop();
}

quint16 MockLlmServerThread::start(quint16 port, const std::function<void(MockLlmServer &)> &configure)
{
    stop();
    m_runner = std::make_unique<Runner>();
    m_runner->setObjectName(u"redliner-mockllm"_s);
    m_runner->requestedPort = port;
    m_runner->configure = configure;
    m_runner->start();
    m_runner->listening.acquire();
    return m_runner->port;
}

void MockLlmServerThread::stop()
{
    if (!m_runner)
        return;
    m_runner->quit();
    m_runner->wait();
    m_runner.reset();
}

MockLlmServer *MockLlmServerThread::server() const
{
    return m_runner ? m_runner->server.load() : nullptr;
}

quint16 MockLlmServerThread::port() const
{
    return m_runner ? m_runner->port : 0;
}

QUrl MockLlmServerThread::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

QString MockLlmServerThread::errorString() const
{
    return m_runner ? m_runner->error : QString();
}

} // namespace Redliner::MockLlm
