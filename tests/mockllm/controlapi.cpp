// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlapi.h"

#include "wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

namespace {

ReplyPlan controlError(int status, const QString &message)
{
    return jsonReply(status, {}, QJsonObject{{u"error"_s, message}});
}

} // namespace

QJsonObject ControlApi::configToJson(const ServerConfig &config)
{
    QJsonObject latency;
    for (int i = 0; i < dialectCount; ++i)
        latency.insert(dialectName(Dialect(i)), config.latencyMs[size_t(i)]);
    return QJsonObject{
        {u"latency_ms"_s, latency},
        {u"jitter_ms"_s, config.jitterMs},
        {u"seed"_s, qint64(config.seed)},
        {u"known_models"_s, QJsonArray::fromStringList(config.knownModels)},
        {u"api_key"_s, QString::fromLatin1(config.apiKey)},
        {u"require_key_local"_s, config.requireKeyForLocal},
        {u"http2"_s, config.http2},
        {u"local_chat_completions"_s, config.localChatCompletions},
        {u"reasoning_checks"_s, config.reasoningChecks},
        {u"anthropic_versions"_s, QJsonArray::fromStringList(config.anthropicVersions)},
        {u"framing"_s, framingToJson(config.framing)},
    };
}

bool ControlApi::applyConfig(const QJsonObject &json, ServerConfig &config, QString *error)
{
    ServerConfig next = config;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        bool ok = true;
        if (key == u"latency_ms") {
            const QJsonObject latency = value.toObject();
            ok = value.isObject();
            for (auto l = latency.begin(); ok && l != latency.end(); ++l) {
                const auto dialect = parseDialect(l.key());
                ok = dialect && l.value().isDouble() && l.value().toInt(-1) >= 0;
                if (ok)
                    next.latencyMs[size_t(*dialect)] = l.value().toInt();
            }
        } else if (key == u"jitter_ms") {
            ok = value.isDouble() && value.toInt(-1) >= 0;
            next.jitterMs = value.toInt();
        } else if (key == u"seed") {
            ok = value.isDouble() && value.toDouble() >= 0;
            next.seed = quint32(value.toInteger());
        } else if (key == u"known_models") {
            ok = value.isArray();
            next.knownModels.clear();
            for (const QJsonValue model : value.toArray())
                next.knownModels.append(model.toString());
        } else if (key == u"anthropic_versions") {
            // An empty list restores the default, as MockLlmServer::setAnthropicVersions does.
            ok = value.isArray();
            QStringList versions;
            for (const QJsonValue version : value.toArray()) {
                ok = ok && version.isString() && !version.toString().isEmpty();
                versions.append(version.toString());
            }
            next.anthropicVersions = versions.isEmpty() ? defaultAnthropicVersions() : versions;
        } else if (key == u"api_key") {
            ok = value.isString() && !value.toString().isEmpty();
            next.apiKey = value.toString().toUtf8();
        } else if (key == u"require_key_local" || key == u"http2" || key == u"local_chat_completions"
                   || key == u"reasoning_checks") {
            ok = value.isBool();
            bool &flag = key == u"require_key_local"      ? next.requireKeyForLocal
                       : key == u"http2"                  ? next.http2
                       : key == u"local_chat_completions" ? next.localChatCompletions
                                                          : next.reasoningChecks;
            flag = value.toBool();
        } else if (key == u"framing") {
            ok = value.isObject();
            if (ok) {
                const auto framing = framingFromJson(value.toObject(), next.framing, error);
                if (!framing)
                    return false;
                next.framing = *framing;
            }
        } else {
            *error = u"unknown configuration key \"%1\""_s.arg(key);
            return false;
        }
        if (!ok) {
            *error = u"bad value for \"%1\""_s.arg(key);
            return false;
        }
    }
    config = next;
    return true;
}

ReplyPlan ControlApi::handle(const HttpRequest &request)
{
    const QByteArray path = request.path();
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";
    if (path == "/mock/script" && post) {
        QString error;
        const auto faults = faultListFromJson(request.body, &error);
        if (!faults)
            return controlError(400, error);
        m_state.script(*faults);
        return jsonReply(200, {}, QJsonObject{{u"queued"_s, int(faults->size())}, {u"pending"_s, m_state.pendingFaults()}});
    }
    if (path == "/mock/reset" && post) {
        m_state.clearFaults();
        m_state.clearRequests();
        return jsonReply(200, {}, QJsonObject{{u"ok"_s, true}});
    }
    if (path == "/mock/requests" && get) {
        const QUrlQuery query(QString::fromUtf8(request.target.mid(request.target.indexOf('?') + 1)));
        const int since = query.queryItemValue(u"since"_s).toInt();
        QJsonArray list;
        for (const RecordedRequest &recorded : m_state.requests()) {
            if (recorded.sequence > since)
                list.append(recordedRequestToJson(recorded));
        }
        return jsonReply(200, {}, QJsonObject{{u"count"_s, int(list.size())}, {u"requests"_s, list}});
    }
    if (path == "/mock/faults" && get) {
        QJsonArray list;
        for (const Fault &fault : m_state.faults())
            list.append(faultToJson(fault));
        return jsonReply(200, {}, QJsonObject{{u"faults"_s, list}});
    }
    if (path == "/mock/config" && (get || post)) {
        if (post) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return controlError(400, u"the configuration must be a JSON object"_s);
            QString error;
            bool ok = true;
            m_state.updateConfig([&](ServerConfig &config) { ok = applyConfig(document.object(), config, &error); });
            if (!ok)
                return controlError(400, error);
        }
        return jsonReply(200, {}, configToJson(m_state.config()));
    }
    return controlError(404, u"no control endpoint %1 %2"_s.arg(QString::fromLatin1(request.method), QString::fromUtf8(path)));
}

} // namespace Redliner::MockLlm
