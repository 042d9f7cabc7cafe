// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"
#include "fault.h"
#include "framing.h"
#include "generation.h"
#include "httprequest.h"
#include "replyplan.h"
#include "serverstate.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Redliner::MockLlm {

// What a dialect needs to know about the request it answers.
struct RequestContext final {
    const HttpRequest &request;
    const ServerConfig &config;
    Dialect dialect;
    QJsonObject json;              // the body, when it is a JSON object
    bool bodyIsObject = false;
    quint64 seed = 0;              // from the server seed and the body: same request, same bytes
    quint64 serial = 0;            // the router's count of requests, for ids and rate-limit counters
    QByteArray requestId;          // x-request-id / request-id
    QDateTime now;                 // UTC

    QString model() const { return json.value(QLatin1StringView("model")).toString(); }
};

// One wire format: OpenAI Chat Completions (and its local flavour), Anthropic Messages, Ollama's
// native /api/chat. Each turns the mock's decisions into that provider's exact bytes.
class WireDialect {
public:
    virtual ~WireDialect() = default;

    // Authentication, then body validation; nullopt when the request may be answered.
    virtual std::optional<ReplyPlan> reject(const RequestContext &context) const = 0;
    virtual ReplyPlan notFound(const RequestContext &context) const = 0;
    virtual ReplyPlan badRequest(const RequestContext &context, const QString &message) const = 0;
    virtual ReplyPlan statusFault(const RequestContext &context, const Fault &fault) const = 0;
    virtual ReplyPlan models(const RequestContext &context) const = 0;
    virtual bool wantsStream(const RequestContext &context) const = 0;
    // The answer, SSE/NDJSON units already framed (line endings, comments); the router slices them.
    virtual ReplyPlan answer(const RequestContext &context, const Generation &generation,
                             const Framing &framing) const = 0;
};

} // namespace Redliner::MockLlm
