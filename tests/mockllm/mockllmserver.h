// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"
#include "fault.h"
#include "framing.h"
#include "recorder.h"
#include "serverstate.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <memory>

class QTcpServer;

namespace Redliner::MockLlm {

class Router;

// A faithful stand-in for the LLM APIs Redliner talks to, on 127.0.0.1. One port serves every
// dialect (llm-wire.md §7): OpenAI POST /v1/chat/completions, Anthropic POST /v1/messages, Ollama
// POST /api/chat, the local OpenAI-compatible flavour under /local/v1/..., GET /v1/models,
// /api/tags, /health, and the /mock/* control endpoints. HTTP/1.1 with keep-alive, and cleartext
// HTTP/2 with prior knowledge on the same port.
//
// Construct and listen() in the thread that will serve (see MockLlmServerThread); every other
// method is thread-safe and may be called from any thread while requests are in flight.
class MockLlmServer final : public QObject {
    Q_OBJECT
public:
    explicit MockLlmServer(QObject *parent = nullptr);
    ~MockLlmServer() override;

    bool listen(quint16 port = 0);   // 0: any free port
    void close();
    quint16 port() const { return m_port.load(); }
    QUrl baseUrl() const;            // http://127.0.0.1:PORT
    QString errorString() const;

    // Configuration; a change applies to requests that arrive after it.
    void setLatency(Dialect dialect, int ms);       // before the status line of every reply of that dialect
    int latency(Dialect dialect) const;
    void setLatencyJitter(int ms);                  // + [0, ms], a function of seed and request body
    void setSeed(quint32 seed);
    void setKnownModels(const QStringList &models); // empty (default): any model name is accepted
    void setApiKey(const QByteArray &key);          // default "test-key"
    void setRequireKeyForLocal(bool require);       // the local OpenAI flavour; /api/chat never needs one
    void setHttp2Enabled(bool enabled);             // default true
    void setLocalChatCompletions(bool local);       // plain /v1/chat/completions is the local flavour
    void setReasoningModelChecks(bool enabled);     // OpenAI: reject max_tokens and temperature != 1
    void setFraming(const Framing &framing);        // default framing of every reply
    // The anthropic-version values accepted (a gateway that knows one has a list of one); empty:
    // the default, 2023-06-01 and 2026-10-21.
    void setAnthropicVersions(const QStringList &versions);
    ServerConfig config() const;

    // Faults: a FIFO queue (see Fault).
    void script(const Fault &fault);
    void script(const QList<Fault> &faults);
    void clearFaults();
    int pendingFaults() const;

    // What the clients sent, in arrival order.
    QList<RecordedRequest> requests() const;
    int requestCount() const;
    void clearRequests();
    void reset();                                   // faults and requests; configuration stays

signals:
    // Emitted in the server's thread once a request is recorded (before its reply starts).
    void requestRecorded(int sequence);

private:
    void acceptConnections();

    std::unique_ptr<ServerState> m_state;
    std::unique_ptr<Router> m_router;
    QTcpServer *m_tcpServer;
    QObject *m_connections;          // parent of every connection, deleted before the router
    std::atomic<quint16> m_port{0};
    quint64 m_nextConnectionId = 1;
};

} // namespace Redliner::MockLlm
