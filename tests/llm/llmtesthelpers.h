// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the LLM review tests share: a review run to its end against the mock server, a retry
// clock that never waits, and the mock's provider configurations.

#include "llm/llmreview.h"
#include "llm/retryscheduler.h"

#include "mockllmserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QPointer>
#include <QTimer>

namespace Redliner::Tests {

using namespace Qt::Literals::StringLiterals;

// Records each delay asked for and runs the action on the next event-loop turn: retries happen
// at once, and tests assert the delays the policy chose.
class ImmediateScheduler final : public Llm::RetryScheduler {
public:
    void schedule(qint64 delayMs, QObject *context, std::function<void()> action) override
    {
        delays.append(delayMs);
        QTimer::singleShot(0, context, std::move(action));
    }
    QList<qint64> delays;
};

// Keeps delayed actions until the test fires them: for asserting what happens while waiting.
class ManualScheduler final : public Llm::RetryScheduler {
public:
    void schedule(qint64 delayMs, QObject *context, std::function<void()> action) override
    {
        delays.append(delayMs);
        pending.append({QPointer<QObject>(context), std::move(action)});
    }
    void fireAll()
    {
        const auto actions = std::exchange(pending, {});
        for (const auto &[context, action] : actions) {
            if (context)
                action();
        }
    }
    QList<qint64> delays;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> pending;
};

inline Llm::ProviderConfig mockProvider(Llm::ProviderKind kind, const QUrl &base)
{
    Llm::ProviderConfig c = Llm::ProviderConfig::defaults(kind);
    QUrl url = base;
    switch (kind) {
    case Llm::ProviderKind::OpenAI: url.setPath(u"/v1"_s); c.model = u"gpt-test"_s; break;
    case Llm::ProviderKind::Anthropic: url.setPath(QString()); c.model = u"claude-test"_s; break;
    case Llm::ProviderKind::Local: url.setPath(u"/local/v1"_s); c.model = u"llama-test"_s; break;
    }
    c.baseUrl = url;
    c.apiKey = u"test-key"_s;
    c.timeoutMs = 10'000;
    return c;
}

struct RunOutcome {
    Llm::LlmReviewResult result;
    QStringList notices;
    QList<qint64> delays;
};

// Runs the job to its end (or until `during` cancels it); fails the test on a hang.
inline RunOutcome runReview(const Llm::ReviewJob &job, const std::function<void(Llm::LlmReview &)> &during = {})
{
    QNetworkAccessManager network;
    Llm::LlmReview review(&network);
    auto scheduler = std::make_shared<ImmediateScheduler>();
    review.setRetryScheduler(scheduler);
    RunOutcome outcome;
    QObject::connect(&review, &Llm::LlmReview::notice, &review,
                     [&outcome](const QString &sentence) { outcome.notices.append(sentence); });
    QSignalSpy finished(&review, &Llm::LlmReview::finished);
    review.start(job);
    if (during)
        during(review);
    if (finished.isEmpty())
        finished.wait(60'000);
    outcome.result = review.result();
    outcome.delays = scheduler->delays;
    return outcome;
}

// The per-clause errors, one per line: readable in a failed QVERIFY2.
inline QString errorsText(const Llm::LlmReviewResult &result)
{
    QStringList lines;
    for (const Llm::ClauseError &e : result.errors)
        lines.append(e.clauseId + u": "_s + e.message);
    return lines.join(u'\n');
}

// Queues a fault in the mock's --fault syntax; false (with the reason printed) when it is not valid.
inline bool scriptFault(MockLlm::MockLlmServer *server, const QString &spec)
{
    QString error;
    const auto fault = MockLlm::parseFaultSpec(spec, &error);
    if (!fault)
        qWarning("%s: %s", qPrintable(spec), qPrintable(error));
    else
        server->script(*fault);
    return fault.has_value();
}

// The clause ids a recorded generation request carried, read from the user message.
inline QStringList sentClauseIds(const MockLlm::RecordedRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    QStringList ids;
    for (const QJsonValue &m : messages) {
        if (m.toObject().value(u"role"_s).toString() != u"user"_s)
            continue;
        const QJsonObject payload = QJsonDocument::fromJson(m.toObject().value(u"content"_s).toString().toUtf8()).object();
        for (const QJsonValue &c : payload.value(u"clauses"_s).toArray())
            ids.append(c.toObject().value(u"id"_s).toString());
    }
    return ids;
}

} // namespace Redliner::Tests
