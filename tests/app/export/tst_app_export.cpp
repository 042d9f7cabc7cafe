// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting from the window on the offscreen platform: the redline with the decisions as tracked
// changes (checked with the engine and pandoc), never over the original, and the HTML/PDF report.
#include "appfixture.h"

#include "findings/decisionstore.h"
#include "reviewcontrol/documentsession.h"
#include "mainwindow/messagebar.h"
#include "export/reportwriter.h"
#include "wordlist.h"

#include "docx/documentreader.h"
#include "review/worddiff.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::App;
using AppFixture::action;
using AppFixture::fileText;
using AppFixture::sha256;
using AppFixture::twoReplacements;

class TestExport : public AppFixture::TestCase {
    Q_OBJECT

private slots:
    void exportWritesTheDecisionsAsTrackedChanges()
    {
        REQUIRE_SAMPLE();
        auto w = AppFixture::showWindow();
        w.settings->setAuthor(u"Ada Lovelace"_s);
        OPEN(w, sample);
        QVERIFY(AppFixture::reviewAndWait(w.window.get()));
        DocumentSession *session = w->session();
        const auto [a, b] = twoReplacements(session);
        QStringList rejected;
        for (const Review::Finding &f : session->findings()) {
            if (f.id != a && f.id != b && !f.edits.isEmpty() && rejected.isEmpty())
                rejected.append(f.id);
        }
        session->decide({a}, DecisionStatus::Accepted, u"accept"_s);
        session->decide(rejected, DecisionStatus::Rejected, u"reject"_s);
        QString edited = session->effectiveProposedText(session->indexOf(b));
        edited.insert(edited.size() - 1, u" (as edited by counsel)"_s);
        session->editProposal(b, edited);

        const QByteArray originalHash = sha256(sample);
        const QString out = m_dir.filePath(u"sample-nda (redline).docx"_s);
        QFile::remove(out);
        QCOMPARE(ExportController::defaultPath(u"/x/Client NDA.docx"_s), u"/x/Client NDA (redline).docx"_s);
        QSignalSpy exported(w.window.get(), &MainWindow::exportFinished);
        QVERIFY(w->exportRedline(out));
        QVERIFY(exported.wait(60000));
        const ExportOutcome outcome = exported.first().at(0).value<ExportOutcome>();
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY2(outcome.refused.isEmpty(), qPrintable(outcome.refused.value(0).second));
        QCOMPARE(outcome.written, 2);
        QCOMPARE(sha256(sample), originalHash); // the original is never touched
        QVERIFY(w->messageBar()->text().contains(u"undecided"_s));

        // The engine reads back the original with exactly the accepted edits applied.
        QList<Docx::Edit> accepted =
            session->effectiveEdits(session->indexOf(a)) + session->effectiveEdits(session->indexOf(b));
        std::sort(accepted.begin(), accepted.end(),
                  [](const Docx::Edit &x, const Docx::Edit &y) { return x.start < y.start; });
        const QString originalText = session->document()->text.text;
        const QString expected = Review::applyEdits(originalText, accepted);
        auto reread = Docx::DocumentReader::read(out);
        QVERIFY2(reread, qPrintable(reread.error().toString()));
        QCOMPARE(reread.value().body.text, expected);
        QVERIFY(expected.contains(u" (as edited by counsel)"_s));
        // Tracked changes by the configured author, with one rationale comment per finding.
        const QString xml = reread.value().body.xml;
        QVERIFY(xml.contains(u"w:author=\"Ada Lovelace\""_s));
        QVERIFY(!xml.contains(u"w:author=\"Redliner\""_s));
        QCOMPARE(reread.value().comments.value(0).paragraphs.isEmpty(), false);

        // pandoc agrees: rejecting every change gives back the original's words, accepting
        // them gives the decisions'.
        if (!WordList::havePandoc() || !QFile::exists(QStringLiteral(REDLINER_SHARED_DIR "/tools/pandoc-words")))
            QSKIP("pandoc or ../shared/tools/pandoc-words is missing: the pandoc check is skipped");
        const QString tool = QStringLiteral(REDLINER_SHARED_DIR "/tools/pandoc-words");
        bool ok1 = false, ok2 = false;
        QCOMPARE(WordList::pandocWords(tool, out, u"reject"_s, &ok1),
                 WordList::pandocWords(tool, sample, u"reject"_s, &ok2));
        QVERIFY(ok1 && ok2);
        const QStringList acceptedWords = WordList::pandocWords(tool, out, u"accept"_s, &ok1);
        QVERIFY(ok1);
        // pandoc takes the sample's title paragraph for metadata: compare what follows it.
        const QStringList originalWords = WordList::pandocWords(tool, sample, u"accept"_s, &ok2);
        const QStringList ours = WordList::split(originalText);
        const qsizetype title = ours.size() - originalWords.size();
        QVERIFY(title >= 0 && ours.mid(title) == originalWords);
        QCOMPARE(acceptedWords, WordList::split(expected).mid(title));
    }

    void exportNeverWritesOverTheOriginal()
    {
        REQUIRE_SAMPLE();
        const QString copy = m_dir.filePath(u"client.docx"_s);
        QFile::remove(copy);
        QVERIFY(QFile::copy(sample, copy));
        auto w = AppFixture::showWindow();
        OPEN(w, copy);
        QVERIFY(AppFixture::reviewAndWait(w.window.get()));
        action(w.window.get(), "actionAcceptHigh")->trigger();
        const QByteArray hash = sha256(copy);
        QVERIFY(!w->exportRedline(copy));
        QCOMPARE(w->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(w->messageBar()->text().contains(u"client.docx"_s));
        // Even when asked by another name for the same file.
        const ExportOutcome outcome =
            ExportController::write(w->session()->document(), w->session()->acceptedFindings(),
                                    ExportRequest{m_dir.path() + u"/./client.docx"_s, u"X"_s, true, {}, {}});
        QVERIFY(!outcome.error.isEmpty());
        QCOMPARE(sha256(copy), hash);
    }

    void reportsAsHtmlAndPdf()
    {
        REQUIRE_SAMPLE();
        auto w = AppFixture::showWindow();
        OPEN(w, sample);
        QVERIFY(AppFixture::reviewAndWait(w.window.get()));
        DocumentSession *session = w->session();
        const QString first = session->findings().first().id;
        session->decide({first}, DecisionStatus::Rejected, u"reject"_s);
        QString error;
        const QString html = m_dir.filePath(u"report.html"_s);
        QVERIFY2(ReportWriter::writeHtml(*session, html, &error), qPrintable(error));
        const QString text = fileText(html);
        for (const Review::Finding &f : session->findings())
            QVERIFY2(text.contains(f.title.toHtmlEscaped()), qPrintable(f.title));
        QVERIFY(text.contains(u"Rejected"_s));
        QVERIFY(text.contains(session->document()->sha256));
        QVERIFY(text.contains(u"line-through"_s));
        const QString pdf = m_dir.filePath(u"report.pdf"_s);
        QVERIFY2(ReportWriter::writePdf(*session, pdf, &error), qPrintable(error));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 2000);
    }
};

QTEST_MAIN(TestExport)
#include "tst_app_export.moc"
