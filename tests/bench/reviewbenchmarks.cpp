// SPDX-License-Identifier: GPL-3.0-or-later
// The offline review: segmentation + facts + playbook review in-process, the whole
// `redliner-cli review` command (process start, parse, review, write) as a user runs it, and the
// comparison of two versions (redliner-cli compare in-process).

#include "benchfixtures.h"

#include "docx/documentreader.h"
#include "docx/existingmarkup.h"
#include "docx/revisionresolver.h"
#include "docx/revisionwriter.h"
#include "review/documentcompare.h"
#include "review/reviewer.h"

#include <algorithm>
#include <map>
#include <memory>

#include <QProcess>
#include <QSet>
#include <QStringList>
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

// The earlier version of a fixture: `edits` word changes undone, every 50th paragraph outside
// tables missing (inserted since) and one every 60th that the newer version dropped. Made as
// tracked changes and read back: a body's working text reads as if they were accepted, with the
// tables' rows and cells of a real document.
const Docx::Document &earlierVersion(const Docx::Document &doc, int edits)
{
    static std::map<std::pair<const Docx::Document *, int>, std::unique_ptr<Docx::Document>> cache;
    auto &cached = cache[{&doc, edits}];
    if (cached)
        return *cached;
    QList<Docx::Edit> changes = makeEdits(doc, edits);
    QSet<qsizetype> touched;
    for (const Docx::Edit &e : std::as_const(changes))
        touched.insert(doc.body.paragraphAt(e.start));
    const QList<Docx::Paragraph> &paragraphs = doc.body.paragraphs;
    for (qsizetype i = 0; i + 1 < paragraphs.size(); ++i) {
        const Docx::Paragraph &p = paragraphs.at(i);
        if (touched.contains(i) || p.tableDepth > 0 || p.lastInContainer || p.hasSectionBreak || p.markDeleted
            || paragraphs.at(i + 1).tableDepth > 0)
            continue;
        Docx::Edit e;
        if (i % 60 == 30) {
            e.start = e.end = p.textStart;
            e.text = u"A clause of the earlier version that the newer one dropped altogether.\n"_s;
        } else if (i % 50 == 25) {
            e.start = p.textStart;
            e.end = p.textEnd + 1;
        } else {
            continue;
        }
        changes.append(e);
    }
    std::sort(changes.begin(), changes.end(), [](const Docx::Edit &l, const Docx::Edit &r) {
        return std::pair(l.start, l.end) < std::pair(r.start, r.end);
    });
    Docx::RevisionOptions options;
    options.comments = false;
    auto bytes = Docx::RevisionWriter::write(doc, changes, options);
    if (!bytes)
        qFatal("%s", qPrintable(bytes.error().toString()));
    auto read = Docx::DocumentReader::read(Docx::Package::fromBytes(bytes.value(), u"earlier.docx"_s).value());
    if (!read)
        qFatal("%s", qPrintable(read.error().toString()));
    cached = std::make_unique<Docx::Document>(std::move(read).value());
    return *cached;
}

// Comparing two versions in-process (redliner-cli compare without the files): the alignment,
// the word diff of edited paragraphs and the writer's check; Write adds the redline's bytes.
void BM_Compare(benchmark::State &state)
{
    const Docx::Document &newer = parsedFixture(int(state.range(0)));
    const Docx::Story &older = earlierVersion(newer, int(state.range(0)) * 4).body;
    const bool write = state.range(1) != 0;
    Review::DocumentComparison comparison;
    for (auto _ : state) {
        comparison = Review::compareDocuments(older, newer);
        if (write) {
            Docx::RevisionOptions options;
            options.comments = false;
            auto bytes = Docx::RevisionWriter::write(newer, comparison.edits, options);
            if (!bytes) {
                state.SkipWithError(qPrintable(bytes.error().toString()));
                break;
            }
            benchmark::DoNotOptimize(bytes.value().size());
        }
    }
    if (!comparison.problems.isEmpty())
        state.SkipWithError(qPrintable(comparison.problems.first()));
    state.counters["changes"] = double(comparison.edits.size());
    state.counters["edited"] = double(comparison.editedParagraphs);
    state.counters["inserted"] = double(comparison.insertedParagraphs);
    state.counters["deleted"] = double(comparison.deletedParagraphs);
}

// Answering a counterparty's redline at export: the comparison's redline of a document (its
// differences as someone else's tracked changes), every other change accepted and the rest
// rejected, resolved and read back as the export does before writing our findings.
void BM_AnswerTheirChanges(benchmark::State &state)
{
    const Docx::Document &newer = parsedFixture(int(state.range(0)));
    const Review::DocumentComparison comparison =
        Review::compareDocuments(earlierVersion(newer, int(state.range(0)) * 4).body, newer);
    Docx::RevisionOptions options;
    options.author = QStringLiteral("Counterparty");
    auto redline = Docx::RevisionWriter::write(newer, comparison.edits, options);
    if (!redline) {
        state.SkipWithError(qPrintable(redline.error().toString()));
        return;
    }
    auto package = Docx::Package::fromBytes(redline.value(), QStringLiteral("theirs.docx"));
    auto theirs = Docx::DocumentReader::read(package.value());
    auto markup = Docx::readExistingMarkup(theirs.value());
    if (!theirs || !markup) {
        state.SkipWithError("the counterparty's redline does not read");
        return;
    }
    QList<Docx::Resolution> answers;
    for (qsizetype i = 0; i < markup.value().changes.size(); ++i) {
        const Docx::Resolution r{i, i % 2 == 0};
        if (Docx::RevisionResolver::check(theirs.value(), markup.value(), r).isEmpty())
            answers.append(r);
    }
    for (auto _ : state) {
        auto resolved = Docx::RevisionResolver::read(theirs.value(), markup.value(), answers);
        if (!resolved) {
            state.SkipWithError(qPrintable(resolved.error().toString()));
            break;
        }
        benchmark::DoNotOptimize(resolved.value().document().body.text.size());
    }
    state.counters["changes"] = double(markup.value().changes.size());
    state.counters["answered"] = double(answers.size());
}

} // namespace

BENCHMARK(BM_AnswerTheirChanges)->ArgName("pages")->Arg(25)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Compare)
    ->ArgNames({"pages", "write"})
    ->Args({5, 0})
    ->Args({25, 0})
    ->Args({100, 0})
    ->Args({100, 1})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Review)->ArgName("pages")->Arg(5)->Arg(25)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReviewCommand)->ArgName("pages")->Arg(5)->Arg(100)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace Redliner::Bench
