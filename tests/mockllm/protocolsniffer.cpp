// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocolsniffer.h"

#include "http1connection.h"
#include "http2session.h"

#include <QTcpSocket>

namespace Redliner::MockLlm {

ProtocolSniffer::ProtocolSniffer(QTcpSocket *socket, quint64 connectionId, Dispatch dispatch, QObject *parent)
    : QObject(parent), m_socket(socket), m_connectionId(connectionId), m_dispatch(std::move(dispatch))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &ProtocolSniffer::inspect);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    inspect();
}

void ProtocolSniffer::inspect()
{
    m_buffer += m_socket->readAll();
    const qsizetype compared = std::min(m_buffer.size(), http2Preface.size());
    const bool prefixOfPreface = QByteArrayView(m_buffer).first(compared) == http2Preface.first(compared);
    if (prefixOfPreface && m_buffer.size() < http2Preface.size())
        return;   // wait for the rest of the preface
    disconnect(m_socket, nullptr, this, nullptr);
    if (prefixOfPreface)
        new Http2Session(m_socket, std::move(m_buffer), m_connectionId, m_dispatch, parent());
    else
        new Http1Connection(m_socket, std::move(m_buffer), m_connectionId, m_dispatch, parent());
    deleteLater();
}

} // namespace Redliner::MockLlm
