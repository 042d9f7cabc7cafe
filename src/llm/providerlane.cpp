// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerlane.h"

#include "exchange.h"
#include "pseudonymiser.h"
#include "retryscheduler.h"
#include "senddispatcher.h"

#include <QJsonObject>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

ProviderLane::ProviderLane(QNetworkAccessManager *network, const ProviderConfig &config, const PromptContext &context,
                           std::shared_ptr<const Pseudonymiser> pseudonymiser, std::shared_ptr<RetryScheduler> scheduler,
                           QObject *parent)
    : QObject(parent), m_network(network), m_config(config), m_context(context),
      m_pseudonymiser(std::move(pseudonymiser)), m_scheduler(std::move(scheduler)),
      m_dialect(Dialect::forProvider(config.kind)), m_system(systemPrompt(context.side))
{
    m_usage.kind = config.kind;
    m_usage.model = config.model;
}

ProviderLane::~ProviderLane()
{
    cancel();
}

QString ProviderLane::providerName() const
{
    return providerDisplayName(m_config.kind);
}

void ProviderLane::enqueue(const ClauseBatch &batch)
{
    m_queue.append(batch);
    pump();
}

void ProviderLane::cancel()
{
    m_cancelled = true;
    ++m_generation;  // retries and pauses scheduled before this point are void
    m_paused = false;
    m_queue.clear();
    m_arrived.clear();
    const QList<Exchange *> running = m_inFlight.keys();
    m_inFlight.clear();
    for (Exchange *exchange : running) {
        exchange->abort();
        exchange->deleteLater();
    }
}

bool ProviderLane::canSend() const
{
    // Our own limit, not QNAM's queue: a request waiting inside QNAM would already be running
    // its transfer timeout.
    return !m_cancelled && !m_paused && !m_queue.isEmpty() && m_inFlight.size() < m_config.maxConcurrent;
}

void ProviderLane::pump()
{
    if (!canSend())
        return;
    SendDispatcher::forThisThread().request(this, SendChannel, [this] {
        if (!canSend())
            return false;
        send(m_queue.takeFirst());
        return canSend();
    });
}

void ProviderLane::send(ClauseBatch batch)
{
    QList<ClauseInput> clauses = batch.clauses;
    QJsonArray facts = batch.facts;
    if (m_pseudonymiser) {
        for (ClauseInput &c : clauses) {
            c.text = m_pseudonymiser->mask(c.text);
            c.heading = m_pseudonymiser->mask(c.heading);
        }
        for (qsizetype i = 0; i < facts.size(); ++i) {
            QJsonObject fact = facts.at(i).toObject();
            fact.insert(u"value"_s, m_pseudonymiser->mask(fact.value(u"value"_s).toString()));
            facts.replace(i, fact);
        }
    }
    RequestOptions options;
    options.attempt = batch.retries;
    options.stream = m_config.stream;
    options.jsonObjectMode = batch.jsonObjectMode || m_jsonObjectMode;
    batch.jsonObjectMode = options.jsonObjectMode;
    auto *exchange = new Exchange(m_network, *m_dialect, m_config, m_system, batchPayload(m_context, clauses, facts),
                                  options, this);
    exchange->setAnswerBudget(m_budget);
    m_inFlight.insert(exchange, batch);
    ++m_usage.requests;
    connect(exchange, &Exchange::finished, this,
            [this, exchange](const ExchangeResult &result) { onFinished(exchange, result); });
    exchange->start();
}

void ProviderLane::onFinished(Exchange *exchange, const ExchangeResult &result)
{
    const auto it = m_inFlight.constFind(exchange);
    if (it == m_inFlight.cend())
        return;
    ClauseBatch batch = it.value();
    m_inFlight.erase(it);
    exchange->deleteLater();
    // Checking an answer costs more than receiving it: many arriving together are checked a few
    // at a time (see SendDispatcher), while the freed slot is used at once.
    m_arrived.append({batch, result});
    SendDispatcher::forThisThread().request(this, AnswerChannel, [this] {
        if (m_arrived.isEmpty())
            return false;
        const auto [arrivedBatch, arrivedResult] = m_arrived.takeFirst();
        handleResult(arrivedBatch, arrivedResult);
        return !m_arrived.isEmpty();
    });
    pump();
}

void ProviderLane::handleResult(const ClauseBatch &batch, const ExchangeResult &result)
{
    if (m_cancelled)
        return;
    m_usage.inputTokens += result.reply.inputTokens;
    m_usage.outputTokens += result.reply.outputTokens;
    if (result.reply.failure) {
        handleFailure(batch, *result.reply.failure);
        pump();
        return;
    }
    BatchAnswer answer;
    QString error;
    if (!parseBatchAnswer(result.reply.answer, &answer, &error)) {
        Failure f;
        f.kind = Failure::Kind::BadAnswer;
        f.httpStatus = result.httpStatus;
        f.message = error;
        handleFailure(batch, f);
        pump();
        return;
    }
    if (m_pseudonymiser) {
        for (ClauseAnswer &clause : answer.clauses) {
            for (ProposedChange &change : clause.changes) {
                change.revisedText = m_pseudonymiser->unmask(change.revisedText);
                change.rationale = m_pseudonymiser->unmask(change.rationale);
            }
        }
    }
    emit answered(batch, answer);
}

bool ProviderLane::switchToJsonMode(ClauseBatch *batch, const Failure &failure)
{
    // Local servers differ: some refuse json_schema with 400, some ignore it and answer prose.
    // JSON mode with the schema in the instructions works on all of them.
    if (m_config.kind != ProviderKind::Local || batch->jsonObjectMode)
        return false;
    const bool refused = failure.kind == Failure::Kind::HttpStatus && failure.httpStatus == 400
                      && (failure.message.contains(u"response_format"_s) || failure.message.contains(u"json_schema"_s));
    if (!refused && failure.kind != Failure::Kind::BadAnswer)
        return false;
    m_jsonObjectMode = true;
    batch->jsonObjectMode = true;
    emit notice(providerName() + u" does not follow a JSON schema; using JSON mode"_s);
    return true;
}

void ProviderLane::handleFailure(ClauseBatch batch, const Failure &failure)
{
    if (switchToJsonMode(&batch, failure)) {
        m_queue.prepend(batch);
        return;
    }
    const RetryDecision decision = m_policy.decide(failure, batch.retries);
    if (!decision.retry) {
        emit failed(batch, describeFailure(providerName(), failure, batch.retries));
        return;
    }
    ++batch.retries;
    ++m_usage.retries;
    const QString wait = decision.delayMs >= 1000 ? QString::number(decision.delayMs / 1000.0, 'f', 1) + u" s"_s
                                                  : QString::number(decision.delayMs) + u" ms"_s;
    emit notice(describeFailure(providerName(), failure, 0) + u"; retrying batch "_s + QString::number(batch.number)
                + u" in "_s + wait);
    if (decision.pauseProvider) {
        // Every request of this provider waits, not just this one: the limit is per account.
        m_queue.prepend(batch);
        if (!m_paused) {
            m_paused = true;
            m_scheduler->schedule(decision.delayMs, this, [this, generation = m_generation] {
                if (generation != m_generation)
                    return;
                m_paused = false;
                pump();
            });
        }
        return;
    }
    m_scheduler->schedule(decision.delayMs, this, [this, batch, generation = m_generation] {
        if (m_cancelled || generation != m_generation)
            return;
        m_queue.prepend(batch);
        pump();
    });
}

} // namespace Redliner::Llm
