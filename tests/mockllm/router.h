// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anthropicdialect.h"
#include "controlapi.h"
#include "dialect.h"
#include "ollamadialect.h"
#include "openaidialect.h"

#include <functional>
#include <optional>

namespace Redliner::MockLlm {

class Exchange;
class ServerState;

// Decides everything about a request the moment it is complete: which dialect, whether it is
// rejected, which fault applies, how long to wait, which bytes to send and how to cut them. The
// plan is then played with timers, so this is the only per-request work and it never blocks.
class Router final {
public:
    Router(ServerState &state, std::function<void(int sequence)> recorded);

    void dispatch(Exchange *exchange);

private:
    enum class Endpoint { Generation, Models, Health, NotFound };
    struct Route {
        Endpoint endpoint = Endpoint::NotFound;
        std::optional<Dialect> dialect;
        const WireDialect *wire = nullptr;
    };

    // What is decided when a request arrives (cheap); the reply's bytes are built from it later.
    struct Decision {
        ServerConfig config;
        Route route;
        QJsonObject json;
        bool bodyIsObject = false;
        quint64 seed = 0;
        quint64 serial = 0;
        QByteArray requestId;
        QDateTime now;
        std::optional<Fault> fault;
        Framing framing;
        std::optional<ReplyPlan> early;   // a rejection: auth, validation, bad scenario, unknown path
    };

    Route resolve(const HttpRequest &request, const ServerConfig &config) const;
    static RequestContext contextOf(const HttpRequest &request, const Decision &decision);
    ReplyPlan build(const HttpRequest &request, const Decision &decision) const;
    ReplyPlan answerWithFault(const RequestContext &context, const Route &route, const std::optional<Fault> &fault,
                              const Framing &framing) const;

    ServerState &m_state;
    std::function<void(int)> m_recorded;
    ControlApi m_control;
    OpenAiDialect m_openAi;
    AnthropicDialect m_anthropic;
    OllamaDialect m_ollama;
    quint64 m_serial = 0;
};

} // namespace Redliner::MockLlm
