// SPDX-License-Identifier: GPL-3.0-or-later
#include "anthropicrules.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

namespace {

AnthropicRejection invalid(const QString &message)
{
    return AnthropicRejection{400, u"invalid_request_error"_s, message};
}

AnthropicRejection unauthenticated(const QString &message)
{
    return AnthropicRejection{401, u"authentication_error"_s, message};
}

std::optional<AnthropicRejection> checkVersion(const HttpRequest &request, const ServerConfig &config)
{
    if (!request.hasHeader("anthropic-version"))
        return invalid(u"anthropic-version: header is required"_s);
    // Duplicated headers arrive joined ("a, b"), which is no version: a proxy that duplicates the
    // header gets the same 400 as an unknown date.
    const QString version = QString::fromLatin1(request.header("anthropic-version"));
    if (!config.anthropicVersions.contains(version))
        return invalid(u"anthropic-version: \"%1\" is not a valid version"_s.arg(version));
    return std::nullopt;
}

std::optional<AnthropicRejection> checkKey(const HttpRequest &request, const ServerConfig &config, bool rules2026)
{
    const QByteArray &expected = config.apiKey;
    const bool hasApiKey = request.hasHeader("x-api-key");
    const bool hasBearer = request.hasHeader("authorization");
    if (hasApiKey && request.header("x-api-key") != expected)
        return unauthenticated(u"invalid x-api-key"_s);
    if (!rules2026) {
        // 2023-06-01 reads x-api-key only; a bearer token alone is no key at all.
        if (!hasApiKey)
            return unauthenticated(u"x-api-key header is required"_s);
        return std::nullopt;
    }
    // 2026-10-21: the SDK sends its key as a bearer token; x-api-key still works. Every key sent
    // must be right.
    if (hasBearer && request.header("authorization") != "Bearer "_ba + expected)
        return unauthenticated(u"invalid bearer token"_s);
    if (!hasApiKey && !hasBearer)
        return unauthenticated(u"authorization or x-api-key header is required"_s);
    return std::nullopt;
}

// A message of role "system" (2026-10-21): its content is a string or text blocks only.
std::optional<AnthropicRejection> checkSystemContent(const QJsonValue &content, qsizetype index)
{
    if (content.isString())
        return std::nullopt;
    if (!content.isArray())
        return invalid(u"messages.%1.content: Input should be a valid string or a list of text blocks"_s.arg(index));
    const QJsonArray blocks = content.toArray();
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        const QJsonObject block = blocks.at(b).toObject();
        if (block.value(u"type").toString() != u"text")
            return invalid(u"messages.%1.content.%2.type: Input should be 'text'"_s.arg(index).arg(b));
        if (!block.value(u"text").isString())
            return invalid(u"messages.%1.content.%2.text: Field required"_s.arg(index).arg(b));
    }
    return std::nullopt;
}

std::optional<AnthropicRejection> checkMessages(const QJsonArray &messages, bool rules2026)
{
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (!messages.at(i).isObject())
            return invalid(u"messages.%1: Input should be a valid dictionary"_s.arg(i));
        const QJsonObject message = messages.at(i).toObject();
        const QString role = message.value(u"role").toString();
        if (role == u"user" || role == u"assistant")
            continue;
        if (!rules2026)
            return invalid(u"messages.%1.role: Input should be 'user' or 'assistant'"_s.arg(i));
        if (role != u"system")
            return invalid(u"messages.%1.role: Input should be 'user', 'assistant' or 'system'"_s.arg(i));
        if (const auto rejection = checkSystemContent(message.value(u"content"), i))
            return rejection;
    }
    return std::nullopt;
}

// Structured output: output_config.format is a JSON schema (the answer then comes in a text block).
std::optional<AnthropicRejection> checkOutputConfig(const QJsonObject &json)
{
    if (!json.contains(u"output_config"))
        return std::nullopt;
    if (!json.value(u"output_config").isObject())
        return invalid(u"output_config: Input should be a valid dictionary"_s);
    const QJsonValue format = json.value(u"output_config").toObject().value(u"format");
    if (format.isUndefined() || format.isNull())
        return std::nullopt;
    if (format.toObject().value(u"type").toString() != u"json_schema")
        return invalid(u"output_config.format.type: Input should be 'json_schema'"_s);
    if (!format.toObject().value(u"schema").isObject())
        return invalid(u"output_config.format.schema: Field required"_s);
    return std::nullopt;
}

std::optional<AnthropicRejection> checkBody(const RequestContext &context, bool rules2026)
{
    if (!context.bodyIsObject)
        return invalid(u"There was an error parsing the body of your request as JSON."_s);
    const QJsonObject &json = context.json;
    if (!json.value(u"model").isString() || json.value(u"model").toString().isEmpty())
        return invalid(u"model: Field required"_s);
    if (!json.value(u"messages").isArray())
        return invalid(u"messages: Field required"_s);
    if (!json.value(u"max_tokens").isDouble())
        return invalid(u"max_tokens: Field required"_s);
    if (json.value(u"messages").toArray().isEmpty())
        return invalid(u"messages: at least one message is required"_s);
    if (rules2026) {
        // The 2026 request type has no sampling parameters; the API forbids extra fields.
        for (const QStringView field : {u"temperature", u"top_k", u"top_p"}) {
            if (json.contains(field))
                return invalid(u"%1: Extra inputs are not permitted"_s.arg(field));
        }
    }
    if (const auto rejection = checkMessages(json.value(u"messages").toArray(), rules2026))
        return rejection;
    if (const auto rejection = checkOutputConfig(json))
        return rejection;
    const QString model = context.model();
    if (!context.config.knownModels.isEmpty() && !context.config.knownModels.contains(model))
        return AnthropicRejection{404, u"not_found_error"_s, u"model: %1"_s.arg(model)};
    return std::nullopt;
}

} // namespace

bool hasRules2026(QByteArrayView version)
{
    return QLatin1StringView(version) >= anthropicVersion2026;
}

std::optional<AnthropicRejection> checkAnthropicRequest(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    // The version first: a gateway that does not know it says so, whatever the key.
    if (const auto rejection = checkVersion(request, context.config))
        return rejection;
    const bool rules2026 = hasRules2026(request.header("anthropic-version"));
    if (const auto rejection = checkKey(request, context.config, rules2026))
        return rejection;
    if (request.method == "GET")
        return std::nullopt;
    return checkBody(context, rules2026);
}

} // namespace Redliner::MockLlm
