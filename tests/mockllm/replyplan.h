// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QList>

namespace Redliner::MockLlm {

// The bytes and timing of one reply, once built; the ReplyPlayer carries it out over time.
// Transport-neutral: the same plan plays over HTTP/1.1 and HTTP/2.
struct ReplyPlan final {
    enum class Start { Respond, Hang, Reset };
    enum class Ending {
        Complete, // end the message (HTTP/1.1 keeps the connection unless told to close)
        Silence,  // stop writing, keep the connection open
        Abort,    // abort: HTTP/1.1 resets the TCP connection, HTTP/2 resets the stream
    };

    Start start = Start::Respond;
    int status = 200;
    HeaderList headers;          // lower-case names; no content-length / transfer-encoding
    bool streamed = false;       // no Content-Length: chunked on HTTP/1.1
    qint64 declaredLength = -1;  // the Content-Length sent when not streamed
    QList<QByteArray> body;      // the writes, each flushed on its own
    int sliceDelayMs = 0;        // between writes
    Ending ending = Ending::Complete;
    QByteArray repeat;           // when set, written again and again after the body instead of ending

    qint64 bodySize() const;
    // Keep only the first `bytes` of the body.
    void cutBodyAt(qint64 bytes);
};

} // namespace Redliner::MockLlm
