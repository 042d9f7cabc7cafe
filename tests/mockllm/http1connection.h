// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpparser.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;

namespace Redliner::MockLlm {

class Exchange;
class Http1Exchange;

// One HTTP/1.x connection: requests one after the other (keep-alive; a pipelined request waits in
// the buffer until the reply before it is over). Deletes itself when the socket closes.
class Http1Connection final : public QObject {
    Q_OBJECT
public:
    using Dispatch = std::function<void(Exchange *)>;

    Http1Connection(QTcpSocket *socket, QByteArray alreadyRead, quint64 connectionId, Dispatch dispatch,
                    QObject *parent);

private:
    friend class Http1Exchange;

    void readSocket();
    void processBuffer();
    void replyDone(bool close);
    void resetNow();
    void rejectMalformed(int status, const QByteArray &message);

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    HttpParser m_parser;
    quint64 m_connectionId;
    Dispatch m_dispatch;
    QPointer<Http1Exchange> m_current;
    bool m_closing = false;
};

} // namespace Redliner::MockLlm
