// SPDX-License-Identifier: GPL-3.0-or-later
#include "http1connection.h"

#include "exchange.h"
#include "httpstatus.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>

#include <sys/socket.h>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

// The reply side of one request on an HTTP/1.x connection.
class Http1Exchange final : public Exchange {
public:
    Http1Exchange(HttpRequest request, Http1Connection *connection)
        : Exchange(std::move(request), connection), m_connection(connection)
    {
        const QByteArray connectionHeader = this->request().header("connection").toLower();
        m_closeAfter = this->request().httpVersion == "1.0" ? !connectionHeader.contains("keep-alive")
                                                            : connectionHeader.contains("close");
    }

    void writeHead(int status, const HeaderList &headers, qint64 contentLength) override
    {
        if (m_done)
            return;
        m_chunked = contentLength < 0;
        QByteArray head = "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"_ba;
        head += "date: "_ba + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n"_ba;
        for (const auto &[name, value] : headers) {
            if (name == "connection" && value.toLower() == "close")
                m_closeAfter = true;
            head += name + ": "_ba + value + "\r\n"_ba;
        }
        if (m_chunked)
            head += "transfer-encoding: chunked\r\n"_ba;
        else
            head += "content-length: "_ba + QByteArray::number(contentLength) + "\r\n"_ba;
        if (m_closeAfter && !head.contains("\r\nconnection:"))
            head += "connection: close\r\n"_ba;
        else if (request().httpVersion == "1.0" && !m_closeAfter)
            head += "connection: keep-alive\r\n"_ba;
        head += "\r\n"_ba;
        send(head);
    }

    void writeBody(const QByteArray &bytes) override
    {
        if (m_done || bytes.isEmpty())
            return;
        if (m_chunked)
            send(QByteArray::number(bytes.size(), 16) + "\r\n"_ba + bytes + "\r\n"_ba);
        else
            send(bytes);
    }

    void end() override
    {
        if (m_done)
            return;
        if (m_chunked)
            send("0\r\n\r\n"_ba);
        m_done = true;
        m_connection->replyDone(m_closeAfter);
    }

    void abort() override
    {
        if (m_done)
            return;
        m_done = true;
        m_connection->resetNow();
    }

private:
    void send(const QByteArray &bytes)
    {
        // The client may have hung up mid-reply; the rest of the plan then goes nowhere.
        if (m_connection->m_socket->state() != QAbstractSocket::ConnectedState) {
            m_done = true;
            return;
        }
        m_connection->m_socket->write(bytes);
        m_connection->m_socket->flush();
    }

    Http1Connection *m_connection;
    bool m_chunked = false;
    bool m_closeAfter = false;
    bool m_done = false;
};

Http1Connection::Http1Connection(QTcpSocket *socket, QByteArray alreadyRead, quint64 connectionId,
                                 Dispatch dispatch, QObject *parent)
    : QObject(parent), m_socket(socket), m_buffer(std::move(alreadyRead)), m_connectionId(connectionId),
      m_dispatch(std::move(dispatch))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &Http1Connection::readSocket);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    readSocket();
}

void Http1Connection::readSocket()
{
    m_buffer += m_socket->readAll();
    processBuffer();
}

void Http1Connection::processBuffer()
{
    if (m_current || m_closing)
        return;
    switch (m_parser.feed(m_buffer)) {
    case HttpParser::Result::NeedMore:
        if (m_parser.takeContinueRequest()) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
            m_socket->flush();
        }
        return;
    case HttpParser::Result::Error:
        rejectMalformed(m_parser.errorStatus(), m_parser.errorMessage());
        return;
    case HttpParser::Result::Complete:
        break;
    }
    HttpRequest request = m_parser.take();
    request.connectionId = m_connectionId;
    m_current = new Http1Exchange(std::move(request), this);
    m_dispatch(m_current);
}

void Http1Connection::replyDone(bool close)
{
    if (m_current)
        m_current->deleteLater();
    m_current = nullptr;
    if (close) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    // The next request may already be waiting in the buffer.
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &Http1Connection::processBuffer, Qt::QueuedConnection);
}

void Http1Connection::resetNow()
{
    m_closing = true;
    // SO_LINGER 0 turns close into a TCP RST: the client sees "connection reset", not a clean EOF.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        const linger hard{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    m_socket->abort();
    deleteLater();
}

void Http1Connection::rejectMalformed(int status, const QByteArray &message)
{
    m_closing = true;
    const QByteArray body = message + '\n';
    m_socket->write("HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reasonPhrase(status)
                    + "\r\ncontent-type: text/plain\r\ncontent-length: "_ba + QByteArray::number(body.size())
                    + "\r\nconnection: close\r\n\r\n"_ba + body);
    m_socket->disconnectFromHost();
}

} // namespace Redliner::MockLlm
