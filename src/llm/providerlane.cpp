// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerlane.h"

#include "anthropicversion.h"
#include "providerslots.h"
#include "exchange.h"
#include "pseudonymiser.h"
#include "redactedurl.h"
#include "retryscheduler.h"
#include "senddispatcher.h"

#include <QJsonObject>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

ProviderLane::ProviderLane(QNetworkAccessManager *network, const ProviderConfig &config, const PromptContext &context,
                           std::shared_ptr<const Pseudonymiser> pseudonymiser,
                           std::shared_ptr<RetryScheduler> scheduler, QObject *parent)
    : QObject(parent), m_network(network), m_config(config), m_context(context),
      m_pseudonymiser(std::move(pseudonymiser)), m_scheduler(std::move(scheduler)),
      m_dialect(Dialect::forProvider(config.kind)), m_system(systemPrompt(context.side)),
      m_slots(ProviderSlots::shared(network, config))
{
    if (m_config.kind == ProviderKind::Anthropic) {
        // A server refused the configured version earlier in this process: start with the one it took.
        if (const auto version = AnthropicVersionMemory::recall(m_config.baseUrl, m_config.anthropicVersion)) {
            m_recalledFrom = m_config.anthropicVersion;
            m_config.anthropicVersion = *version;
        }
        m_usage.apiVersion = m_config.anthropicVersion;
    }
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
    m_slots->leave(this); // its slots are free for the other documents at once
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
    // its inactivity timeout.
    return !m_cancelled && !m_paused && !m_queue.isEmpty() && m_inFlight.size() < m_config.maxConcurrent;
}

void ProviderLane::pump()
{
    if (!canSend())
        return;
    SendDispatcher::forThisThread().request(this, SendChannel, [this] {
        // The server's connection is shared with every other review of this provider.
        if (!canSend() || !m_slots->acquire(this, [this] {
                if (!canSend())
                    return false;
                pump();
                return true;
            }))
            return false;
        send(m_queue.takeFirst());
        return canSend();
    });
}

void ProviderLane::send(ClauseBatch batch)
{
    if (!m_recalledFrom.isEmpty()) {
        emit notice(u"%1 at %2 refused API version %3 earlier; using %4"_s.arg(
            providerName(), redactedUrl(m_config.baseUrl), std::exchange(m_recalledFrom, QString()),
            m_config.anthropicVersion));
    }
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
    batch.apiVersion = m_config.anthropicVersion;
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
    if (!result.requestId.isEmpty())
        batch.requestIds.append(result.requestId);
    m_inFlight.erase(it);
    m_slots->release(this);
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
    if (m_versionFellBack && !m_versionRemembered && batch.apiVersion == m_config.anthropicVersion) {
        // Kept only once the other version has answered: a server that refuses both is not remembered.
        m_versionRemembered = true;
        AnthropicVersionMemory::remember(m_config.baseUrl, otherAnthropicVersion(m_config.anthropicVersion),
                                         m_config.anthropicVersion);
    }
    settle(batch, true);
    emit answered(batch, answer);
}

QString ProviderLane::gatewayHint(const Failure &failure) const
{
    // A gateway built for 2023-06-01 may check x-api-key before it reads the version, and then
    // answers 401 to the bearer token 2026-10-21 sends.
    if (m_config.kind != ProviderKind::Anthropic || failure.kind != Failure::Kind::HttpStatus
        || failure.httpStatus != 401 || m_config.anthropicVersion != AnthropicVersionCurrent
        || m_config.baseUrl.host().compare(u"api.anthropic.com"_s, Qt::CaseInsensitive) == 0)
        return {};
    return u"; if %1 is a gateway that expects the key as x-api-key, choose API version %2"_s.arg(
        redactedUrl(m_config.baseUrl), AnthropicVersionLegacy);
}

void ProviderLane::settle(const ClauseBatch &batch, bool answered)
{
    m_usage.batches.append(BatchTrace{batch.number, batch.clauseIds(), batch.requestIds, answered});
}

bool ProviderLane::switchApiVersion(ClauseBatch *batch, const Failure &failure)
{
    if (m_config.kind != ProviderKind::Anthropic || !isVersionRejection(failure))
        return false;
    if (batch->apiVersion != m_config.anthropicVersion)
        return true; // sent before the lane switched: send it again with the version that works
    if (m_versionFellBack)
        return false; // the server refuses both
    // A gateway or proxy that knows only the other version. Once, and remembered for its URL.
    m_versionFellBack = true;
    const QString refused = m_config.anthropicVersion;
    m_config.anthropicVersion = otherAnthropicVersion(refused);
    m_usage.apiVersion = m_config.anthropicVersion;
    emit notice(u"%1 at %2 does not accept API version %3; using %4"_s.arg(
        providerName(), redactedUrl(m_config.baseUrl), refused, m_config.anthropicVersion));
    return true;
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
    if (switchToJsonMode(&batch, failure) || switchApiVersion(&batch, failure)) {
        m_queue.prepend(batch);
        return;
    }
    const RetryDecision decision = m_policy.decide(failure, batch.retries);
    if (!decision.retry) {
        if (m_config.kind == ProviderKind::Anthropic && isVersionRejection(failure)) {
            // Both versions refused: what is still queued would be refused too; none of it is sent.
            const QString sentence = u"%1 at %2 accepts neither API version %3 nor %4 (400)"_s.arg(
                providerName(), redactedUrl(m_config.baseUrl), AnthropicVersionCurrent, AnthropicVersionLegacy);
            QList<ClauseBatch> unsent = std::exchange(m_queue, {});
            unsent.prepend(batch);
            for (const ClauseBatch &b : std::as_const(unsent)) {
                settle(b, false);
                emit failed(b, sentence);
            }
            return;
        }
        settle(batch, false);
        emit failed(batch, describeFailure(providerName(), failure, batch.retries) + gatewayHint(failure));
        return;
    }
    ++batch.retries;
    ++m_usage.retries;
    const QString wait = decision.delayMs >= 1000 ? QString::number(decision.delayMs / 1000.0, 'f', 1) + u" s"_s
                                                  : QString::number(decision.delayMs) + u" ms"_s;
    emit notice(describeAttempt(providerName(), failure) + u"; retrying batch "_s + QString::number(batch.number)
                + u" in "_s + wait);
    if (decision.pauseProvider) {
        // Every request of this provider waits, not just this one: the limit is per account.
        m_queue.prepend(batch);
        if (!m_paused) {
            m_paused = true;
            m_slots->setPaused(this, true); // the other documents' requests wait too
            m_scheduler->schedule(decision.delayMs, this, [this, generation = m_generation] {
                if (generation != m_generation)
                    return;
                m_paused = false;
                m_slots->setPaused(this, false);
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
