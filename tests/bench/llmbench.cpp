// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmbench.h"

#include "procstatus.h"

#include "mockprocess.h"

#include "docx/documentreader.h"
#include "llm/llmreview.h"
#include "llm/providerslots.h"
#include "docxbuilder.h"
#include "ndagenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTimer>

#include <malloc.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace Redliner::Bench {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kOpenAiLatencyMs = 1200;
constexpr int kAnthropicLatencyMs = 1000;

// The longest gap between two ticks of a 1 ms timer in the thread that owns the network
// manager: how long that thread's event loop was blocked at worst.
class StallProbe final : public QObject {
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_clock.restart());
        });
    }
    void start() { m_longest = 0; m_clock.start(); m_timer.start(); }
    qint64 stop() { m_timer.stop(); return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

QList<Llm::ProviderConfig> mockProviders(const LlmRunSpec &s)
{
    QList<Llm::ProviderConfig> providers;
    for (Llm::ProviderKind kind : {Llm::ProviderKind::OpenAI, Llm::ProviderKind::Anthropic}) {
        Llm::ProviderConfig c = Llm::ProviderConfig::defaults(kind);
        const bool openAi = kind == Llm::ProviderKind::OpenAI;
        c.baseUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(openAi ? s.openAiPort : s.anthropicPort) + (openAi ? u"/v1"_s : QString()));
        c.apiKey = u"test-key"_s;
        c.http2PriorKnowledge = s.http2;
        if (s.sequential)
            c.maxConcurrent = 1;
        providers.append(c);
    }
    return providers;
}

Review::TextDocument generatedDocument(int pages, quint32 seed)
{
    QString error;
    const QByteArray bytes = TestSupport::buildDocx(TestSupport::generateNda(pages, seed), &error);
    auto package = Docx::Package::fromBytes(bytes, u"nda.docx"_s);
    if (!package) {
        std::fprintf(stderr, "redliner-bench: cannot build the %d-page document: %s\n", pages, qPrintable(error));
        std::exit(1);
    }
    auto doc = Docx::DocumentReader::read(std::move(package.value()));
    if (!doc) {
        std::fprintf(stderr, "redliner-bench: %s\n", qPrintable(doc.error().toString()));
        std::exit(1);
    }
    return Review::TextDocument::fromStory(doc.value().body);
}

struct IterationResult {
    qint64 wallMs = 0;
    int batches = 0;       // per provider and document
    int errors = 0;
};

// Every document reviewed by both providers at once, each review with its own lanes.
IterationResult runParallel(QNetworkAccessManager *network, const QList<Llm::ReviewJob> &jobs)
{
    std::vector<std::unique_ptr<Llm::LlmReview>> reviews;
    QEventLoop loop;
    int running = int(jobs.size());
    QElapsedTimer clock;
    clock.start();
    for (const Llm::ReviewJob &job : jobs) {
        reviews.push_back(std::make_unique<Llm::LlmReview>(network));
        QObject::connect(reviews.back().get(), &Llm::LlmReview::finished, &loop, [&running, &loop] {
            if (--running == 0)
                loop.quit();
        });
        reviews.back()->start(job);
    }
    loop.exec();
    IterationResult r;
    r.wallMs = clock.elapsed();
    for (const auto &review : reviews) {
        r.errors += int(review->result().errors.size());
        r.batches = review->result().batchesTotal / int(jobs.first().providers.size());
    }
    return r;
}

// The old way: one request at a time, provider after provider, document after document.
IterationResult runSequential(QNetworkAccessManager *network, const QList<Llm::ReviewJob> &jobs)
{
    IterationResult r;
    QElapsedTimer clock;
    clock.start();
    for (const Llm::ReviewJob &job : jobs) {
        for (const Llm::ProviderConfig &provider : job.providers) {
            Llm::ReviewJob single = job;
            single.providers = {provider};
            Llm::LlmReview review(network);
            QEventLoop loop;
            QObject::connect(&review, &Llm::LlmReview::finished, &loop, &QEventLoop::quit);
            review.start(single);
            loop.exec();
            r.errors += int(review.result().errors.size());
            r.batches = review.result().batchesTotal;
        }
    }
    r.wallMs = clock.elapsed();
    return r;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString spec(const LlmRunSpec &s)
{
    return u"pages=%1 docs=%2 transport=%3 mode=%4 iterations=%5 openai-port=%6 anthropic-port=%7"_s.arg(s.pages)
        .arg(s.docs).arg(s.http2 ? u"h2"_s : u"h1"_s, s.sequential ? u"sequential"_s : u"parallel"_s).arg(s.iterations)
        .arg(s.openAiPort).arg(s.anthropicPort);
}

} // namespace

int runLlmChild(int argc, char **argv)
{
    LlmRunSpec s;
    for (int i = 2; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QString key = arg.section(u'=', 0, 0);
        const QString value = arg.section(u'=', 1);
        if (key == u"pages"_s) s.pages = value.toInt();
        else if (key == u"docs"_s) s.docs = value.toInt();
        else if (key == u"transport"_s) s.http2 = value == u"h2"_s;
        else if (key == u"mode"_s) s.sequential = value == u"sequential"_s;
        else if (key == u"iterations"_s) s.iterations = value.toInt();
        else if (key == u"openai-port"_s) s.openAiPort = quint16(value.toUInt());
        else if (key == u"anthropic-port"_s) s.anthropicPort = quint16(value.toUInt());
    }
    if (s.pages < 1 || s.docs < 1 || s.iterations < 1 || s.openAiPort == 0 || s.anthropicPort == 0) {
        std::fputs("usage: redliner-bench --llm-run pages=N docs=N transport=h2|h1 mode=parallel|sequential iterations=N "
                   "openai-port=P anthropic-port=P\n", stderr);
        return 2;
    }
    QCoreApplication app(argc, argv);
    QList<Llm::ReviewJob> jobs;
    for (int d = 0; d < s.docs; ++d) {
        Llm::ReviewJob job;
        job.document = generatedDocument(s.pages, quint32(d + 1));
        job.playbook = Review::Playbook::builtin();
        job.providers = mockProviders(s);
        job.useCache = false;  // every iteration asks the providers
        jobs.append(job);
    }
    resetPeakRss();
    const qint64 rssBefore = statusKiB("VmRSS");
    QNetworkAccessManager network;
    // Held for the whole run: their peak covers every iteration. Each document's lanes take
    // their slots from these (one a server), sized from what the server's connection carries.
    QList<std::shared_ptr<Llm::ProviderSlots>> serverSlots;
    for (const Llm::ProviderConfig &provider : mockProviders(s))
        serverSlots.append(Llm::ProviderSlots::shared(&network, provider));
    StallProbe probe;
    QList<qint64> walls;
    qint64 rssAfterFirst = 0;
    qint64 heapAfterFirst = 0;  // bytes malloc has handed out and not got back: live objects
    qint64 longestStall = 0;
    int batches = 0, errors = 0;
    for (int i = 0; i < s.iterations; ++i) {
        probe.start();
        const IterationResult r = s.sequential ? runSequential(&network, jobs) : runParallel(&network, jobs);
        longestStall = std::max(longestStall, probe.stop());
        walls.append(r.wallMs);
        batches = r.batches;
        errors += r.errors;
        if (i == 0) {
            rssAfterFirst = statusKiB("VmRSS");
            heapAfterFirst = qint64(mallinfo2().uordblks);
        }
    }
    const qint64 rssAfterLast = statusKiB("VmRSS");
    const qint64 heapAfterLast = qint64(mallinfo2().uordblks);
    const qint64 peak = statusKiB("VmHWM") - rssBefore;
    const QJsonObject out{
        {u"pages"_s, s.pages},
        {u"docs"_s, s.docs},
        {u"transport"_s, s.http2 ? u"h2"_s : u"h1"_s},
        {u"mode"_s, s.sequential ? u"sequential"_s : u"parallel"_s},
        {u"walls_ms"_s, QJsonArray::fromVariantList([&walls] {
             QVariantList l;
             for (qint64 w : walls)
                 l.append(w);
             return l;
         }())},
        {u"median_ms"_s, median(walls)},
        {u"batches"_s, batches},
        {u"errors"_s, errors},
        {u"max_stall_ms"_s, longestStall},
        {u"slots"_s, std::min(serverSlots.at(0)->capacity(), serverSlots.at(1)->capacity())},
        {u"peak_in_flight"_s, std::max(serverSlots.at(0)->peakInFlight(), serverSlots.at(1)->peakInFlight())},
        {u"peak_rss_kb_per_doc"_s, peak / s.docs},
        {u"rss_growth_kb_per_iteration"_s,
         s.iterations > 1 ? double(rssAfterLast - rssAfterFirst) / (s.iterations - 1) : 0.0},
        {u"heap_growth_kb_per_iteration"_s,
         s.iterations > 1 ? double(heapAfterLast - heapAfterFirst) / 1024.0 / (s.iterations - 1) : 0.0},
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return errors == 0 ? 0 : 1;
}

namespace {

struct Row {
    LlmRunSpec spec;
    QJsonObject result;
};

bool runChild(const char *self, const LlmRunSpec &s, QJsonObject *out)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QString::fromLocal8Bit(self), QStringList{u"--llm-run"_s} + spec(s).split(u' '));
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "redliner-bench: the child for %s failed\n", qPrintable(spec(s)));
        return false;
    }
    *out = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed().split('\n').last()).object();
    if (child.exitCode() != 0)
        std::fprintf(stderr, "redliner-bench: %s had %d errors\n", qPrintable(spec(s)), out->value(u"errors"_s).toInt());
    return !out->isEmpty();
}

} // namespace

namespace {

// A mock server process answering at the seed's latencies, at the lowest CPU priority; its port, or 0.
quint16 startMock(QProcess *mock)
{
    MockLlm::runAtLowestPriority(mock);
    return MockLlm::startMockProcess(mock, QStringLiteral(REDLINER_MOCKLLM_PATH),
                                     {u"--latency-openai"_s, QString::number(kOpenAiLatencyMs), u"--latency-anthropic"_s,
                                      QString::number(kAnthropicLatencyMs)});
}

} // namespace

int runLlmTable(const char *self, bool quick)
{
    QProcess openAiMock, anthropicMock;
    const quint16 openAiPort = startMock(&openAiMock);
    const quint16 anthropicPort = startMock(&anthropicMock);
    if (!openAiPort || !anthropicPort) {
        std::fprintf(stderr, "redliner-bench: %s did not start\n", REDLINER_MOCKLLM_PATH);
        return 1;
    }
    const int concurrency = Llm::ProviderConfig::defaults(Llm::ProviderKind::OpenAI).maxConcurrent;
    // HTTP/1.1 carries one request per connection at a time, and Qt 6.4 opens 6 per host: the
    // multi-document rows take minutes there, so they run once (no growth figure).
    // 100 documents of 5 pages (a folder) over HTTP/1.1 would take minutes a run: HTTP/2 only.
    const QList<std::pair<int, int>> shapes{{5, 1}, {25, 1}, {100, 1}, {25, 5}, {25, 10}, {5, 100}};
    QList<Row> parallel, baseline;
    bool ok = true;
    for (bool http2 : {true, false}) {
        for (const auto &[pages, docs] : shapes) {
            if (!http2 && docs > 10)
                continue;
            const int iterations = http2 ? (docs > 10 ? 3 : 10) : docs > 1 ? 1 : 3;
            Row row{LlmRunSpec{pages, docs, http2, false, iterations, openAiPort, anthropicPort}, {}};
            std::fprintf(stderr, "measuring %s\n", qPrintable(spec(row.spec)));
            ok = runChild(self, row.spec, &row.result) && ok;
            parallel.append(row);
        }
    }
    // The baseline is additive (one request at a time): several documents take the sum of their
    // single times, so it is measured on single documents only.
    for (int pages : {5, 25, 100}) {
        if (quick && pages > 25)
            continue;
        Row row{LlmRunSpec{pages, 1, false, true, 1, openAiPort, anthropicPort}, {}};
        std::fprintf(stderr, "measuring the baseline %s\n", qPrintable(spec(row.spec)));
        ok = runChild(self, row.spec, &row.result) && ok;
        baseline.append(row);
    }
    openAiMock.terminate();
    anthropicMock.terminate();
    openAiMock.waitForFinished(5000);
    anthropicMock.waitForFinished(5000);

    const auto baselineFor = [&baseline](int pages, int docs) -> qint64 {
        for (const Row &r : baseline) {
            if (r.spec.pages == pages)
                return r.result.value(u"median_ms"_s).toInteger() * docs;
        }
        return 0;
    };
    std::printf("\nLLM review, both providers at once (mock: OpenAI %d ms, Anthropic %d ms a call), batches of 5\n"
                "clauses, default concurrency (%d a document and provider). Medians of 10 runs over HTTP/2 (3 for\n"
                "100 documents), of 3 (single) or 1 (several documents) over HTTP/1.1. Baseline: one request at a\n"
                "time, provider after provider, measured once on single documents (N documents: N times the\n"
                "single one). Every document of a row shares one lane a provider: slots is what one connection\n"
                "carries (the mock's HTTP/2 stream limit, or Qt 6.4's 6 connections a host over HTTP/1.1), peak\n"
                "the most in flight to one provider. Ideal: per document ceil(batches / concurrency), for all of\n"
                "them ceil(batches x docs / slots), whichever is more, x the slower provider's latency.\n\n",
                kOpenAiLatencyMs, kAnthropicLatencyMs, concurrency);
    std::printf(
        "| transport | pages × docs | batches/provider/doc | slots (peak) | wall (median) | baseline | speedup | ideal "
        "| overhead | peak RSS/doc | RSS growth/iteration | live heap growth/iteration | longest stall |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (const Row &r : std::as_const(parallel)) {
        const qint64 wall = r.result.value(u"median_ms"_s).toInteger();
        const int batches = r.result.value(u"batches"_s).toInt();
        const int connectionSlots = std::max(1, r.result.value(u"slots"_s).toInt());
        const int perDocument = (batches + concurrency - 1) / concurrency;
        const int shared = (batches * r.spec.docs + connectionSlots - 1) / connectionSlots;
        const qint64 ideal = qint64(std::max(perDocument, shared)) * std::max(kOpenAiLatencyMs, kAnthropicLatencyMs);
        const qint64 base = baselineFor(r.spec.pages, r.spec.docs);
        const auto perIteration = [&r](const QString &key) -> QString {
            return r.spec.iterations > 1 ? QString::number(r.result.value(key).toDouble(), 'f', 0) + u" KB"_s : u"—"_s;
        };
        const QString growth = perIteration(u"rss_growth_kb_per_iteration"_s);
        const QString heapGrowth = perIteration(u"heap_growth_kb_per_iteration"_s);
        std::printf(
            "| %s | %d × %d | %d | %d (%d) | %.2f s | %s | %s | %.2f s | %+.1f%% | %.1f MB | %s | %s | %lld ms |\n",
            r.spec.http2 ? "HTTP/2" : "HTTP/1.1", r.spec.pages, r.spec.docs, batches, connectionSlots,
            r.result.value(u"peak_in_flight"_s).toInt(), wall / 1000.0,
            base ? qPrintable(QString::number(base / 1000.0, 'f', 1) + u" s"_s) : "—",
            base ? qPrintable(QString::number(double(base) / double(std::max<qint64>(wall, 1)), 'f', 1) + u"×"_s) : "—",
            ideal / 1000.0, ideal ? 100.0 * double(wall - ideal) / double(ideal) : 0.0,
            r.result.value(u"peak_rss_kb_per_doc"_s).toDouble() / 1024.0, qPrintable(growth), qPrintable(heapGrowth),
            static_cast<long long>(r.result.value(u"max_stall_ms"_s).toInteger()));
    }
    return ok ? 0 : 1;
}

} // namespace Redliner::Bench
