// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answerbudget.h"

#include "batchanswer.h"
#include "clausebatch.h"
#include "dialect.h"
#include "exchange.h"
#include "llmreview.h"
#include "retrypolicy.h"

#include <QHash>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Redliner::Llm {

class Exchange;
class ProviderSlots;
class Pseudonymiser;
class RetryScheduler;
struct ExchangeResult;

// One provider's share of a review: its queue of batches, at most maxConcurrent in flight (and
// no more than its fair share of the server's connection, see ProviderSlots),
// retries as the official SDKs do them, and a pause of the whole queue when the provider says
// it is rate limited or overloaded (one 429 means every parallel request would get one).
class ProviderLane final : public QObject {
    Q_OBJECT
public:
    ProviderLane(QNetworkAccessManager *network, const ProviderConfig &config, const PromptContext &context,
                 std::shared_ptr<const Pseudonymiser> pseudonymiser, std::shared_ptr<RetryScheduler> scheduler,
                 QObject *parent = nullptr);
    ~ProviderLane() override;

    void enqueue(const ClauseBatch &batch);
    // Aborts everything in flight and forgets the queue; no signal follows.
    void cancel();
    // Accepts work again after cancel().
    void resume() { m_cancelled = false; }

    const ProviderConfig &config() const { return m_config; }
    const ProviderUsage &usage() const { return m_usage; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // The run's total for answers in memory, shared by every lane of the run.
    void setAnswerBudget(std::shared_ptr<AnswerBudget> budget) { m_budget = std::move(budget); }

signals:
    // The batch's answer, with party names restored.
    void answered(const Redliner::Llm::ClauseBatch &batch, const Redliner::Llm::BatchAnswer &answer);
    // The batch failed for good; sentence says why ("Anthropic is overloaded (529); retried twice").
    void failed(const Redliner::Llm::ClauseBatch &batch, const QString &sentence);
    void notice(const QString &sentence);

private:
    bool canSend() const;
    void pump();
    void send(ClauseBatch batch);
    void onFinished(Exchange *exchange, const ExchangeResult &result);
    void handleResult(const ClauseBatch &batch, const ExchangeResult &result);
    void handleFailure(ClauseBatch batch, const Failure &failure);
    bool switchToJsonMode(ClauseBatch *batch, const Failure &failure);
    bool switchApiVersion(ClauseBatch *batch, const Failure &failure);
    void settle(const ClauseBatch &batch, bool answered);
    QString gatewayHint(const Failure &failure) const;
    QString providerName() const;

    QNetworkAccessManager *m_network;
    ProviderConfig m_config;
    PromptContext m_context;
    std::shared_ptr<const Pseudonymiser> m_pseudonymiser;
    std::shared_ptr<AnswerBudget> m_budget;
    std::shared_ptr<RetryScheduler> m_scheduler;
    std::unique_ptr<Dialect> m_dialect;
    QString m_system;
    std::shared_ptr<ProviderSlots> m_slots; // in flight to this server from every review in the thread
    RetryPolicy m_policy;
    ProviderUsage m_usage;
    QList<ClauseBatch> m_queue;
    QHash<Exchange *, ClauseBatch> m_inFlight;
    QList<std::pair<ClauseBatch, ExchangeResult>> m_arrived;  // answers waiting to be checked
    enum Channel { SendChannel, AnswerChannel };
    bool m_paused = false;
    bool m_jsonObjectMode = false;   // learnt once per lane: the server ignores json_schema
    bool m_versionFellBack = false;  // learnt once per lane: the server refused the configured API version
    bool m_versionRemembered = false; // ... and the other one answered: kept for the base URL
    QString m_recalledFrom;           // the configured version a remembered refusal replaced, until said
    bool m_cancelled = false;
    int m_generation = 0;
};

} // namespace Redliner::Llm
