// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange.h"

#include "answerdecoder.h"
#include "backgroundpool.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThreadPool>
#include <QtConcurrent/qtconcurrenttask.h>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

Exchange::Exchange(QNetworkAccessManager *network, const Dialect &dialect, const ProviderConfig &config,
                   const QString &system, const QByteArray &user, const RequestOptions &options, QObject *parent)
    : QObject(parent), m_network(network), m_dialect(dialect), m_config(config), m_system(system), m_user(user),
      m_options(options)
{
}

Exchange::~Exchange()
{
    abort();
    releaseBudget();
}

void Exchange::releaseBudget()
{
    if (m_budget)
        m_budget->give(std::exchange(m_taken, 0));
}

void Exchange::start()
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        // A server that sends a byte now and then never trips the inactivity timeout.
        m_pastDeadline = true;
        m_reply->abort();  // finished follows, with OperationCanceledError
    });
    m_deadline.start(m_config.effectiveDeadlineMs());
    const QNetworkRequest request = m_dialect.request(m_config, m_options);
    m_reply = m_network->post(request, m_dialect.body(m_config, m_system, m_user, m_options));
    connect(m_reply, &QNetworkReply::readyRead, this, &Exchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Exchange::onFinished);
    // Sending counts as activity too (a large request over a slow link).
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_lastActivity.restart(); });
    m_lastActivity.start();
    if (m_config.timeoutMs > 0) {
        m_idle.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, this, &Exchange::onIdle);
        m_idle.start(m_config.timeoutMs);
    }
}

void Exchange::onIdle()
{
    if (!m_reply)
        return;
    const qint64 quiet = m_lastActivity.elapsed();
    if (quiet < m_config.timeoutMs) {
        m_idle.start(int(m_config.timeoutMs - quiet));
        return;
    }
    m_reply->abort(); // finished follows, with OperationCanceledError: a timeout of inactivityMs
}

void Exchange::abort()
{
    if (m_decoding) {
        // The worker's copy of the bytes is dropped with its result.
        m_decoding = false;
        m_aborted = true;
        m_decoded.disconnect(this);
        releaseBudget();
        return;
    }
    if (!m_reply)
        return;
    m_aborted = true;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    releaseBudget();
}

void Exchange::onReadyRead()
{
    if (!m_reply->isOpen())
        return; // aborted by a timeout: nothing more to read
    m_lastActivity.restart();
    if (!m_bodyKindKnown) {
        // Decided once, on the first bytes: the status and content type do not change after.
        m_bodyKindKnown = true;
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        m_streaming = status >= 200 && status < 300 && type.startsWith("text/event-stream");
    }
    const QByteArray bytes = m_reply->read(MaxAnswerBytes - m_received + 1);
    m_received += bytes.size();
    // The run's total first: one read can bring more than either limit, and the total is the one
    // that protects the machine.
    if (m_budget && !bytes.isEmpty()) {
        if (!m_budget->take(bytes.size())) {
            m_overBudget = true;
            m_body.clear();
            m_reply->abort(); // finished follows, with OperationCanceledError
            return;
        }
        m_taken += bytes.size();
    }
    if (m_received > MaxAnswerBytes) {
        m_tooLarge = true;
        m_body.clear();
        m_reply->abort();
        return;
    }
    // Only kept here: decoding (an SSE stream is a JSON object per token) is done on a worker
    // thread once the answer is complete, see decodeAnswer.
    m_body += bytes;
}

void Exchange::onFinished()
{
    if (m_aborted || !m_reply)
        return;
    m_deadline.stop();
    m_idle.stop();
    onReadyRead();  // whatever arrived with the end of the transfer
    ReceivedAnswer received;
    received.kind = m_config.kind;
    received.body = std::exchange(m_body, {});
    received.streaming = m_streaming;
    received.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    received.http2 = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    received.error = m_reply->error();
    if (received.error != QNetworkReply::NoError)
        received.errorString = m_reply->errorString();
    received.headers = m_reply->rawHeaderPairs();
    received.receivedAt = QDateTime::currentDateTimeUtc();
    received.tooLarge = m_tooLarge;
    received.overBudget = m_overBudget;
    received.budgetMb = m_budget ? double(m_budget->limit()) / (1024 * 1024) : 0.0;
    received.pastDeadline = m_pastDeadline;
    received.deadlineMs = m_config.effectiveDeadlineMs();
    received.inactivityMs = m_config.timeoutMs;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    m_decoding = true;
    connect(&m_decoded, &QFutureWatcherBase::finished, this, [this] {
        if (!std::exchange(m_decoding, false))
            return;
        const ExchangeResult result = m_decoded.result();
        releaseBudget(); // the bytes are gone: the run's total has them back
        emit finished(result);
    });
    // Ahead of documents waiting to be prepared: this answer holds its connection slot until decoded.
    m_decoded.setFuture(QtConcurrent::task([received = std::move(received)] { return decodeAnswer(received); })
                            .withPriority(1)
                            .onThreadPool(*backgroundPool())
                            .spawn());
}

} // namespace Redliner::Llm
