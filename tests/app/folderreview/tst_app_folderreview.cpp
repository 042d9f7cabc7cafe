// SPDX-License-Identifier: GPL-3.0-or-later
// File › Review Folder… on the offscreen platform: the triage model and its runner on a folder of
// generated NDAs with a broken file and a document that is not an NDA (statuses, counts, sorting,
// retry of the failed files only, cancel), the triage window opening a document with its
// findings, writing every redline at once, and a network reviewer reviewing several documents
// together on the application's one network manager (the mock LLM server).
#include "appfixture.h"

#include "folderreview/folderreviewmodel.h"
#include "folderreview/folderreviewrunner.h"
#include "folderreview/folderreviewwindow.h"
#include "mainwindow/messagebar.h"
#include "reviewcontrol/documentsession.h"
#include "reviewcontrol/reviewtoolbar.h"

#include "docx/documentreader.h"
#include "llm/folderfiles.h"

#include "docxbuilder.h"
#include "mockllmserver.h"
#include "mockllmserverthread.h"
#include "ndagenerator.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::App;
namespace TS = Redliner::TestSupport;

namespace {

bool put(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool writeNda(const QString &path, int pages, quint32 seed)
{
    QString error;
    const bool ok = TS::writeDocx(path, TS::generateNda(pages, seed), &error);
    if (!ok)
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    return ok;
}

// A folder as a lawyer's downloads hold it: three NDAs (two of one name, one in a subfolder), a
// file that is not a Word document, a recipe, Word's lock file and an earlier run's output.
struct Folder {
    QString root;
    QString ndaA, ndaB, ndaSub, broken, recipe;
};

Folder makeFolder(const QString &root)
{
    Folder f;
    f.root = root;
    QDir().mkpath(root + u"/from-client"_s);
    f.ndaA = root + u"/acme.docx"_s;
    f.ndaB = root + u"/beta.docx"_s;
    f.ndaSub = root + u"/from-client/acme.docx"_s;
    f.broken = root + u"/broken.docx"_s;
    f.recipe = root + u"/recipe.docx"_s;
    writeNda(f.ndaA, 2, 1);
    writeNda(f.ndaB, 4, 2);
    writeNda(f.ndaSub, 3, 3);
    put(f.broken, "These are notes, not a Word document.");
    TS::DocxSpec recipe;
    recipe.documentXml = TS::wordDocument(TS::paragraph(u"Whisk two eggs with the sugar until pale."_s));
    TS::writeDocx(f.recipe, recipe);
    put(root + u"/~$acme.docx"_s, "lock");
    put(root + u"/old (redline).docx"_s, "an earlier run's output");
    return f;
}

int rowOf(const FolderReviewModel *model, const QString &path)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->file(row).path == QFileInfo(path).absoluteFilePath())
            return row;
    }
    return -1;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFolderReview : public AppFixture::TestCase {
    Q_OBJECT

private slots:
    void triageTableListsEveryFile()
    {
        const Folder folder = makeFolder(m_dir.filePath(u"triage"_s));
        FolderReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(FolderReviewModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FolderReviewRunner runner(&model, nullptr);
        model.setFiles(folder.root, {folder.ndaA, folder.ndaB, folder.ndaSub, folder.broken, folder.recipe});
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, FolderReviewModel::StatusColumn).data().toString(), u"Queued"_s);

        QSignalSpy finished(&runner, &FolderReviewRunner::finished);
        QSignalSpy progress(&runner, &FolderReviewRunner::progress);
        QSet<int> reading, reviewing;
        connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from) {
            const auto status = FileStatus(model.file(from.row()).status);
            if (status == FileStatus::Reading)
                reading.insert(from.row());
            if (status == FileStatus::Reviewing)
                reviewing.insert(from.row());
        });
        QString error;
        QVERIFY2(runner.start(ReviewRequest{}, &error), qPrintable(error));
        QVERIFY(runner.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!runner.isRunning());
        // Every file went through reading; those that read as NDAs through reviewing.
        QCOMPARE(reading.size(), 5);
        QVERIFY(reviewing.contains(rowOf(&model, folder.ndaA)));
        QVERIFY(!reviewing.contains(rowOf(&model, folder.broken)));
        QVERIFY(!reviewing.contains(rowOf(&model, folder.recipe)));

        // The progress ends at all files done, with nothing left.
        QVERIFY(progress.size() >= 5);
        QCOMPARE(progress.last().at(0).toInt(), 5);
        QCOMPARE(progress.last().at(1).toInt(), 5);
        QCOMPARE(progress.last().at(2).toLongLong(), 0);

        QCOMPARE(model.countOf(FileStatus::Reviewed), 3);
        for (const QString &nda : {folder.ndaA, folder.ndaB, folder.ndaSub}) {
            const ReviewedFile &f = model.file(rowOf(&model, nda));
            QCOMPARE(f.status, FileStatus::Reviewed);
            QVERIFY2(!f.findings.isEmpty(), qPrintable(nda));
            QCOMPARE(f.triage.high + f.triage.medium + f.triage.low, int(f.findings.size()));
            QCOMPARE(f.sha256.size(), 64);
            QCOMPARE(f.info.reviewer, u"offline"_s);
            QVERIFY(f.info.reviewedAt.isValid());
            const int row = rowOf(&model, nda);
            QCOMPARE(model.index(row, FolderReviewModel::StatusColumn).data().toString(), u"Reviewed"_s);
            QCOMPARE(model.index(row, FolderReviewModel::HighColumn).data().toInt(), f.triage.high);
            QCOMPARE(model.index(row, FolderReviewModel::TopIssuesColumn).data().toString().count(u"; "_s),
                     std::min(qsizetype(3), f.findings.size()) - 1);
            QVERIFY(!model.index(row, FolderReviewModel::KindColumn).data().toString().isEmpty());
        }
        QCOMPARE(model.index(rowOf(&model, folder.ndaSub), FolderReviewModel::FileColumn).data().toString(),
                 QDir::toNativeSeparators(u"from-client/acme.docx"_s));

        const ReviewedFile &broken = model.file(rowOf(&model, folder.broken));
        QCOMPARE(broken.status, FileStatus::Failed);
        QVERIFY2(broken.reason.contains(u"ZIP"_s), qPrintable(broken.reason));
        const QString brokenText =
            model.index(rowOf(&model, folder.broken), FolderReviewModel::StatusColumn).data().toString();
        QVERIFY2(brokenText.startsWith(u"Failed: "_s), qPrintable(brokenText));
        QVERIFY(model.index(rowOf(&model, folder.broken), FolderReviewModel::HighColumn).data().isNull());

        const ReviewedFile &recipe = model.file(rowOf(&model, folder.recipe));
        QCOMPARE(recipe.status, FileStatus::NotAnNda);
        QVERIFY(recipe.findings.isEmpty());
        QVERIFY2(model.index(rowOf(&model, folder.recipe), FolderReviewModel::StatusColumn)
                     .data()
                     .toString()
                     .contains(u"does not look like a confidentiality agreement"_s),
                 qPrintable(recipe.reason));
    }

    void countsSortAsNumbers()
    {
        const Folder folder = makeFolder(m_dir.filePath(u"sorting"_s));
        // One NDA with a single finding beside the generated ones with many: "1" and "12" must
        // not sort as text.
        const QString small = folder.root + u"/small.docx"_s;
        TS::DocxSpec nda;
        nda.documentXml = TS::wordDocument(
            TS::paragraph(u"Mutual Non-Disclosure Agreement"_s)
            + TS::paragraph(u"This Agreement is made between Acme Corporation (\u201CAcme\u201D) and Beta Holdings LLC "
                            "(\u201CBeta\u201D). Each party may disclose Confidential Information to the other."_s)
            + TS::paragraph(u"This Agreement is governed by the laws of the State of New York."_s));
        QVERIFY(TS::writeDocx(small, nda));
        FolderReviewModel model;
        FolderReviewRunner runner(&model, nullptr);
        model.setFiles(folder.root, Llm::collectDocxFiles({folder.root}));
        QCOMPARE(model.rowCount(), 6);
        QSignalSpy finished(&runner, &FolderReviewRunner::finished);
        QString error;
        QVERIFY2(runner.start(ReviewRequest{}, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(FolderReviewModel::SortRole);
        for (int column : {int(FolderReviewModel::HighColumn), int(FolderReviewModel::MediumColumn),
                           int(FolderReviewModel::LowColumn)}) {
            proxy.sort(column, Qt::AscendingOrder);
            int previous = -2;
            for (int row = 0; row < proxy.rowCount(); ++row) {
                const QVariant value = proxy.index(row, column).data(FolderReviewModel::SortRole);
                QCOMPARE(value.typeId(), int(QMetaType::Int));
                QVERIFY2(value.toInt() >= previous, qPrintable(u"column %1 row %2"_s.arg(column).arg(row)));
                previous = value.toInt();
            }
            // Files not reviewed have no counts and come first.
            QVERIFY(proxy.index(0, column).data().isNull());
            QVERIFY(!proxy.index(proxy.rowCount() - 1, column).data().isNull());
        }
        QCOMPARE(model.countOf(FileStatus::Reviewed), 4);
        // 2, 10 and 9 high findings: as text "10" would come before "2" and "9".
        const QList<int> highs{2, 10, 9};
        int next = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            ReviewedFile f = model.file(row);
            if (f.status != FileStatus::Reviewed || next == highs.size())
                continue;
            f.triage.high = highs.at(next++);
            model.setFile(row, f);
        }
        proxy.sort(FolderReviewModel::HighColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, FolderReviewModel::HighColumn).data().toInt(), 10);
        QCOMPARE(proxy.index(1, FolderReviewModel::HighColumn).data().toInt(), 9);
        proxy.sort(FolderReviewModel::HighColumn, Qt::AscendingOrder);
        QList<int> ascending;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QVariant v = proxy.index(row, FolderReviewModel::HighColumn).data();
            if (!v.isNull() && highs.contains(v.toInt()))
                ascending.append(v.toInt());
        }
        QCOMPARE(ascending, (QList<int>{2, 9, 10}));

        // Status: what failed first, then what is not an NDA, the reviewed last.
        proxy.sort(FolderReviewModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(FolderReviewModel::PathRole).toString(),
                 QFileInfo(folder.broken).absoluteFilePath());
        QCOMPARE(proxy.index(1, 0).data(FolderReviewModel::PathRole).toString(),
                 QFileInfo(folder.recipe).absoluteFilePath());
        for (int row = 2; row < proxy.rowCount(); ++row)
            QCOMPARE(FileStatus(proxy.index(row, 0).data(FolderReviewModel::StatusRole).toInt()), FileStatus::Reviewed);

        // The term sorts by months too.
        proxy.sort(FolderReviewModel::TermColumn, Qt::AscendingOrder);
        int previous = -2;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const int months =
                proxy.index(row, FolderReviewModel::TermColumn).data(FolderReviewModel::SortRole).toInt();
            QVERIFY(months >= previous);
            previous = months;
        }
    }

    void retryFailedRerunsOnlyFailedRows()
    {
        const Folder folder = makeFolder(m_dir.filePath(u"retry"_s));
        FolderReviewModel model;
        FolderReviewRunner runner(&model, nullptr);
        model.setFiles(folder.root, Llm::collectDocxFiles({folder.root}));
        QSignalSpy finished(&runner, &FolderReviewRunner::finished);
        QString error;
        QVERIFY2(runner.start(ReviewRequest{}, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const int broken = rowOf(&model, folder.broken);
        QCOMPARE(model.file(broken).status, FileStatus::Failed);
        const QList<Review::Finding> before = model.file(rowOf(&model, folder.ndaA)).findings;
        const QDateTime reviewedAt = model.file(rowOf(&model, folder.ndaA)).info.reviewedAt;

        // The broken file is replaced by a good one; only it is read again.
        QVERIFY(QFile::remove(folder.broken));
        QVERIFY(writeNda(folder.broken, 2, 9));
        QSignalSpy started(&runner, &FolderReviewRunner::fileStarted);
        QCOMPARE(runner.retryFailed(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toInt(), broken);
        QCOMPARE(model.file(broken).status, FileStatus::Reviewed);
        QVERIFY(!model.file(broken).findings.isEmpty());
        QCOMPARE(model.file(rowOf(&model, folder.recipe)).status, FileStatus::NotAnNda);
        QCOMPARE(model.file(rowOf(&model, folder.ndaA)).info.reviewedAt, reviewedAt);
        QCOMPARE(model.file(rowOf(&model, folder.ndaA)).findings.size(), before.size());
        // Nothing failed: nothing to retry.
        QCOMPARE(runner.retryFailed(), 0);
        QVERIFY(!runner.isRunning());
    }

    void cancelStopsEverything()
    {
        const QString root = m_dir.filePath(u"cancel"_s);
        QVERIFY(QDir().mkpath(root));
        for (int i = 0; i < 6; ++i)
            QVERIFY(writeNda(root + u"/nda-%1.docx"_s.arg(i), 3, quint32(20 + i)));
        FolderReviewModel model;
        FolderReviewRunner runner(&model, nullptr);
        runner.setParallelFiles(1);
        model.setFiles(root, Llm::collectDocxFiles({root}));
        QSignalSpy finished(&runner, &FolderReviewRunner::finished);
        QList<int> startedRows;
        bool cancelOnSecond = true;
        // Cancelled while the second file is being read or reviewed on the worker.
        connect(&runner, &FolderReviewRunner::fileStarted, this, [&](int row) {
            startedRows.append(row);
            if (cancelOnSecond && startedRows.size() == 2)
                runner.cancel();
        });
        QString error;
        QVERIFY2(runner.start(ReviewRequest{}, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!runner.isRunning());
        QCOMPARE(startedRows.size(), 2);
        QCOMPARE(model.file(startedRows.first()).status, FileStatus::Reviewed);
        QCOMPARE(model.countOf(FileStatus::Cancelled), 5);
        // What the worker still finishes is dropped: the row stays cancelled.
        runner.waitForDone();
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(model.file(startedRows.at(1)).status, FileStatus::Cancelled);
        QCOMPARE(model.countOf(FileStatus::Cancelled), 5);
        QCOMPARE(startedRows.size(), 2);

        // Retry Failed takes the cancelled files up again, and only them.
        startedRows.clear();
        cancelOnSecond = false;
        QCOMPARE(runner.retryFailed(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(startedRows.size(), 5);
        QCOMPARE(model.countOf(FileStatus::Reviewed), 6);
    }

    void menuActionOpensTheTriageWindow()
    {
        auto w = AppFixture::showWindow();
        QAction *action = AppFixture::action(w.window.get(), "actionReviewFolder");
        QVERIFY(action);
        QCOMPARE(action->text(), u"Review &Folder…"_s);
        QVERIFY(action->shortcut().isEmpty());
        QVERIFY(action->isEnabled());
        // It is in the File menu.
        auto *file = w->findChild<QMenu *>(u"menuFile"_s);
        QVERIFY(file && file->actions().contains(action));
        // It asks for the folder first; cancelling the dialog leaves the (empty) window shown.
        AppFixture::onNextDialog([](QWidget *dialog) { dialog->close(); });
        action->trigger();
        QVERIFY(w->folderReview()->isVisible());
        QCOMPARE(w->folderReview()->model()->rowCount(), 0);
    }

    void doubleClickOpensTheDocumentWithItsFindings()
    {
        const Folder folder = makeFolder(m_dir.filePath(u"open"_s));
        auto w = AppFixture::showWindow();
        QSignalSpy reviewStarted(w->reviewController(), &ReviewController::started);
        w->reviewFolder(folder.root);
        FolderReviewWindow *triage = w->folderReview();
        QVERIFY(triage->isVisible());
        QSignalSpy finished(triage->runner(), &FolderReviewRunner::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(triage->model()->rowCount(), 5);
        QCOMPARE(triage->progressBar()->value(), 5);
        QCOMPARE(triage->progressBar()->maximum(), 5);
        QVERIFY2(triage->findChild<QLabel *>(u"folderReviewProgressText"_s)->text().contains(u"Reviewed 3 of 5"_s),
                 qPrintable(triage->findChild<QLabel *>(u"folderReviewProgressText"_s)->text()));
        QVERIFY(triage->findChild<QPushButton *>(u"folderReviewRetry"_s)->isEnabled()); // the broken file
        QVERIFY(!triage->findChild<QPushButton *>(u"folderReviewCancel"_s)->isEnabled());

        const int row = rowOf(triage->model(), folder.ndaB);
        const ReviewedFile expected = triage->model()->file(row);
        QVERIFY(!expected.findings.isEmpty());
        QTableView *table = triage->table();
        const QModelIndex shown = triage->proxy()->mapFromSource(triage->model()->index(row, 0));
        table->scrollTo(shown);
        const QPoint at = table->visualRect(shown).center();
        QSignalSpy opened(w.window.get(), &MainWindow::documentOpened);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        QCOMPARE(w->session()->document()->path, expected.path);
        QCOMPARE(w->session()->findings().size(), expected.findings.size());
        QVERIFY(w->session()->hasReview());
        QCOMPARE(w->session()->reviewInfo().reviewer, u"offline"_s);
        for (qsizetype i = 0; i < expected.findings.size(); ++i)
            QCOMPARE(w->session()->findings().at(i).id, expected.findings.at(i).id);
        QVERIFY2(w->messageBar()->text().contains(u"folder review"_s), qPrintable(w->messageBar()->text()));
        // Shown, not reviewed a second time.
        QCOMPARE(reviewStarted.size(), 0);
        QVERIFY(!w->reviewController()->isRunning());

        // A file that changed since the folder review is opened without those findings.
        const ReviewedFile other = triage->model()->file(rowOf(triage->model(), folder.ndaA));
        QVERIFY(QFile::remove(folder.ndaA));
        QVERIFY(writeNda(folder.ndaA, 2, 77));
        w->openReviewed(other);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 30000);
        QCOMPARE(w->session()->document()->path, other.path);
        QVERIFY(w->session()->findings().isEmpty());
        QVERIFY2(w->messageBar()->text().contains(u"changed after the folder review"_s),
                 qPrintable(w->messageBar()->text()));
    }

    void exportAllWritesEveryRedline()
    {
        const Folder folder = makeFolder(m_dir.filePath(u"export"_s));
        const QByteArray original = bytesOf(folder.ndaA);
        auto w = AppFixture::showWindow();
        w->reviewFolder(folder.root);
        FolderReviewWindow *triage = w->folderReview();
        QSignalSpy finished(triage->runner(), &FolderReviewRunner::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(triage->findChild<QPushButton *>(u"folderReviewExport"_s)->isEnabled());

        const QString out = m_dir.filePath(u"export-out"_s);
        QSignalSpy exported(triage, &FolderReviewWindow::exportFinished);
        QString error;
        QVERIFY2(triage->exportAll(out, &error), qPrintable(error));
        QVERIFY(triage->isExporting());
        QVERIFY(!triage->findChild<QPushButton *>(u"folderReviewExport"_s)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
        const auto outcome = exported.first().first().value<RedlineBatchOutcome>();
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(u"\n"_s)));
        QCOMPARE(outcome.written.size(), 3);
        QStringList names = QDir(out).entryList(QDir::Files, QDir::Name);
        QCOMPARE(names,
                 (QStringList{u"acme (2) (redline).docx"_s, u"acme (redline).docx"_s, u"beta (redline).docx"_s}));
        for (const QString &name : std::as_const(names)) {
            auto doc = Docx::DocumentReader::read(out + u"/"_s + name);
            QVERIFY2(doc, qPrintable(name));
            QVERIFY2(doc.value().body.xml.contains(u"<w:ins "_s) || doc.value().body.xml.contains(u"<w:del "_s),
                     qPrintable(name));
        }
        QCOMPARE(bytesOf(folder.ndaA), original);
        QVERIFY(triage->messageLabel()->text().contains(u"3 redline(s) written"_s));

        // Never over the originals: into the folder reviewed, the redlines go beside them.
        QSignalSpy again(triage, &FolderReviewWindow::exportFinished);
        QVERIFY2(triage->exportAll(folder.root, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(again.size(), 1, 60000);
        QCOMPARE(bytesOf(folder.ndaA), original);
        QVERIFY(QFileInfo::exists(folder.root + u"/acme (redline).docx"_s));
    }

    void networkReviewerReviewsSeveralDocumentsAtOnce()
    {
        REQUIRE_SAMPLE();
        MockLlm::MockLlmServerThread mock;
        QVERIFY2(mock.start(0, [](MockLlm::MockLlmServer &server) { server.setLatency(MockLlm::Dialect::OpenAI, 150); })
                     != 0,
                 qPrintable(mock.errorString()));
        const QString root = m_dir.filePath(u"network"_s);
        QVERIFY(QDir().mkpath(root));
        // The sample NDA, whose clauses the mock's rules answer with findings, three times.
        for (const QString &name : {u"acme"_s, u"beta"_s, u"gamma"_s})
            QVERIFY(QFile::copy(sample, root + u"/"_s + name + u".docx"_s));
        put(root + u"/broken.docx"_s, "not a zip");
        auto w = AppFixture::showWindow();
        AppFixture::useMock(w, Llm::ProviderKind::OpenAI, mock.baseUrl(), 4);
        w->reviewToolBar()->setReviewer(ReviewerKind::OpenAI);
        FolderReviewWindow *triage = w->folderReview();
        // Several documents' requests in flight together.
        int reviewingAtOnce = 0;
        connect(triage->model(), &QAbstractItemModel::dataChanged, this, [&]() {
            reviewingAtOnce = std::max(reviewingAtOnce, triage->model()->countOf(FileStatus::Reviewing));
        });
        QSignalSpy finished(triage->runner(), &FolderReviewRunner::finished);
        w->reviewFolder(root);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QVERIFY(triage->runner()->isNetworkReview());
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(reviewingAtOnce >= 2, qPrintable(QString::number(reviewingAtOnce)));
        QCOMPARE(triage->model()->countOf(FileStatus::Reviewed), 3);
        QCOMPARE(triage->model()->countOf(FileStatus::Failed), 1);
        for (const ReviewedFile &f : triage->model()->files()) {
            if (f.status != FileStatus::Reviewed)
                continue;
            QVERIFY2(!f.findings.isEmpty(), qPrintable(f.path));
            QCOMPARE(f.info.reviewer, u"openai"_s);
        }
        // One network manager in the application, shared by the folder review.
        QCOMPARE(w->findChildren<QNetworkAccessManager *>().size(), 1);
    }

    void aPartlyReviewedDocumentIsRetried()
    {
        REQUIRE_SAMPLE();
        MockLlm::MockLlmServerThread mock;
        // The first request anywhere is refused for good (400 is not retried): one document has
        // clauses the LLM never reviewed, the others are whole.
        QVERIFY2(mock.start(0,
                            [](MockLlm::MockLlmServer &server) {
                                MockLlm::Fault refused;
                                refused.status = 400;
                                refused.count = 1;
                                server.script(refused);
                            })
                     != 0,
                 qPrintable(mock.errorString()));
        const QString root = m_dir.filePath(u"partly"_s);
        QVERIFY(QDir().mkpath(root));
        for (const QString &name : {u"acme"_s, u"beta"_s})
            QVERIFY(QFile::copy(sample, root + u"/"_s + name + u".docx"_s));
        auto w = AppFixture::showWindow();
        AppFixture::useMock(w, Llm::ProviderKind::OpenAI, mock.baseUrl(), 4);
        w->reviewToolBar()->setReviewer(ReviewerKind::OpenAI);
        FolderReviewWindow *triage = w->folderReview();
        QSignalSpy finished(triage->runner(), &FolderReviewRunner::finished);
        w->reviewFolder(root);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(triage->model()->countOf(FileStatus::Reviewed), 2);
        int partly = -1;
        for (int row = 0; row < triage->model()->rowCount(); ++row) {
            if (triage->model()->file(row).failedClauses > 0)
                partly = row;
        }
        QVERIFY(partly >= 0);
        QVERIFY2(triage->model()
                     ->index(partly, FolderReviewModel::StatusColumn)
                     .data()
                     .toString()
                     .contains(u"could not be reviewed"_s),
                 qPrintable(triage->model()->index(partly, FolderReviewModel::StatusColumn).data().toString()));
        auto *retry = triage->findChild<QPushButton *>(u"folderReviewRetry"_s);
        QVERIFY(retry->isEnabled());
        const QString whole = triage->model()->file(1 - partly).path;
        const QDateTime wholeAt = triage->model()->file(1 - partly).info.reviewedAt;

        // A retry cancelled (here by closing the window) leaves the findings it had.
        const qsizetype partlyFindings = triage->model()->file(partly).findings.size();
        QVERIFY(partlyFindings > 0);
        retry->click();
        QVERIFY(triage->runner()->isRunning());
        QVERIFY(triage->close());
        QCOMPARE(finished.size(), 2);
        QCOMPARE(triage->model()->file(partly).status, FileStatus::Reviewed);
        QVERIFY(triage->model()->file(partly).failedClauses > 0);
        QCOMPARE(triage->model()->file(partly).findings.size(), partlyFindings);
        triage->show();

        // Retry Failed takes up that document only; this time every clause is answered.
        QSignalSpy started(triage->runner(), &FolderReviewRunner::fileStarted);
        retry->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 120000);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toInt(), partly);
        QCOMPARE(triage->model()->file(partly).failedClauses, 0);
        QCOMPARE(triage->model()->file(partly).status, FileStatus::Reviewed);
        QCOMPARE(triage->model()->file(1 - partly).path, whole);
        QCOMPARE(triage->model()->file(1 - partly).info.reviewedAt, wholeAt);
        QVERIFY(!retry->isEnabled());
    }

    void closingTheWindowStopsTheReview()
    {
        REQUIRE_SAMPLE();
        MockLlm::MockLlmServerThread mock;
        QVERIFY2(mock.start(0, [](MockLlm::MockLlmServer &server) { server.setLatency(MockLlm::Dialect::OpenAI, 400); })
                     != 0,
                 qPrintable(mock.errorString()));
        const QString root = m_dir.filePath(u"closing"_s);
        QVERIFY(QDir().mkpath(root));
        for (const QString &name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s})
            QVERIFY(QFile::copy(sample, root + u"/"_s + name + u".docx"_s));
        auto w = AppFixture::showWindow();
        AppFixture::useMock(w, Llm::ProviderKind::OpenAI, mock.baseUrl(), 4);
        w->reviewToolBar()->setReviewer(ReviewerKind::OpenAI);
        FolderReviewWindow *triage = w->folderReview();
        QSignalSpy started(triage->runner(), &FolderReviewRunner::fileStarted);
        QSignalSpy finished(triage->runner(), &FolderReviewRunner::finished);
        w->reviewFolder(root);
        QTRY_VERIFY_WITH_TIMEOUT(started.size() >= 1, 60000);
        QVERIFY(triage->runner()->isRunning());
        QVERIFY(triage->close());
        QVERIFY(!triage->runner()->isRunning());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(triage->model()->countOf(FileStatus::Cancelled) > 0);
        // Reopened, the rest is one click away.
        triage->show();
        QVERIFY(triage->findChild<QPushButton *>(u"folderReviewRetry"_s)->isEnabled());
    }
};

QTEST_MAIN(TestFolderReview)
#include "tst_app_folderreview.moc"
