// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

QByteArray RecordedRequest::header(QByteArrayView lowerName) const
{
    HttpRequest request;
    request.headers = headers;
    return request.header(lowerName);
}

QByteArray RecordedRequest::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.first(query);
}

QJsonObject recordedRequestToJson(const RecordedRequest &request)
{
    // Headers as an object (duplicates joined, as header() does) and, for exactness, as pairs.
    QJsonObject headers;
    QJsonArray rawHeaders;
    for (const auto &[name, value] : request.headers) {
        const QString key = QString::fromLatin1(name);
        if (!headers.contains(key))
            headers.insert(key, QString::fromLatin1(request.header(name)));
        rawHeaders.append(QJsonArray{key, QString::fromLatin1(value)});
    }
    QJsonObject json{
        {u"sequence"_s, request.sequence},
        {u"method"_s, QString::fromLatin1(request.method)},
        {u"path"_s, QString::fromUtf8(request.path())},
        {u"target"_s, QString::fromUtf8(request.target)},
        {u"http_version"_s, QString::fromLatin1(request.httpVersion)},
        {u"dialect"_s, request.dialect ? QJsonValue(dialectName(*request.dialect)) : QJsonValue()},
        {u"headers"_s, headers},
        {u"raw_headers"_s, rawHeaders},
        {u"body"_s, QString::fromUtf8(request.body)},
        {u"arrived_at"_s, request.arrivedAt.toString(Qt::ISODateWithMs)},
        {u"arrived_ms"_s, request.arrivedMs},
        {u"retry_count"_s, request.retryCount >= 0 ? QJsonValue(request.retryCount) : QJsonValue()},
        {u"connection_id"_s, qint64(request.connectionId)},
        {u"stream_id"_s, request.streamId},
        {u"fault"_s, request.fault.isEmpty() ? QJsonValue() : QJsonValue(request.fault)},
        {u"planned_delay_ms"_s, request.plannedDelayMs},
        {u"response_status"_s, request.responseStatus},
    };
    // The parsed body too, so that a script can assert on fields without parsing a string.
    QJsonParseError error;
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
    if (error.error == QJsonParseError::NoError && body.isObject())
        json.insert(u"json"_s, body.object());
    return json;
}

int Recorder::add(RecordedRequest request)
{
    request.sequence = m_nextSequence++;
    m_requests.append(std::move(request));
    return m_requests.constLast().sequence;
}

void Recorder::setResponseStatus(int sequence, int status)
{
    // Answers come soon after arrival, so the entry is near the end.
    for (auto it = m_requests.rbegin(); it != m_requests.rend(); ++it) {
        if (it->sequence == sequence) {
            it->responseStatus = status;
            return;
        }
        if (it->sequence < sequence)
            return;
    }
}

} // namespace Redliner::MockLlm
