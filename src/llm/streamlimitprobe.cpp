// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamlimitprobe.h"

#include <QSslConfiguration>

#include <algorithm>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kFrameHeader = 9;
constexpr quint8 kSettingsFrame = 0x4;
constexpr quint16 kMaxConcurrentStreams = 0x3;

quint32 bigEndian(const QByteArray &bytes, qsizetype at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

} // namespace

StreamLimitProbe::StreamLimitProbe(const QUrl &url, QObject *parent) : QObject(parent), m_url(url)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_done) {
            end();
            emit failed(u"no HTTP/2 settings in time"_s, false);
        }
    });
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this] {
        if (!m_done) {
            const QString why = m_socket.errorString();
            end();
            emit failed(why, false);
        }
    });
    connect(&m_socket, &QSslSocket::disconnected, this, [this] {
        if (!m_done) {
            end();
            emit failed(u"the server closed the connection"_s, false);
        }
    });
    connect(&m_socket, &QSslSocket::readyRead, this, &StreamLimitProbe::onReadyRead);
}

void StreamLimitProbe::start(int timeoutMs)
{
    m_timeout.start(timeoutMs);
    const bool tls = m_url.scheme() == u"https"_s;
    if (!tls) {
        connect(&m_socket, &QSslSocket::connected, this, &StreamLimitProbe::sendPreface);
        m_socket.connectToHost(m_url.host(), quint16(m_url.port(80)));
        return;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2});
    m_socket.setSslConfiguration(ssl);
    connect(&m_socket, &QSslSocket::encrypted, this, [this] {
        if (m_socket.sslConfiguration().nextNegotiatedProtocol() != QSslConfiguration::ALPNProtocolHTTP2) {
            end();
            emit failed(u"the server does not speak HTTP/2"_s, true);
            return;
        }
        sendPreface();
    });
    m_socket.connectToHostEncrypted(m_url.host(), quint16(m_url.port(443)));
}

void StreamLimitProbe::sendPreface()
{
    // The connection preface, then our (empty) SETTINGS frame: the server answers with its own.
    static const QByteArray preface = QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
                                      + QByteArray::fromHex("000000"
                                                            "04"
                                                            "00"
                                                            "00000000");
    m_socket.write(preface);
}

void StreamLimitProbe::onReadyRead()
{
    m_buffer += m_socket.readAll();
    if (m_done || m_buffer.size() < kFrameHeader)
        return;
    const quint32 length = bigEndian(m_buffer, 0, 3);
    const quint8 type = quint8(m_buffer.at(3));
    if (type != kSettingsFrame || length % 6 != 0 || length > 16384) {
        // An HTTP/1.1 server answers the preface with a 400 status line.
        end();
        emit failed(u"the server does not speak HTTP/2"_s, true);
        return;
    }
    if (m_buffer.size() < kFrameHeader + qsizetype(length))
        return;
    int limit = 0;
    for (qsizetype at = kFrameHeader; at < kFrameHeader + qsizetype(length); at += 6) {
        if (bigEndian(m_buffer, at, 2) == kMaxConcurrentStreams)
            limit = int(std::clamp<quint32>(bigEndian(m_buffer, at + 2, 4), 1u, 1u << 20));
    }
    end();
    emit learnt(limit);
}

void StreamLimitProbe::end()
{
    m_done = true;
    m_timeout.stop();
    m_socket.disconnect(this);
    m_socket.abort();
}

} // namespace Redliner::Llm
