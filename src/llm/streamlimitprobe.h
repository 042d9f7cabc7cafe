// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace Redliner::Llm {

// Asks an HTTP/2 server how many requests one connection may carry at once: the
// SETTINGS_MAX_CONCURRENT_STREAMS of the SETTINGS frame it sends first (RFC 9113, 6.5.2). Qt 6.4
// keeps that number private, and a client that sends more only queues them inside Qt, where
// their timeouts already run. One connection: TLS with ALPN "h2" for https, prior knowledge for
// cleartext; closed as soon as the frame is read.
class StreamLimitProbe final : public QObject {
    Q_OBJECT
public:
    explicit StreamLimitProbe(const QUrl &url, QObject *parent = nullptr);

    void start(int timeoutMs = 10'000);

signals:
    // limit: the server's number of streams; 0 when it sets none (no limit).
    void learnt(int limit);
    // Not reachable, not answering in time, or (notHttp2) a server that speaks only HTTP/1.1:
    // why, for a log.
    void failed(const QString &why, bool notHttp2);

private:
    void sendPreface();
    void onReadyRead();
    void end();

    QUrl m_url;
    QSslSocket m_socket;
    QByteArray m_buffer;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace Redliner::Llm
