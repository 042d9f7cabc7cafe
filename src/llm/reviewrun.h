// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clausebatch.h"
#include "clausecache.h"
#include "llmreview.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace Redliner::Llm {

class Pseudonymiser;
class ProposalChecker;
class ProviderLane;
class RetryScheduler;
struct BatchAnswer;

// One review from start to finish: clauses and facts computed off this thread, cached clause
// results applied at once, the rest sent in batches through one lane per provider, answers
// checked and merged as they arrive.
class ReviewRun final : public QObject {
    Q_OBJECT
public:
    ReviewRun(QNetworkAccessManager *network, const ReviewJob &job, std::shared_ptr<RetryScheduler> scheduler,
              QObject *parent = nullptr);
    ~ReviewRun() override;

    void start();
    void cancel();
    void retryFailed();
    bool isRunning() const { return m_running; }
    const LlmReviewResult &result() const { return m_result; }

signals:
    void progress(int batchesDone, int batchesTotal);
    void findingsChanged(const QStringList &clauseIds);
    void notice(const QString &sentence);
    void finished();

private:
    struct Prepared;
    void onPrepared(const std::shared_ptr<Prepared> &prepared);
    void startProvider(int index);
    void onAnswered(int lane, const ClauseBatch &batch, const BatchAnswer &answer);
    void onFailed(int lane, const ClauseBatch &batch, const QString &sentence);
    // False when a proposal was refused (the clause then counts as not reviewed: retryFailed asks again).
    bool applyChanges(int lane, const ClauseInput &clause, const QList<ProposedChange> &changes, QStringList *changed);
    void addError(int lane, const QString &clauseId, const QString &sentence);
    void batchDone();
    void finish();
    QByteArray cacheKey(int lane, const QString &clauseText) const;

    QNetworkAccessManager *m_network;
    ReviewJob m_job;
    std::shared_ptr<RetryScheduler> m_scheduler;
    ClauseCache m_cache;
    LlmReviewResult m_result;
    QList<ClauseInput> m_inputs;
    QJsonArray m_facts;
    QStringList m_providerOrder;
    std::shared_ptr<const ProposalChecker> m_checker;
    std::shared_ptr<const Pseudonymiser> m_pseudonymiser;
    std::shared_ptr<AnswerBudget> m_answerBudget; // shared by the lanes: answers in memory together
    QList<ProviderLane *> m_lanes;
    QList<QSet<QString>> m_settled;       // per lane: clauses answered (or cached)
    QFutureWatcher<std::shared_ptr<Prepared>> m_preparing;
    QThreadPool m_cacheWriter;  // one thread: an atomic file write syncs to disk, never in this thread
    bool m_running = false;
};

} // namespace Redliner::Llm
