// SPDX-License-Identifier: GPL-3.0-or-later
// `redliner-cli review --provider ...` as a user runs it: keys and base URLs from the
// environment, against the mock server as a separate process (redliner-mockllm), over real
// sockets.

#include "docx/documentreader.h"

#include "mockprocess.h"
#include "ndagenerator.h"
#include "docxbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const { return u"exit %1\n--- stdout ---\n%2--- stderr ---\n%3"_s.arg(exitCode).arg(out, err); }
};

Run runCli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(REDLINER_CLI), args);
    Run r;
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        r.err = u"did not finish"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// What the mock at `port` recorded, through its control endpoint.
QJsonArray recordedRequests(quint16 port)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/mock/requests"_s.arg(port))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"requests"_s).toArray();
}

// A mock of its own, started with `fault` queued for ever; stopped when the object goes.
struct FaultyMock {
    QProcess process;
    quint16 port = 0;
    explicit FaultyMock(const QString &fault) : FaultyMock(QStringList{u"--fault"_s, fault}) {}
    explicit FaultyMock(const QStringList &arguments)
    {
        port = Redliner::MockLlm::startMockProcess(&process, QStringLiteral(REDLINER_MOCKLLM), arguments);
    }
    ~FaultyMock()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};

} // namespace

class TestCliLlm final : public QObject {
    Q_OBJECT

private:
    QProcess m_mock;
    quint16 m_port = 0;
    QTemporaryDir m_dir;

    // A clean environment: nothing of the developer's own keys or base URLs leaks into a test.
    QProcessEnvironment environment(bool withKeys = true) const
    {
        QProcessEnvironment env;
        env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        const QString base = u"http://127.0.0.1:"_s + QString::number(m_port);
        env.insert(u"OPENAI_BASE_URL"_s, base + u"/v1"_s);
        env.insert(u"ANTHROPIC_BASE_URL"_s, base);
        if (withKeys) {
            env.insert(u"OPENAI_API_KEY"_s, u"test-key"_s);
            env.insert(u"ANTHROPIC_API_KEY"_s, u"test-key"_s);
        }
        return env;
    }
    QString sample() const { return QStringLiteral(REDLINER_SAMPLE_DOCX); }
    // The path of a new key file in the test's directory; empty when it cannot be written.
    QString writeKeyFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile key(path);
        return key.open(QIODevice::WriteOnly) && key.write(bytes) == bytes.size() ? path : QString();
    }
    QProcessEnvironment environmentFor(quint16 port) const
    {
        QProcessEnvironment env = environment();
        env.insert(u"OPENAI_BASE_URL"_s, u"http://127.0.0.1:%1/v1"_s.arg(port));
        return env;
    }
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_port = Redliner::MockLlm::startMockProcess(&m_mock, QStringLiteral(REDLINER_MOCKLLM), {});
        QVERIFY2(m_port != 0, qPrintable(m_mock.errorString()));
    }

    void cleanupTestCase()
    {
        m_mock.terminate();
        m_mock.waitForFinished(5000);
    }

    void bothProvidersWriteARedlineAndAReport()
    {
        const QString out = m_dir.filePath(u"both.docx"_s);
        const QString report = m_dir.filePath(u"both.json"_s);
        const Run r = runCli({u"review"_s, sample(), u"-o"_s, out, u"--provider"_s, u"both"_s, u"--report"_s, report}, environment());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QRegularExpression(u"Batches: (\\d+)/\\1"_s)), qPrintable(r.err));
        const auto doc = Redliner::Docx::DocumentReader::read(out);
        QVERIFY2(doc, qPrintable(r.describe()));
        QVERIFY(doc.value().body.text.contains(u"two (2) years"_s));

        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("test-key"));
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(o.value(u"provider"_s).toString(), u"both"_s);
        const QJsonArray providers = o.value(u"providers"_s).toArray();
        QCOMPARE(providers.size(), 2);
        for (const QJsonValue &p : providers) {
            QVERIFY(!p.toObject().value(u"model"_s).toString().isEmpty());
            QVERIFY(p.toObject().value(u"inputTokens"_s).toInteger() > 0);
            QVERIFY(p.toObject().value(u"outputTokens"_s).toInteger() > 0);
        }
        QVERIFY(o.value(u"errors"_s).toArray().isEmpty());
        bool agreed = false;
        for (const QJsonValue &f : o.value(u"findings"_s).toArray()) {
            QVERIFY(f.toObject().value(u"written"_s).toBool());
            agreed = agreed || f.toObject().value(u"agreed"_s).toBool();
        }
        QVERIFY(agreed);

        // The same review again comes from the cache: no tokens spent.
        const Run again = runCli({u"review"_s, sample(), u"-o"_s, m_dir.filePath(u"again.docx"_s), u"--provider"_s,
                                  u"openai"_s, u"--report"_s, report}, environment());
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QFile second(report);
        QVERIFY(second.open(QIODevice::ReadOnly));
        const QJsonObject cached = QJsonDocument::fromJson(second.readAll()).object();
        const QJsonObject openai = cached.value(u"providers"_s).toArray().first().toObject();
        QCOMPARE(openai.value(u"requests"_s).toInt(), 0);
        QVERIFY(openai.value(u"cachedClauses"_s).toInt() > 0);
    }

    // Both Anthropic API versions end to end, each with its own way of sending the key; the
    // report says which version was used and which request ids each batch had.
    void anthropicReviewsWithEitherApiVersion_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("version");
        QTest::newRow("default") << QStringList() << u"2026-10-21"_s;
        QTest::newRow("--anthropic-version 2023-06-01")
            << QStringList{u"--anthropic-version"_s, u"2023-06-01"_s} << u"2023-06-01"_s;
    }

    void anthropicReviewsWithEitherApiVersion()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, version);
        const QString out = m_dir.filePath(u"version-%1.docx"_s.arg(version));
        const QString report = m_dir.filePath(u"version-%1.json"_s.arg(version));
        const qsizetype before = recordedRequests(m_port).size();
        const Run r = runCli(QStringList{u"review"_s, sample(), u"-o"_s, out, u"--provider"_s, u"anthropic"_s,
                                         u"--no-cache"_s, u"--report"_s, report}
                                 + flags,
                             environment());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const auto doc = Redliner::Docx::DocumentReader::read(out);
        QVERIFY2(doc && doc.value().body.text.contains(u"two (2) years"_s), qPrintable(r.describe()));

        const QJsonArray requests = recordedRequests(m_port);
        QVERIFY(requests.size() > before);
        QSet<QString> sentIds;
        for (qsizetype i = before; i < requests.size(); ++i) {
            const QJsonObject request = requests.at(i).toObject();
            const QJsonObject headers = request.value(u"headers"_s).toObject();
            QCOMPARE(headers.value(u"anthropic-version"_s).toString(), version);
            if (version == u"2026-10-21"_s) {
                QCOMPARE(headers.value(u"authorization"_s).toString(), u"Bearer test-key"_s);
                QVERIFY(!headers.contains(u"x-api-key"_s));
                QVERIFY(!request.value(u"body"_s).toString().contains(u"\"temperature\""_s));
            } else {
                QCOMPARE(headers.value(u"x-api-key"_s).toString(), u"test-key"_s);
                QVERIFY(!headers.contains(u"authorization"_s));
            }
            QCOMPARE(request.value(u"response_status"_s).toInt(), 200);
        }

        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject anthropic =
            QJsonDocument::fromJson(file.readAll()).object().value(u"providers"_s).toArray().first().toObject();
        QCOMPARE(anthropic.value(u"apiVersion"_s).toString(), version);
        const QJsonArray batches = anthropic.value(u"batches"_s).toArray();
        QCOMPARE(batches.size(), anthropic.value(u"requests"_s).toInt());
        for (const QJsonValue &b : batches) {
            QVERIFY(b.toObject().value(u"answered"_s).toBool());
            QVERIFY(!b.toObject().value(u"clauses"_s).toArray().isEmpty());
            const QJsonArray ids = b.toObject().value(u"requestIds"_s).toArray();
            QCOMPARE(ids.size(), 1);
            QVERIFY2(ids.first().toString().startsWith(u"req_"_s), qPrintable(ids.first().toString()));
            sentIds.insert(ids.first().toString());
        }
        QCOMPARE(sentIds.size(), batches.size()); // one id per request, none repeated
    }

    // A gateway that knows only the older version: the review falls back once, says so, and
    // sends every later request with the version that works.
    void aGatewayThatKnowsOnlyTheOldVersionGetsIt()
    {
        FaultyMock gateway(QStringList{u"--anthropic-versions"_s, u"2023-06-01"_s});
        QVERIFY(gateway.port != 0);
        QProcessEnvironment env = environment();
        env.insert(u"ANTHROPIC_BASE_URL"_s, u"http://127.0.0.1:%1"_s.arg(gateway.port));
        const QString out = m_dir.filePath(u"gateway.docx"_s);
        const QString report = m_dir.filePath(u"gateway.json"_s);
        const Run r = runCli({u"review"_s, sample(), u"-o"_s, out, u"--provider"_s, u"anthropic"_s, u"--no-cache"_s,
                              u"--concurrency"_s, u"1"_s, u"--report"_s, report},
                             env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"does not accept API version 2026-10-21; using 2023-06-01"_s),
                 qPrintable(r.describe()));
        const QJsonArray requests = recordedRequests(gateway.port);
        QVERIFY(requests.size() >= 2);
        QCOMPARE(requests.first().toObject().value(u"response_status"_s).toInt(), 400);
        for (qsizetype i = 1; i < requests.size(); ++i) {
            const QJsonObject request = requests.at(i).toObject();
            QCOMPARE(request.value(u"headers"_s).toObject().value(u"anthropic-version"_s).toString(), u"2023-06-01"_s);
            QCOMPARE(request.value(u"response_status"_s).toInt(), 200);
        }
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(o.value(u"errors"_s).toArray().isEmpty());
        QCOMPARE(o.value(u"providers"_s).toArray().first().toObject().value(u"apiVersion"_s).toString(),
                 u"2023-06-01"_s);
    }

    void anUnknownApiVersionIsAUsageError()
    {
        const QString out = m_dir.filePath(u"badversion.docx"_s);
        const Run r = runCli({u"review"_s, sample(), u"-o"_s, out, u"--provider"_s, u"anthropic"_s,
                              u"--anthropic-version"_s, u"2024-01-01"_s},
                             environment());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"2026-10-21"_s) && r.err.contains(u"2023-06-01"_s), qPrintable(r.describe()));
        const Run openai = runCli({u"review"_s, sample(), u"-o"_s, out, u"--provider"_s, u"openai"_s,
                                   u"--anthropic-version"_s, u"2023-06-01"_s},
                                  environment());
        QCOMPARE(openai.exitCode, 1);
        QVERIFY2(openai.err.contains(u"--anthropic-version needs --provider anthropic"_s),
                 qPrintable(openai.describe()));
        QVERIFY(!QFile::exists(out));
    }

    void missingKeyIsAUsageErrorNamingTheVariable()
    {
        const QString out = m_dir.filePath(u"nokey.docx"_s);
        const Run r = runCli({u"review"_s, sample(), u"-o"_s, out, u"--provider"_s, u"anthropic"_s}, environment(false));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"ANTHROPIC_API_KEY"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void plainHttpToARemoteHostIsRefused()
    {
        const QString out = m_dir.filePath(u"remote.docx"_s);
        const Run r = runCli({u"review"_s, sample(), u"-o"_s, out, u"--provider"_s, u"local"_s, u"--base-url"_s,
                              u"http://203.0.113.7:11434/v1"_s}, environment());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"plain http"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void aRejectedKeyFailsTheReviewAndWritesNothing()
    {
        const QString out = m_dir.filePath(u"badkey.docx"_s);
        const QString keyFile = writeKeyFile(u"key.txt"_s, "sk-wrong-0123456789abcdefghijklmnop\n");
        QVERIFY(!keyFile.isEmpty());
        const Run r = runCli({u"review"_s, sample(), u"-o"_s, out, u"--provider"_s, u"openai"_s, u"--api-key-file"_s, keyFile,
                              u"--no-cache"_s}, environment());
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(u"(401)"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"0123456789abcdef"_s));
        QVERIFY(!QFile::exists(out));
    }

    void aKeyWithALineBreakIsRefusedUnsent()
    {
        const QString out = m_dir.filePath(u"crlf.docx"_s);
        QProcessEnvironment env = environment();
        env.insert(u"OPENAI_API_KEY"_s, u"test-key\r\nX-Injected: yes"_s);
        const int before = int(recordedRequests(m_port).size());
        const Run r = runCli({u"review"_s, sample(), u"-o"_s, out, u"--provider"_s, u"openai"_s, u"--no-cache"_s}, env);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"control character"_s), qPrintable(r.describe()));
        QVERIFY2(!r.err.contains(u"test-key"_s) && !r.err.contains(u"X-Injected"_s), qPrintable(r.describe()));
        QCOMPARE(int(recordedRequests(m_port).size()), before);
        QVERIFY(!QFile::exists(out));
    }

    void onlyTheKeyFilesFirstLineIsSent()
    {
        const QString out = m_dir.filePath(u"firstline.docx"_s);
        const QString keyFile = writeKeyFile(u"two-lines.txt"_s, "  test-key  \nX-Injected: yes\n");
        QVERIFY(!keyFile.isEmpty());
        const Run r = runCli({u"review"_s, sample(), u"-o"_s, out, u"--provider"_s, u"openai"_s, u"--api-key-file"_s, keyFile,
                              u"--no-cache"_s}, environment(false));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray requests = recordedRequests(m_port);
        QVERIFY(!requests.isEmpty());
        const QByteArray all = QJsonDocument(requests).toJson();
        QVERIFY2(!all.contains("X-Injected") && !all.contains("x-injected"), all.constData());
    }

    void urlSecretsAreRedactedInTheReport()
    {
        const QString out = m_dir.filePath(u"redacted.docx"_s);
        const QString report = m_dir.filePath(u"redacted.json"_s);
        QProcessEnvironment env = environment();
        env.insert(u"OPENAI_BASE_URL"_s, u"http://someone:pass-w0rd@127.0.0.1:%1/v1?key=qs-s3cret"_s.arg(m_port));
        const Run r = runCli({u"review"_s, sample(), u"-o"_s, out, u"--provider"_s, u"openai"_s, u"--no-cache"_s,
                              u"--report"_s, report}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains("qs-s3cret") && !bytes.contains("pass-w0rd") && !bytes.contains("someone"), bytes.constData());
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(o.value(u"providers"_s).toArray().first().toObject().value(u"baseUrl"_s).toString(),
                 u"http://127.0.0.1:%1/v1?key=redacted"_s.arg(m_port));
        QVERIFY2(!r.err.contains(u"qs-s3cret"_s) && !r.out.contains(u"qs-s3cret"_s), qPrintable(r.describe()));
    }

    void anEndlessAnswerFailsTheReview()
    {
        FaultyMock mock(u"endless,count=forever"_s);
        QVERIFY(mock.port != 0);
        const QString out = m_dir.filePath(u"endless.docx"_s);
        const Run r = runCli({u"review"_s, sample(), u"-o"_s, out, u"--provider"_s, u"openai"_s, u"--no-cache"_s,
                              u"--batch-size"_s, u"100"_s}, environmentFor(mock.port));
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"answer larger than 8 MB"_s), qPrintable(r.describe()));
        QVERIFY(!QFile::exists(out));
    }

    void aDrippingServerIsCutByTheTimeout()
    {
        // A byte every 100 ms never looks idle; --timeout bounds the whole request.
        FaultyMock mock(u"framing,chunking=bytes,slice-delay=100,count=forever"_s);
        QVERIFY(mock.port != 0);
        const QString out = m_dir.filePath(u"drip.docx"_s);
        const Run r = runCli({u"review"_s, sample(), u"-o"_s, out, u"--provider"_s, u"openai"_s, u"--no-cache"_s,
                              u"--timeout"_s, u"1"_s, u"--batch-size"_s, u"100"_s}, environmentFor(mock.port));
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"timed out"_s), qPrintable(r.describe()));
        QVERIFY(!QFile::exists(out));
    }

    void aFolderIsReviewedSeveralDocumentsAtOnce()
    {
        // Every request holding the sample's party is answered 1.5 s late: reviewed one after
        // another, the folder would take that long per batch of the sample before the others start.
        FaultyMock mock(u"delay:1500,match=Northwind,count=forever"_s);
        QVERIFY(mock.port != 0);
        const QString folder = m_dir.filePath(u"queue"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(sample(), folder + u"/a-sample.docx"_s));
        for (quint32 seed : {2u, 3u}) {
            QString error;
            QVERIFY2(Redliner::TestSupport::writeDocx(folder + u"/b-generated-%1.docx"_s.arg(seed),
                                                      Redliner::TestSupport::generateNda(2, seed), &error),
                     qPrintable(error));
        }
        QFile broken(folder + u"/c-broken.docx"_s);
        QVERIFY(broken.open(QIODevice::WriteOnly) && broken.write("not a zip") > 0);
        broken.close();

        const QString out = m_dir.filePath(u"queue-out"_s);
        const Run r = runCli({u"review"_s, folder, u"--out-dir"_s, out, u"--provider"_s, u"openai"_s, u"--no-cache"_s},
                             environmentFor(mock.port));
        QCOMPARE(r.exitCode, 3); // the broken file; the others are reviewed all the same
        // The three NDAs under review at once (the broken file's turn comes when one ends).
        QVERIFY2(r.err.contains(u"Files: 0 of 4 done, 3 under review"_s), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QRegularExpression(
                     u"Files: \\d of 4 done, \\d under review; batches: \\d+ of \\d+ answered, \\d+ in flight"_s)),
                 qPrintable(r.describe()));

        // A row for every file, in the folder's order, whatever order they finished in.
        QFile summary(out + u"/summary.csv"_s);
        QVERIFY(summary.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(summary.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(1).contains(u"a-sample.docx"_s) && lines.at(1).contains(u",reviewed,"_s),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(u"b-generated-2.docx"_s) && lines.at(2).contains(u",reviewed,"_s),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(4).contains(u"c-broken.docx"_s) && lines.at(4).contains(u"failed: "_s),
                 qPrintable(lines.at(4)));
        for (const QString &name : {u"a-sample"_s, u"b-generated-2"_s, u"b-generated-3"_s}) {
            const auto doc = Redliner::Docx::DocumentReader::read(out + u'/' + name + u" (redline).docx"_s);
            QVERIFY2(doc, qPrintable(name));
            QVERIFY(QFile::exists(out + u'/' + name + u" (report).json"_s));
        }
    }

    void timeoutsOutOfRangeAreRefused()
    {
        // 2147484 s overflows an int of milliseconds into a negative number, 4294968 s into 0.67 s.
        for (const QString &value : {u"0"_s, u"-5"_s, u"86401"_s, u"2147484"_s, u"4294968"_s, u"99999999999999999999"_s}) {
            const QString out = m_dir.filePath(u"timeout.docx"_s);
            const Run r = runCli({u"review"_s, sample(), u"-o"_s, out, u"--provider"_s, u"openai"_s, u"--timeout"_s, value},
                                 environment());
            QVERIFY2(r.exitCode == 1, qPrintable(value + u": "_s + r.describe()));
            QVERIFY2(r.err.contains(u"--timeout"_s) && r.err.contains(u"86400"_s), qPrintable(r.describe()));
            QVERIFY(!QFile::exists(out));
        }
    }

    void offlineFlagsNeedAProvider()
    {
        const Run r = runCli({u"review"_s, sample(), u"-o"_s, m_dir.filePath(u"x.docx"_s), u"--model"_s, u"gpt-x"_s}, environment());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"--model needs --provider"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliLlm)
#include "tst_cli_llm.moc"
