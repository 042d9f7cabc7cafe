// SPDX-License-Identifier: GPL-3.0-or-later
// redliner-bench [google-benchmark flags]   the timings, then the peak RSS of each document
// redliner-bench --write-fixtures DIR       writes the generated 5/25/100-page .docx files
// redliner-bench --no-rss ...               the timings only
// redliner-bench --measure-rss PAGES FILE   (internal) one peak-RSS measurement, in a fresh process
// redliner-bench --llm [--quick]            the LLM review table against the mock server
// redliner-bench --llm-run ...              (internal) one row of it, in a fresh process
// redliner-bench --app                      the desktop application's UI stalls (100 pages)

#include "benchfixtures.h"
#include "appbench.h"
#include "llmbench.h"
#include "peakrss.h"

#include <QString>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <vector>

namespace Redliner::Bench {
extern bool g_benchmarkFailed;
}

namespace {

bool hasFlag(const std::vector<char *> &args, const char *prefix)
{
    for (const char *a : args) {
        if (std::strncmp(a, prefix, std::strlen(prefix)) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    using namespace Redliner::Bench;
    if (argc >= 2 && std::strcmp(argv[1], "--write-fixtures") == 0) {
        if (argc != 3) {
            std::fputs("usage: redliner-bench --write-fixtures DIR\n", stderr);
            return 2;
        }
        QString error;
        const QString dir = QString::fromLocal8Bit(argv[2]);
        if (!writeFixtures(dir, &error)) {
            std::fprintf(stderr, "redliner-bench: %s\n", qPrintable(error));
            return 1;
        }
        for (int pages : kFixturePages) {
            const Fixture &f = fixture(pages);
            std::printf("%s/%s  (%lld KB .docx, document.xml %lld KB)\n", argv[2], qPrintable(f.name),
                        static_cast<long long>(f.docx.size() / 1024), static_cast<long long>(f.documentXmlBytes / 1024));
        }
        return 0;
    }
    if (argc >= 2 && std::strcmp(argv[1], "--llm") == 0)
        return runLlmTable(argv[0], argc >= 3 && std::strcmp(argv[2], "--quick") == 0);
    if (argc >= 2 && std::strcmp(argv[1], "--app") == 0)
        return runAppStalls();
    if (argc >= 2 && std::strcmp(argv[1], "--llm-run") == 0)
        return runLlmChild(argc, argv);
    if (argc >= 2 && std::strcmp(argv[1], "--measure-rss") == 0) {
        bool ok = false;
        const int pages = argc == 4 ? QString::fromLocal8Bit(argv[2]).toInt(&ok) : 0;
        if (!ok || pages < 1) {
            std::fputs("usage: redliner-bench --measure-rss PAGES FILE.docx\n", stderr);
            return 2;
        }
        return measurePeakRss(pages, QString::fromLocal8Bit(argv[3]));
    }

    // Medians over repetitions by default; explicit flags win.
    std::vector<char *> args(argv, argv + argc);
    bool rss = true;
    std::erase_if(args, [&](char *a) { return std::strcmp(a, "--no-rss") == 0 && !(rss = false); });
    static char repetitions[] = "--benchmark_repetitions=10";
    static char aggregates[] = "--benchmark_report_aggregates_only=true";
    if (!hasFlag(args, "--benchmark_repetitions"))
        args.push_back(repetitions);
    if (!hasFlag(args, "--benchmark_report_aggregates_only") && !hasFlag(args, "--benchmark_display_aggregates_only"))
        args.push_back(aggregates);
    if (hasFlag(args, "--benchmark_list_tests"))
        rss = false;

    // Generate every document up front, so that no benchmark's first repetition pays for it.
    for (int pages : kFixturePages) {
        const Fixture &f = fixture(pages);
        std::fprintf(stderr, "generated %s: %lld KB .docx, document.xml %lld KB\n", qPrintable(f.name),
                     static_cast<long long>(f.docx.size() / 1024), static_cast<long long>(f.documentXmlBytes / 1024));
    }

    int count = int(args.size());
    args.push_back(nullptr);
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data()))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::fflush(stdout);

    bool ok = !g_benchmarkFailed;
    if (rss) {
        std::printf("\nPeak memory, each in a fresh process (read the document, write one edit a page):\n");
        ok = runPeakRssChildren(argv[0]) && ok;
    }
    return ok ? 0 : 1;
}
