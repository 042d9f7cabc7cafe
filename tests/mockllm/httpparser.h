// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"

#include <QByteArray>

namespace Redliner::MockLlm {

// An incremental HTTP/1.x request parser: feed it whatever arrived; it consumes the bytes of one
// request at a time and leaves the rest (a pipelined next request) in the buffer.
class HttpParser final {
public:
    enum class Result { NeedMore, Complete, Error };

    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 64 * 1024 * 1024;

    Result feed(QByteArray &buffer);
    HttpRequest take();                  // after Complete; resets for the next request

    // True once per request whose head asked "expect: 100-continue" and whose body has not come:
    // the connection then sends "100 Continue" (curl waits a second for it on bodies over 1 KB).
    bool takeContinueRequest();

    int errorStatus() const { return m_errorStatus; }     // 400, 413, 431, 501, 505
    QByteArray errorMessage() const { return m_errorMessage; }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done };

    Result fail(int status, QByteArray message);
    Result parseHead(QByteArray &buffer);

    State m_state = State::Head;
    HttpRequest m_request;
    qint64 m_remaining = 0;   // body bytes (Body) or chunk bytes (ChunkData) still expected
    bool m_continueSent = false;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace Redliner::MockLlm
