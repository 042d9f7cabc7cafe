// SPDX-License-Identifier: GPL-3.0-or-later
#include "http2session.h"

#include "exchange.h"
#include "httpparser.h"

#include <QTcpSocket>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

namespace {

nghttp2_nv makeNv(const QByteArray &name, const QByteArray &value)
{
    // nghttp2_submit_response copies names and values, so pointers into temporaries held by the
    // caller for the duration of the call are enough.
    return nghttp2_nv{reinterpret_cast<uint8_t *>(const_cast<char *>(name.constData())),
                      reinterpret_cast<uint8_t *>(const_cast<char *>(value.constData())), size_t(name.size()),
                      size_t(value.size()), NGHTTP2_NV_FLAG_NONE};
}

bool isConnectionSpecific(const QByteArray &name)
{
    // RFC 9113 §8.2.2: these make an HTTP/2 message malformed.
    return name == "connection" || name == "keep-alive" || name == "transfer-encoding" || name == "upgrade"
        || name == "proxy-connection";
}

} // namespace

// The reply side of one HTTP/2 stream.
class Http2Exchange final : public Exchange {
public:
    Http2Exchange(HttpRequest request, Http2Session *session, int32_t streamId)
        : Exchange(std::move(request), session), m_session(session), m_streamId(streamId) {}

    void writeHead(int status, const HeaderList &headers, qint64 contentLength) override
    {
        if (m_closed || m_headSent)
            return;
        m_headSent = true;
        QList<QByteArray> storage;   // keeps the numbers alive during the submit call
        storage.reserve(2);
        storage.append(QByteArray::number(status));
        QList<nghttp2_nv> nva;
        nva.reserve(headers.size() + 2);
        nva.append(makeNv(":status"_ba, storage.constLast()));
        for (const auto &[name, value] : headers) {
            if (!isConnectionSpecific(name))
                nva.append(makeNv(name, value));
        }
        if (contentLength >= 0) {
            storage.append(QByteArray::number(contentLength));
            nva.append(makeNv("content-length"_ba, storage.constLast()));
        }
        nghttp2_data_provider provider;
        provider.source.ptr = this;
        provider.read_callback = &Http2Exchange::readData;
        nghttp2_submit_response(m_session->m_session, m_streamId, nva.constData(), size_t(nva.size()), &provider);
        m_session->flushSoon();
    }

    void writeBody(const QByteArray &bytes) override
    {
        if (m_closed || bytes.isEmpty())
            return;
        m_pending.append(bytes);
        nghttp2_session_resume_data(m_session->m_session, m_streamId);
        m_session->flushSoon();
    }

    void end() override
    {
        if (m_closed)
            return;
        m_ended = true;
        nghttp2_session_resume_data(m_session->m_session, m_streamId);
        m_session->flushSoon();
    }

    void abort() override
    {
        if (m_closed)
            return;
        nghttp2_submit_rst_stream(m_session->m_session, NGHTTP2_FLAG_NONE, m_streamId, NGHTTP2_INTERNAL_ERROR);
        m_session->flushSoon();
    }

    void markClosed() { m_closed = true; }

private:
    // One write of the player per DATA frame (up to the frame size), so slices stay slices.
    static ssize_t readData(nghttp2_session *, int32_t, uint8_t *buffer, size_t length, uint32_t *flags,
                            nghttp2_data_source *source, void *)
    {
        auto *self = static_cast<Http2Exchange *>(source->ptr);
        if (self->m_pending.isEmpty()) {
            if (!self->m_ended)
                return NGHTTP2_ERR_DEFERRED;
            *flags |= NGHTTP2_DATA_FLAG_EOF;
            return 0;
        }
        const QByteArray &front = self->m_pending.constFirst();
        const size_t take = std::min(length, size_t(front.size() - self->m_offset));
        std::memcpy(buffer, front.constData() + self->m_offset, take);
        self->m_offset += qsizetype(take);
        if (self->m_offset == front.size()) {
            self->m_pending.removeFirst();
            self->m_offset = 0;
        }
        if (self->m_pending.isEmpty() && self->m_ended)
            *flags |= NGHTTP2_DATA_FLAG_EOF;
        return ssize_t(take);
    }

    Http2Session *m_session;
    int32_t m_streamId;
    QList<QByteArray> m_pending;
    qsizetype m_offset = 0;
    bool m_headSent = false;
    bool m_ended = false;
    bool m_closed = false;
};

Http2Session::Http2Session(QTcpSocket *socket, QByteArray alreadyRead, quint64 connectionId, Dispatch dispatch,
                           QObject *parent)
    : QObject(parent), m_socket(socket), m_connectionId(connectionId), m_dispatch(std::move(dispatch))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &Http2Session::readSocket);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);

    nghttp2_session_callbacks *callbacks = nullptr;
    nghttp2_session_callbacks_new(&callbacks);
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &Http2Session::onBeginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &Http2Session::onHeader);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &Http2Session::onDataChunk);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &Http2Session::onFrameReceived);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &Http2Session::onStreamClose);
    nghttp2_session_server_new(&m_session, callbacks, this);
    nghttp2_session_callbacks_del(callbacks);

    // Many streams at once and windows large enough that a batch of clauses never waits on them.
    const nghttp2_settings_entry settings[] = {
        {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, maxConcurrentStreams},
        {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, initialWindowSize},
    };
    nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings, std::size(settings));
    nghttp2_session_set_local_window_size(m_session, NGHTTP2_FLAG_NONE, 0, 1 << 30);

    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    feed(alreadyRead);
    readSocket();
}

Http2Session::~Http2Session()
{
    // Exchanges (children) are deleted after this; they never touch the session once it is gone.
    for (auto &[id, stream] : m_streams) {
        if (stream->exchange)
            stream->exchange->markClosed();
    }
    nghttp2_session_del(m_session);
}

void Http2Session::readSocket()
{
    const QByteArray bytes = m_socket->readAll();
    if (!bytes.isEmpty())
        feed(bytes);
}

void Http2Session::feed(const QByteArray &bytes)
{
    const ssize_t consumed = nghttp2_session_mem_recv(m_session, reinterpret_cast<const uint8_t *>(bytes.constData()),
                                                      size_t(bytes.size()));
    if (consumed < 0) {
        // A protocol error: nghttp2 has queued a GOAWAY; send it and hang up.
        flush();
        m_socket->disconnectFromHost();
        return;
    }
    dispatchReady();
    flush();
}

void Http2Session::dispatchReady()
{
    const QList<int32_t> ready = std::exchange(m_ready, {});
    for (const int32_t streamId : ready) {
        const auto it = m_streams.find(streamId);
        if (it == m_streams.end())
            continue;
        Stream &stream = *it->second;
        if (stream.tooLarge) {
            nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, streamId, NGHTTP2_REFUSED_STREAM);
            continue;
        }
        stream.request.connectionId = m_connectionId;
        stream.request.streamId = streamId;
        stream.exchange = new Http2Exchange(std::move(stream.request), this, streamId);
        m_dispatch(stream.exchange);
    }
}

void Http2Session::flushSoon()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(this, [this]() {
        m_flushQueued = false;
        flush();
    }, Qt::QueuedConnection);
}

void Http2Session::flush()
{
    if (m_flushing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_flushing = true;
    for (;;) {
        const uint8_t *data = nullptr;
        const ssize_t size = nghttp2_session_mem_send(m_session, &data);
        if (size < 0) {
            m_socket->abort();
            break;
        }
        if (size == 0)
            break;
        m_socket->write(reinterpret_cast<const char *>(data), size);
    }
    m_socket->flush();
    m_flushing = false;
    if (!nghttp2_session_want_read(m_session) && !nghttp2_session_want_write(m_session))
        m_socket->disconnectFromHost();
}

int Http2Session::onBeginHeaders(nghttp2_session *session, const nghttp2_frame *frame, void *self)
{
    if (frame->hd.type != NGHTTP2_HEADERS || frame->headers.cat != NGHTTP2_HCAT_REQUEST)
        return 0;
    auto *that = static_cast<Http2Session *>(self);
    auto stream = std::make_unique<Stream>();
    stream->request.httpVersion = "2"_ba;
    nghttp2_session_set_stream_user_data(session, frame->hd.stream_id, stream.get());
    that->m_streams[frame->hd.stream_id] = std::move(stream);
    return 0;
}

int Http2Session::onHeader(nghttp2_session *session, const nghttp2_frame *frame, const uint8_t *name,
                           size_t nameLength, const uint8_t *value, size_t valueLength, uint8_t, void *)
{
    auto *stream = static_cast<Stream *>(nghttp2_session_get_stream_user_data(session, frame->hd.stream_id));
    if (!stream)
        return 0;
    const QByteArray key(reinterpret_cast<const char *>(name), qsizetype(nameLength));
    const QByteArray text(reinterpret_cast<const char *>(value), qsizetype(valueLength));
    if (key == ":method")
        stream->request.method = text;
    else if (key == ":path")
        stream->request.target = text;
    else if (key == ":authority")
        stream->request.headers.append({"host"_ba, text});
    else if (!key.startsWith(':'))
        stream->request.headers.append({key.toLower(), text});
    return 0;
}

int Http2Session::onDataChunk(nghttp2_session *session, uint8_t, int32_t streamId, const uint8_t *data,
                              size_t length, void *)
{
    auto *stream = static_cast<Stream *>(nghttp2_session_get_stream_user_data(session, streamId));
    if (!stream)
        return 0;
    if (stream->request.body.size() + qsizetype(length) > HttpParser::maxBodyBytes) {
        stream->tooLarge = true;
        return 0;
    }
    stream->request.body.append(reinterpret_cast<const char *>(data), qsizetype(length));
    return 0;
}

int Http2Session::onFrameReceived(nghttp2_session *, const nghttp2_frame *frame, void *self)
{
    const bool requestEnds = (frame->hd.type == NGHTTP2_HEADERS || frame->hd.type == NGHTTP2_DATA)
                          && (frame->hd.flags & NGHTTP2_FLAG_END_STREAM);
    // Dispatched after nghttp2_session_mem_recv returns: replies must not be sent from a callback.
    if (requestEnds)
        static_cast<Http2Session *>(self)->m_ready.append(frame->hd.stream_id);
    return 0;
}

int Http2Session::onStreamClose(nghttp2_session *, int32_t streamId, uint32_t, void *self)
{
    auto *that = static_cast<Http2Session *>(self);
    const auto it = that->m_streams.find(streamId);
    if (it == that->m_streams.end())
        return 0;
    if (Http2Exchange *exchange = it->second->exchange) {
        exchange->markClosed();
        exchange->deleteLater();
    }
    that->m_streams.erase(it);
    return 0;
}

} // namespace Redliner::MockLlm
