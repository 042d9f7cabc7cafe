// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrun.h"

#include "backgroundpool.h"
#include "findingmerge.h"
#include "partynames.h"
#include "proposalchecker.h"
#include "providerlane.h"
#include "pseudonymiser.h"
#include "retryscheduler.h"

#include "review/clausesegmenter.h"
#include "review/factextractor.h"

#include <QJsonObject>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;

// What the worker thread computes before the first request: the same clauses and facts as the
// offline reviewer, the clauses as the model will see them, and the parties' names.
struct ReviewRun::Prepared {
    QList<Clause> clauses;
    FactSheet facts;
    QList<ClauseInput> inputs;
    QJsonArray factJson;
    PartyNames parties;
    // Built here too (it indexes the whole document's defined terms); it refers to these copies.
    TextDocument document;
    Playbook playbook;
    std::unique_ptr<ProposalChecker> checker;
};

namespace {

bool worthReviewing(const Clause &clause, const QString &text)
{
    // Titles carry no obligations; signature blocks are never edited.
    return clause.kind != Clause::Kind::Title && clause.kind != Clause::Kind::Signature && !text.trimmed().isEmpty();
}

} // namespace

ReviewRun::ReviewRun(QNetworkAccessManager *network, const ReviewJob &job, std::shared_ptr<RetryScheduler> scheduler,
                     QObject *parent)
    : QObject(parent), m_network(network), m_job(job), m_scheduler(std::move(scheduler)), m_cache(job.cacheDirectory),
      m_answerBudget(std::make_shared<AnswerBudget>(job.answerMemoryLimit))
{
    for (const ProviderConfig &config : m_job.providers)
        m_providerOrder.append(providerKindName(config.kind));
    m_cacheWriter.setMaxThreadCount(1);
}

ReviewRun::~ReviewRun()
{
    m_preparing.disconnect(this);
    // Not waited for: the worker has copies of what it reads, and waiting would run a preparation
    // not yet started in this thread. Cancelled, one not yet started never runs.
    m_preparing.cancel();
    m_cacheWriter.waitForDone();    // a review run again right after finds every answer stored
    qDeleteAll(m_lanes);
}

void ReviewRun::start()
{
    m_running = true;
    connect(&m_preparing, &QFutureWatcherBase::finished, this, [this] {
        // A cancelled preparation (cancel() came first) finishes too, with no result.
        if (m_preparing.future().resultCount() > 0)
            onPrepared(m_preparing.result());
    });
    const TextDocument doc = m_job.document;
    const bool wantNames = m_job.pseudonymise;
    const Playbook playbook = m_job.playbook;
    const Side side = m_job.side;
    m_preparing.setFuture(QtConcurrent::run(backgroundPool(), [doc, wantNames, playbook, side] {
        auto p = std::make_shared<Prepared>();
        p->clauses = segmentClauses(doc);
        p->facts = extractFacts(doc, p->clauses);
        for (qsizetype i = 0; i < p->clauses.size(); ++i) {
            const Clause &c = p->clauses.at(i);
            const QString text = doc.text.mid(c.start, c.end - c.start);
            if (worthReviewing(c, text))
                p->inputs.append(ClauseInput{c.id, c.label, c.heading, text, int(i)});
        }
        for (const Fact &fact : std::as_const(p->facts.facts)) {
            if (fact.clause < 0)
                continue;
            p->factJson.append(QJsonObject{{u"id"_s, fact.id},
                                           {u"polarity"_s, fact.yes() ? u"yes"_s : u"no"_s},
                                           {u"value"_s, fact.value},
                                           {u"clause"_s, p->clauses.at(fact.clause).id}});
        }
        if (wantNames)
            p->parties = findPartyNames(doc.text);
        p->document = doc;
        p->playbook = playbook;
        p->checker = std::make_unique<ProposalChecker>(p->document, p->clauses, p->playbook, side);
        return p;
    }));
}

void ReviewRun::onPrepared(const std::shared_ptr<Prepared> &prepared)
{
    if (!m_running)
        return;
    m_result.review.clauses = prepared->clauses;
    m_result.review.facts = prepared->facts;
    m_inputs = prepared->inputs;
    m_facts = prepared->factJson;
    m_checker = std::shared_ptr<const ProposalChecker>(prepared, prepared->checker.get()); // keeps what it refers to
    if (m_job.pseudonymise) {
        auto pseudonymiser = std::make_shared<Pseudonymiser>(prepared->parties);
        if (!pseudonymiser->isEmpty())
            m_pseudonymiser = pseudonymiser;
        else
            m_result.review.notes.append(u"No party names or addresses were found to pseudonymise."_s);
    }
    m_settled.resize(m_job.providers.size());
    m_lanes.resize(m_job.providers.size(), nullptr);
    for (int i = 0; i < m_job.providers.size(); ++i)
        startProvider(i);
    emit progress(m_result.batchesDone, m_result.batchesTotal);
    if (m_result.batchesDone == m_result.batchesTotal)
        finish();
}

QByteArray ReviewRun::cacheKey(int lane, const QString &clauseText) const
{
    const ProviderConfig &config = m_job.providers.at(lane);
    return ClauseCache::key(config, m_job.playbook, m_job.side, m_pseudonymiser && config.isCloud(), clauseText);
}

void ReviewRun::startProvider(int index)
{
    const ProviderConfig &config = m_job.providers.at(index);
    ProviderUsage usage;
    usage.kind = config.kind;
    usage.model = config.model;
    if (config.kind == ProviderKind::Anthropic)
        usage.apiVersion = config.anthropicVersion;
    m_result.usage.append(usage);
    const QString problem = config.problem();
    if (!problem.isEmpty()) {
        addError(index, QString(), problem);
        emit notice(problem);
        return;
    }
    // Party names stay on this machine only when they would otherwise leave it.
    auto *lane = new ProviderLane(m_network, config, promptContext(m_job.playbook, m_job.side),
                                  config.isCloud() ? m_pseudonymiser : nullptr, m_scheduler);
    lane->setAnswerBudget(m_answerBudget);
    m_lanes[index] = lane;
    connect(lane, &ProviderLane::answered, this,
            [this, index](const ClauseBatch &batch, const BatchAnswer &answer) { onAnswered(index, batch, answer); });
    connect(lane, &ProviderLane::failed, this,
            [this, index](const ClauseBatch &batch, const QString &sentence) { onFailed(index, batch, sentence); });
    connect(lane, &ProviderLane::notice, this, &ReviewRun::notice);

    QList<ClauseInput> uncached;
    QStringList changed;
    for (const ClauseInput &input : std::as_const(m_inputs)) {
        const auto cached = m_job.useCache ? m_cache.find(cacheKey(index, input.text)) : std::nullopt;
        if (!cached) {
            uncached.append(input);
            continue;
        }
        ++m_result.usage[index].cachedClauses;
        m_settled[index].insert(input.id);
        ++m_result.clauseAnswers;
        applyChanges(index, input, *cached, &changed);
    }
    if (!changed.isEmpty())
        emit findingsChanged(changed);
    const QList<ClauseBatch> batches = makeBatches(uncached, m_facts, m_job.batchSize);
    m_result.batchesTotal += int(batches.size());
    for (const ClauseBatch &batch : batches)
        lane->enqueue(batch);
}

bool ReviewRun::applyChanges(int lane, const ClauseInput &clause, const QList<ProposedChange> &changes, QStringList *changed)
{
    QStringList problems;
    const QList<Finding> findings = m_checker->findings(clause.index, changes, m_job.providers.at(lane).kind, &problems);
    for (const Finding &f : findings)
        mergeFinding(&m_result.review.findings, f, m_providerOrder, clause.id);
    for (const QString &problem : std::as_const(problems))
        addError(lane, clause.id, problem);
    if (!findings.isEmpty() && !changed->contains(clause.id))
        changed->append(clause.id);
    return problems.isEmpty();
}

void ReviewRun::onAnswered(int lane, const ClauseBatch &batch, const BatchAnswer &answer)
{
    const QString provider = providerDisplayName(m_job.providers.at(lane).kind);
    QHash<QString, ClauseInput> sent;
    for (const ClauseInput &c : batch.clauses)
        sent.insert(c.id, c);
    QSet<QString> answered;
    QStringList changed;
    for (const ClauseAnswer &clause : answer.clauses) {
        const auto it = sent.constFind(clause.clauseId);
        if (it == sent.cend()) {
            // A clause can only change what was sent with it: an answer for any other clause
            // (a model following instructions planted in clause text, or a confused one) is
            // ignored.
            addError(lane, QString(), provider + u" answered for clause \""_s + clause.clauseId
                                          + u"\", which was not in its batch; ignored"_s);
            continue;
        }
        if (answered.contains(clause.clauseId))
            continue;
        answered.insert(clause.clauseId);
        ++m_result.clauseAnswers;
        if (applyChanges(lane, it.value(), clause.changes, &changed)) {
            m_settled[lane].insert(clause.clauseId);
            // Only answers that were usable are remembered: a refused one is asked again.
            if (m_job.useCache) {
                m_cacheWriter.start([cache = m_cache, key = cacheKey(lane, it.value().text), changes = clause.changes] {
                    cache.store(key, changes);
                });
            }
        }
    }
    for (const QString &problem : answer.problems)
        addError(lane, QString(), provider + u": "_s + problem);
    for (const ClauseInput &c : batch.clauses) {
        if (!answered.contains(c.id)) {
            addError(lane, c.id, provider + u" gave no answer for this clause"_s);
        }
    }
    if (!changed.isEmpty())
        emit findingsChanged(changed);
    batchDone();
}

void ReviewRun::onFailed(int lane, const ClauseBatch &batch, const QString &sentence)
{
    for (const ClauseInput &c : batch.clauses)
        addError(lane, c.id, sentence);
    emit notice(sentence);
    batchDone();
}

void ReviewRun::addError(int lane, const QString &clauseId, const QString &sentence)
{
    ClauseError e;
    e.clauseId = clauseId;
    e.provider = providerDisplayName(m_job.providers.at(lane).kind);
    e.message = sentence;
    const QList<Clause> &clauses = m_result.review.clauses;
    for (int i = 0; i < clauses.size(); ++i) {
        if (clauses.at(i).id == clauseId) {
            e.clauseLabel = clausePath(clauses, i);
            break;
        }
    }
    m_result.errors.append(e);
}

void ReviewRun::batchDone()
{
    ++m_result.batchesDone;
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes.at(i)) {
            const int cached = m_result.usage.at(i).cachedClauses;
            m_result.usage[i] = m_lanes.at(i)->usage();
            m_result.usage[i].cachedClauses = cached;
        }
    }
    emit progress(m_result.batchesDone, m_result.batchesTotal);
    if (m_result.batchesDone >= m_result.batchesTotal)
        finish();
}

void ReviewRun::finish()
{
    if (!m_running)
        return;
    m_running = false;
    emit finished();
}

void ReviewRun::cancel()
{
    if (!m_running)
        return;
    m_preparing.cancel(); // a document not prepared yet is not worth the background thread
    for (ProviderLane *lane : std::as_const(m_lanes)) {
        if (lane)
            lane->cancel();
    }
    m_result.cancelled = true;
    m_result.batchesTotal = m_result.batchesDone;  // what was in flight will not come back
    m_result.review.notes.append(u"The review was cancelled; the findings received before that are kept."_s);
    finish();
}

void ReviewRun::retryFailed()
{
    if (m_running || !m_checker)
        return;
    // Everything not answered yet: clauses that failed, that a model skipped, or that a cancel
    // left unsent.
    bool any = false;
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (!m_lanes.at(i))
            continue;
        QList<ClauseInput> again;
        for (const ClauseInput &c : std::as_const(m_inputs)) {
            if (!m_settled.at(i).contains(c.id))
                again.append(c);
        }
        if (again.isEmpty())
            continue;
        const QString provider = providerDisplayName(m_job.providers.at(i).kind);
        const QSet<QString> ids = [&again] {
            QSet<QString> set;
            for (const ClauseInput &c : again)
                set.insert(c.id);
            return set;
        }();
        m_result.errors.removeIf([&](const ClauseError &e) { return e.provider == provider && ids.contains(e.clauseId); });
        const QList<ClauseBatch> batches = makeBatches(again, m_facts, m_job.batchSize);
        m_result.batchesTotal += int(batches.size());
        m_running = true;
        m_result.cancelled = false;
        any = true;
        m_lanes.at(i)->resume();
        for (const ClauseBatch &batch : batches)
            m_lanes.at(i)->enqueue(batch);
    }
    if (any)
        emit progress(m_result.batchesDone, m_result.batchesTotal);
}

} // namespace Redliner::Llm
