// SPDX-License-Identifier: GPL-3.0-or-later
#include "anthropicdialect.h"

#include "reviewprompt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

namespace {

void judge(ModelReply *reply, const QString &stopReason)
{
    Failure f;
    if (stopReason == u"refusal"_s) {
        f.kind = Failure::Kind::Refusal;
        f.message = u"stop_reason: refusal"_s;
    } else if (stopReason == u"max_tokens"_s || stopReason == u"model_context_window_exceeded"_s) {
        f.kind = Failure::Kind::Truncated;
        f.message = u"stop_reason: "_s + stopReason;
    } else if (reply->answer.trimmed().isEmpty()) {
        f.kind = Failure::Kind::BadAnswer;
        f.message = u"the answer is empty"_s;
    } else {
        return;
    }
    reply->failure = f;
}

Failure brokenEvent(const QByteArray &name)
{
    Failure f;
    f.kind = Failure::Kind::BadAnswer;
    f.message = u"the stream sent a \""_s + QString::fromUtf8(name) + u"\" event that is not valid JSON"_s;
    return f;
}

class AnthropicStream final : public StreamReader {
public:
    void onEvent(const SseEvent &event) override
    {
        if (m_done)
            return;
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(event.data, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            // A lost fragment of the tool's JSON could leave valid JSON with text missing.
            m_error = brokenEvent(event.event);
            m_done = true;
            return;
        }
        // The event name repeats the data's type; the data is what the SDKs dispatch on.
        const QString type = o.value(u"type"_s).toString(QString::fromUtf8(event.event));
        if (type == u"message_start"_s) {
            const QJsonObject usage = o.value(u"message"_s).toObject().value(u"usage"_s).toObject();
            m_reply.inputTokens = usage.value(u"input_tokens"_s).toInteger();
            m_reply.outputTokens = usage.value(u"output_tokens"_s).toInteger();
        } else if (type == u"content_block_start"_s) {
            const QJsonObject block = o.value(u"content_block"_s).toObject();
            const QString kind = block.value(u"type"_s).toString();
            m_inTool = kind == u"tool_use"_s && block.value(u"name"_s).toString() == QString::fromLatin1(AnswerToolName);
            m_inText = kind == u"text"_s;
            if (m_inText)
                m_text += block.value(u"text"_s).toString().toUtf8();
        } else if (type == u"content_block_delta"_s) {
            const QJsonObject delta = o.value(u"delta"_s).toObject();
            const QString kind = delta.value(u"type"_s).toString();
            if (m_inTool && kind == u"input_json_delta"_s)
                m_toolJson += delta.value(u"partial_json"_s).toString().toUtf8();
            else if (m_inText && kind == u"text_delta"_s)
                m_text += delta.value(u"text"_s).toString().toUtf8();
        } else if (type == u"content_block_stop"_s) {
            m_inTool = m_inText = false;
        } else if (type == u"message_delta"_s) {
            const QJsonValue stop = o.value(u"delta"_s).toObject().value(u"stop_reason"_s);
            if (stop.isString())
                m_stopReason = stop.toString();
            const QJsonObject usage = o.value(u"usage"_s).toObject();
            if (usage.contains(u"output_tokens"_s))
                m_reply.outputTokens = usage.value(u"output_tokens"_s).toInteger();  // cumulative
            if (usage.contains(u"input_tokens"_s))
                m_reply.inputTokens = usage.value(u"input_tokens"_s).toInteger();
        } else if (type == u"message_stop"_s) {
            m_done = true;
        } else if (type == u"error"_s) {
            // {"type":"error","error":{"type","message","details":{"error_code"}},"request_id"}:
            // the same body as an HTTP error's, read the same way.
            Failure f;
            f.kind = Failure::Kind::StreamError;
            readErrorBody(event.data, &f);
            m_error = f;
            m_done = true;  // the service sends no message_stop after an error
        }
        // ping and event types added after this was written are ignored, as the API asks.
    }
    bool complete() const override { return m_done; }
    ModelReply reply() const override
    {
        ModelReply r = m_reply;
        r.answer = m_toolJson.isEmpty() ? m_text : m_toolJson;
        if (m_error)
            r.failure = m_error;
        else
            judge(&r, m_stopReason);
        return r;
    }

private:
    ModelReply m_reply;
    QByteArray m_toolJson;
    QByteArray m_text;
    QString m_stopReason;
    std::optional<Failure> m_error;
    bool m_inTool = false;
    bool m_inText = false;
    bool m_done = false;
};

} // namespace

QNetworkRequest AnthropicDialect::request(const ProviderConfig &config, const RequestOptions &options) const
{
    QNetworkRequest r = jsonPost(endpoint(config.baseUrl, u"v1/messages"_s), config, options);
    // 2026-10-21 takes the key as a bearer token, as the official clients send it; 2023-06-01
    // (and the gateways that know only it) wants x-api-key.
    if (config.anthropicVersion == AnthropicVersionLegacy)
        r.setRawHeader("x-api-key", config.apiKey.toUtf8());
    else
        r.setRawHeader("Authorization", "Bearer " + config.apiKey.toUtf8());
    r.setRawHeader("anthropic-version", config.anthropicVersion.toLatin1());
    return r;
}

QByteArray AnthropicDialect::body(const ProviderConfig &config, const QString &system, const QByteArray &user,
                                  const RequestOptions &options) const
{
    const QJsonObject tool{
        {u"name"_s, QString::fromLatin1(AnswerToolName)},
        {u"description"_s, u"Record the review of every clause in the batch."_s},
        {u"input_schema"_s, answerSchema()},
    };
    QJsonObject o{
        {u"model"_s, config.model},
        {u"max_tokens"_s, config.maxOutputTokens},
        {u"system"_s, system},
        {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, QString::fromUtf8(user)}}}},
        {u"tools"_s, QJsonArray{tool}},
        {u"tool_choice"_s, QJsonObject{{u"type"_s, u"tool"_s},
                                       {u"name"_s, QString::fromLatin1(AnswerToolName)},
                                       {u"disable_parallel_tool_use"_s, true}}},
        {u"stream"_s, options.stream},
    };
    // 2026-10-21 has no sampling parameters: the server answers 400 to temperature, top_k, top_p.
    if (config.temperature && config.anthropicVersion == AnthropicVersionLegacy)
        o.insert(u"temperature"_s, *config.temperature);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ModelReply AnthropicDialect::parseReply(const QByteArray &body) const
{
    ModelReply r;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonObject usage = o.value(u"usage"_s).toObject();
    r.inputTokens = usage.value(u"input_tokens"_s).toInteger();
    r.outputTokens = usage.value(u"output_tokens"_s).toInteger();
    QByteArray text;
    for (const QJsonValue &v : o.value(u"content"_s).toArray()) {
        const QJsonObject block = v.toObject();
        const QString type = block.value(u"type"_s).toString();
        if (type == u"tool_use"_s && block.value(u"name"_s).toString() == QString::fromLatin1(AnswerToolName))
            r.answer = QJsonDocument(block.value(u"input"_s).toObject()).toJson(QJsonDocument::Compact);
        else if (type == u"text"_s)
            text += block.value(u"text"_s).toString().toUtf8();
    }
    if (r.answer.isEmpty())
        r.answer = text;  // native structured output puts the JSON in a text block
    judge(&r, o.value(u"stop_reason"_s).toString());
    return r;
}

std::unique_ptr<StreamReader> AnthropicDialect::streamReader() const
{
    return std::make_unique<AnthropicStream>();
}

} // namespace Redliner::Llm
