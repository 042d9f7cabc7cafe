// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockllmserver.h"

#include "http1connection.h"
#include "protocolsniffer.h"
#include "router.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

MockLlmServer::MockLlmServer(QObject *parent)
    : QObject(parent), m_state(std::make_unique<ServerState>()), m_tcpServer(new QTcpServer(this)),
      m_connections(new QObject(this))
{
    m_router = std::make_unique<Router>(*m_state, [this](int sequence) { emit requestRecorded(sequence); });
    // A benchmark opens hundreds of connections at once.
    m_tcpServer->setMaxPendingConnections(1024);
    connect(m_tcpServer, &QTcpServer::newConnection, this, &MockLlmServer::acceptConnections);
}

MockLlmServer::~MockLlmServer()
{
    // Connections hold the router's dispatch; they go first.
    delete m_tcpServer;
    delete m_connections;
}

bool MockLlmServer::listen(quint16 port)
{
    // A benchmark connects hundreds of clients at once; Qt's default backlog of 50 would drop SYNs.
    m_tcpServer->setListenBacklogSize(1024);
    if (!m_tcpServer->listen(QHostAddress::LocalHost, port))
        return false;
    m_port.store(m_tcpServer->serverPort());
    return true;
}

void MockLlmServer::close()
{
    m_tcpServer->close();
    m_port.store(0);
}

QUrl MockLlmServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

QString MockLlmServer::errorString() const
{
    return m_tcpServer->errorString();
}

void MockLlmServer::acceptConnections()
{
    const bool http2 = m_state->config().http2;
    Router *router = m_router.get();
    const auto dispatch = [router](Exchange *exchange) { router->dispatch(exchange); };
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        // Every write is flushed at once; Nagle would merge the slices a chunking policy made.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const quint64 id = m_nextConnectionId++;
        if (http2)
            new ProtocolSniffer(socket, id, dispatch, m_connections);
        else
            new Http1Connection(socket, QByteArray(), id, dispatch, m_connections);
    }
}

void MockLlmServer::setLatency(Dialect dialect, int ms)
{
    m_state->updateConfig([&](ServerConfig &config) { config.latencyMs[size_t(dialect)] = std::max(0, ms); });
}

int MockLlmServer::latency(Dialect dialect) const
{
    return m_state->config().latency(dialect);
}

void MockLlmServer::setLatencyJitter(int ms)
{
    m_state->updateConfig([&](ServerConfig &config) { config.jitterMs = std::max(0, ms); });
}

void MockLlmServer::setSeed(quint32 seed)
{
    m_state->updateConfig([&](ServerConfig &config) { config.seed = seed; });
}

void MockLlmServer::setKnownModels(const QStringList &models)
{
    m_state->updateConfig([&](ServerConfig &config) { config.knownModels = models; });
}

void MockLlmServer::setApiKey(const QByteArray &key)
{
    m_state->updateConfig([&](ServerConfig &config) { config.apiKey = key; });
}

void MockLlmServer::setRequireKeyForLocal(bool require)
{
    m_state->updateConfig([&](ServerConfig &config) { config.requireKeyForLocal = require; });
}

void MockLlmServer::setHttp2Enabled(bool enabled)
{
    m_state->updateConfig([&](ServerConfig &config) { config.http2 = enabled; });
}

void MockLlmServer::setLocalChatCompletions(bool local)
{
    m_state->updateConfig([&](ServerConfig &config) { config.localChatCompletions = local; });
}

void MockLlmServer::setReasoningModelChecks(bool enabled)
{
    m_state->updateConfig([&](ServerConfig &config) { config.reasoningChecks = enabled; });
}

void MockLlmServer::setFraming(const Framing &framing)
{
    m_state->updateConfig([&](ServerConfig &config) { config.framing = framing; });
}

void MockLlmServer::setAnthropicVersions(const QStringList &versions)
{
    m_state->updateConfig([&](ServerConfig &config) {
        config.anthropicVersions = versions.isEmpty() ? defaultAnthropicVersions() : versions;
    });
}

ServerConfig MockLlmServer::config() const
{
    return m_state->config();
}

void MockLlmServer::script(const Fault &fault)
{
    m_state->script({fault});
}

void MockLlmServer::script(const QList<Fault> &faults)
{
    m_state->script(faults);
}

void MockLlmServer::clearFaults()
{
    m_state->clearFaults();
}

int MockLlmServer::pendingFaults() const
{
    return m_state->pendingFaults();
}

QList<RecordedRequest> MockLlmServer::requests() const
{
    return m_state->requests();
}

int MockLlmServer::requestCount() const
{
    return m_state->requestCount();
}

void MockLlmServer::clearRequests()
{
    m_state->clearRequests();
}

void MockLlmServer::reset()
{
    m_state->clearFaults();
    m_state->clearRequests();
}

} // namespace Redliner::MockLlm
