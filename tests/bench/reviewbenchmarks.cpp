// SPDX-License-Identifier: GPL-3.0-or-later
// The offline review: segmentation + facts + playbook review in-process, and the whole
// `redliner-cli review` command (process start, parse, review, write) as a user runs it.

#include "benchfixtures.h"

#include "review/reviewer.h"

#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace Redliner::Bench {

using namespace Qt::Literals::StringLiterals;

namespace {

void BM_Review(benchmark::State &state)
{
    const Docx::Document &doc = parsedFixture(int(state.range(0)));
    const Review::Playbook playbook = Review::Playbook::builtin();
    qsizetype findings = 0, clauses = 0, facts = 0;
    for (auto _ : state) {
        const Review::TextDocument text = Review::TextDocument::fromStory(doc.body);
        const Review::ReviewResult result = Review::reviewDocument(text, playbook, {Review::Side::Receiving});
        findings = result.findings.size();
        clauses = result.clauses.size();
        facts = result.facts.facts.size();
        benchmark::DoNotOptimize(findings);
    }
    state.counters["clauses"] = double(clauses);
    state.counters["facts"] = double(facts);
    state.counters["findings"] = double(findings);
}

// Wall time of the real command, the way a user or a script runs it.
void BM_ReviewCommand(benchmark::State &state)
{
    const Fixture &f = fixture(int(state.range(0)));
    QTemporaryDir dir;
    const QString in = dir.filePath(f.name);
    QFile file(in);
    if (!file.open(QIODevice::WriteOnly) || file.write(f.docx) != f.docx.size()) {
        state.SkipWithError("cannot write the fixture");
        return;
    }
    file.close();
    const QString out = dir.filePath(u"out.docx"_s);
    for (auto _ : state) {
        QProcess cli;
        cli.start(QStringLiteral(REDLINER_CLI_PATH), {u"review"_s, in, u"-o"_s, out});
        if (!cli.waitForFinished(60000) || cli.exitCode() != 0) {
            state.SkipWithError(qPrintable(u"redliner-cli review failed: "_s + QString::fromUtf8(cli.readAllStandardError())));
            break;
        }
    }
}

} // namespace

BENCHMARK(BM_Review)->ArgName("pages")->Arg(5)->Arg(25)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReviewCommand)->ArgName("pages")->Arg(5)->Arg(100)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace Redliner::Bench
