// SPDX-License-Identifier: GPL-3.0-or-later
// The timed benchmarks. Documents are generated (and, for the write benchmark, read and given
// their edits) before the timed loop; only our own code runs inside it.

#include "benchfixtures.h"

#include "docx/documentreader.h"
#include "docx/revisionwriter.h"

#include <QXmlStreamReader>

#include <benchmark/benchmark.h>
#include <zip.h>

#include <cstdio>
#include <map>
#include <optional>

namespace Redliner::Bench {

using namespace Qt::Literals::StringLiterals;

bool g_benchmarkFailed = false;

namespace {

void fail(benchmark::State &state, const char *benchmark, const QString &message)
{
    // Loud: on stderr in full, and in the benchmark's own report.
    std::fprintf(stderr, "redliner-bench: %s/%lld: %s\n", benchmark, static_cast<long long>(state.range(0)),
                 qPrintable(message));
    g_benchmarkFailed = true;
    state.SkipWithError(qPrintable(message.section(u'\n', 0, 0)));
}

void documentCounters(benchmark::State &state, const Fixture &f)
{
    state.counters["docxml_KB"] = double(f.documentXmlBytes) / 1024.0;
    state.SetBytesProcessed(int64_t(state.iterations()) * f.documentXmlBytes);
}

// Package::fromBytes + DocumentReader::read: unzip, XML parse of every story, working text, styles,
// numbering and list labels. The bytes are shared (not copied) into the package, as from a file.
void BM_ParseAndIndex(benchmark::State &state)
{
    const Fixture &f = fixture(int(state.range(0)));
    qsizetype paragraphs = 0;
    qsizetype characters = 0;
    for (auto _ : state) {
        std::optional<Docx::Document> doc;
        auto package = Docx::Package::fromBytes(f.docx, f.name);
        if (!package) {
            fail(state, "BM_ParseAndIndex", package.error().toString());
            break;
        }
        auto read = Docx::DocumentReader::read(std::move(package.value()));
        if (!read) {
            fail(state, "BM_ParseAndIndex", read.error().toString());
            break;
        }
        doc.emplace(std::move(read).value());
        benchmark::DoNotOptimize(doc->body.text.constData());
        paragraphs = doc->body.paragraphs.size();
        characters = doc->body.text.size();
        state.PauseTiming();  // freeing the document is not part of opening it
        doc.reset();
        state.ResumeTiming();
    }
    documentCounters(state, f);
    state.counters["paragraphs"] = double(paragraphs);
    state.counters["chars"] = double(characters);
}

// RevisionWriter::write with edits prepared beforehand: planning, splicing the new runs into
// document.xml, the comments part, re-encoding and re-zipping the package.
void BM_WriteRedline(benchmark::State &state)
{
    const int pages = int(state.range(0));
    const int count = int(state.range(1));
    const Docx::Document &doc = parsedFixture(pages);
    static std::map<std::pair<int, int>, QList<Docx::Edit>> prepared;
    auto it = prepared.find({pages, count});
    if (it == prepared.end()) {
        QList<Docx::Edit> edits = makeEdits(doc, count);
        if (edits.size() != count) {
            fail(state, "BM_WriteRedline", u"only %1 of %2 edits could be placed in the body"_s.arg(edits.size()).arg(count));
            return;
        }
        if (const QString refused = describeRefusals(doc, edits); !refused.isEmpty()) {
            fail(state, "BM_WriteRedline", refused);
            return;
        }
        // Once, untimed: the result must be a package we can read back, with the changes in it.
        auto once = Docx::RevisionWriter::write(doc, edits);
        auto reread = once ? Docx::Package::fromBytes(once.value(), u"redlined.docx"_s)
                           : Docx::Outcome<Docx::Package>(once.error());
        auto redlined = reread ? Docx::DocumentReader::read(std::move(reread.value()))
                               : Docx::Outcome<Docx::Document>(reread.error());
        if (!redlined) {
            fail(state, "BM_WriteRedline", u"the redlined package cannot be read back: "_s + redlined.error().toString());
            return;
        }
        const QString &xml = redlined.value().body.xml;
        if (!xml.contains(u"<w:ins "_s) || !xml.contains(u"<w:del "_s)) {
            fail(state, "BM_WriteRedline", u"the redlined document.xml holds no w:ins or no w:del"_s);
            return;
        }
        it = prepared.emplace(std::pair(pages, count), edits).first;
    }
    const QList<Docx::Edit> &edits = it->second;
    Docx::RevisionOptions options;
    options.date = QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC);
    qsizetype outputBytes = 0;
    for (auto _ : state) {
        QList<Docx::RevisionWriter::Refusal> refusals;
        auto written = Docx::RevisionWriter::write(doc, edits, options, &refusals);
        if (!written || written.value().isEmpty()) {
            QString message = written ? u"the writer returned an empty package"_s : written.error().toString();
            for (const auto &r : std::as_const(refusals))
                message += u"\n  edit #%1: %2"_s.arg(r.edit + 1).arg(r.reason);
            fail(state, "BM_WriteRedline", message);
            break;
        }
        outputBytes = written.value().size();
        benchmark::DoNotOptimize(written.value().constData());
    }
    state.counters["edits"] = double(edits.size());
    state.counters["out_KB"] = double(outputBytes) / 1024.0;
}

// The floor: libzip reads word/document.xml out of the same bytes, and QXmlStreamReader tokenizes it
// doing nothing with the tokens. No package checks, no other parts, no working text.
void BM_BaselineUnzipAndXmlScan(benchmark::State &state)
{
    const Fixture &f = fixture(int(state.range(0)));
    qint64 tokens = 0;
    for (auto _ : state) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source = zip_source_buffer_create(f.docx.constData(), zip_uint64_t(f.docx.size()), 0, &error);
        zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
        if (!archive) {
            if (source)
                zip_source_free(source);
            fail(state, "BM_BaselineUnzipAndXmlScan", u"libzip cannot open the package: %1"_s.arg(QString::fromUtf8(zip_error_strerror(&error))));
            zip_error_fini(&error);
            break;
        }
        zip_error_fini(&error);
        zip_stat_t stat;
        zip_stat_init(&stat);
        QByteArray xml;
        if (zip_stat(archive, "word/document.xml", 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)) {
            if (zip_file_t *file = zip_fopen_index(archive, stat.index, 0)) {
                xml.resize(qsizetype(stat.size));
                if (zip_fread(file, xml.data(), stat.size) != zip_int64_t(stat.size))
                    xml.clear();
                zip_fclose(file);
            }
        }
        zip_discard(archive);
        if (xml.isEmpty()) {
            fail(state, "BM_BaselineUnzipAndXmlScan", u"cannot read word/document.xml"_s);
            break;
        }
        QXmlStreamReader reader(xml);
        tokens = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            ++tokens;
        }
        if (reader.hasError()) {
            fail(state, "BM_BaselineUnzipAndXmlScan", reader.errorString());
            break;
        }
        benchmark::DoNotOptimize(tokens);
    }
    documentCounters(state, f);
    state.counters["xml_tokens"] = double(tokens);
}

} // namespace

BENCHMARK(BM_ParseAndIndex)->ArgName("pages")->Arg(5)->Arg(25)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteRedline)
    ->ArgNames({"pages", "edits"})
    ->Args({5, 5})
    ->Args({25, 25})
    ->Args({100, 100})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BaselineUnzipAndXmlScan)->ArgName("pages")->Arg(5)->Arg(25)->Arg(100)->Unit(benchmark::kMillisecond);

} // namespace Redliner::Bench
