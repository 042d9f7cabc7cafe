// SPDX-License-Identifier: GPL-3.0-or-later
// `redliner-cli review --provider ...` as a user runs it: keys and base URLs from the
// environment, against the mock server as a separate process (redliner-mockllm), over real
// sockets.

#include "docx/documentreader.h"

#include "mockprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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
        const QString keyFile = m_dir.filePath(u"key.txt"_s);
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("sk-wrong-0123456789abcdefghijklmnop\n");
        key.close();
        const Run r = runCli({u"review"_s, sample(), u"-o"_s, out, u"--provider"_s, u"openai"_s, u"--api-key-file"_s, keyFile,
                              u"--no-cache"_s}, environment());
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(u"(401)"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"0123456789abcdef"_s));
        QVERIFY(!QFile::exists(out));
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
