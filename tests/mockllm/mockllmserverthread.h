// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace Redliner::MockLlm {

class MockLlmServer;

// Runs a MockLlmServer in a thread of its own, so that a test's client (in the main thread) and
// the server never share an event loop. start() returns once the server listens — no sleeping.
class MockLlmServerThread final {
public:
    MockLlmServerThread();
    ~MockLlmServerThread();          // stop()
    MockLlmServerThread(const MockLlmServerThread &) = delete;
    MockLlmServerThread &operator=(const MockLlmServerThread &) = delete;

    // `configure` runs in the server's thread before it listens. Returns the port, 0 on failure.
    quint16 start(quint16 port = 0, const std::function<void(MockLlmServer &)> &configure = {});
    void stop();

    // Valid between start() and stop(); only its thread-safe methods may be called.
    MockLlmServer *server() const;
    quint16 port() const;
    QUrl baseUrl() const;
    QString errorString() const;

private:
    class Runner;
    std::unique_ptr<Runner> m_runner;
};

} // namespace Redliner::MockLlm
