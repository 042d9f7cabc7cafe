// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaidialect.h"

#include "reviewprompt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

namespace {

Failure replyFailure(Failure::Kind kind, const QString &message)
{
    Failure f;
    f.kind = kind;
    f.message = message;
    return f;
}

// finish_reason and refusal decide whether the content is an answer at all.
void judge(ModelReply *reply, const QString &finishReason, const QString &refusal)
{
    if (!refusal.isEmpty())
        reply->failure = replyFailure(Failure::Kind::Refusal, refusal);
    else if (finishReason == u"length"_s)
        reply->failure = replyFailure(Failure::Kind::Truncated, u"finish_reason: length"_s);
    else if (finishReason == u"content_filter"_s)
        reply->failure = replyFailure(Failure::Kind::ContentFilter, u"finish_reason: content_filter"_s);
    else if (reply->answer.trimmed().isEmpty())
        reply->failure = replyFailure(Failure::Kind::BadAnswer, u"the answer is empty"_s);
}

void readUsage(const QJsonObject &usage, ModelReply *reply)
{
    if (usage.isEmpty())
        return;
    reply->inputTokens = usage.value(u"prompt_tokens"_s).toInteger();
    reply->outputTokens = usage.value(u"completion_tokens"_s).toInteger();
}

Failure errorEvent(const QJsonObject &error)
{
    Failure f;
    f.kind = Failure::Kind::StreamError;
    f.errorType = error.value(u"type"_s).toString();
    const QJsonValue code = error.value(u"code"_s);
    f.errorCode = code.isDouble() ? QString::number(code.toInteger()) : code.toString();
    f.message = error.value(u"message"_s).toString();
    return f;
}

// Reasoning models answer 400 unsupported_value to any temperature but the default.
bool acceptsTemperature(const QString &model)
{
    for (const QString &prefix : {u"o1"_s, u"o3"_s, u"o4"_s, u"gpt-5"_s}) {
        if (model.startsWith(prefix))
            return false;
    }
    return true;
}

class OpenAiStream final : public StreamReader {
public:
    void onEvent(const SseEvent &event) override
    {
        if (m_done)
            return;
        if (event.data.startsWith("[DONE]")) {
            m_done = true;
            return;
        }
        QJsonParseError parseError;
        const QJsonObject chunk = QJsonDocument::fromJson(event.data, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            // Skipping a chunk would silently drop part of the answer.
            m_error = replyFailure(Failure::Kind::BadAnswer, u"the stream sent a chunk that is not valid JSON"_s);
            m_done = true;
            return;
        }
        // An error object inside a chunk ends the stream with that error, as the SDKs read it
        // ("error": null, or a chunk with only a moderation result, is not one).
        const QJsonValue error = chunk.value(u"error"_s);
        if (error.isObject() || (error.isString() && !error.toString().isEmpty())) {
            m_error = errorEvent(error.isObject() ? error.toObject() : QJsonObject{{u"message"_s, error.toString()}});
            m_done = true;
            return;
        }
        readUsage(chunk.value(u"usage"_s).toObject(), &m_reply);
        const QJsonArray choices = chunk.value(u"choices"_s).toArray();
        if (choices.isEmpty())
            return;
        const QJsonObject choice = choices.first().toObject();
        const QJsonObject delta = choice.value(u"delta"_s).toObject();
        m_reply.answer += delta.value(u"content"_s).toString().toUtf8();
        m_refusal += delta.value(u"refusal"_s).toString();
        const QJsonValue finish = choice.value(u"finish_reason"_s);
        if (finish.isString())
            m_finish = finish.toString();
    }
    bool complete() const override { return m_done; }
    ModelReply reply() const override
    {
        ModelReply r = m_reply;
        if (m_error)
            r.failure = m_error;
        else
            judge(&r, m_finish, m_refusal);
        return r;
    }

private:
    ModelReply m_reply;
    QString m_finish;
    QString m_refusal;
    std::optional<Failure> m_error;
    bool m_done = false;
};

} // namespace

QNetworkRequest OpenAiDialect::request(const ProviderConfig &config, const RequestOptions &options) const
{
    QNetworkRequest r = jsonPost(endpoint(config.baseUrl, u"chat/completions"_s), config, options);
    // Local servers need no key; the SDKs send a placeholder, we send nothing.
    if (!config.apiKey.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + config.apiKey.toUtf8());
    return r;
}

QByteArray OpenAiDialect::body(const ProviderConfig &config, const QString &system, const QByteArray &user,
                               const RequestOptions &options) const
{
    QString instructions = system;
    QJsonObject format;
    if (options.jsonObjectMode) {
        // JSON mode does not carry a schema: it goes into the instructions instead.
        instructions += u"\nThe JSON must match this JSON Schema:\n"_s
                      + QString::fromUtf8(QJsonDocument(answerSchema()).toJson(QJsonDocument::Compact));
        format = QJsonObject{{u"type"_s, u"json_object"_s}};
    } else {
        format = QJsonObject{{u"type"_s, u"json_schema"_s},
                             {u"json_schema"_s, QJsonObject{{u"name"_s, QString::fromLatin1(AnswerSchemaName)},
                                                            {u"strict"_s, true},
                                                            {u"schema"_s, answerSchema()}}}};
    }
    QJsonObject o{
        {u"model"_s, config.model},
        {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, instructions}},
                                   QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, QString::fromUtf8(user)}}}},
        {u"response_format"_s, format},
        {u"stream"_s, options.stream},
    };
    // Reasoning models and the gpt-5 family refuse max_tokens; Ollama knows nothing else.
    o.insert(m_local ? u"max_tokens"_s : u"max_completion_tokens"_s, config.maxOutputTokens);
    if (config.temperature && acceptsTemperature(config.model))
        o.insert(u"temperature"_s, *config.temperature);
    if (options.stream)
        o.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    if (!m_local)
        o.insert(u"store"_s, false);  // NDA text is not kept on the provider's side
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ModelReply OpenAiDialect::parseReply(const QByteArray &body) const
{
    ModelReply r;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonArray choices = o.value(u"choices"_s).toArray();
    if (choices.isEmpty()) {
        r.failure = replyFailure(Failure::Kind::BadAnswer, u"the reply has no choices"_s);
        return r;
    }
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(u"message"_s).toObject();
    r.answer = message.value(u"content"_s).toString().toUtf8();
    readUsage(o.value(u"usage"_s).toObject(), &r);
    judge(&r, choice.value(u"finish_reason"_s).toString(), message.value(u"refusal"_s).toString());
    return r;
}

std::unique_ptr<StreamReader> OpenAiDialect::streamReader() const
{
    return std::make_unique<OpenAiStream>();
}

} // namespace Redliner::Llm
