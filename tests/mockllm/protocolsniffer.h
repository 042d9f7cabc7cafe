// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>

class QTcpSocket;

namespace Redliner::MockLlm {

class Exchange;

// Looks at the first bytes of a new connection: the HTTP/2 client preface ("PRI * HTTP/2.0...")
// hands the socket to an Http2Session, anything else to an Http1Connection. Then deletes itself.
class ProtocolSniffer final : public QObject {
    Q_OBJECT
public:
    using Dispatch = std::function<void(Exchange *)>;

    ProtocolSniffer(QTcpSocket *socket, quint64 connectionId, Dispatch dispatch, QObject *parent);

    static constexpr QByteArrayView http2Preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

private:
    void inspect();

    QTcpSocket *m_socket;
    quint64 m_connectionId;
    Dispatch m_dispatch;
    QByteArray m_buffer;
};

} // namespace Redliner::MockLlm
