// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answerbudget.h"

#include "providerconfig.h"

#include "review/reviewer.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace Redliner::Llm {

// What to review and with whom. A value: the review copies it.
struct ReviewJob final {
    Review::TextDocument document;
    Review::Playbook playbook;
    Review::Side side = Review::Side::Receiving;
    QList<ProviderConfig> providers;   // one, or two for a dual review
    int batchSize = 5;                 // clauses per request
    bool pseudonymise = false;         // party names and addresses replaced before a cloud call
    bool useCache = true;
    QString cacheDirectory;            // empty: the platform cache directory
    qint64 answerMemoryLimit = DefaultRunAnswerBytes; // the run's answers in memory together
};

// A clause a provider could not review, in words for the user.
struct ClauseError final {
    QString clauseId;
    QString clauseLabel;
    QString provider;                  // display name
    QString message;                   // "Anthropic is overloaded (529); retried twice"
};

// One batch's requests as the provider saw them: what to quote to its support.
struct BatchTrace final {
    int number = 0; // the lane's batch number
    QStringList clauseIds;
    QStringList requestIds; // one per attempt that got an answer with an id, in order
    bool answered = false;  // false: failed for good
};

// What one provider cost.
struct ProviderUsage final {
    ProviderKind kind = ProviderKind::OpenAI;
    QString model;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    int requests = 0;                  // HTTP requests sent, retries included
    int retries = 0;
    int cachedClauses = 0;             // clause results taken from the cache
    QString apiVersion;                // Anthropic: the anthropic-version sent in the end (after a fallback)
    QList<BatchTrace> batches;         // in the order they settled
};

struct LlmReviewResult final {
    Review::ReviewResult review;       // clauses, facts and the findings received so far
    QList<ClauseError> errors;
    QList<ProviderUsage> usage;
    int clauseAnswers = 0;             // clause results received or taken from the cache
    int batchesDone = 0;
    int batchesTotal = 0;
    bool cancelled = false;
};

class ReviewRun;
class RetryScheduler;

// Reviews a document with one or two LLM providers: clauses in batches, every batch of every
// provider in flight at once up to each provider's concurrency, answers applied as they arrive.
// Lives in the thread that owns the network manager (the UI thread in the app); never blocks it.
class LlmReview final : public QObject {
    Q_OBJECT
public:
    explicit LlmReview(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~LlmReview() override;

    // Starts a review (cancelling one in progress). Problems with the configuration (a missing
    // key, plain http to a remote host) end the review at once with an error per provider.
    void start(const ReviewJob &job);
    // Stops everything in flight; the findings received so far stay in result().
    void cancel();
    // Sends again the clauses that failed (all providers that failed them).
    void retryFailed();

    bool isRunning() const;
    const LlmReviewResult &result() const;

    // Tests replace the retry clock: the scheduler is told each delay and decides when it fires.
    void setRetryScheduler(std::shared_ptr<RetryScheduler> scheduler);

signals:
    void progress(int batchesDone, int batchesTotal);
    // Findings for these clauses were added or changed (a second provider merged in).
    void findingsChanged(const QStringList &clauseIds);
    // A retry, a per-clause error or a provider problem, as a sentence for a status line.
    void notice(const QString &sentence);
    void finished();

private:
    QPointer<QNetworkAccessManager> m_network;
    std::unique_ptr<ReviewRun> m_run;
    std::shared_ptr<RetryScheduler> m_scheduler;
    LlmReviewResult m_idle;
};

} // namespace Redliner::Llm
