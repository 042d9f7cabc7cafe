// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace Redliner::MockLlm {

// Header names are kept lower-cased: HTTP/2 requires it and HTTP/1.1 does not care.
using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One request as either transport delivered it.
struct HttpRequest final {
    QByteArray method;
    QByteArray target;        // as sent: the path and any query
    QByteArray httpVersion;   // "1.0", "1.1" or "2"
    HeaderList headers;       // in arrival order, duplicates kept
    QByteArray body;          // de-chunked
    quint64 connectionId = 0; // the TCP connection it came on (1, 2, ... per server)
    qint32 streamId = 0;      // the HTTP/2 stream; 0 on HTTP/1.x

    QByteArray path() const;
    // Every value of the header joined with ", ", as a proxy that merges duplicates would send it.
    QByteArray header(QByteArrayView lowerName) const;
    bool hasHeader(QByteArrayView lowerName) const;
};

} // namespace Redliner::MockLlm
