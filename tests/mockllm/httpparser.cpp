// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpparser.h"

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

HttpParser::Result HttpParser::fail(int status, QByteArray message)
{
    m_errorStatus = status;
    m_errorMessage = std::move(message);
    return Result::Error;
}

bool HttpParser::takeContinueRequest()
{
    if (m_continueSent || m_state == State::Head || m_state == State::Done
        || m_request.header("expect").toLower() != "100-continue" || !m_request.body.isEmpty())
        return false;
    m_continueSent = true;
    return true;
}

HttpRequest HttpParser::take()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    m_state = State::Head;
    m_remaining = 0;
    m_continueSent = false;
    return request;
}

HttpParser::Result HttpParser::parseHead(QByteArray &buffer)
{
    // Tolerate the empty lines RFC 9112 allows before a request line.
    while (buffer.startsWith("\r\n"))
        buffer.remove(0, 2);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > maxHeaderBytes)
            return fail(431, "Request header fields too large"_ba);
        return Result::NeedMore;
    }
    if (end > maxHeaderBytes)
        return fail(431, "Request header fields too large"_ba);
    const QList<QByteArray> lines = buffer.first(end).split('\n');
    buffer.remove(0, end + 4);

    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || requestLine.at(1).isEmpty())
        return fail(400, "Malformed request line"_ba);
    const QByteArray &version = requestLine.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(505, "HTTP version not supported"_ba);
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    m_request.httpVersion = version.sliced(5);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "Obsolete header folding"_ba);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, "Malformed header line"_ba);
        m_request.headers.append({line.first(colon).trimmed().toLower(), line.sliced(colon + 1).trimmed()});
    }

    const QByteArray transferEncoding = m_request.header("transfer-encoding").toLower();
    if (!transferEncoding.isEmpty()) {
        if (transferEncoding != "chunked")
            return fail(501, "Unsupported transfer-encoding"_ba);
        m_state = State::ChunkSize;
        return Result::NeedMore;
    }
    const QByteArray contentLength = m_request.header("content-length");
    if (contentLength.isEmpty()) {
        m_state = State::Done;
        return Result::Complete;
    }
    bool ok = false;
    m_remaining = contentLength.toLongLong(&ok);
    if (!ok || m_remaining < 0 || contentLength.contains(','))
        return fail(400, "Bad content-length"_ba);
    if (m_remaining > maxBodyBytes)
        return fail(413, "Request entity too large"_ba);
    m_request.body.reserve(m_remaining);
    m_state = m_remaining > 0 ? State::Body : State::Done;
    return m_remaining > 0 ? Result::NeedMore : Result::Complete;
}

HttpParser::Result HttpParser::feed(QByteArray &buffer)
{
    for (;;) {
        switch (m_state) {
        case State::Head: {
            const Result result = parseHead(buffer);
            if (result != Result::NeedMore || m_state == State::Head)
                return result;
            break;
        }
        case State::Body: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, buffer.size()));
            m_request.body += buffer.first(take);
            buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return Result::NeedMore;
            m_state = State::Done;
            return Result::Complete;
        }
        case State::ChunkSize: {
            const qsizetype end = buffer.indexOf("\r\n");
            if (end < 0)
                return buffer.size() > 1024 ? fail(400, "Bad chunk size"_ba) : Result::NeedMore;
            QByteArray size = buffer.first(end);
            buffer.remove(0, end + 2);
            if (const qsizetype extension = size.indexOf(';'); extension >= 0)
                size.truncate(extension);
            bool ok = false;
            m_remaining = size.trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0)
                return fail(400, "Bad chunk size"_ba);
            if (m_request.body.size() + m_remaining > maxBodyBytes)
                return fail(413, "Request entity too large"_ba);
            m_state = m_remaining == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, buffer.size()));
            m_request.body += buffer.first(take);
            buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return Result::NeedMore;
            m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (buffer.size() < 2)
                return Result::NeedMore;
            if (!buffer.startsWith("\r\n"))
                return fail(400, "Missing CRLF after chunk"_ba);
            buffer.remove(0, 2);
            m_state = State::ChunkSize;
            break;
        case State::Trailers: {
            // Trailer fields are read and dropped; an empty line ends the message.
            const qsizetype end = buffer.indexOf("\r\n");
            if (end < 0)
                return buffer.size() > maxHeaderBytes ? fail(431, "Trailers too large"_ba) : Result::NeedMore;
            buffer.remove(0, end + 2);
            if (end == 0) {
                m_state = State::Done;
                return Result::Complete;
            }
            break;
        }
        case State::Done:
            return Result::Complete;
        }
    }
}

} // namespace Redliner::MockLlm
