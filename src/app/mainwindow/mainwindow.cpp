// SPDX-License-Identifier: GPL-3.0-or-later
// The window itself: building it, wiring it to the loader, the review and the export, its title,
// counts and language, closing it. Its other parts are in mainwindowactions.cpp (the actions and
// menus), mainwindowdocument.cpp (opening and closing documents), mainwindowreview.cpp,
// mainwindowfindings.cpp (decisions), mainwindowexport.cpp and mainwindowfolder.cpp (File › Review
// Folder…).
#include "mainwindow.h"
#include "document/comparisonview.h"
#include "reviewcontrol/documentsession.h"
#include "findings/findingsmodel.h"
#include "findings/findingspanel.h"
#include "folderreview/folderreviewrunner.h"
#include "folderreview/folderreviewwindow.h"
#include "icons.h"
#include "messagebar.h"
#include "playbooks/playbooklibrarydialog.h"
#include "document/redlineupdater.h"
#include "reviewcontrol/reviewcontroller.h"
#include "reviewcontrol/reviewtoolbar.h"
#include "settings/keystore.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"
#include "startpage.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>
#include <QTreeView>
#include <QUrl>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_settings(settings)
{
    m_ui->setupUi(this);
    // The installed application icon when there is one (the menu shows the same), else ours.
    setWindowIcon(QIcon::fromTheme(u"org.redliner.Redliner"_s, Icons::get(u"redliner"_s)));
    m_keys = new KeyStore(settings, this);
    m_loader = new DocumentLoader(this);
    m_review = new ReviewController(this);
    m_export = new ExportController(this);

    m_message = new MessageBar(m_ui->centralWidget);
    m_ui->centralLayout->insertWidget(0, m_message);
    m_start = new StartPage(m_ui->pages);
    m_start->setObjectName(u"startPage"_s);
    m_compare = new ComparisonView(m_ui->pages);
    m_compare->setObjectName(u"comparisonView"_s);
    m_ui->pages->addWidget(m_start);
    m_ui->pages->addWidget(m_compare);
    m_findings = new FindingsPanel(m_ui->findingsDock);
    m_findings->setObjectName(u"findingsPanel"_s);
    m_ui->findingsDock->setWidget(m_findings);
    delete m_ui->findingsDockContents;
    m_ui->findingsDockContents = nullptr;

    m_reviewBar = new ReviewToolBar(m_ui->actionStartReview, m_ui->actionCancelReview, this);
    addToolBar(Qt::TopToolBarArea, m_reviewBar);
    refreshPlaybooks();
    m_reviewBar->setSide(settings->defaultSide());
    m_reviewBar->setPlaybook(defaultPlaybook(settings->defaultSide()));
    ReviewerKind reviewer;
    if (parseReviewerKind(settings->reviewer(), &reviewer))
        m_reviewBar->setReviewer(reviewer);

    m_counts = new QLabel(this);
    m_counts->setObjectName(u"countsLabel"_s);
    statusBar()->addPermanentWidget(m_counts);

    setupActions();
    setupIcons();
    connectWork();
    retranslate();

    resize(1280, 860);
    restoreGeometry(settings->windowGeometry());
    restoreState(settings->windowState());
    m_ui->actionRedlineOnly->setChecked(settings->redlineOnly());
    m_ui->actionSyncScroll->setChecked(settings->syncScrolling());
    m_compare->setRedlineOnly(settings->redlineOnly());
    m_compare->setSyncScrolling(settings->syncScrolling());
    m_start->setRecentFiles(settings->recentFiles());
    updateRecentMenu();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The folder review's network reviews go first: their requests belong to the network
    // manager, which goes with the review controller.
    delete m_folderReview;
    if (m_session) {
        QString error;
        m_session->saveNow(&error);
    }
}

DocumentSession *MainWindow::session() const
{
    return m_session;
}

void MainWindow::connectWork()
{
    connect(m_loader, &DocumentLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &DocumentLoader::failed, this, &MainWindow::onLoadFailed);
    connect(m_loader, &DocumentLoader::noDifferences, this, &MainWindow::onNoDifferences);
    connect(m_loader, &DocumentLoader::canceled, this, [this](const QString &path) {
        m_comparingWith.clear();
        m_start->hideLoading();
        statusBar()->showMessage(tr("Opening %1 was cancelled.").arg(QFileInfo(path).fileName()), 5000);
    });
    connect(m_loader, &DocumentLoader::progress, this, [this](int value, int maximum, const QString &step) {
        m_start->showLoading(m_loader->loadingPath(), value, maximum, step);
        statusBar()->showMessage(tr("Opening %1: %2").arg(QFileInfo(m_loader->loadingPath()).fileName(), step));
    });
    connect(m_loader, &DocumentLoader::busyChanged, this, [this](bool busy) {
        if (!busy) {
            m_start->hideLoading();
            statusBar()->clearMessage();
        }
        updateActions();
    });
    connect(m_start, &StartPage::openRequested, m_ui->actionOpen, &QAction::trigger);
    connect(m_start, &StartPage::fileChosen, this, &MainWindow::openFile);
    connect(m_start, &StartPage::cancelRequested, m_loader, &DocumentLoader::cancel);
    connect(m_compare, &ComparisonView::fileDropped, this, &MainWindow::openFile);
    connect(m_compare, &ComparisonView::findingActivated, m_findings, &FindingsPanel::selectFinding);
    connect(m_compare, &ComparisonView::findingContextMenu, this, &MainWindow::findingContextMenu);
    connect(m_compare, &ComparisonView::redrawn, this, [this]() {
        if (m_compare->updater())
            m_findings->model()->setHidden(m_compare->updater()->changes().hidden);
    });
    connect(m_findings, &FindingsPanel::currentFindingChanged, this, &MainWindow::showFinding);
    connect(m_findings, &FindingsPanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_findings, &FindingsPanel::theirChangeSelected, m_compare, &ComparisonView::showRange);
    connect(m_findings, &FindingsPanel::theirSelectionChanged, this, &MainWindow::updateActions);
    connect(m_findings->view(), &QAbstractItemView::doubleClicked, m_ui->actionEdit, &QAction::trigger);

    connect(m_reviewBar, &ReviewToolBar::otherPlaybookRequested, this, &MainWindow::chooseOtherPlaybook);
    // The user chose another side: its default playbook. (A side set by the window, for a review
    // shown again, comes with that review's playbook.)
    connect(m_reviewBar, &ReviewToolBar::sideChanged, this,
            [this](Review::Side side) { m_reviewBar->setPlaybook(defaultPlaybook(side)); });
    connect(m_review, &ReviewController::started, this, [this](const QString &description) {
        m_reviewBar->setRunning(true);
        statusBar()->showMessage(description);
        updateActions();
    });
    connect(m_review, &ReviewController::progress, m_reviewBar, &ReviewToolBar::setProgress);
    // Retries and per-clause problems as they happen, where they do not get in the way; what is
    // left at the end goes to the message bar with a way to retry.
    connect(m_review, &ReviewController::notice, this,
            [this](const QString &sentence) { statusBar()->showMessage(sentence, 10000); });
    connect(m_review, &ReviewController::finished, this, [this](bool completed, const QString &message) {
        m_reviewBar->setRunning(false);
        statusBar()->showMessage(message, 8000);
        if (m_review->failedClauses() > 0)
            showReviewFailures();
        else if (!completed && m_session)
            m_message->showMessage(MessageBar::Kind::Warning, message);
        m_settings->setReviewer(reviewerKey(m_reviewBar->request().reviewer));
        updateActions();
        updateCounts();
        emit reviewFinished(completed);
    });
    connect(m_export, &ExportController::finished, this, [this](const ExportOutcome &outcome) {
        updateActions();
        if (!outcome.error.isEmpty()) {
            m_message->showMessage(MessageBar::Kind::Error, tr("The redline was not written. %1").arg(outcome.error));
            emit exportFinished(outcome);
            return;
        }
        const bool compared = m_session && m_session->document()->comparison;
        QString text = tr("Wrote %1 with %n accepted finding(s) as tracked changes.", nullptr, outcome.written)
                           .arg(QDir::toNativeSeparators(outcome.path));
        if (compared)
            text += u' ' + tr("The comparison's differences are tracked changes too.");
        if (outcome.replied > 0)
            text += u' ' + tr("%n repl(y/ies) added to their comments.", nullptr, outcome.replied);
        if (outcome.answered > 0)
            text += u' '
                    + tr("Your answers to %n of their tracked change(s) are applied; the others are kept as they came.",
                         nullptr, outcome.answered);
        for (const auto &[id, reason] : outcome.refused)
            text += u"\n"_s + tr("%1 was not written: %2").arg(id, reason);
        if (!outcome.historyError.isEmpty())
            text += u"\n"_s
                    + tr("It could not be remembered for checking the version that comes back: %1")
                          .arg(outcome.historyError);
        const int pending = m_session ? m_session->counts().pending : 0;
        if (pending > 0)
            text += u"\n"_s + tr("%n undecided finding(s) were left out.", nullptr, pending);
        auto *show = new QAction(tr("Show in Folder"), m_message);
        const QString dir = QFileInfo(outcome.path).absolutePath();
        connect(show, &QAction::triggered, this, [dir]() { QDesktopServices::openUrl(QUrl::fromLocalFile(dir)); });
        m_message->showMessage(outcome.refused.isEmpty() ? MessageBar::Kind::Information : MessageBar::Kind::Warning,
                               text, {show});
        emit exportFinished(outcome);
    });
}

void MainWindow::retranslate()
{
    m_reviewBar->setWindowTitle(tr("Review Toolbar"));
    m_counts->setAccessibleName(tr("Finding counts"));
    updateCounts();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateRecentMenu();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    if (m_session && m_session->document()->comparison) {
        setWindowTitle(tr("%1 compared with %2 — Redliner")
                           .arg(m_session->document()->fileName(),
                                QFileInfo(m_session->document()->comparison->olderPath).fileName()));
        return;
    }
    setWindowTitle(m_session ? tr("%1 — Redliner").arg(m_session->document()->fileName()) : tr("Redliner"));
}

void MainWindow::updateCounts()
{
    if (!m_session || !m_session->hasReview()) {
        m_counts->setText(m_session ? tr("Not reviewed yet") : QString());
        return;
    }
    const DocumentSession::Counts c = m_session->counts();
    m_counts->setText(
        tr("%n finding(s): %1 high, %2 medium, %3 low · %4 accepted, %5 rejected, %6 undecided", nullptr, c.total())
            .arg(c.high)
            .arg(c.medium)
            .arg(c.low)
            .arg(c.accepted)
            .arg(c.rejected)
            .arg(c.pending));
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_keys, this);
    connect(&dialog, &SettingsDialog::saved, this, [this]() {
        if (!m_review->isRunning()) {
            m_reviewBar->setSide(m_settings->defaultSide());
            m_reviewBar->setPlaybook(defaultPlaybook(m_settings->defaultSide()));
        }
        // Turning remembering off forgets what was kept: nothing of a client's text stays behind.
        if (!m_settings->rememberExports()) {
            if (const QString error = m_history.clear(); !error.isEmpty())
                m_message->showMessage(MessageBar::Kind::Error, error);
        }
    });
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The playbook dialog goes with the window: its unsaved edits are saved, dropped or kept open
    // as the user says.
    if (m_playbookDialog && m_playbookDialog->isVisible() && m_playbookDialog->hasUnsavedChanges()) {
        m_playbookDialog->raise();
        m_playbookDialog->activateWindow();
        if (!m_playbookDialog->settleChanges()) {
            event->ignore();
            return;
        }
    }
    m_loader->cancel();
    m_review->cancel();
    if (m_folderReview) {
        m_folderReview->runner()->cancel();
        m_folderReview->close();
    }
    if (m_session) {
        QString error;
        m_session->saveNow(&error);
    }
    m_settings->setWindow(saveGeometry(), saveState());
    m_settings->sync();
    event->accept();
}

} // namespace Redliner::App
