// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"
#include "httprequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Redliner::MockLlm {

// One request as the mock saw it. Nothing is redacted: tests assert exactly what the client sent
// (keys included), and the control endpoint that serves these is only reachable on loopback.
struct RecordedRequest final {
    int sequence = 0;                 // 1, 2, ... in arrival order, never reused by a server
    QByteArray method;
    QByteArray target;                // path and query
    HeaderList headers;               // lower-cased names, arrival order
    QByteArray body;
    std::optional<Dialect> dialect;   // unset for /health and unknown paths outside /v1 and /api
    QByteArray httpVersion;           // "1.1", "1.0" or "2"
    QDateTime arrivedAt;              // UTC, when the request was complete
    qint64 arrivedMs = 0;             // milliseconds since the server started (monotonic)
    int retryCount = -1;              // x-stainless-retry-count; -1 when absent
    quint64 connectionId = 0;         // the TCP connection: equal ids mean keep-alive reuse
    qint32 streamId = 0;              // the HTTP/2 stream
    QString fault;                    // the fault applied, in --fault syntax; empty for none
    int plannedDelayMs = 0;           // latency + jitter + fault delay before the status line
    int responseStatus = 0;           // the status sent; 0 while unanswered (or hang, reset)

    QByteArray header(QByteArrayView lowerName) const;
    QByteArray path() const;
};

QJsonObject recordedRequestToJson(const RecordedRequest &request);

// The log behind MockLlmServer::requests(). Not thread-safe itself; ServerState locks it.
class Recorder final {
public:
    int add(RecordedRequest request);        // assigns and returns the sequence number
    void setResponseStatus(int sequence, int status);
    QList<RecordedRequest> all() const { return m_requests; }
    qsizetype size() const { return m_requests.size(); }
    void clear() { m_requests.clear(); }

private:
    QList<RecordedRequest> m_requests;
    int m_nextSequence = 1;
};

} // namespace Redliner::MockLlm
