// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answerbudget.h"
#include "dialect.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Redliner::Llm {

// The outcome of one HTTP exchange: an answer, or the failure with everything the retry policy
// needs (status, error type, server's retry hints).
struct ExchangeResult final {
    ModelReply reply;                // reply.failure set when there is no usable answer
    int httpStatus = 0;
    bool http2 = false;
    QString requestId; // the server's id for this exchange (request-id / x-request-id)
};

// The most one answer may send, framing included. A batch's answer is tens of KB (a long SSE
// stream of single-token events a few hundred); a server that streams or pads forever is cut
// here, so a review's memory stays below this many MB per request in flight.
inline constexpr qint64 MaxAnswerBytes = 8 * 1024 * 1024;

// One request to one provider, from POST to the last byte. Bytes are read as they arrive and
// decoded on a worker thread once complete (decodeAnswer); errors are classified, never thrown.
class Exchange final : public QObject {
    Q_OBJECT
public:
    Exchange(QNetworkAccessManager *network, const Dialect &dialect, const ProviderConfig &config,
             const QString &system, const QByteArray &user, const RequestOptions &options, QObject *parent = nullptr);
    ~Exchange() override;

    // The run's total for answers in memory, shared with its other requests (none: no total).
    void setAnswerBudget(std::shared_ptr<AnswerBudget> budget) { m_budget = std::move(budget); }
    void start();
    // Stops the request; finished is not emitted.
    void abort();

signals:
    void finished(const Redliner::Llm::ExchangeResult &result);

private:
    void onReadyRead();
    void onFinished();
    void onIdle();
    void releaseBudget();

    QPointer<QNetworkAccessManager> m_network;
    const Dialect &m_dialect;
    ProviderConfig m_config;
    QString m_system;
    QByteArray m_user;
    RequestOptions m_options;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_body; // the answer's bytes as they came (an SSE stream, JSON, an error body)
    bool m_bodyKindKnown = false;
    bool m_streaming = false;       // status 2xx and an event stream
    bool m_aborted = false;
    bool m_pastDeadline = false;
    bool m_tooLarge = false;        // stopped reading at MaxAnswerBytes
    bool m_overBudget = false;      // stopped reading: the run's answers together passed their total
    std::shared_ptr<AnswerBudget> m_budget;
    qint64 m_taken = 0; // what this answer holds of the budget
    qint64 m_received = 0;
    QTimer m_deadline;              // the whole exchange, however slowly bytes trickle in
    // Inactivity: a stream that keeps sending is never cut, a silent server is. Not Qt's transfer
    // timeout, which restarts a timer through a queued call for every chunk received: hundreds of
    // answers streaming in made thousands of events in the thread that draws the window. Here a
    // chunk only notes the time; the timer, when it fires, looks at it and waits out the rest.
    QTimer m_idle;
    QElapsedTimer m_lastActivity;
    QFutureWatcher<ExchangeResult> m_decoded; // the answer decoded on a worker thread
    bool m_decoding = false;
};

} // namespace Redliner::Llm
