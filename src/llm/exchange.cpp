// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange.h"
#include "redactedurl.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>

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
}

void Exchange::abort()
{
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
        return;  // aborted by its transfer timeout: nothing more to read
    if (!m_bodyKindKnown) {
        // Decided once, on the first bytes: the status and content type do not change after.
        m_bodyKindKnown = true;
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (status >= 200 && status < 300 && type.startsWith("text/event-stream")) {
            m_streaming = true;
            m_stream = m_dialect.streamReader();
        }
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
    if (!m_streaming) {
        m_body += bytes;
        return;
    }
    for (const SseEvent &event : m_decoder.feed(bytes))
        m_stream->onEvent(event);
}

Failure Exchange::transportFailure() const
{
    Failure f;
    switch (m_reply->error()) {
    case QNetworkReply::OperationCanceledError:  // the transfer timeout aborts this way
    case QNetworkReply::TimeoutError:
        f.kind = Failure::Kind::Timeout;
        f.timeoutMs = m_pastDeadline ? m_config.effectiveDeadlineMs() : m_config.timeoutMs;
        break;
    default:
        f.kind = Failure::Kind::Transport;
        f.message = redactUrls(m_reply->errorString());  // Qt quotes the request URL, query and all
        break;
    }
    return f;
}

void Exchange::onFinished()
{
    if (m_aborted || !m_reply)
        return;
    m_deadline.stop();
    onReadyRead();  // whatever arrived with the end of the transfer
    ExchangeResult result;
    result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.http2 = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    const ServerHints hints = readServerHints(m_reply->rawHeaderPairs(), QDateTime::currentDateTimeUtc());

    if (m_tooLarge) {
        Failure f;
        f.kind = Failure::Kind::TooLarge;
        f.message = u"answer larger than %1 MB; stopped reading"_s.arg(MaxAnswerBytes / (1024 * 1024));
        result.reply.failure = f;
    } else if (m_overBudget) {
        Failure f;
        f.kind = Failure::Kind::TooLarge;
        f.message = u"the answers being read together passed the run's %1 MB; stopped reading"_s.arg(
            double(m_budget->limit()) / (1024 * 1024));
        result.reply.failure = f;
    } else if (result.httpStatus == 0) {
        result.reply.failure = transportFailure();
    } else if (result.httpStatus < 200 || result.httpStatus >= 300) {
        Failure f;
        f.kind = Failure::Kind::HttpStatus;
        f.httpStatus = result.httpStatus;
        readErrorBody(m_body, &f);
        result.reply.failure = f;
    } else if (m_streaming && m_reply->error() != QNetworkReply::NoError && !m_stream->complete()) {
        // Reset or timed out mid-stream: what arrived is a fragment, whatever it parses as. (A
        // stream that reached its terminal event before the connection dropped is complete.)
        result.reply.failure = transportFailure();
    } else if (m_streaming) {
        for (const SseEvent &event : m_decoder.finish())
            m_stream->onEvent(event);
        result.reply = m_stream->reply();
        if (!result.reply.failure && !m_stream->complete()) {
            // A clean EOF without the terminal event is just as incomplete.
            Failure f;
            f.kind = Failure::Kind::StreamCut;
            f.message = u"the answer stream ended early"_s;
            result.reply.failure = f;
        }
    } else if (m_reply->error() != QNetworkReply::NoError) {
        result.reply.failure = transportFailure();
    } else {
        result.reply = m_dialect.parseReply(m_body);
    }
    if (result.reply.failure) {
        Failure &f = *result.reply.failure;
        f.httpStatus = result.httpStatus;
        f.retryAfterMs = hints.retryAfterMs;
        f.shouldRetry = hints.shouldRetry;
        if (!hints.requestId.isEmpty()) // else what the error body said, if anything
            f.requestId = hints.requestId;
        result.requestId = f.requestId;
    } else {
        result.requestId = hints.requestId;
    }
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    m_body.clear(); // the result holds what was read: the run's total has it back
    releaseBudget();
    emit finished(result);
}

} // namespace Redliner::Llm
