// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <unordered_map>

#include <nghttp2/nghttp2.h>

class QTcpSocket;

namespace Redliner::MockLlm {

class Exchange;
class Http2Exchange;

// Cleartext HTTP/2 with prior knowledge (RFC 9113 §3.3), served by an nghttp2 server session: the
// client's connection preface has already been seen by the sniffer and is replayed into nghttp2.
// Every stream becomes an Exchange; a streamed reply is a deferred data provider that resumes as
// the ReplyPlayer writes. Deletes itself when the socket closes.
class Http2Session final : public QObject {
    Q_OBJECT
public:
    using Dispatch = std::function<void(Exchange *)>;

    static constexpr int maxConcurrentStreams = 256;
    static constexpr int initialWindowSize = 16 * 1024 * 1024;

    Http2Session(QTcpSocket *socket, QByteArray alreadyRead, quint64 connectionId, Dispatch dispatch,
                 QObject *parent);
    ~Http2Session() override;

private:
    friend class Http2Exchange;

    struct Stream {
        HttpRequest request;
        Http2Exchange *exchange = nullptr;
        bool tooLarge = false;
    };

    void readSocket();
    void feed(const QByteArray &bytes);
    void flush();
    // One socket write for everything the exchanges produced in this pass of the event loop: a
    // slice is a DATA frame either way, and hundreds of streams would otherwise cost a syscall
    // per frame. (A slice delay still sends each frame on its own.)
    void flushSoon();
    void dispatchReady();

    static int onBeginHeaders(nghttp2_session *, const nghttp2_frame *frame, void *self);
    static int onHeader(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name, size_t nameLength,
                        const uint8_t *value, size_t valueLength, uint8_t flags, void *self);
    static int onDataChunk(nghttp2_session *, uint8_t flags, int32_t streamId, const uint8_t *data, size_t length,
                           void *self);
    static int onFrameReceived(nghttp2_session *, const nghttp2_frame *frame, void *self);
    static int onStreamClose(nghttp2_session *, int32_t streamId, uint32_t errorCode, void *self);

    QTcpSocket *m_socket;
    nghttp2_session *m_session = nullptr;
    quint64 m_connectionId;
    Dispatch m_dispatch;
    std::unordered_map<int32_t, std::unique_ptr<Stream>> m_streams;
    QList<int32_t> m_ready;
    bool m_flushing = false;
    bool m_flushQueued = false;
};

} // namespace Redliner::MockLlm
