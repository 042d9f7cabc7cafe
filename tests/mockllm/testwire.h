// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The client side's view of the wire, written independently of the server: a WHATWG event-stream
// parser, NDJSON, the OpenAI stream put together, and a raw HTTP/1.1 client for what QNAM hides
// (chunk boundaries, line endings, resets, duplicated headers). For tst_mockllm.

#include "testrequests.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTcpSocket>

namespace Redliner::MockLlm::Test {

QJsonObject parseObject(const QByteArray &bytes, bool *ok = nullptr);

struct Sse {
    QByteArray event;
    QByteArray data;
};

// LF, CRLF or CR; ":" comments counted in *comments; one optional space after the colon; an
// unterminated last line is no line; a UTF-8 BOM that starts the stream is dropped (*bom says so).
QList<Sse> parseSse(const QByteArray &stream, int *comments = nullptr, bool *bom = nullptr);
QList<QJsonObject> parseNdjson(const QByteArray &stream);

// The OpenAI stream put together: content, refusal, finish reason, usage, error, [DONE].
struct OpenAiStream {
    QString content;
    QString refusal;
    QString finishReason;
    QJsonObject usage;
    bool done = false;
    bool roleFirst = false;
    QJsonObject error;
    QJsonObject moderation;   // from the chunk with no choices that carries it
    int moderationChunk = -1; // that chunk's index among the events
    int finishChunk = -1;     // the index of the chunk with the finish reason
    int deltaCount = 0;
    int maxDelta = 0;
    int minDelta = 1000;
    // Function calls: the first call's id and name, its arguments put together, and how the
    // tool_calls deltas came (the chunk that opened the call, the count, every index 0).
    QString toolCallId;
    QString toolName;
    QString toolArguments;
    int toolCallChunk = -1;
    int toolDeltaCount = 0;
    bool toolIndexesZero = true;
};
OpenAiStream readOpenAiStream(const QByteArray &bytes);

// An Anthropic stream put together: the event names, the text and tool JSON deltas, an error event.
struct AnthropicStream {
    QList<QByteArray> names;
    QStringList textDeltas;
    QString text;
    QString toolJson;
    QJsonObject error; // the data of an "error" event
};
AnthropicStream readAnthropicStream(const QByteArray &bytes);

// The content deltas of an OpenAI stream, one by one (the role chunk's empty content left out).
QStringList openAiContentDeltas(const QByteArray &bytes);

struct RawReply {
    int status = 0;
    QByteArray head;
    QHash<QByteArray, QByteArray> headers;   // lower-case names
    QByteArray body;                         // de-chunked
    QList<qsizetype> chunkSizes;             // the server's writes, one chunk each
    bool complete = false;
};

// Blocking reads on a socket in the test's thread; the server runs in its own thread.
class RawConnection {
public:
    bool open(quint16 port);
    void send(const QByteArray &bytes);
    // Reads one whole response (Content-Length, chunked, or until EOF).
    bool read(RawReply *reply, int timeoutMs = 15000);
    // At least `size` bytes of whatever comes (HTTP/2 frames), copied to *out.
    bool readAtLeast(qsizetype size, QByteArray *out, int timeoutMs = 10000);
    // Whether the server closed (or reset) the connection within the time.
    bool waitClosed(int timeoutMs = 10000);
    QAbstractSocket::SocketError error() const { return m_socket.error(); }
    QByteArray pending() const { return m_buffer; }

private:
    bool fill(int timeoutMs);

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray rawRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body, const Headers &headers);

} // namespace Redliner::MockLlm::Test
