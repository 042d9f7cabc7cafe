// SPDX-License-Identifier: GPL-3.0-or-later
#include "testwire.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm::Test {

QJsonObject parseObject(const QByteArray &bytes, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

QList<Sse> parseSse(const QByteArray &stream, int *comments, bool *bom)
{
    QList<Sse> events;
    Sse current;
    bool hasData = false;
    // WHATWG: the decoder drops one BOM at the start of the stream.
    const bool startsWithBom = stream.startsWith("\xEF\xBB\xBF");
    if (bom)
        *bom = startsWithBom;
    qsizetype at = startsWithBom ? 3 : 0;
    while (at < stream.size()) {
        qsizetype end = at;
        while (end < stream.size() && stream.at(end) != '\n' && stream.at(end) != '\r')
            ++end;
        if (end == stream.size())
            break;   // an unterminated last line is no line
        const QByteArray line = stream.sliced(at, end - at);
        at = end + ((stream.at(end) == '\r' && end + 1 < stream.size() && stream.at(end + 1) == '\n') ? 2 : 1);
        if (line.isEmpty()) {
            if (hasData || !current.event.isEmpty())
                events.append(current);
            current = Sse();
            hasData = false;
            continue;
        }
        if (line.startsWith(':')) {
            if (comments)
                ++*comments;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.first(colon);
        QByteArray value = colon < 0 ? QByteArray() : line.sliced(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "event") {
            current.event = value;
        } else if (field == "data") {
            if (hasData)
                current.data += '\n';
            current.data += value;
            hasData = true;
        }
    }
    return events;
}

QList<QJsonObject> parseNdjson(const QByteArray &stream)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : stream.split('\n')) {
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

OpenAiStream readOpenAiStream(const QByteArray &bytes)
{
    OpenAiStream stream;
    const QList<Sse> events = parseSse(bytes);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Sse &event = events.at(i);
        if (event.data == "[DONE]") {
            stream.done = true;
            continue;
        }
        const QJsonObject chunk = parseObject(event.data);
        if (chunk.contains(u"error")) {
            stream.error = chunk.value(u"error").toObject();
            continue;
        }
        if (chunk.value(u"usage").isObject())
            stream.usage = chunk.value(u"usage").toObject();
        if (chunk.value(u"moderation").isObject()) {
            stream.moderation = chunk.value(u"moderation").toObject();
            stream.moderationChunk = int(i);
        }
        const QJsonArray choices = chunk.value(u"choices").toArray();
        if (choices.isEmpty())
            continue;
        const QJsonObject choice = choices.first().toObject();
        const QJsonObject delta = choice.value(u"delta").toObject();
        if (i == 0)
            stream.roleFirst = delta.value(u"role").toString() == u"assistant";
        if (delta.contains(u"content") && !delta.contains(u"role")) {
            const QString piece = delta.value(u"content").toString();
            stream.content += piece;
            ++stream.deltaCount;
            stream.maxDelta = std::max(stream.maxDelta, int(piece.size()));
            stream.minDelta = std::min(stream.minDelta, int(piece.size()));
        }
        if (delta.value(u"refusal").isString())
            stream.refusal += delta.value(u"refusal").toString();
        for (const QJsonValue value : delta.value(u"tool_calls").toArray()) {
            const QJsonObject call = value.toObject();
            const QJsonObject function = call.value(u"function").toObject();
            if (call.contains(u"id") && stream.toolCallChunk < 0) {
                stream.toolCallChunk = int(i);
                stream.toolCallId = call.value(u"id").toString();
                stream.toolName = function.value(u"name").toString();
            }
            stream.toolArguments += function.value(u"arguments").toString();
            stream.toolIndexesZero = stream.toolIndexesZero && call.value(u"index").toInt(-1) == 0;
            ++stream.toolDeltaCount;
        }
        if (choice.value(u"finish_reason").isString()) {
            stream.finishReason = choice.value(u"finish_reason").toString();
            stream.finishChunk = int(i);
        }
    }
    return stream;
}

AnthropicStream readAnthropicStream(const QByteArray &bytes)
{
    AnthropicStream stream;
    for (const Sse &event : parseSse(bytes)) {
        stream.names.append(event.event);
        const QJsonObject data = parseObject(event.data);
        if (event.event == "error")
            stream.error = data;
        const QJsonObject delta = data.value(u"delta").toObject();
        if (delta.value(u"type").toString() == u"text_delta") {
            stream.textDeltas.append(delta.value(u"text").toString());
            stream.text += delta.value(u"text").toString();
        } else if (delta.value(u"type").toString() == u"input_json_delta") {
            stream.toolJson += delta.value(u"partial_json").toString();
        }
    }
    return stream;
}

QStringList openAiContentDeltas(const QByteArray &bytes)
{
    QStringList deltas;
    for (const Sse &event : parseSse(bytes)) {
        const QJsonObject delta =
            parseObject(event.data).value(u"choices").toArray().first().toObject().value(u"delta").toObject();
        if (delta.contains(u"content") && !delta.contains(u"role"))
            deltas.append(delta.value(u"content").toString());
    }
    return deltas;
}

// ---------------------------------------------------------------------------------------------

bool RawConnection::open(quint16 port)
{
    m_socket.connectToHost(u"127.0.0.1"_s, port);
    return m_socket.waitForConnected(5000);
}

void RawConnection::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

bool RawConnection::read(RawReply *reply, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    const auto more = [&]() { return fill(int(std::max<qint64>(1, timeoutMs - clock.elapsed()))); };
    qsizetype headEnd;
    while ((headEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!more())
            return false;
    }
    reply->head = m_buffer.first(headEnd);
    m_buffer.remove(0, headEnd + 4);
    const QList<QByteArray> lines = reply->head.split('\n');
    reply->status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            reply->headers.insert(line.first(colon).toLower(), line.sliced(colon + 1).trimmed());
    }
    if (reply->headers.value("transfer-encoding") == "chunked") {
        for (;;) {
            qsizetype lineEnd;
            while ((lineEnd = m_buffer.indexOf("\r\n")) < 0) {
                if (!more())
                    return false;
            }
            const qsizetype size = m_buffer.first(lineEnd).toLongLong(nullptr, 16);
            while (m_buffer.size() < lineEnd + 2 + size + 2) {
                if (!more())
                    return false;
            }
            if (size == 0) {
                m_buffer.remove(0, lineEnd + 4);
                reply->complete = true;
                return true;
            }
            reply->chunkSizes.append(size);
            reply->body += m_buffer.sliced(lineEnd + 2, size);
            m_buffer.remove(0, lineEnd + 2 + size + 2);
        }
    }
    const qsizetype length = reply->headers.value("content-length").toLongLong();
    while (m_buffer.size() < length) {
        if (!more()) {
            reply->body = m_buffer;
            return false;
        }
    }
    reply->body = m_buffer.first(length);
    m_buffer.remove(0, length);
    reply->complete = true;
    return true;
}

bool RawConnection::readAtLeast(qsizetype size, QByteArray *out, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (m_buffer.size() < size) {
        if (!fill(int(std::max<qint64>(1, timeoutMs - clock.elapsed()))))
            return false;
    }
    *out = m_buffer;
    return true;
}

bool RawConnection::waitClosed(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (m_socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs)
        fill(int(timeoutMs - clock.elapsed()));
    return m_socket.state() != QAbstractSocket::ConnectedState;
}

bool RawConnection::fill(int timeoutMs)
{
    if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(timeoutMs))
        return false;
    m_buffer += m_socket.readAll();
    return true;
}

QByteArray rawRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body, const Headers &headers)
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"_ba;
    for (const auto &[name, value] : headers)
        request += name + ": "_ba + value + "\r\n"_ba;
    request += "Content-Length: "_ba + QByteArray::number(body.size()) + "\r\n\r\n"_ba + body;
    return request;
}

} // namespace Redliner::MockLlm::Test
