// SPDX-License-Identifier: GPL-3.0-or-later
// Running the reviewers from the window on the offscreen platform: the offline review, the network
// reviewers against the mock LLM server (streaming, cancelling, failed clauses and their retry,
// the cloud consent) and the UI thread while two hundred answers arrive.
#include "appfixture.h"

#include "document/comparisonview.h"
#include "findings/decisionstore.h"
#include "reviewcontrol/documentsession.h"
#include "document/documentview.h"
#include "findings/findingsfilterproxy.h"
#include "findings/findingsmodel.h"
#include "findings/findingspanel.h"
#include "settings/keystore.h"
#include "mainwindow/messagebar.h"
#include "document/redlinerenderer.h"
#include "reviewcontrol/reviewtoolbar.h"
#include "mainwindow/stallprobe.h"

#include "mockllmserver.h"
#include "mockllmserverthread.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::App;
using AppFixture::action;
using AppFixture::onNextDialog;
using AppFixture::Piece;
using AppFixture::useMock;

class TestReviewControl : public AppFixture::TestCase {
    Q_OBJECT

private slots:
    void offlineReviewFillsFindingsAndRedline()
    {
        REQUIRE_SAMPLE();
        auto w = AppFixture::showWindow();
        OPEN(w, sample);
        FindingsModel *model = w->findingsPanel()->model();
        QAbstractItemModelTester modelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(w->findingsPanel()->proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *reviewer = w->reviewToolBar()->reviewerCombo();
        // The offline playbook is the default reviewer.
        QStringList offered;
        for (int i = 0; i < reviewer->count(); ++i)
            offered.append(reviewer->itemText(i));
        QCOMPARE(offered, (QStringList{u"Offline playbook"_s, u"OpenAI"_s, u"Anthropic"_s, u"OpenAI and Anthropic"_s,
                                       u"Local server"_s}));
        QCOMPARE(reviewer->currentText(), u"Offline playbook"_s);
        QVERIFY(AppFixture::reviewAndWait(w.window.get()));
        QVERIFY2(model->rowCount() >= 10, qPrintable(QString::number(model->rowCount())));
        QCOMPARE(model->rowCount(), int(w->session()->findings().size()));
        // The redline shows deletions struck through and insertions underlined, each with a marker.
        int deleted = 0, inserted = 0, markers = 0;
        for (const Review::Finding &f : w->session()->findings()) {
            for (const Piece &p : AppFixture::piecesOf(w->comparisonView()->redlineView()->textDocument(), f.id)) {
                deleted += p.kind == int(RedlineRenderer::ChangeKind::Deleted);
                inserted += p.kind == int(RedlineRenderer::ChangeKind::Inserted);
                markers += p.kind == int(RedlineRenderer::ChangeKind::Marker);
            }
        }
        QVERIFY(deleted > 0 && inserted > 0);
        QVERIFY(markers >= model->rowCount() - 3); // points to raise without a redline have none
        // The original pane is untouched.
        QCOMPARE(w->comparisonView()->originalView()->toPlainText().count(QChar(0x2713)), 0);
        QVERIFY(w->findChild<QLabel *>(u"countsLabel"_s)->text().contains(u"undecided"_s));

        // Filter and sort: high only, then everything.
        FindingsFilterProxy *proxy = w->findingsPanel()->proxy();
        proxy->setSeverity(int(Review::Severity::High));
        QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() < model->rowCount());
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(proxy->index(r, 0).data(FindingsModel::SeverityRole).toInt(), int(Review::Severity::High));
        proxy->setSeverity(-1);
        proxy->setText(u"term"_s);
        QVERIFY(proxy->rowCount() >= 1);
        proxy->setText({});
        QCOMPARE(proxy->rowCount(), model->rowCount());
    }

    void networkReviewStreamsInAndCanBeCancelled()
    {
        REQUIRE_SAMPLE();
        MockLlm::MockLlmServerThread mock;
        QVERIFY2(mock.start(0, [](MockLlm::MockLlmServer &server) { server.setLatency(MockLlm::Dialect::OpenAI, 120); })
                     != 0,
                 qPrintable(mock.errorString()));
        auto w = AppFixture::showWindow();
        w.settings->setLlmBatchSize(1);
        useMock(w, Llm::ProviderKind::OpenAI, mock.baseUrl(), 2);
        OPEN(w, sample);
        w->reviewToolBar()->setReviewer(ReviewerKind::OpenAI);
        QCOMPARE(w->reviewToolBar()->reviewerCombo()->currentText(), u"OpenAI"_s);
        QSignalSpy finished(w.window.get(), &MainWindow::reviewFinished);
        QSignalSpy batches(w->session(), &DocumentSession::findingsReset);
        QVERIFY(w->startReview());
        // Loopback: nothing leaves the machine, so nothing is asked.
        QTRY_VERIFY(w->reviewController()->isRunning());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        // Findings arrive while the review still runs, batch after batch, with a progress count.
        QTRY_VERIFY_WITH_TIMEOUT(!w->session()->findings().isEmpty(), 30000);
        QVERIFY(w->reviewController()->isRunning());
        QVERIFY(w->reviewToolBar()->progressBar()->isVisible());
        QVERIFY(w->reviewToolBar()->progressBar()->maximum() > 1);
        QVERIFY(w->reviewToolBar()->progressBar()->text().contains(u" of "_s));
        QVERIFY(!AppFixture::piecesOf(w->comparisonView()->redlineView()->textDocument(),
                                      w->session()->findings().first().id)
                     .isEmpty());
        // Cancel: the review stops at once and what arrived stays.
        QAction *cancel = action(w.window.get(), "actionCancelReview");
        QVERIFY(cancel->isEnabled());
        cancel->trigger();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!w->reviewController()->isRunning());
        const int kept = int(w->session()->findings().size());
        QVERIFY(kept > 0);
        QVERIFY(batches.size() >= 2);
        QCOMPARE(w->findingsPanel()->model()->rowCount(), kept);
        QCOMPARE(w->session()->reviewInfo().reviewer, u"openai"_s);

        // Run it to the end: every clause answered, more findings, and the reviewer is shown.
        QVERIFY(AppFixture::reviewAndWait(w.window.get()));
        QVERIFY(w->session()->findings().size() >= kept);
        QCOMPARE(w->reviewController()->failedClauses(), 0);
        const QModelIndex reviewer = w->findingsPanel()->model()->index(0, FindingsModel::ReviewerColumn);
        QCOMPARE(reviewer.data().toString(), u"OpenAI"_s);
    }

    void failedClausesAreShownAndCanBeRetried()
    {
        REQUIRE_SAMPLE();
        MockLlm::MockLlmServerThread mock;
        QVERIFY(mock.start() != 0);
        auto w = AppFixture::showWindow();
        w.settings->setLlmBatchSize(1);
        useMock(w, Llm::ProviderKind::OpenAI, mock.baseUrl(), 4);
        OPEN(w, sample);
        // The clause about the standard of care always fails, whatever the retries.
        const QString clause = u"highest degree of care"_s;
        MockLlm::Fault fault;
        fault.kind = MockLlm::Fault::Kind::Status;
        fault.status = 500;
        fault.count = 0;
        fault.bodyContains = clause.toUtf8();
        mock.server()->script(fault);
        w->reviewToolBar()->setReviewer(ReviewerKind::OpenAI);
        AppFixture::reviewAndWait(w.window.get());
        QVERIFY(w->reviewController()->failedClauses() >= 1);
        // In the window, with a way to retry; no dialog.
        QVERIFY(w->messageBar()->isVisible());
        QVERIFY2(w->messageBar()->text().contains(u"could not be reviewed"_s), qPrintable(w->messageBar()->text()));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QAction *retry = action(w.window.get(), "actionRetryFailed");
        QVERIFY(retry->isEnabled());
        const bool before = std::any_of(w->session()->findings().cbegin(), w->session()->findings().cend(),
                                        [&](const Review::Finding &f) { return f.originalText.contains(clause); });
        QVERIFY(!before);
        // The provider recovers; Retry sends the failed clauses again.
        mock.server()->clearFaults();
        const int requests = mock.server()->requestCount();
        QSignalSpy finished(w.window.get(), &MainWindow::reviewFinished);
        retry->trigger();
        QVERIFY(finished.wait(60000));
        QCOMPARE(w->reviewController()->failedClauses(), 0);
        QVERIFY(mock.server()->requestCount() > requests);
        QTRY_VERIFY(std::any_of(w->session()->findings().cbegin(), w->session()->findings().cend(),
                                [&](const Review::Finding &f) { return f.originalText.contains(clause); }));
        QVERIFY(!retry->isEnabled());
    }

    void cloudReviewAsksOncePerDocument()
    {
        REQUIRE_SAMPLE();
        auto w = AppFixture::showWindow();
        w.settings->setPseudonymise(true);
        Llm::ProviderConfig c = w.settings->provider(Llm::ProviderKind::Anthropic);
        c.baseUrl = QUrl(u"https://api.anthropic.invalid"_s); // a remote host: text would leave the machine
        w.settings->setProvider(c);
        w.settings->setAllowKeyFile(true);
        bool done = false;
        w->keyStore()->write(Llm::ProviderKind::Anthropic, u"sk-ant-test"_s, [&done](const QString &) { done = true; });
        QTRY_VERIFY(done);
        OPEN(w, sample);
        w->reviewToolBar()->setReviewer(ReviewerKind::Anthropic);

        QString asked;
        onNextDialog([&asked](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            asked = box->text() + u"\n"_s + box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        w->startReview();
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY2(asked.contains(u"Anthropic"_s) && asked.contains(u"sample-nda.docx"_s), qPrintable(asked));
        QVERIFY2(asked.contains(u"replaced by placeholders"_s), qPrintable(asked));
        QVERIFY(!w->reviewController()->isRunning()); // declined: nothing sent

        // Agreeing starts the review (stopped at once here: the host does not exist) ...
        asked.clear();
        onNextDialog([&asked](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            asked = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
            }
        });
        w->startReview();
        QTRY_VERIFY(w->reviewController()->isRunning());
        QVERIFY(!asked.isEmpty());
        w->reviewController()->cancel();
        // ... and is not asked again for this document, even after reopening it.
        QTRY_VERIFY(QFile::exists(DecisionStore().pathFor(w->session()->document()->sha256)));
        QVERIFY(w->session()->hasCloudConsent(u"anthropic"_s));
        w->closeDocument();
        OPEN(w, sample);
        QVERIFY(w->session()->hasCloudConsent(u"anthropic"_s));
        w->startReview();
        QTRY_VERIFY(w->reviewController()->isRunning());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        w->reviewController()->cancel();
    }

    void twoHundredMockAnswersDoNotStall()
    {
        MockLlm::MockLlmServerThread mock;
        QVERIFY(mock.start() != 0);
        const QString big = AppFixture::writeGeneratedNda(m_dir.path(), 100, 5);
        auto w = AppFixture::showWindow();
        w.settings->setLlmBatchSize(1);
        useMock(w, Llm::ProviderKind::OpenAI, mock.baseUrl(), 8);
        OPEN(w, big);
        w->reviewToolBar()->setReviewer(ReviewerKind::OpenAI);
        StallProbe probe;
        probe.start();
        QVERIFY(AppFixture::reviewAndWait(w.window.get()));
        probe.stop();
        const int answers = mock.server()->requestCount();
        qInfo("longest UI stall while %d mock LLM answers arrive: %.1f ms", answers, probe.longestStallMs());
        QVERIFY2(answers >= 200, qPrintable(QString::number(answers)));
        QVERIFY(!w->session()->findings().isEmpty());
        QVERIFY2(probe.longestStallMs() < 250.0, qPrintable(u"%1 ms"_s.arg(probe.longestStallMs())));
    }
};

QTEST_MAIN(TestReviewControl)
#include "tst_app_reviewcontrol.moc"
