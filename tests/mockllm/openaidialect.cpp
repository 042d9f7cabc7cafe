// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaidialect.h"

#include "openaimoderation.h"
#include "openaitools.h"
#include "sseframer.h"
#include "wireformat.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

namespace {

constexpr int requestLimit = 10000;
constexpr int tokenLimit = 2000000;

bool isLocal(const RequestContext &context)
{
    return context.dialect == Dialect::Local;
}

HeaderList baseHeaders(const RequestContext &context)
{
    HeaderList headers{{"x-request-id"_ba, context.requestId}};
    if (isLocal(context))
        return headers;
    headers.append({"openai-organization"_ba, "user-redliner-mock"_ba});
    headers.append({"openai-processing-ms"_ba, QByteArray::number(context.serial % 400 + 80)});
    headers.append({"openai-version"_ba, "2020-10-01"_ba});
    return headers;
}

void addRateLimits(HeaderList &headers, const RequestContext &context, bool requestsExhausted, bool tokensExhausted,
                   double resetSeconds)
{
    const qint64 usedRequests = qint64(context.serial % requestLimit);
    headers.append({"x-ratelimit-limit-requests"_ba, QByteArray::number(requestLimit)});
    headers.append({"x-ratelimit-limit-tokens"_ba, QByteArray::number(tokenLimit)});
    headers.append({"x-ratelimit-remaining-requests"_ba,
                    QByteArray::number(requestsExhausted ? 0 : requestLimit - 1 - usedRequests)});
    headers.append({"x-ratelimit-remaining-tokens"_ba,
                    QByteArray::number(tokensExhausted ? 0 : tokenLimit - 1 - (usedRequests * 997) % tokenLimit)});
    headers.append({"x-ratelimit-reset-requests"_ba, goDuration(requestsExhausted ? resetSeconds : 0.006)});
    headers.append({"x-ratelimit-reset-tokens"_ba, goDuration(tokensExhausted ? resetSeconds : 0.012)});
}

// Local servers send "code": null; a code a fault names explicitly (keepCode) is sent anyway.
ReplyPlan error(const RequestContext &context, int status, const QString &message, const QString &type,
                const QJsonValue &param = QJsonValue(), const QJsonValue &code = QJsonValue(), HeaderList extra = {},
                bool keepCode = false)
{
    HeaderList headers = baseHeaders(context);
    headers.append(extra);
    const QJsonObject body{{u"error"_s, QJsonObject{{u"message"_s, message},
                                                    {u"type"_s, type},
                                                    {u"param"_s, param},
                                                    {u"code"_s, isLocal(context) && !keepCode ? QJsonValue() : code}}}};
    return jsonReply(status, headers, body);
}

QString maskedKey(const QByteArray &key)
{
    if (key.size() <= 6)
        return QString(key.size(), u'*');
    return QString::fromLatin1(key.first(3)) + QString(key.size() - 5, u'*') + QString::fromLatin1(key.last(2));
}

QByteArray usageJson(const Generation &generation, bool local)
{
    const QByteArray counts = "\"prompt_tokens\":"_ba + QByteArray::number(generation.promptTokens)
                            + ",\"completion_tokens\":"_ba + QByteArray::number(generation.completionTokens)
                            + ",\"total_tokens\":"_ba
                            + QByteArray::number(generation.promptTokens + generation.completionTokens);
    if (local)
        return '{' + counts + '}';
    return '{' + counts
         + ",\"prompt_tokens_details\":{\"cached_tokens\":0,\"audio_tokens\":0},"
           "\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,"
           "\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}}"_ba;
}

const QString serverErrorMessage = u"The server had an error while processing your request. Sorry about that!"_s;

} // namespace

std::optional<ReplyPlan> OpenAiDialect::reject(const RequestContext &context) const
{
    const ServerConfig &config = context.config;
    if (!isLocal(context) || config.requireKeyForLocal) {
        const QByteArray authorization = context.request.header("authorization");
        if (authorization.isEmpty()) {
            return error(context, 401,
                         u"You didn't provide an API key. You need to provide your API key in an Authorization "
                         "header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field "
                         "(with blank username) if you're accessing the API from your browser and are prompted for a "
                         "username. You can obtain an API key from https://platform.openai.com/account/api-keys."_s,
                         u"invalid_request_error"_s, QJsonValue(), u"invalid_api_key"_s);
        }
        const QByteArray key = authorization.startsWith("Bearer ") ? authorization.sliced(7).trimmed() : authorization;
        if (key != config.apiKey) {
            return error(context, 401,
                         u"Incorrect API key provided: %1. You can find your API key at "
                         "https://platform.openai.com/account/api-keys."_s.arg(maskedKey(key)),
                         u"invalid_request_error"_s, QJsonValue(), u"invalid_api_key"_s);
        }
    }
    if (context.request.method == "GET")
        return std::nullopt;
    if (!context.bodyIsObject) {
        return error(context, 400,
                     u"We could not parse the JSON body of your request. (HINT: This likely means you aren't using "
                     "your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not "
                     "valid JSON. If you have trouble figuring out how to fix this, please contact us through our help "
                     "center at help.openai.com.)"_s,
                     u"invalid_request_error"_s);
    }
    const QJsonObject &json = context.json;
    if (!json.value(u"model").isString() || json.value(u"model").toString().isEmpty())
        return error(context, 400, u"you must provide a model parameter"_s, u"invalid_request_error"_s);
    if (!json.contains(u"messages")) {
        return error(context, 400, u"Missing required parameter: 'messages'."_s, u"invalid_request_error"_s,
                     u"messages"_s, u"missing_required_parameter"_s);
    }
    if (!json.value(u"messages").isArray()) {
        return error(context, 400, u"Invalid type for 'messages': expected an array of objects."_s,
                     u"invalid_request_error"_s, u"messages"_s, u"invalid_type"_s);
    }
    if (json.value(u"messages").toArray().isEmpty()) {
        return error(context, 400,
                     u"Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty "
                     "array instead."_s,
                     u"invalid_request_error"_s, u"messages"_s, u"empty_array"_s);
    }
    if (json.contains(u"stream_options") && !json.value(u"stream_options").isNull()
        && json.value(u"stream").toBool() != true) {
        return error(context, 400, u"The 'stream_options' parameter is only allowed when 'stream' is enabled."_s,
                     u"invalid_request_error"_s, u"stream_options"_s, u"invalid_value"_s);
    }
    if (config.reasoningChecks && !isLocal(context)) {
        if (json.contains(u"max_tokens")) {
            return error(context, 400,
                         u"Unsupported parameter: 'max_tokens' is not supported with this model. Use "
                         "'max_completion_tokens' instead."_s,
                         u"invalid_request_error"_s, u"max_tokens"_s, u"unsupported_parameter"_s);
        }
        if (json.contains(u"temperature") && json.value(u"temperature").toDouble(1.0) != 1.0) {
            return error(context, 400,
                         u"Unsupported value: 'temperature' does not support %1 with this model. Only the default (1) "
                         "value is supported."_s.arg(json.value(u"temperature").toDouble()),
                         u"invalid_request_error"_s, u"temperature"_s, u"unsupported_value"_s);
        }
    }
    const QString model = context.model();
    if (!config.knownModels.isEmpty() && !config.knownModels.contains(model)) {
        if (isLocal(context)) {
            return error(context, 404, u"model \"%1\" not found, try pulling it first"_s.arg(model),
                         u"not_found_error"_s);
        }
        return error(context, 404, u"The model `%1` does not exist or you do not have access to it."_s.arg(model),
                     u"invalid_request_error"_s, QJsonValue(), u"model_not_found"_s);
    }
    return std::nullopt;
}

ReplyPlan OpenAiDialect::notFound(const RequestContext &context) const
{
    return error(context, 404,
                 u"Invalid URL (%1 %2)"_s.arg(QString::fromLatin1(context.request.method),
                                              QString::fromUtf8(context.request.path())),
                 u"invalid_request_error"_s);
}

ReplyPlan OpenAiDialect::badRequest(const RequestContext &context, const QString &message) const
{
    return error(context, 400, message, u"invalid_request_error"_s);
}

ReplyPlan OpenAiDialect::statusFault(const RequestContext &context, const Fault &fault) const
{
    const int status = fault.status;
    const RetryAfter retry = resolveRetryAfter(fault, context.now);
    HeaderList extra;
    if (!retry.header.isEmpty())
        extra.append({"retry-after"_ba, retry.header});
    if (!retry.headerMs.isEmpty())
        extra.append({"retry-after-ms"_ba, retry.headerMs});
    if (status == 429 && !isLocal(context))
        addRateLimits(extra, context, false, !fault.quota, retry.seconds);

    if (fault.html.value_or(status == 502 || status == 504)) {
        HeaderList headers = baseHeaders(context);
        headers.append(extra);
        return bodyReply(status, headers, "text/html"_ba, htmlErrorPage(status));
    }

    QString message;
    QString type = status < 500 ? u"invalid_request_error"_s : u"server_error"_s;
    QJsonValue param;
    QJsonValue code;
    switch (status) {
    case 400:
        message = u"Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead."_s;
        param = u"max_tokens"_s;
        code = u"unsupported_parameter"_s;
        break;
    case 401:
        message = u"Incorrect API key provided: sk-***ey. You can find your API key at https://platform.openai.com/account/api-keys."_s;
        code = u"invalid_api_key"_s;
        break;
    case 403:
        message = u"Country, region, or territory not supported"_s;
        type = u"request_forbidden"_s;
        code = u"unsupported_country_region_territory"_s;
        break;
    case 404:
        message = u"The model `%1` does not exist or you do not have access to it."_s.arg(context.model());
        code = u"model_not_found"_s;
        break;
    case 408: message = u"Request timed out."_s; break;
    case 409: message = u"Another request with the same parameters is already being processed."_s; break;
    case 413:
        message = u"Request too large."_s;
        code = u"request_too_large"_s;
        break;
    case 422: message = u"The request could not be processed."_s; break;
    case 429:
        if (fault.quota) {
            message = u"You exceeded your current quota, please check your plan and billing details. For more "
                      "information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors."_s;
            type = u"insufficient_quota"_s;
            code = u"insufficient_quota"_s;
        } else {
            message = u"Rate limit reached for %1 in organization org-redlinermock on tokens per min (TPM): Limit "
                      "30000, Used 29500, Requested 1200. Please try again in %2s. Visit "
                      "https://platform.openai.com/account/rate-limits to learn more."_s
                          .arg(context.model())
                          .arg(retry.seconds);
            type = u"tokens"_s;
            code = u"rate_limit_exceeded"_s;
        }
        break;
    case 500: message = serverErrorMessage; break;
    case 503: message = u"The engine is currently overloaded, please try again later."_s; break;
    default:
        message = status < 500 ? u"The request was rejected (HTTP %1)."_s.arg(status)
                               : u"The server is overloaded or not ready yet (HTTP %1)."_s.arg(status);
        break;
    }
    if (!fault.message.isEmpty())
        message = fault.message;
    if (!fault.errorType.isEmpty())
        type = fault.errorType;
    if (!fault.errorCode.isEmpty())
        code = fault.errorCode;
    return error(context, status, message, type, param, code, extra, !fault.errorCode.isEmpty());
}

ReplyPlan OpenAiDialect::models(const RequestContext &context) const
{
    const QStringList names = context.config.knownModels.isEmpty() ? QStringList{u"mock-model"_s}
                                                                    : context.config.knownModels;
    QJsonArray data;
    for (const QString &name : names) {
        data.append(QJsonObject{{u"id"_s, name}, {u"object"_s, u"model"_s}, {u"created"_s, 1700000000},
                                {u"owned_by"_s, u"redliner-mockllm"_s}});
    }
    return jsonReply(200, baseHeaders(context), QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, data}});
}

bool OpenAiDialect::wantsStream(const RequestContext &context) const
{
    return context.json.value(u"stream").toBool(false);
}

ReplyPlan OpenAiDialect::answer(const RequestContext &context, const Generation &generation,
                                const Framing &framing) const
{
    const bool local = isLocal(context);
    SeededRandom random(context.seed);
    constexpr QByteArrayView idAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const QByteArray id = "chatcmpl-"_ba + random.token(24, idAlphabet);
    // A function call carries the answer as its arguments. A model that refuses, or that did not
    // follow the tool (a broken answer), answers in content.
    const std::optional<QString> function = calledFunction(context.json);
    const bool toolCall = function && !generation.is(Fault::Kind::Refusal) && !generation.is(Fault::Kind::BrokenAnswer);
    const QByteArray callId = toolCall ? "call_"_ba + random.token(24, idAlphabet) : QByteArray();
    const qint64 created = context.now.toSecsSinceEpoch();
    HeaderList headers = baseHeaders(context);
    if (!local)
        addRateLimits(headers, context, false, false, 0);

    if (!wantsStream(context)) {
        if (generation.is(Fault::Kind::MidStreamError)) {
            Fault serverError;
            serverError.status = 500;
            serverError.message = generation.errorMessage;
            serverError.errorType = generation.errorType;
            serverError.errorCode = generation.errorCode;
            return statusFault(context, serverError);
        }
        QJsonObject message{{u"role"_s, u"assistant"_s}};
        QString finish = u"stop"_s;
        if (generation.is(Fault::Kind::Refusal)) {
            message.insert(u"content"_s, QJsonValue());
            message.insert(u"refusal"_s, refusalText.toString());
        } else if (generation.is(Fault::Kind::ContentFilter)) {
            message.insert(u"content"_s, QJsonValue());
            finish = u"content_filter"_s;
        } else if (toolCall) {
            message.insert(u"content"_s, QJsonValue());
            const QJsonObject call{{u"name"_s, *function}, {u"arguments"_s, generation.text}};
            message.insert(u"tool_calls"_s, QJsonArray{QJsonObject{{u"id"_s, QString::fromLatin1(callId)},
                                                                   {u"type"_s, u"function"_s},
                                                                   {u"function"_s, call}}});
            finish = generation.is(Fault::Kind::Length) ? u"length"_s : u"tool_calls"_s;
        } else {
            const QString lead =
                generation.leadingWhitespace ? Generation::whitespaceDeltas().join(QString()) : QString();
            message.insert(u"content"_s, QString(lead + generation.text));
            if (generation.is(Fault::Kind::Length))
                finish = u"length"_s;
        }
        if (!local) {
            if (!message.contains(u"refusal"))
                message.insert(u"refusal"_s, QJsonValue());
            message.insert(u"annotations"_s, QJsonArray());
        }
        QJsonObject choice{{u"index"_s, 0}, {u"message"_s, message}, {u"finish_reason"_s, finish}};
        if (!local)
            choice.insert(u"logprobs"_s, QJsonValue());
        // Usage is templated for streams; here it is small enough to build as an object.
        QJsonObject usage{{u"prompt_tokens"_s, generation.promptTokens},
                          {u"completion_tokens"_s, generation.completionTokens},
                          {u"total_tokens"_s, generation.promptTokens + generation.completionTokens}};
        QJsonObject body{{u"id"_s, QString::fromLatin1(id)},
                         {u"object"_s, u"chat.completion"_s},
                         {u"created"_s, created},
                         {u"model"_s, context.model()},
                         {u"choices"_s, QJsonArray{choice}},
                         {u"usage"_s, usage}};
        body.insert(u"system_fingerprint"_s, local ? u"fp_ollama"_s : u"fp_redliner_mock"_s);
        if (!local)
            body.insert(u"service_tier"_s, u"default"_s);
        if (generation.moderation)
            body.insert(u"moderation"_s, moderationJson());
        QByteArray bytes = compactJson(body);
        if (generation.is(Fault::Kind::BrokenBody))
            bytes.truncate(bytes.size() * 3 / 5);
        return bodyReply(200, headers, "application/json"_ba, bytes);
    }

    const bool includeUsage = context.json.value(u"stream_options").toObject().value(u"include_usage").toBool(false);
    const bool obfuscate =
        !local && context.json.value(u"stream_options").toObject().value(u"include_obfuscation").toBool(true);
    const QByteArray head = "{\"id\":"_ba + jsonString(QString::fromLatin1(id))
                          + ",\"object\":\"chat.completion.chunk\",\"created\":"_ba + QByteArray::number(created)
                          + ",\"model\":"_ba + jsonString(context.model())
                          + (local ? ",\"system_fingerprint\":\"fp_ollama\""_ba
                                   : ",\"service_tier\":\"default\",\"system_fingerprint\":\"fp_redliner_mock\""_ba);
    // Hundreds of chunks per reply: built with one allocation each.
    const auto chunk = [&](const QByteArray &delta, const QByteArray &finish) -> QByteArray {
        QByteArray out;
        out.reserve(head.size() + delta.size() + finish.size() + 112);
        out += head;
        out += ",\"choices\":[{\"index\":0,\"delta\":"_ba;
        out += delta;
        out += ",\"logprobs\":null,\"finish_reason\":"_ba;
        out += finish;
        out += "}]"_ba;
        if (includeUsage)
            out += ",\"usage\":null"_ba;
        if (obfuscate) {
            out += ",\"obfuscation\":\""_ba;
            out += random.token(random.bounded(2, 12));
            out += '"';
        }
        out += '}';
        return out;
    };

    QList<SseEvent> events;
    events.reserve(generation.text.size() / 10 + 8);
    if (toolCall) {
        events.append(SseEvent::dataOnly(chunk(toolCallOpening(callId, *function, local), "null"_ba)));
    } else {
        events.append(SseEvent::dataOnly(chunk(local ? "{\"role\":\"assistant\",\"content\":\"\"}"_ba
                                                     : "{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}"_ba,
                                               "null"_ba)));
    }
    QByteArray finish = toolCall ? "\"tool_calls\""_ba : "\"stop\""_ba;
    QByteArray field = "content"_ba;
    QStringView typed = generation.text;
    if (generation.is(Fault::Kind::Refusal)) {
        field = "refusal"_ba;
        typed = refusalText;
    } else if (generation.is(Fault::Kind::ContentFilter)) {
        typed = typed.first(typed.size() * 3 / 10);
        finish = "\"content_filter\""_ba;
    } else if (generation.is(Fault::Kind::Length)) {
        finish = "\"length\""_ba;
    }
    QList<QString> deltas = splitDeltas(typed, random);
    if (generation.leadingWhitespace && field == "content" && !toolCall)
        deltas = Generation::whitespaceDeltas() + deltas;
    for (qsizetype i = 0; i < deltas.size(); ++i) {
        if (generation.is(Fault::Kind::MidStreamError) && i == deltas.size() / 2) {
            // The API's error chunk, then the stream ends without [DONE].
            const QString message = generation.errorMessage.isEmpty() ? serverErrorMessage : generation.errorMessage;
            const QString type = generation.errorType.isEmpty() ? u"server_error"_s : generation.errorType;
            const QByteArray code = generation.errorCode.isEmpty() ? "null"_ba : jsonString(generation.errorCode);
            const QByteArray errorJson = "{\"error\":{\"message\":"_ba + jsonString(message) + ",\"type\":"_ba
                                         + jsonString(type) + ",\"param\":null,\"code\":"_ba + code + "}}"_ba;
            if (local && generation.legacyError) {
                // llama.cpp before PR #16109: a non-standard "error:" field, then the usual [DONE].
                events.append(SseEvent{{},
                                       {},
                                       "error: {\"code\":500,\"message\":"_ba + jsonString(message)
                                           + ",\"type\":\"server_error\"}"_ba,
                                       false});
                events.append(SseEvent::dataOnly("[DONE]"_ba));
            } else {
                events.append(SseEvent::dataOnly(errorJson));
            }
            return streamReply(headers, "text/event-stream; charset=utf-8"_ba, frameSse(events, framing));
        }
        QByteArray event = chunk(toolCall ? toolCallArguments(deltas.at(i))
                                          : "{\""_ba + field + "\":"_ba + jsonString(deltas.at(i)) + '}',
                                 "null"_ba);
        if (generation.is(Fault::Kind::BrokenBody) && i == deltas.size() / 2)
            event.truncate(event.size() * 2 / 3);
        events.append(SseEvent::dataOnly(event));
    }
    if (generation.moderation) {
        // Moderated completions: one chunk with no choices and the moderation results, before the finish.
        events.append(SseEvent::dataOnly(head + ",\"choices\":[],\"moderation\":"_ba + compactJson(moderationJson())
                                         + (includeUsage ? ",\"usage\":null}"_ba : "}"_ba)));
    }
    events.append(SseEvent::dataOnly(chunk("{}"_ba, finish)));
    if (includeUsage) {
        events.append(SseEvent::dataOnly(head + ",\"choices\":[],\"usage\":"_ba + usageJson(generation, local)
                                         + (obfuscate ? ",\"obfuscation\":\"x\"}"_ba : "}"_ba)));
    }
    events.append(SseEvent::dataOnly("[DONE]"_ba));
    return streamReply(headers, "text/event-stream; charset=utf-8"_ba, frameSse(events, framing));
}

} // namespace Redliner::MockLlm
