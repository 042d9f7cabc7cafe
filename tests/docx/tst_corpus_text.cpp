// SPDX-License-Identifier: GPL-3.0-or-later
// Every real .docx in the shared corpus opens, and the words of `redliner-cli text` equal the words
// pandoc reads from the same file (../shared/tools/pandoc-words), except the files listed with a
// reason in corpus-expectations.tsv.
#include "corpuspaths.h"
#include "wordlist.h"

#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCorpusText final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!CorpusPaths::available())
            QSKIP("../shared/corpus is not beside this checkout (a newcomer's clone): corpus tests skipped");
        if (!WordList::havePandoc())
            QSKIP("pandoc is not installed (apt-get install pandoc): corpus comparison skipped");
        m_expect = CorpusPaths::expectations();
    }

    void wordsMatchPandoc_data()
    {
        QTest::addColumn<QString>("file");
        if (!CorpusPaths::available())
            return;
        for (const QString &f : CorpusPaths::docxFiles())
            QTest::newRow(f.toUtf8().constData()) << f;
    }

    void wordsMatchPandoc()
    {
        QFETCH(QString, file);
        const QString path = CorpusPaths::absolute(file);
        const auto expected = m_expect.value(file);

        QProcess cli;
        cli.start(QStringLiteral(REDLINER_CLI), {u"text"_s, path});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);  // never a crash
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        if (expected.first == u"open-error") {
            QCOMPARE(cli.exitCode(), 3);
            QVERIFY2(err.contains(path), qPrintable(u"the error names the file: "_s + err));
            return;
        }
        QVERIFY2(cli.exitCode() == 0, qPrintable(err));
        const QStringList ours = WordList::split(QString::fromUtf8(cli.readAllStandardOutput()));

        bool pandocOk = false;
        const QStringList theirs = WordList::pandocWords(CorpusPaths::sharedDir() + u"/tools/pandoc-words"_s, path,
                                                         u"accept"_s, &pandocOk);
        if (!pandocOk) {
            QVERIFY2(expected.first == u"pandoc-fails",
                     "pandoc cannot read this file: list it as pandoc-fails in corpus-expectations.tsv");
            return;
        }
        if (expected.first == u"words-differ") {
            QVERIFY2(ours != theirs, "listed as differing from pandoc but now matches: remove it from the expectations");
            return;
        }
        QVERIFY2(expected.first.isEmpty() || expected.first == u"pandoc-fails" || expected.first == u"pandoc-misreads-revisions",
                 qPrintable(u"unknown expectation kind "_s + expected.first));
        QVERIFY2(ours == theirs, qPrintable(WordList::firstDifference(theirs, ours)));
    }

private:
    QHash<QString, QPair<QString, QString>> m_expect;
};

QTEST_GUILESS_MAIN(TestCorpusText)
#include "tst_corpus_text.moc"
