// SPDX-License-Identifier: GPL-3.0-or-later
#include "peakrss.h"
#include "procstatus.h"

#include "benchfixtures.h"

#include "docx/documentreader.h"
#include "docx/revisionwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace Redliner::Bench {

using namespace Qt::Literals::StringLiterals;

namespace {

double mib(qint64 bytes) { return double(bytes) / (1024.0 * 1024.0); }

} // namespace

int measurePeakRss(int pages, const QString &file)
{
    const bool reset = resetPeakRss();
    const qint64 before = statusKiB("VmRSS");
    const qint64 hwmBefore = statusKiB("VmHWM");
    qint64 peak = 0;
    qint64 outputBytes = 0;
    Docx::Document doc;
    {
        auto read = Docx::DocumentReader::read(file);
        if (!read) {
            std::fprintf(stderr, "redliner-bench: %s\n", qPrintable(read.error().toString()));
            return 1;
        }
        doc = std::move(read).value();
        const QList<Docx::Edit> edits = makeEdits(doc, pages);
        Docx::RevisionOptions options;
        options.date = QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC);
        QList<Docx::RevisionWriter::Refusal> refusals;
        auto written = Docx::RevisionWriter::write(doc, edits, options, &refusals);
        if (!written || written.value().isEmpty() || edits.size() != pages) {
            std::fprintf(stderr, "redliner-bench: --measure-rss: %s\n%s", qPrintable(written.error().toString()),
                         qPrintable(describeRefusals(doc, edits)));
            return 1;
        }
        outputBytes = written.value().size();
        peak = statusKiB("VmHWM");  // the output and the document are both still alive here
    }
    auto xml = doc.package.read(doc.mainPart);
    const qint64 xmlBytes = xml ? xml.value().size() : 0;
    const qint64 peakBytes = (peak - before) * 1024;
    const qint64 target = 5 * xmlBytes + 30ll * 1024 * 1024;
    std::printf("peak RSS %d pages: %.1f MB (document.xml %lld KB; target < %.1f MB) %s"
                "  [VmHWM %lld KB - VmRSS before reading %lld KB%s; output %lld KB]\n",
                pages, mib(peakBytes), static_cast<long long>(xmlBytes / 1024), mib(target),
                peakBytes < target ? "OK" : "MISSED", static_cast<long long>(peak), static_cast<long long>(before),
                reset ? ", peak reset before reading" : (hwmBefore > before ? ", could not reset the peak" : ""),
                static_cast<long long>(outputBytes / 1024));
    std::fflush(stdout);
    return 0;
}

bool runPeakRssChildren(const char *self)
{
    QTemporaryDir dir;
    QString error;
    if (!dir.isValid() || !writeFixtures(dir.path(), &error)) {
        std::fprintf(stderr, "redliner-bench: cannot write the fixtures for the RSS measurement: %s\n",
                     qPrintable(error));
        return false;
    }
    std::fflush(stdout);
    std::fflush(stderr);
    bool ok = true;
    for (int pages : kFixturePages) {
        const QByteArray pagesArg = QByteArray::number(pages);
        const QByteArray path = QFile::encodeName(QDir(dir.path()).filePath(fixture(pages).name));
        const QByteArray flag = QByteArrayLiteral("--measure-rss");
        char *argv[] = {const_cast<char *>(self), const_cast<char *>(flag.constData()),
                        const_cast<char *>(pagesArg.constData()), const_cast<char *>(path.constData()), nullptr};
        pid_t pid = 0;
        if (posix_spawn(&pid, "/proc/self/exe", nullptr, nullptr, argv, environ) != 0) {
            std::perror("redliner-bench: posix_spawn");
            return false;
        }
        int status = 0;
        if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::fprintf(stderr, "redliner-bench: the RSS measurement of %d pages failed\n", pages);
            ok = false;
        }
    }
    return ok;
}

} // namespace Redliner::Bench
