// SPDX-License-Identifier: GPL-3.0-or-later
#include "ollamadialect.h"

#include "sseframer.h"
#include "wireformat.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

namespace {

// Ollama itself sends no request id; the mock adds x-request-id to every reply of every dialect so
// that a client's logs can always name the exchange.
HeaderList baseHeaders(const RequestContext &context)
{
    return HeaderList{{"x-request-id"_ba, context.requestId}};
}

ReplyPlan error(const RequestContext &context, int status, const QString &message, const HeaderList &extra = {})
{
    return jsonReply(status, baseHeaders(context) + extra, QJsonObject{{u"error"_s, message}});
}

} // namespace

std::optional<ReplyPlan> OllamaDialect::reject(const RequestContext &context) const
{
    if (context.request.method == "GET")
        return std::nullopt;
    if (!context.bodyIsObject)
        return error(context, 400, u"invalid character looking for beginning of value"_s);
    if (context.model().isEmpty())
        return error(context, 400, u"model is required"_s);
    if (!context.json.value(u"messages").isArray() || context.json.value(u"messages").toArray().isEmpty())
        return error(context, 400, u"messages is required"_s);
    if (!context.config.knownModels.isEmpty() && !context.config.knownModels.contains(context.model()))
        return error(context, 404, u"model \"%1\" not found, try pulling it first"_s.arg(context.model()));
    return std::nullopt;
}

ReplyPlan OllamaDialect::notFound(const RequestContext &context) const
{
    return bodyReply(404, baseHeaders(context), "text/plain; charset=utf-8"_ba, "404 page not found"_ba);
}

ReplyPlan OllamaDialect::badRequest(const RequestContext &context, const QString &message) const
{
    return error(context, 400, message);
}

ReplyPlan OllamaDialect::statusFault(const RequestContext &context, const Fault &fault) const
{
    const RetryAfter retry = resolveRetryAfter(fault, context.now);
    HeaderList extra;
    if (!retry.header.isEmpty())
        extra.append({"retry-after"_ba, retry.header});
    if (!retry.headerMs.isEmpty())
        extra.append({"retry-after-ms"_ba, retry.headerMs});
    if (fault.html.value_or(fault.status == 502 || fault.status == 504))
        return bodyReply(fault.status, baseHeaders(context) + extra, "text/html"_ba, htmlErrorPage(fault.status));
    QString message;
    switch (fault.status) {
    case 404: message = u"model \"%1\" not found, try pulling it first"_s.arg(context.model()); break;
    case 429: message = u"too many requests"_s; break;
    case 500: message = u"an error was encountered while running the model: unexpected EOF"_s; break;
    case 503: message = u"server busy, please try again.  maximum pending requests exceeded"_s; break;
    default: message = u"request failed with status %1"_s.arg(fault.status); break;
    }
    if (!fault.message.isEmpty())
        message = fault.message;
    return error(context, fault.status, message, extra);
}

ReplyPlan OllamaDialect::models(const RequestContext &context) const
{
    const QStringList names = context.config.knownModels.isEmpty() ? QStringList{u"mock-model"_s}
                                                                    : context.config.knownModels;
    QJsonArray models;
    for (const QString &name : names) {
        models.append(QJsonObject{{u"name"_s, name}, {u"model"_s, name},
                                  {u"modified_at"_s, u"2025-01-01T00:00:00Z"_s}, {u"size"_s, 2019393189},
                                  {u"digest"_s, u"a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72"_s},
                                  {u"details"_s, QJsonObject{{u"format"_s, u"gguf"_s}, {u"family"_s, u"llama"_s}}}});
    }
    return jsonReply(200, baseHeaders(context), QJsonObject{{u"models"_s, models}});
}

bool OllamaDialect::wantsStream(const RequestContext &context) const
{
    return context.json.value(u"stream").toBool(true);
}

ReplyPlan OllamaDialect::answer(const RequestContext &context, const Generation &generation,
                                const Framing &framing) const
{
    SeededRandom random(context.seed);
    const QByteArray createdAt = context.now.toString(Qt::ISODateWithMs).toLatin1();
    QString content = generation.text;
    QByteArray doneReason = "stop"_ba;
    if (generation.is(Fault::Kind::Refusal))
        content = refusalText.toString();
    else if (generation.is(Fault::Kind::ContentFilter))
        content.clear();
    else if (generation.is(Fault::Kind::Length))
        doneReason = "length"_ba;
    const bool lead = generation.leadingWhitespace && !content.isEmpty();
    // Durations in nanoseconds, derived from the token counts like a GPU at ~50 tokens/s would.
    const qint64 evalNs = qint64(generation.completionTokens) * 20'000'000;
    const qint64 promptNs = qint64(generation.promptTokens) * 250'000;
    const QByteArray stats = ",\"total_duration\":"_ba + QByteArray::number(evalNs + promptNs + 5'000'000)
                           + ",\"load_duration\":5000000,\"prompt_eval_count\":"_ba
                           + QByteArray::number(generation.promptTokens) + ",\"prompt_eval_duration\":"_ba
                           + QByteArray::number(promptNs) + ",\"eval_count\":"_ba
                           + QByteArray::number(generation.completionTokens) + ",\"eval_duration\":"_ba
                           + QByteArray::number(evalNs);
    const QByteArray head = "{\"model\":"_ba + jsonString(context.model()) + ",\"created_at\":\""_ba + createdAt
                          + "\",\"message\":{\"role\":\"assistant\",\"content\":"_ba;

    if (!wantsStream(context)) {
        if (generation.is(Fault::Kind::MidStreamError)) {
            Fault serverError;
            serverError.status = 500;
            serverError.message = generation.errorMessage;
            return statusFault(context, serverError);
        }
        if (lead)
            content.prepend(Generation::whitespaceDeltas().join(QString()));
        QByteArray body =
            head + jsonString(content) + "},\"done_reason\":\""_ba + doneReason + "\",\"done\":true"_ba + stats + '}';
        if (generation.is(Fault::Kind::BrokenBody))
            body.truncate(body.size() * 3 / 5);
        return bodyReply(200, baseHeaders(context), "application/json; charset=utf-8"_ba, body);
    }

    QList<QByteArray> lines;
    QList<QString> deltas = splitDeltas(content, random);
    if (lead)
        deltas = Generation::whitespaceDeltas() + deltas;
    for (qsizetype i = 0; i < deltas.size(); ++i) {
        if (generation.is(Fault::Kind::MidStreamError) && i == deltas.size() / 2) {
            const QString message = generation.errorMessage.isEmpty()
                                        ? u"an error was encountered while running the model: unexpected EOF"_s
                                        : generation.errorMessage;
            lines.append("{\"error\":"_ba + jsonString(message) + '}');
            return streamReply(baseHeaders(context), "application/x-ndjson"_ba, frameNdjson(lines));
        }
        QByteArray line = head + jsonString(deltas.at(i)) + "},\"done\":false}"_ba;
        if (generation.is(Fault::Kind::BrokenBody) && i == deltas.size() / 2)
            line.truncate(line.size() * 2 / 3);
        lines.append(line);
    }
    lines.append(head + "\"\"},\"done_reason\":\""_ba + doneReason + "\",\"done\":true"_ba + stats + '}');
    Q_UNUSED(framing); // NDJSON has no SSE framing; chunking is applied by the router
    return streamReply(baseHeaders(context), "application/x-ndjson"_ba, frameNdjson(lines));
}

} // namespace Redliner::MockLlm
