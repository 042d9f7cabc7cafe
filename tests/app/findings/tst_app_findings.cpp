// SPDX-License-Identifier: GPL-3.0-or-later
// Deciding on findings in the window on the offscreen platform: accept, reject, edit and undo redraw
// the redline at once, whole severities at a time, and the decisions outlive the document's closing.
#include "appfixture.h"

#include "document/comparisonview.h"
#include "findings/decisionstore.h"
#include "reviewcontrol/documentsession.h"
#include "document/documentview.h"
#include "findings/findingsmodel.h"
#include "findings/findingspanel.h"
#include "mainwindow/messagebar.h"
#include "document/redlinerenderer.h"

#include "review/worddiff.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::App;
using AppFixture::action;
using AppFixture::fileText;
using AppFixture::onNextDialog;
using AppFixture::Piece;
using AppFixture::twoReplacements;

class TestFindings : public AppFixture::TestCase {
    Q_OBJECT

private slots:
    void decisionsRedrawTheRedlineAtOnce()
    {
        REQUIRE_SAMPLE();
        auto w = AppFixture::showWindow();
        OPEN(w, sample);
        QVERIFY(AppFixture::reviewAndWait(w.window.get()));
        DocumentSession *session = w->session();
        const auto [id, other] = twoReplacements(session);
        QVERIFY(!id.isEmpty() && !other.isEmpty());
        QTextDocument *redline = w->comparisonView()->redlineView()->textDocument();
        const int index = session->indexOf(id);
        const Review::Finding finding = session->findings().at(index);
        const QList<Piece> proposed = AppFixture::piecesOf(redline, id);
        const QString insertedText = AppFixture::joined(proposed, int(RedlineRenderer::ChangeKind::Inserted));
        QVERIFY(!insertedText.isEmpty());
        // Proposed insertions are dashed until accepted.
        for (const Piece &p : proposed) {
            if (p.kind == int(RedlineRenderer::ChangeKind::Inserted))
                QCOMPARE(p.underlineStyle, int(QTextCharFormat::DashUnderline));
        }

        // Accept: selecting the finding and pressing Accept draws it as accepted, at once.
        w->findingsPanel()->selectFinding(id);
        QAction *accept = action(w.window.get(), "actionAccept");
        QVERIFY(accept->isEnabled());
        accept->trigger();
        QCOMPARE(session->decision(id).status, DecisionStatus::Accepted);
        QList<Piece> now = AppFixture::piecesOf(redline, id);
        QVERIFY(AppFixture::joined(now, int(RedlineRenderer::ChangeKind::Marker)).startsWith(QChar(0x2713)));
        for (const Piece &p : now) {
            if (p.kind == int(RedlineRenderer::ChangeKind::Inserted))
                QCOMPARE(p.underlineStyle, int(QTextCharFormat::SingleUnderline));
        }
        // ... and moved on to the next undecided finding, as Word's Accept and Move to Next.
        QVERIFY(w->findingsPanel()->currentFinding() != id);

        // Reject: the original text is back in the redline, with only a marker left.
        w->findingsPanel()->selectFinding(id);
        action(w.window.get(), "actionReject")->trigger();
        now = AppFixture::piecesOf(redline, id);
        QCOMPARE(AppFixture::joined(now, int(RedlineRenderer::ChangeKind::Inserted)), QString());
        QCOMPARE(AppFixture::joined(now, int(RedlineRenderer::ChangeKind::Deleted)), QString());
        QVERIFY(AppFixture::joined(now, int(RedlineRenderer::ChangeKind::Marker)).startsWith(QChar(0x2717)));
        // The original words, read past the finding's marker (drawn where its change was).
        QString shown = redline->toPlainText();
        // Compared without blanks: the marker brings its own spacing.
        static const QRegularExpression markerOrBlank(u"[\\x{2713}\\x{2717}]F\\d+|[\\s\\p{Zs}]"_s);
        shown.remove(markerOrBlank);
        QVERIFY2(shown.contains(finding.originalText.left(60).remove(markerOrBlank)),
                 qPrintable(finding.originalText.left(60)));

        // Undo twice: proposed again, drawn as before.
        QAction *undo = action(w.window.get(), "actionUndo");
        QAction *redo = action(w.window.get(), "actionRedo");
        undo->trigger();
        QCOMPARE(session->decision(id).status, DecisionStatus::Accepted);
        undo->trigger();
        QCOMPARE(session->decision(id).status, DecisionStatus::Pending);
        QCOMPARE(AppFixture::joined(AppFixture::piecesOf(redline, id), int(RedlineRenderer::ChangeKind::Inserted)),
                 insertedText);
        redo->trigger();
        QCOMPARE(session->decision(id).status, DecisionStatus::Accepted);

        // Edit: the dialog's text becomes the proposal; the edits are the word diff of it.
        const QString clause = session->clauseText(session->indexOf(other));
        QString edited = session->effectiveProposedText(session->indexOf(other));
        edited.replace(edited.lastIndexOf(u' '), 1, u" (as edited by counsel) "_s);
        w->findingsPanel()->selectFinding(other);
        onNextDialog([edited](QWidget *dialog) {
            auto *text = dialog->findChild<QPlainTextEdit *>(u"proposedEdit"_s);
            text->setPlainText(edited);
            dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        });
        action(w.window.get(), "actionEdit")->trigger();
        QVERIFY(session->decision(other).edited);
        QCOMPARE(session->decision(other).status, DecisionStatus::Accepted);
        const QString redlined =
            AppFixture::joined(AppFixture::piecesOf(redline, other), int(RedlineRenderer::ChangeKind::Inserted));
        QVERIFY2(redlined.contains(u"as edited by counsel"_s), qPrintable(redlined));
        // The edits turn the clause into exactly the edited text.
        const qint32 offset = session->clauseOffset(session->indexOf(other));
        QCOMPARE(Review::applyEdits(clause, session->effectiveEdits(session->indexOf(other)), offset), edited);
        undo->trigger();
        QVERIFY(!session->decision(other).edited);
        QVERIFY(!AppFixture::joined(AppFixture::piecesOf(redline, other), int(RedlineRenderer::ChangeKind::Inserted))
                     .contains(u"as edited by counsel"_s));
    }

    void acceptAndRejectAllOfOneSeverity()
    {
        REQUIRE_SAMPLE();
        auto w = AppFixture::showWindow();
        OPEN(w, sample);
        QVERIFY(AppFixture::reviewAndWait(w.window.get()));
        DocumentSession *session = w->session();
        const auto ofSeverity = [session](Review::Severity s, DecisionStatus status) {
            int n = 0;
            for (const Review::Finding &f : session->findings())
                n += f.severity == s && session->decision(f.id).status == status;
            return n;
        };
        const int high = ofSeverity(Review::Severity::High, DecisionStatus::Pending);
        QVERIFY(high > 0);
        action(w.window.get(), "actionAcceptHigh")->trigger();
        QCOMPARE(ofSeverity(Review::Severity::High, DecisionStatus::Accepted), high);
        QVERIFY(ofSeverity(Review::Severity::Medium, DecisionStatus::Pending) > 0);
        action(w.window.get(), "actionRejectMedium")->trigger();
        QCOMPARE(ofSeverity(Review::Severity::Medium, DecisionStatus::Pending), 0);
        // One undo step per bulk decision.
        action(w.window.get(), "actionUndo")->trigger();
        QVERIFY(ofSeverity(Review::Severity::Medium, DecisionStatus::Pending) > 0);
        QCOMPARE(ofSeverity(Review::Severity::High, DecisionStatus::Accepted), high);
    }

    void decisionsSurviveClosingAndReopening()
    {
        REQUIRE_SAMPLE();
        QString storePath;
        QHash<QString, Decision> before;
        QString edited;
        {
            auto w = AppFixture::showWindow();
            OPEN(w, sample);
            QVERIFY(AppFixture::reviewAndWait(w.window.get()));
            DocumentSession *session = w->session();
            const auto [a, b] = twoReplacements(session);
            session->decide({a}, DecisionStatus::Accepted, u"accept"_s);
            QString rejected;
            for (const Review::Finding &f : session->findings()) {
                if (f.id != a && f.id != b)
                    rejected = f.id; // the last other finding
            }
            session->decide({rejected}, DecisionStatus::Rejected, u"reject"_s);
            edited = session->effectiveProposedText(session->indexOf(b)) + u" Counsel's addition."_s;
            session->editProposal(b, edited);
            storePath = DecisionStore().pathFor(session->document()->sha256);
            // Written to the sidecar store a moment later, without closing: a crash loses nothing.
            QTRY_VERIFY(QFile::exists(storePath));
            QTRY_VERIFY(fileText(storePath).contains(u"Counsel's addition."_s));
            for (const Review::Finding &f : session->findings())
                before.insert(f.id, session->decision(f.id));
            QVERIFY(!storePath.startsWith(QFileInfo(sample).absolutePath())); // never next to the client's file
        }
        auto w = AppFixture::showWindow();
        OPEN(w, sample);
        QTRY_VERIFY(w->session()->hasReview());
        QVERIFY(w->messageBar()->text().contains(u"earlier review"_s));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(w->session()->decision(it.key()), *it);
        QTRY_COMPARE(w->findingsPanel()->model()->rowCount(), int(before.size()));
        // The edited proposal is drawn in the redline straight away.
        const auto drawn = [&w]() {
            QString text = w->comparisonView()->redlineView()->toPlainText();
            // Compared without blanks: the marker brings its own spacing.
            return text.remove(QRegularExpression(u"[\\x{2713}\\x{2717}]F\\d+|[\\s\\p{Zs}]"_s));
        };
        QTRY_VERIFY2(drawn().contains(u"Counsel'saddition."_s), qPrintable(edited.right(80)));
    }
};

QTEST_MAIN(TestFindings)
#include "tst_app_findings.moc"
