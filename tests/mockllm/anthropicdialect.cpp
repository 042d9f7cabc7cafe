// SPDX-License-Identifier: GPL-3.0-or-later
#include "anthropicdialect.h"

#include "anthropicrules.h"
#include "sseframer.h"
#include "wireformat.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

namespace {

constexpr int requestLimit = 4000;
constexpr int inputTokenLimit = 400000;
constexpr int outputTokenLimit = 80000;

HeaderList baseHeaders(const RequestContext &context)
{
    return HeaderList{{"request-id"_ba, context.requestId},
                      {"anthropic-organization-id"_ba, "5d2c1f0e-0000-4000-8000-00000000beef"_ba}};
}

void addRateLimits(HeaderList &headers, const RequestContext &context, bool exhausted, double resetSeconds)
{
    const qint64 used = qint64(context.serial % requestLimit);
    const QByteArray reset = rfc3339(context.now.addMSecs(qint64(resetSeconds * 1000)));
    const QByteArray soon = rfc3339(context.now.addSecs(1));
    const auto add = [&](const QByteArray &name, qint64 limit, qint64 remaining) {
        headers.append({"anthropic-ratelimit-"_ba + name + "-limit"_ba, QByteArray::number(limit)});
        headers.append({"anthropic-ratelimit-"_ba + name + "-remaining"_ba, QByteArray::number(exhausted ? 0 : remaining)});
        headers.append({"anthropic-ratelimit-"_ba + name + "-reset"_ba, exhausted ? reset : soon});
    };
    add("requests"_ba, requestLimit, requestLimit - 1 - used);
    add("input-tokens"_ba, inputTokenLimit, inputTokenLimit - 1 - (used * 613) % inputTokenLimit);
    add("output-tokens"_ba, outputTokenLimit, outputTokenLimit - 1 - (used * 97) % outputTokenLimit);
    add("tokens"_ba, inputTokenLimit + outputTokenLimit, inputTokenLimit + outputTokenLimit - 1 - (used * 710) % inputTokenLimit);
}

ReplyPlan error(const RequestContext &context, int status, const QString &type, const QString &message,
                const QString &errorCode = {}, HeaderList extra = {})
{
    HeaderList headers = baseHeaders(context);
    headers.append(extra);
    QJsonObject error{{u"type"_s, type}, {u"message"_s, message}};
    if (!errorCode.isEmpty())
        error.insert(u"details"_s, QJsonObject{{u"error_code"_s, errorCode}});
    const QJsonObject body{
        {u"type"_s, u"error"_s}, {u"error"_s, error}, {u"request_id"_s, QString::fromLatin1(context.requestId)}};
    return jsonReply(status, headers, body);
}

// The error.type and message the API sends for a status, refined by the error code where the
// code changes the story (spend limits, ramp limits).
std::pair<QString, QString> defaultError(const RequestContext &context, const Fault &fault)
{
    const QString &code = fault.errorCode;
    switch (fault.status) {
    case 400: return {u"invalid_request_error"_s, u"max_tokens: Input should be a valid integer"_s};
    case 401: return {u"authentication_error"_s, u"invalid x-api-key"_s};
    case 402:
        if (code == u"linked_organization_spend_limit_reached") {
            return {u"billing_error"_s, u"The organization linked to this request's user profile has reached its spend "
                                        "limit or lacks credit for this request."_s};
        }
        return {u"billing_error"_s, u"Your credit balance is too low to access the Anthropic API."_s};
    case 403: return {u"permission_error"_s, u"Your API key does not have permission to use the specified resource."_s};
    case 404: return {u"not_found_error"_s, u"model: %1"_s.arg(context.model())};
    case 408: return {u"timeout_error"_s, u"Request timed out"_s};
    case 409: return {u"conflict_error"_s, u"Conflict."_s};
    case 412: return {u"invalid_request_error"_s, u"Precondition failed."_s};
    case 413: return {u"request_too_large"_s, u"Request exceeds the maximum allowed number of bytes."_s};
    case 429:
        if (code == u"enforced_spend_limit_reached") {
            return {u"rate_limit_error"_s, u"Your organization has reached the spend limit of its usage tier for this "
                                           "month. Raise the limit in the Console or wait for next month."_s};
        }
        if (code == u"contract_spend_limit_reached") {
            return {u"rate_limit_error"_s, u"Your organization has reached the spend limit of its contract. Contact "
                                           "your account team to raise it."_s};
        }
        if (code == u"ramp_limit_exceeded") {
            return {u"rate_limit_error"_s, u"This request would exceed a ramp limit, which caps how fast usage can "
                                           "grow. Retry after the time in the retry-after header."_s};
        }
        if (fault.quota) {
            return {u"rate_limit_error"_s, u"You have reached your specified API usage limits. You will regain access "
                                           "on 2099-01-01 at 00:00 UTC."_s};
        }
        return {u"rate_limit_error"_s, u"This request would exceed the rate limit for your organization of 400,000 "
                                       "input tokens per minute. Please reduce the prompt length or the maximum tokens "
                                       "requested, or try again later."_s};
    case 431: return {u"invalid_request_error"_s, u"Request header fields too large."_s};
    case 499: return {u"invalid_request_error"_s, u"Client closed request."_s};
    case 500: return {u"api_error"_s, u"Internal server error"_s};
    case 501: return {u"api_error"_s, u"Not implemented."_s};
    case 503: return {u"api_error"_s, u"Service unavailable."_s};
    case 504: return {u"timeout_error"_s, u"Request timed out"_s};
    case 529:
        if (code == u"compaction_unavailable") {
            return {u"overloaded_error"_s,
                    u"The compaction could not be completed for a transient server reason. Retry the request."_s};
        }
        return {u"overloaded_error"_s, u"Overloaded"_s};
    default:
        return {fault.status < 500 ? u"invalid_request_error"_s : u"api_error"_s,
                u"The request failed (HTTP %1)."_s.arg(fault.status)};
    }
}

// A mid-stream failure asked for without a stream: the status the API uses for that error type.
int statusOfType(const QString &type)
{
    static const QHash<QString, int> statuses{{u"invalid_request_error"_s, 400}, {u"authentication_error"_s, 401},
                                              {u"billing_error"_s, 402},         {u"permission_error"_s, 403},
                                              {u"not_found_error"_s, 404},       {u"rate_limit_error"_s, 429},
                                              {u"timeout_error"_s, 504},         {u"api_error"_s, 500},
                                              {u"overloaded_error"_s, 529}};
    return statuses.value(type, 529);
}

// What a mid-stream failure reports: overloaded_error "Overloaded" unless the fault names another
// type (then that type's usual status and message), message or code.
Fault midStreamFailure(const Generation &generation)
{
    Fault failure;
    failure.errorType = generation.errorType.isEmpty() ? u"overloaded_error"_s : generation.errorType;
    failure.status = statusOfType(failure.errorType);
    failure.message = generation.errorMessage;
    failure.errorCode = generation.errorCode;
    return failure;
}

// The tool the request forces, or the first it offers; empty: answer in a text block (structured
// output via output_config.format or the older output_format, or tool_choice none).
QString toolName(const QJsonObject &json)
{
    const QJsonValue format = json.value(u"output_config").toObject().value(u"format");
    if ((!format.isUndefined() && !format.isNull()) || json.contains(u"output_format"))
        return {};
    const QJsonObject choice = json.value(u"tool_choice").toObject();
    if (choice.value(u"type").toString() == u"none")
        return {};
    if (choice.value(u"type").toString() == u"tool")
        return choice.value(u"name").toString();
    return json.value(u"tools").toArray().first().toObject().value(u"name").toString();
}

QByteArray usageJson(const Generation &generation, int outputTokens)
{
    return "{\"input_tokens\":"_ba + QByteArray::number(generation.promptTokens)
         + ",\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"output_tokens\":"_ba
         + QByteArray::number(outputTokens) + '}';
}

} // namespace

std::optional<ReplyPlan> AnthropicDialect::reject(const RequestContext &context) const
{
    if (const auto rejection = checkAnthropicRequest(context))
        return error(context, rejection->status, rejection->type, rejection->message);
    return std::nullopt;
}

ReplyPlan AnthropicDialect::notFound(const RequestContext &context) const
{
    return error(context, 404, u"not_found_error"_s, u"Not Found"_s);
}

ReplyPlan AnthropicDialect::badRequest(const RequestContext &context, const QString &message) const
{
    return error(context, 400, u"invalid_request_error"_s, message);
}

ReplyPlan AnthropicDialect::statusFault(const RequestContext &context, const Fault &fault) const
{
    const int status = fault.status;
    // A spend-cap 429 carries no retry-after (the user must act).
    const RetryAfter retry = resolveRetryAfter(fault, context.now);
    HeaderList extra;
    if (!retry.header.isEmpty())
        extra.append({"retry-after"_ba, retry.header});
    if (!retry.headerMs.isEmpty())
        extra.append({"retry-after-ms"_ba, retry.headerMs});
    if (status == 429)
        addRateLimits(extra, context, !fault.quota && !fault.isSpendLimit(), retry.seconds);

    if (fault.html.value_or(status == 502 || status == 504)) {
        HeaderList headers = baseHeaders(context);
        headers.append(extra);
        return bodyReply(status, headers, "text/html"_ba, htmlErrorPage(status));
    }

    auto [type, message] = defaultError(context, fault);
    if (!fault.errorType.isEmpty())
        type = fault.errorType;
    if (!fault.message.isEmpty())
        message = fault.message;
    return error(context, status, type, message, fault.errorCode, extra);
}

ReplyPlan AnthropicDialect::models(const RequestContext &context) const
{
    const QStringList names = context.config.knownModels.isEmpty() ? QStringList{u"mock-model"_s}
                                                                    : context.config.knownModels;
    QJsonArray data;
    for (const QString &name : names) {
        data.append(QJsonObject{{u"type"_s, u"model"_s}, {u"id"_s, name}, {u"display_name"_s, name},
                                {u"created_at"_s, u"2025-01-01T00:00:00Z"_s}});
    }
    return jsonReply(200, baseHeaders(context),
                     QJsonObject{{u"data"_s, data}, {u"has_more"_s, false}, {u"first_id"_s, names.first()},
                                 {u"last_id"_s, names.last()}});
}

bool AnthropicDialect::wantsStream(const RequestContext &context) const
{
    return context.json.value(u"stream").toBool(false);
}

ReplyPlan AnthropicDialect::answer(const RequestContext &context, const Generation &generation,
                                   const Framing &framing) const
{
    SeededRandom random(context.seed);
    constexpr QByteArrayView idAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const QByteArray messageId = "msg_01"_ba + random.token(22, idAlphabet);
    const QByteArray toolId = "toolu_01"_ba + random.token(22, idAlphabet);
    const QString tool = toolName(context.json);
    // A model that did not follow the tool answers in text, so a broken answer is a text block.
    const bool useTool = !tool.isEmpty() && !generation.is(Fault::Kind::BrokenAnswer);
    const bool refused = generation.is(Fault::Kind::Refusal) || generation.is(Fault::Kind::ContentFilter);
    QString stopReason = useTool ? u"tool_use"_s : u"end_turn"_s;
    if (refused)
        stopReason = u"refusal"_s;
    else if (generation.is(Fault::Kind::Length))
        stopReason = u"max_tokens"_s;
    HeaderList headers = baseHeaders(context);
    addRateLimits(headers, context, false, 0);

    if (!wantsStream(context)) {
        if (generation.is(Fault::Kind::MidStreamError))
            return statusFault(context, midStreamFailure(generation));
        QJsonArray content;
        if (!refused) {
            if (useTool) {
                content.append(QJsonObject{{u"type"_s, u"tool_use"_s}, {u"id"_s, QString::fromLatin1(toolId)},
                                           {u"name"_s, tool}, {u"input"_s, generation.answer}});
            } else {
                const QString lead =
                    generation.leadingWhitespace ? Generation::whitespaceDeltas().join(QString()) : QString();
                content.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, QString(lead + generation.text)}});
            }
        }
        const QJsonObject body{
            {u"id"_s, QString::fromLatin1(messageId)},
            {u"type"_s, u"message"_s},
            {u"role"_s, u"assistant"_s},
            {u"model"_s, context.model()},
            {u"content"_s, content},
            {u"stop_reason"_s, stopReason},
            {u"stop_sequence"_s, QJsonValue()},
            {u"usage"_s, QJsonObject{{u"input_tokens"_s, generation.promptTokens},
                                     {u"cache_creation_input_tokens"_s, 0},
                                     {u"cache_read_input_tokens"_s, 0},
                                     {u"output_tokens"_s, generation.completionTokens},
                                     {u"service_tier"_s, u"standard"_s}}},
        };
        QByteArray bytes = compactJson(body);
        if (generation.is(Fault::Kind::BrokenBody))
            bytes.truncate(bytes.size() * 3 / 5);
        return bodyReply(200, headers, "application/json"_ba, bytes);
    }

    QList<SseEvent> events;
    const auto add = [&](const QByteArray &name, const QByteArray &data) {
        events.append(SseEvent::named(name, "{\"type\":\""_ba + name + "\","_ba + data + '}'));
    };
    add("message_start"_ba, "\"message\":{\"id\":\""_ba + messageId
                                + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":"_ba + jsonString(context.model())
                                + ",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":"_ba
                                + usageJson(generation, 1) + '}');
    events.append(SseEvent::named("ping"_ba, "{\"type\": \"ping\"}"_ba));
    if (!refused) {
        if (useTool) {
            add("content_block_start"_ba, "\"index\":0,\"content_block\":{\"type\":\"tool_use\",\"id\":\""_ba + toolId
                                              + "\",\"name\":"_ba + jsonString(tool) + ",\"input\":{}}"_ba);
        } else {
            add("content_block_start"_ba, "\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}"_ba);
        }
        QList<QString> fragments = splitDeltas(generation.text, random);
        if (useTool)
            fragments.prepend(QString()); // the API's first input_json_delta is empty
        else if (generation.leadingWhitespace)
            fragments = Generation::whitespaceDeltas() + fragments;
        for (qsizetype i = 0; i < fragments.size(); ++i) {
            if (generation.is(Fault::Kind::MidStreamError) && i == fragments.size() / 2) {
                // The API's error event, then the stream ends: no content_block_stop, no message_stop.
                const Fault failure = midStreamFailure(generation);
                const QString message =
                    failure.message.isEmpty() ? defaultError(context, failure).second : failure.message;
                QByteArray error = "\"error\":{\"type\":"_ba + jsonString(failure.errorType) + ",\"message\":"_ba
                                   + jsonString(message);
                if (!failure.errorCode.isEmpty())
                    error += ",\"details\":{\"error_code\":"_ba + jsonString(failure.errorCode) + '}';
                add("error"_ba, error + "},\"request_id\":"_ba + jsonString(QString::fromLatin1(context.requestId)));
                return streamReply(headers, "text/event-stream; charset=utf-8"_ba, frameSse(events, framing));
            }
            QByteArray delta = useTool ? "\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":"_ba
                                             + jsonString(fragments.at(i)) + '}'
                                       : "\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":"_ba
                                             + jsonString(fragments.at(i)) + '}';
            if (generation.is(Fault::Kind::BrokenBody) && i == fragments.size() / 2)
                delta.truncate(delta.size() * 2 / 3);
            add("content_block_delta"_ba, delta);
            if (i % 16 == 15)
                events.append(SseEvent::named("ping"_ba, "{\"type\": \"ping\"}"_ba));
        }
        add("content_block_stop"_ba, "\"index\":0"_ba);
    }
    add("message_delta"_ba, "\"delta\":{\"stop_reason\":\""_ba + stopReason.toLatin1()
                                + "\",\"stop_sequence\":null},\"usage\":"_ba
                                + usageJson(generation, refused ? 1 : generation.completionTokens));
    add("message_stop"_ba, QByteArray());
    // message_stop's data is {"type":"message_stop"}: drop the dangling comma left by add().
    events.last().data = "{\"type\":\"message_stop\"}"_ba;
    return streamReply(headers, "text/event-stream; charset=utf-8"_ba, frameSse(events, framing));
}

} // namespace Redliner::MockLlm
