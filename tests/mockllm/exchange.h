// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"

#include <QObject>

namespace Redliner::MockLlm {

// One request and its reply, whatever the transport: HTTP/1.1 and HTTP/2 each implement the reply
// side, so routing, faults and latency are written once. Owned by its transport, and deleted with
// the connection (or stream); anything that waits on it is its child and dies with it.
class Exchange : public QObject {
    Q_OBJECT
public:
    explicit Exchange(HttpRequest request, QObject *parent = nullptr)
        : QObject(parent), m_request(std::move(request)) {}

    const HttpRequest &request() const { return m_request; }

    // contentLength < 0: the body is streamed (chunked on HTTP/1.1, no content-length on HTTP/2).
    virtual void writeHead(int status, const HeaderList &headers, qint64 contentLength) = 0;
    // One write, flushed to the socket at once (with TCP_NODELAY, a separate segment).
    virtual void writeBody(const QByteArray &bytes) = 0;
    virtual void end() = 0;
    virtual void abort() = 0;

private:
    HttpRequest m_request;
};

} // namespace Redliner::MockLlm
