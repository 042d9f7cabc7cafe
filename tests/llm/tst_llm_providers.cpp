// SPDX-License-Identifier: GPL-3.0-or-later
// The providers' API versions and error codes as of late 2026, over real sockets against the
// mock server in its own thread: Anthropic's 2026-10-21 and 2023-06-01 and the fallback between
// them, the error codes a user must act on, OpenAI's moderation and error chunks, and the request
// ids the report keeps per batch.

#include "llmtesthelpers.h"

#include "llm/anthropicversion.h"
#include "llm/llmreport.h"

#include "mockllmserverthread.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::Tests;
using Llm::ProviderKind;

namespace {

const QString nda = uR"(NON-DISCLOSURE AGREEMENT
This Agreement is made between Acme Widgets Inc. ("Acme") and Borealis Data Ltd ("Borealis").
1. Definitions. "Confidential Information" means any and all information disclosed by Acme to Borealis.
2. Obligations. Borealis shall use the highest degree of care to protect the Confidential Information.
3. Term. The obligations under this Agreement survive for five (5) years after its termination.
4. Remedies. Acme shall be entitled to injunctive relief without proof of actual damages.
5. Governing Law. The courts of New York shall have exclusive jurisdiction over any dispute.
6. Notices. Notices are given in writing to the addresses above.
IN WITNESS WHEREOF, the parties have executed this Agreement.)"_s;

Llm::ReviewJob jobFor(const QList<Llm::ProviderConfig> &providers, int batchSize)
{
    Llm::ReviewJob job;
    job.document = Review::TextDocument::fromPlainText(nda);
    job.playbook = Review::Playbook::builtin();
    job.providers = providers;
    job.useCache = false;
    job.batchSize = batchSize;
    return job;
}

} // namespace

class TestLlmProviders final : public QObject {
    Q_OBJECT

private:
    MockLlm::MockLlmServerThread m_mock;
    MockLlm::MockLlmServer *server() const { return m_mock.server(); }
    Llm::ProviderConfig provider(ProviderKind kind) const { return mockProvider(kind, m_mock.baseUrl()); }
    bool script(const QString &spec) const { return scriptFault(server(), spec); }
    QList<MockLlm::RecordedRequest> generations() const
    {
        QList<MockLlm::RecordedRequest> out;
        for (const MockLlm::RecordedRequest &r : server()->requests()) {
            if (r.method == "POST")
                out.append(r);
        }
        return out;
    }

private slots:
    void initTestCase() { QVERIFY2(m_mock.start() != 0, qPrintable(m_mock.errorString())); }

    void init()
    {
        server()->reset();
        server()->setAnthropicVersions({u"2023-06-01"_s, u"2026-10-21"_s});
        Llm::AnthropicVersionMemory::forgetAll();
    }

    // Each version with its own rules, streamed and not; the report names the version and keeps
    // each batch's request id, the one the provider's support asks for.
    void eachAnthropicVersionReviews_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("stream");
        QTest::newRow("2026-10-21 stream") << u"2026-10-21"_s << true;
        QTest::newRow("2026-10-21 json") << u"2026-10-21"_s << false;
        QTest::newRow("2023-06-01 stream") << u"2023-06-01"_s << true;
        QTest::newRow("2023-06-01 json") << u"2023-06-01"_s << false;
    }

    void eachAnthropicVersionReviews()
    {
        QFETCH(QString, version);
        QFETCH(bool, stream);
        Llm::ProviderConfig config = provider(ProviderKind::Anthropic);
        config.anthropicVersion = version;
        config.stream = stream;
        const RunOutcome run = runReview(jobFor({config}, 2));
        QVERIFY2(run.result.errors.isEmpty(), qPrintable(errorsText(run.result)));
        QVERIFY(!run.result.review.findings.isEmpty());

        const QList<MockLlm::RecordedRequest> requests = generations();
        QVERIFY(requests.size() >= 3);
        for (const MockLlm::RecordedRequest &r : requests) {
            QCOMPARE(r.header("anthropic-version"), version.toLatin1());
            QCOMPARE(r.responseStatus, 200);
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (version == u"2026-10-21"_s) {
                QCOMPARE(r.header("authorization"), "Bearer test-key"_ba);
                QVERIFY(r.header("x-api-key").isEmpty());
                for (const char *sampling : {"temperature", "top_k", "top_p"})
                    QVERIFY2(!body.contains(QLatin1StringView(sampling)), sampling);
            } else {
                QCOMPARE(r.header("x-api-key"), "test-key"_ba);
                QVERIFY(r.header("authorization").isEmpty());
                QCOMPARE(body.value(u"temperature"_s).toDouble(-1), 0.0);
            }
        }

        const Llm::ProviderUsage &usage = run.result.usage.value(0);
        QCOMPARE(usage.apiVersion, version);
        QCOMPARE(usage.batches.size(), requests.size());
        QSet<QString> ids;
        for (const Llm::BatchTrace &b : usage.batches) {
            QVERIFY(b.answered);
            QCOMPARE(b.requestIds.size(), 1);
            ids.insert(b.requestIds.first());
        }
        QCOMPARE(ids.size(), usage.batches.size());

        QJsonObject report;
        Llm::addLlmReport(&report, u"anthropic"_s, {config}, run.result);
        const QJsonObject entry = report.value(u"providers"_s).toArray().first().toObject();
        QCOMPARE(entry.value(u"apiVersion"_s).toString(), version);
        const QJsonArray batches = entry.value(u"batches"_s).toArray();
        QCOMPARE(batches.size(), usage.batches.size());
        QCOMPARE(batches.first().toObject().value(u"requestIds"_s).toArray().first().toString(),
                 usage.batches.first().requestIds.first());
    }

    // A gateway that knows one version only: the other is tried once, for the whole lane, and
    // remembered for that base URL, so the next review does not ask the refused one again.
    void aServerThatRefusesTheVersionGetsTheOtherOnce_data()
    {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QString>("accepted");
        QTest::newRow("gateway knows only 2023-06-01") << u"2026-10-21"_s << u"2023-06-01"_s;
        QTest::newRow("server knows only 2026-10-21") << u"2023-06-01"_s << u"2026-10-21"_s;
    }

    void aServerThatRefusesTheVersionGetsTheOtherOnce()
    {
        QFETCH(QString, configured);
        QFETCH(QString, accepted);
        server()->setAnthropicVersions({accepted});
        Llm::ProviderConfig config = provider(ProviderKind::Anthropic);
        config.anthropicVersion = configured;
        config.maxConcurrent = 3;
        const RunOutcome run = runReview(jobFor({config}, 1));
        QVERIFY2(run.result.errors.isEmpty(), qPrintable(errorsText(run.result)));
        QCOMPARE(run.result.batchesDone, run.result.batchesTotal);
        QCOMPARE(run.result.usage.value(0).apiVersion, accepted);
        QCOMPARE(run.result.usage.value(0).retries, 0); // a fallback is not a retry
        const QString notice = u"does not accept API version %1; using %2"_s.arg(configured, accepted);
        QCOMPARE(run.notices.filter(notice).size(), 1);

        // Only the requests already in flight when the first refusal came went with the refused
        // version; every batch was answered once, with the accepted one.
        int refused = 0;
        int answered = 0;
        for (const MockLlm::RecordedRequest &r : generations()) {
            if (r.header("anthropic-version") == configured.toLatin1()) {
                QCOMPARE(r.responseStatus, 400);
                ++refused;
            } else {
                QCOMPARE(r.header("anthropic-version"), accepted.toLatin1());
                QCOMPARE(r.responseStatus, 200);
                ++answered;
            }
        }
        QVERIFY(refused >= 1 && refused <= config.maxConcurrent);
        QCOMPARE(answered, run.result.batchesTotal);

        // The next review to the same server starts with the version it accepts.
        server()->reset();
        server()->setAnthropicVersions({accepted});
        const RunOutcome again = runReview(jobFor({config}, 4));
        QVERIFY2(again.result.errors.isEmpty(), qPrintable(errorsText(again.result)));
        QVERIFY(again.notices.filter(notice).isEmpty());
        QCOMPARE(again.notices.filter(u"refused API version %1 earlier; using %2"_s.arg(configured, accepted)).size(),
                 1);
        for (const MockLlm::RecordedRequest &r : generations())
            QCOMPARE(r.header("anthropic-version"), accepted.toLatin1());
    }

    void aServerThatRefusesBothVersionsSaysSo()
    {
        server()->setAnthropicVersions({u"2099-01-01"_s});
        Llm::ProviderConfig config = provider(ProviderKind::Anthropic);
        config.maxConcurrent = 1;
        const RunOutcome run = runReview(jobFor({config}, 1));
        QVERIFY(run.result.batchesTotal >= 3);
        QCOMPARE(run.result.batchesDone, run.result.batchesTotal);
        QCOMPARE(run.result.errors.size(), run.result.batchesTotal); // one clause a batch, each failed
        for (const Llm::ClauseError &e : run.result.errors)
            QVERIFY2(e.message.contains(u"accepts neither API version 2026-10-21 nor 2023-06-01"_s),
                     qPrintable(e.message));
        // Each version once, for the first batch; the batches queued behind it are not sent.
        QCOMPARE(generations().size(), 2);
        const QList<Llm::BatchTrace> batches = run.result.usage.value(0).batches;
        QCOMPARE(batches.size(), run.result.batchesTotal);
        QCOMPARE(batches.first().requestIds.size(), 2);
        for (const Llm::BatchTrace &b : batches)
            QVERIFY(!b.answered);
        // Nothing is remembered from a server that answered neither.
        QVERIFY(!Llm::AnthropicVersionMemory::recall(config.baseUrl, config.anthropicVersion));
    }

    // The 2026-10-21 error codes, each with the sentence the user reads and the retries the
    // official clients would make.
    void errorCodesTellTheUserWhatToDo_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QString>("sentence"); // empty: the review succeeds after the retries
        QTest::newRow("monthly spend limit") << u"status:429,error-code=enforced_spend_limit_reached"_s << 1
                                             << u"Anthropic: the organization crossed the monthly usage limit of its "
                                                u"API tier (429 enforced_spend_limit_reached) "
                                                "\u2014 move to a higher usage tier"_s;
        QTest::newRow("contract spend limit")
            << u"status:429,error-code=contract_spend_limit_reached"_s << 1 << u"spend limit of its contract"_s;
        QTest::newRow("linked organization") << u"status:402,error-code=linked_organization_spend_limit_reached"_s << 1
                                             << u"ask that organization's administrator"_s;
        QTest::newRow("no credit") << u"status:402"_s << 1 << u"Anthropic: the account is out of credit (402)"_s;
        QTest::newRow("ramp limit, retried as asked")
            << u"status:429,error-code=ramp_limit_exceeded,retry-after=0.02"_s << 2 << QString();
        QTest::newRow("ramp limit, persisting")
            << u"status:429,error-code=ramp_limit_exceeded,retry-after=0.02,count=3"_s << 3
            << u"ramp limit allows (429 ramp_limit_exceeded); retried twice \u2014 lower the concurrency"_s;
        QTest::newRow("overloaded")
            << u"status:529,retry-after=0.01,count=3"_s << 3
            << u"Anthropic is overloaded (529); retried twice \u2014 try again in a few minutes"_s;
        QTest::newRow("compaction unavailable")
            << u"status:529,error-code=compaction_unavailable,retry-after=0.01"_s << 2 << QString();
        QTest::newRow("too large") << u"status:413"_s << 1
                                   << u"too large (413) \u2014 send fewer clauses per request (batch size)"_s;
        QTest::newRow("error event with a spend limit code")
            << u"midstream-error,error-type=rate_limit_error,error-code=enforced_spend_limit_reached"_s << 1
            << u"monthly usage limit of its API tier (enforced_spend_limit_reached)"_s;
        QTest::newRow("error event overloaded, then an answer") << u"midstream-error"_s << 2 << QString();
    }

    void errorCodesTellTheUserWhatToDo()
    {
        QFETCH(QString, fault);
        QFETCH(int, requests);
        QFETCH(QString, sentence);
        QVERIFY(script(fault));
        const RunOutcome run = runReview(jobFor({provider(ProviderKind::Anthropic)}, 20));
        QCOMPARE(generations().size(), requests);
        if (sentence.isEmpty()) {
            QVERIFY2(run.result.errors.isEmpty(), qPrintable(errorsText(run.result)));
            return;
        }
        QVERIFY(!run.result.errors.isEmpty());
        for (const Llm::ClauseError &e : run.result.errors)
            QVERIFY2(e.message.contains(sentence), qPrintable(e.message));
        // The failed batch still names the server's request ids.
        const Llm::BatchTrace trace = run.result.usage.value(0).batches.value(0);
        QVERIFY(!trace.answered);
        QCOMPARE(trace.requestIds.size(), requests);
    }

    // Streams framed any way the SDKs accept them read the same answer.
    void streamFramingsTheSdksAccept_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::addColumn<QString>("fault");
        for (const ProviderKind kind : {ProviderKind::Anthropic, ProviderKind::OpenAI}) {
            const QString name = Llm::providerKindName(kind);
            QTest::addRow("%s BOM", qPrintable(name)) << kind << u"framing,bom"_s;
            QTest::addRow("%s BOM CRLF", qPrintable(name)) << kind << u"framing,bom,line-ending=crlf"_s;
            QTest::addRow("%s CR only", qPrintable(name)) << kind << u"framing,line-ending=cr,chunking=bytes"_s;
        }
        QTest::newRow("openai moderation") << ProviderKind::OpenAI << u"framing,moderation"_s;
        QTest::newRow("openai leading whitespace") << ProviderKind::OpenAI << u"framing,leading-whitespace"_s;
        QTest::newRow("openai moderation and whitespace, bytes")
            << ProviderKind::OpenAI << u"framing,moderation,leading-whitespace,chunking=bytes"_s;
    }

    void streamFramingsTheSdksAccept()
    {
        QFETCH(ProviderKind, kind);
        QFETCH(QString, fault);
        for (const bool stream : {true, false}) {
            server()->reset();
            QVERIFY(script(fault + u",count=forever"_s));
            Llm::ProviderConfig config = provider(kind);
            config.stream = stream;
            const RunOutcome run = runReview(jobFor({config}, 20));
            QVERIFY2(run.result.errors.isEmpty(), qPrintable(errorsText(run.result)));
            QVERIFY(!run.result.review.findings.isEmpty());
            QCOMPARE(generations().size(), 1);
        }
    }

    // OpenAI: an error object inside a stream chunk ends the answer with that error (and is
    // retried like one); a quota error there is reported, not retried.
    void anOpenAiErrorChunkIsAnError()
    {
        QVERIFY(script(u"midstream-error,dialect=openai,error-type=server_error,message=The server had an error"_s));
        const RunOutcome run = runReview(jobFor({provider(ProviderKind::OpenAI)}, 20));
        QVERIFY2(run.result.errors.isEmpty(), qPrintable(errorsText(run.result)));
        QCOMPARE(generations().size(), 2);
        QVERIFY2(!run.notices.filter(u"OpenAI reported an error mid-answer (server_error): The server had an error"_s)
                      .isEmpty(),
                 qPrintable(run.notices.join(u'\n')));

        server()->reset();
        QVERIFY(
            script(u"midstream-error,dialect=openai,error-type=insufficient_quota,error-code=insufficient_quota"_s));
        const RunOutcome quota = runReview(jobFor({provider(ProviderKind::OpenAI)}, 20));
        QCOMPARE(generations().size(), 1);
        QVERIFY(!quota.result.errors.isEmpty());
        QVERIFY2(quota.result.errors.first().message.contains(u"quota exhausted"_s),
                 qPrintable(errorsText(quota.result)));
    }
};

QTEST_GUILESS_MAIN(TestLlmProviders)
#include "tst_llm_providers.moc"
