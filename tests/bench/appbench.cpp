// SPDX-License-Identifier: GPL-3.0-or-later
#include "appbench.h"

#include "benchfixtures.h"

#include "mockprocess.h"

#include "docx/atomicwrite.h"
#include "docx/documentreader.h"
#include "docx/existingmarkup.h"
#include "docx/revisionwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace Redliner::Bench {

using namespace Qt::Literals::StringLiterals;

namespace {

// One run of `redliner --stall-report`: its JSON line, or an empty object.
QJsonObject stallReport(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(REDLINER_APP_PATH), args);
    if (!app.waitForFinished(300'000) || app.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(app.readAllStandardOutput().trimmed().split('\n').last()).object();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int runAppStalls()
{
    QTemporaryDir home;
    const Fixture &f = fixture(100);
    const QString file = home.filePath(f.name);
    if (!writeFixtures(home.path(), nullptr))
        return 1;

    QProcess mock;
    MockLlm::runAtLowestPriority(&mock);
    const quint16 port = MockLlm::startMockProcess(&mock, QStringLiteral(REDLINER_MOCKLLM_PATH), {u"--latency-openai"_s, u"1200"_s});
    if (port == 0) {
        std::fprintf(stderr, "redliner-bench: the mock server did not start\n");
        return 1;
    }

    // Each run starts as a first-time user would: no settings, no stored decisions, no cache.
    const auto freshEnvironment = [port](const QTemporaryDir &dir) -> QProcessEnvironment {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"REDLINER_KEYCHAIN"_s, u"none"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, dir.path());
        env.insert(u"OPENAI_BASE_URL"_s, u"http://127.0.0.1:"_s + QString::number(port) + u"/v1"_s);
        env.insert(u"OPENAI_API_KEY"_s, u"test-key"_s);
        env.insert(u"REDLINER_OPENAI_MODEL"_s, u"gpt-test"_s);
        return env;
    };

    QList<double> open, offline, llm;
    int findings = 0;
    for (int run = 0; run < 3; ++run) {
        const QTemporaryDir first, second;
        const QJsonObject a = stallReport({u"--stall-report"_s, u"--review"_s, file}, freshEnvironment(first));
        const QJsonObject b = stallReport({u"--stall-report"_s, u"--review"_s, u"--reviewer"_s, u"openai"_s, file},
                                          freshEnvironment(second));
        if (a.isEmpty() || b.isEmpty()) {
            std::fprintf(stderr, "redliner-bench: redliner --stall-report failed\n");
            return 1;
        }
        open.append(a.value(u"open_longest_stall_ms"_s).toDouble());
        open.append(b.value(u"open_longest_stall_ms"_s).toDouble());
        offline.append(a.value(u"review_longest_stall_ms"_s).toDouble());
        llm.append(b.value(u"review_longest_stall_ms"_s).toDouble());
        findings = b.value(u"findings"_s).toInt();
    }
    mock.terminate();
    mock.waitForFinished(5000);

    // A counterparty's redline: the same document with 500 tracked changes (and their comments) by
    // another author, opened and drawn with their changes in both panes.
    const Docx::Document &doc = parsedFixture(100);
    const QList<Docx::Edit> theirs = makeEdits(doc, 500);
    Docx::RevisionOptions options;
    options.author = u"Opposing Counsel"_s;
    const auto redline = Docx::RevisionWriter::write(doc, theirs, options);
    const QString redlineFile = home.filePath(u"nda-100pages-their-redline.docx"_s);
    if (theirs.size() != 500 || !redline || !Docx::writeFileAtomically(redlineFile, redline.value()).isEmpty()) {
        std::fprintf(stderr, "redliner-bench: the counterparty's redline could not be made\n");
        return 1;
    }
    qsizetype theirChanges = 0, theirComments = 0;
    if (auto pkg = Docx::Package::fromBytes(redline.value(), redlineFile)) {
        if (auto reread = Docx::DocumentReader::read(pkg.value())) {
            if (auto markup = Docx::readExistingMarkup(reread.value())) {
                theirChanges = markup.value().changes.size();
                theirComments = markup.value().comments.size();
            }
        }
    }
    QList<double> theirOpen;
    for (int run = 0; run < 3; ++run) {
        const QTemporaryDir dir;
        const QJsonObject r = stallReport({u"--stall-report"_s, redlineFile}, freshEnvironment(dir));
        if (r.isEmpty()) {
            std::fprintf(stderr, "redliner-bench: redliner --stall-report failed on the counterparty's redline\n");
            return 1;
        }
        theirOpen.append(r.value(u"open_longest_stall_ms"_s).toDouble());
    }
    std::printf(
        "\nThe desktop application, %s (%lld KB document.xml), offscreen, longest UI-thread stall "
        "(median of %lld / 3 / 3 runs):\n\n"
        "| while | longest stall | target |\n|---|---|---|\n"
        "| opening and drawing both panes | %.1f ms | 16 ms |\n"
        "| the offline review arriving | %.1f ms | 16 ms |\n"
        "| an OpenAI review (mock, 1.2 s a call): %d findings streaming in | %.1f ms | 16 ms |\n"
        "| opening and drawing it as a counterparty's redline (%lld tracked changes, %lld comments; median of 3) "
        "| %.1f ms | 16 ms |\n",
        qPrintable(f.name), static_cast<long long>(f.documentXmlBytes / 1024), static_cast<long long>(open.size()),
        median(open), median(offline), findings, median(llm), static_cast<long long>(theirChanges),
        static_cast<long long>(theirComments), median(theirOpen));
    return 0;
}

} // namespace Redliner::Bench
