// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "document/comparisonview.h"
#include "reviewcontrol/documentsession.h"
#include "document/documentview.h"
#include "findings/editfindingdialog.h"
#include "filedrop.h"
#include "findings/findingsmodel.h"
#include "findings/findingspanel.h"
#include "icons.h"
#include "settings/keystore.h"
#include "messagebar.h"
#include "document/redlineupdater.h"
#include "export/reportwriter.h"
#include "reviewcontrol/reviewcontroller.h"
#include "reviewcontrol/reviewtoolbar.h"
#include "document/scrollsync.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"
#include "startpage.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
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
    m_reviewBar->setSide(settings->defaultSide());
    if (!settings->playbookPath().isEmpty())
        m_reviewBar->setPlaybook(settings->playbookPath());
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
    if (m_session) {
        QString error;
        m_session->saveNow(&error);
    }
}

DocumentSession *MainWindow::session() const
{
    return m_session;
}

void MainWindow::setupActions()
{
    Ui::MainWindow &ui = *m_ui;
    m_undoAction = m_undo.createUndoAction(this);
    m_redoAction = m_undo.createRedoAction(this);
    m_undoAction->setObjectName(u"actionUndo"_s);
    m_redoAction->setObjectName(u"actionRedo"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(u"Ctrl+Y"_s)});
    ui.menuEdit->insertActions(ui.menuEdit->actions().value(0), {m_undoAction, m_redoAction});
    ui.menuEdit->insertSeparator(ui.actionAccept);
    ui.mainToolBar->insertActions(ui.actionAccept, {m_undoAction, m_redoAction});
    ui.mainToolBar->insertSeparator(ui.actionAccept);
    ui.menuView->addAction(ui.findingsDock->toggleViewAction());
    ui.findingsDock->toggleViewAction()->setShortcut(QKeySequence(u"Ctrl+Shift+F"_s));
    ui.actionZoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s)});
    ui.actionZoomOut->setShortcuts(QKeySequence::ZoomOut);
    m_findings->setDecisionActions(ui.actionAccept, ui.actionReject, ui.actionEdit, ui.actionRevert);

    connect(ui.actionOpen, &QAction::triggered, this, [this]() {
        const QStringList recent = m_settings->recentFiles();
        const QString dir = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a Word Document"), dir,
                                                          tr("Word documents (*.docx);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(ui.actionClose, &QAction::triggered, this, &MainWindow::closeDocument);
    connect(ui.actionClearRecent, &QAction::triggered, this, [this]() {
        m_settings->clearRecentFiles();
        m_start->setRecentFiles({});
        updateRecentMenu();
    });
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui.actionExportDocx, &QAction::triggered, this, &MainWindow::chooseExportPath);
    connect(ui.actionExportHtml, &QAction::triggered, this, [this]() { exportReport(false); });
    connect(ui.actionExportPdf, &QAction::triggered, this, [this]() { exportReport(true); });
    connect(ui.actionPrintReport, &QAction::triggered, this, &MainWindow::printReport);

    connect(ui.actionAccept, &QAction::triggered, this, [this]() { decideSelected(int(DecisionStatus::Accepted)); });
    connect(ui.actionReject, &QAction::triggered, this, [this]() { decideSelected(int(DecisionStatus::Rejected)); });
    connect(ui.actionEdit, &QAction::triggered, this, &MainWindow::editSelected);
    connect(ui.actionRevert, &QAction::triggered, this, [this]() {
        if (m_session)
            m_session->revertEdit(m_findings->currentFinding());
    });
    const auto bulk = [this](QAction *action, Review::Severity severity, DecisionStatus status) {
        connect(action, &QAction::triggered, this, [this, severity, status]() { decideSeverity(int(severity), int(status)); });
    };
    bulk(ui.actionAcceptHigh, Review::Severity::High, DecisionStatus::Accepted);
    bulk(ui.actionAcceptMedium, Review::Severity::Medium, DecisionStatus::Accepted);
    bulk(ui.actionAcceptLow, Review::Severity::Low, DecisionStatus::Accepted);
    bulk(ui.actionRejectHigh, Review::Severity::High, DecisionStatus::Rejected);
    bulk(ui.actionRejectMedium, Review::Severity::Medium, DecisionStatus::Rejected);
    bulk(ui.actionRejectLow, Review::Severity::Low, DecisionStatus::Rejected);
    connect(ui.actionFindFindings, &QAction::triggered, this, [this]() {
        m_ui->findingsDock->show();
        m_findings->focusFilter();
    });

    connect(ui.actionRedlineOnly, &QAction::toggled, this, [this](bool on) {
        m_compare->setRedlineOnly(on);
        m_settings->setRedlineOnly(on);
        m_ui->actionSyncScroll->setEnabled(!on);
    });
    connect(ui.actionSyncScroll, &QAction::toggled, this, [this](bool on) {
        m_compare->setSyncScrolling(on);
        m_settings->setSyncScrolling(on);
    });
    connect(ui.actionNextChange, &QAction::triggered, this, [this]() {
        const QString id = m_compare->adjacentChange(1);
        if (id.isEmpty())
            statusBar()->showMessage(tr("No further change."), 3000);
        else
            m_findings->selectFinding(id);
    });
    connect(ui.actionPreviousChange, &QAction::triggered, this, [this]() {
        const QString id = m_compare->adjacentChange(-1);
        if (id.isEmpty())
            statusBar()->showMessage(tr("No earlier change."), 3000);
        else
            m_findings->selectFinding(id);
    });
    const auto zoom = [this](int steps) {
        for (DocumentView *view : {m_compare->originalView(), m_compare->redlineView()}) {
            if (steps == 0) {
                view->setFont(QFont());
            } else if (steps > 0) {
                view->zoomIn(steps);
            } else {
                view->zoomOut(-steps);
            }
        }
    };
    connect(ui.actionZoomIn, &QAction::triggered, this, [zoom]() { zoom(1); });
    connect(ui.actionZoomOut, &QAction::triggered, this, [zoom]() { zoom(-1); });
    connect(ui.actionZoomReset, &QAction::triggered, this, [zoom]() { zoom(0); });

    connect(ui.actionStartReview, &QAction::triggered, this, &MainWindow::startReview);
    connect(ui.actionCancelReview, &QAction::triggered, m_review, &ReviewController::cancel);
    connect(ui.actionRetryFailed, &QAction::triggered, this, [this]() {
        if (m_review->retryFailed())
            m_message->hideMessage();
    });
    connect(ui.actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(ui.actionAbout, &QAction::triggered, this, [this]() {
        QMessageBox::about(this, tr("About Redliner"),
                           tr("<h3>Redliner %1</h3><p>Reviews NDAs on your own machine and hands back the "
                              "counterparty's Word file with real tracked changes and rationale comments.</p>"
                              "<p>The offline reviewer never uses the network.</p><p>Licensed under the GNU GPL, "
                              "version 3 or later.</p>")
                               .arg(QStringLiteral(REDLINER_VERSION)));
    });
    connect(ui.actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setupIcons()
{
    Ui::MainWindow &ui = *m_ui;
    const QList<std::pair<QAction *, QString>> icons{
        {ui.actionOpen, u"open"_s},          {ui.actionExportDocx, u"export"_s},  {ui.actionExportHtml, u"report"_s},
        {ui.actionExportPdf, u"report"_s},   {ui.actionPrintReport, u"print"_s},  {ui.actionAccept, u"accept"_s},
        {ui.actionReject, u"reject"_s},      {ui.actionEdit, u"edit"_s},          {ui.actionRevert, u"revert"_s},
        {m_undoAction, u"undo"_s},           {m_redoAction, u"redo"_s},           {ui.actionNextChange, u"next"_s},
        {ui.actionPreviousChange, u"previous"_s}, {ui.actionRedlineOnly, u"redline-only"_s},
        {ui.actionSyncScroll, u"sync-scroll"_s},  {ui.actionStartReview, u"review"_s},
        {ui.actionCancelReview, u"cancel"_s},     {ui.actionSettings, u"settings"_s},
        {ui.actionRetryFailed, u"review"_s},
        {ui.actionClose, u"close"_s},             {ui.findingsDock->toggleViewAction(), u"findings"_s},
    };
    for (const auto &[action, name] : icons)
        action->setIcon(Icons::get(name));
}

void MainWindow::connectWork()
{
    connect(m_loader, &DocumentLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &DocumentLoader::failed, this, &MainWindow::onLoadFailed);
    connect(m_loader, &DocumentLoader::canceled, this, [this](const QString &path) {
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
    connect(m_findings->view(), &QAbstractItemView::doubleClicked, m_ui->actionEdit, &QAction::trigger);

    connect(m_reviewBar, &ReviewToolBar::otherPlaybookRequested, this, &MainWindow::chooseOtherPlaybook);
    connect(m_review, &ReviewController::started, this, [this](const QString &description) {
        m_reviewBar->setRunning(true);
        statusBar()->showMessage(description);
        updateActions();
    });
    connect(m_review, &ReviewController::progress, m_reviewBar, &ReviewToolBar::setProgress);
    // Retries and per-clause problems as they happen, where they do not get in the way; what is
    // left at the end goes to the message bar with a way to retry.
    connect(m_review, &ReviewController::notice, this, [this](const QString &sentence) { statusBar()->showMessage(sentence, 10000); });
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
        QString text = tr("Wrote %1 with %n accepted finding(s) as tracked changes.", nullptr, outcome.written)
                           .arg(QDir::toNativeSeparators(outcome.path));
        for (const auto &[id, reason] : outcome.refused)
            text += u"\n"_s + tr("%1 was not written: %2").arg(id, reason);
        const int pending = m_session ? m_session->counts().pending : 0;
        if (pending > 0)
            text += u"\n"_s + tr("%n undecided finding(s) were left out.", nullptr, pending);
        auto *show = new QAction(tr("Show in Folder"), m_message);
        const QString dir = QFileInfo(outcome.path).absolutePath();
        connect(show, &QAction::triggered, this, [dir]() { QDesktopServices::openUrl(QUrl::fromLocalFile(dir)); });
        m_message->showMessage(outcome.refused.isEmpty() ? MessageBar::Kind::Information : MessageBar::Kind::Warning, text,
                               {show});
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
    setWindowTitle(m_session ? tr("%1 — Redliner").arg(m_session->document()->fileName()) : tr("Redliner"));
}

void MainWindow::updateActions()
{
    Ui::MainWindow &ui = *m_ui;
    const bool open = m_session != nullptr;
    const bool reviewed = open && !m_session->findings().isEmpty();
    const bool running = m_review->isRunning();
    ui.actionClose->setEnabled(open);
    ui.actionExportDocx->setEnabled(open && reviewed && !m_export->isRunning());
    ui.actionExportHtml->setEnabled(open && m_session->hasReview());
    ui.actionExportPdf->setEnabled(open && m_session->hasReview());
    ui.actionPrintReport->setEnabled(open && m_session->hasReview());
    ui.actionStartReview->setEnabled(open && !running);
    ui.actionCancelReview->setEnabled(running);
    ui.actionRetryFailed->setEnabled(open && !running && m_review->failedClauses() > 0);
    const QStringList selected = reviewed ? m_findings->selectedFindings() : QStringList();
    ui.actionAccept->setEnabled(!selected.isEmpty());
    ui.actionReject->setEnabled(!selected.isEmpty());
    const int current = reviewed ? m_session->indexOf(m_findings->currentFinding()) : -1;
    ui.actionEdit->setEnabled(current >= 0 && m_session->canEdit(current));
    ui.actionRevert->setEnabled(current >= 0 && m_session->decision(m_findings->currentFinding()).edited);
    for (QAction *a : {ui.actionAcceptHigh, ui.actionAcceptMedium, ui.actionAcceptLow, ui.actionRejectHigh,
                       ui.actionRejectMedium, ui.actionRejectLow})
        a->setEnabled(reviewed);
    ui.actionNextChange->setEnabled(reviewed);
    ui.actionPreviousChange->setEnabled(reviewed);
    for (QAction *a : {ui.actionZoomIn, ui.actionZoomOut, ui.actionZoomReset, ui.actionRedlineOnly})
        a->setEnabled(open);
    ui.actionSyncScroll->setEnabled(open && !ui.actionRedlineOnly->isChecked());
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_ui->menuRecent;
    menu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // Alt+1..9 picks one from the keyboard, as in Word's list of recent documents.
        const QString number = i < 9 ? u"&"_s + QString::number(i + 1) : QString::number(i + 1);
        QAction *action = menu->addAction(number + u"  "_s + QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path]() { openFile(path); });
    }
    if (!files.isEmpty())
        menu->addSeparator();
    menu->addAction(m_ui->actionClearRecent);
    m_ui->actionClearRecent->setEnabled(!files.isEmpty());
}

void MainWindow::updateCounts()
{
    if (!m_session || !m_session->hasReview()) {
        m_counts->setText(m_session ? tr("Not reviewed yet") : QString());
        return;
    }
    const DocumentSession::Counts c = m_session->counts();
    m_counts->setText(tr("%n finding(s): %1 high, %2 medium, %3 low · %4 accepted, %5 rejected, %6 undecided", nullptr,
                         c.total())
                          .arg(c.high)
                          .arg(c.medium)
                          .arg(c.low)
                          .arg(c.accepted)
                          .arg(c.rejected)
                          .arg(c.pending));
}

void MainWindow::openFile(const QString &path)
{
    if (path.isEmpty())
        return;
    m_message->hideMessage();
    if (m_ui->pages->currentWidget() == m_start)
        m_start->showLoading(path, 0, 4, tr("Reading the document"));
    m_loader->open(path);
}

void MainWindow::onLoaded(const LoadOutcome &outcome)
{
    // The previous document's decisions are already on disk; make sure of it before it goes.
    if (m_review->isRunning())
        m_review->cancel();
    if (m_session) {
        QString error;
        m_session->saveNow(&error);
        m_undo.removeStack(m_session->undoStack());
        m_findings->setSession(nullptr);
        m_compare->clear();
        delete m_session;
    }
    auto *session = new DocumentSession(outcome.document, m_store, this);
    m_session = session;
    m_undo.addStack(session->undoStack());
    m_undo.setActiveStack(session->undoStack());
    connect(session, &DocumentSession::decisionsChanged, this, [this]() {
        updateCounts();
        updateActions();
    });
    connect(session, &DocumentSession::findingsReset, this, [this]() {
        updateCounts();
        updateActions();
    });
    connect(session, &DocumentSession::saveFailed, this, [this](const QString &error) {
        m_message->showMessage(MessageBar::Kind::Error, tr("Your decisions could not be saved: %1").arg(error));
    });
    m_compare->setSession(session);
    m_ui->pages->setCurrentWidget(m_compare);
    updateTitle();
    // The rest waits for the next turn of the event loop, so that no single turn grows long
    // while a large document opens (the panes are being drawn meanwhile).
    QTimer::singleShot(0, session, [this, session, path = outcome.path]() {
        m_findings->setSession(session);
        QString error;
        if (session->restore(&error)) {
            const DocumentSession::Counts c = session->counts();
            m_message->showMessage(
                MessageBar::Kind::Information,
                tr("Your earlier review of this document is back: %n finding(s), %1 decided.", nullptr, c.total())
                    .arg(c.accepted + c.rejected));
            m_reviewBar->setSide(session->reviewInfo().side);
        } else if (!error.isEmpty()) {
            m_message->showMessage(MessageBar::Kind::Warning,
                                   tr("The earlier decisions for this document could not be read: %1").arg(error));
        }
        updateCounts();
        updateActions();
        QTimer::singleShot(0, this, [this, path]() {
            m_settings->addRecentFile(path);
            m_start->setRecentFiles(m_settings->recentFiles());
            updateRecentMenu();
            emit documentOpened(path);
        });
    });
}
void MainWindow::onLoadFailed(const QString &path, const QString &error)
{
    if (!QFileInfo::exists(path)) {
        m_settings->removeRecentFile(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
        m_start->setRecentFiles(m_settings->recentFiles());
        updateRecentMenu();
    }
    m_message->showMessage(MessageBar::Kind::Error, tr("This file could not be opened. %1").arg(error));
    emit openFailed(path, error);
}

void MainWindow::closeDocument()
{
    if (!m_session)
        return;
    m_review->cancel();
    QString error;
    m_session->saveNow(&error);
    m_undo.removeStack(m_session->undoStack());
    m_findings->setSession(nullptr);
    m_compare->clear();
    delete m_session;
    m_ui->pages->setCurrentWidget(m_start);
    m_message->hideMessage();
    updateTitle();
    updateCounts();
    updateActions();
}

bool MainWindow::startReview()
{
    if (!m_session) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Open a document first, then start the review."));
        return false;
    }
    if (m_review->isRunning())
        return false;
    const ReviewRequest request = m_reviewBar->request();
    if (request.reviewer != ReviewerKind::Offline) {
        // Keys come from the keychain, which answers asynchronously.
        startNetworkReview(request);
        return true;
    }
    QString error;
    if (!m_review->start(m_session, request, &error)) {
        m_message->showMessage(MessageBar::Kind::Error, error);
        return false;
    }
    m_message->hideMessage();
    return true;
}

void MainWindow::startNetworkReview(const ReviewRequest &request)
{
    const QList<Llm::ProviderKind> kinds = providerKinds(request.reviewer);
    auto configs = std::make_shared<QList<Llm::ProviderConfig>>();
    for (Llm::ProviderKind kind : kinds)
        configs->append(m_settings->provider(kind));
    auto pending = std::make_shared<int>(int(kinds.size()));
    m_ui->actionStartReview->setEnabled(false);
    for (int i = 0; i < kinds.size(); ++i) {
        m_keys->read(kinds.at(i), [this, guard = QPointer<MainWindow>(this), configs, pending, i, request](
                                      const QString &key, const QString &) {
            if (!guard)
                return;
            if (!key.isEmpty())
                (*configs)[i].apiKey = key;  // the keychain's key over one from the environment
            if (--*pending > 0)
                return;
            ReviewRequest withKeys = request;
            withKeys.providers = *configs;
            continueNetworkReview(withKeys);
        });
    }
}

void MainWindow::continueNetworkReview(ReviewRequest request)
{
    updateActions();
    if (!m_session)
        return;
    for (const Llm::ProviderConfig &c : std::as_const(request.providers)) {
        if (const QString problem = c.problem(); !problem.isEmpty()) {
            auto *settings = new QAction(tr("Open Settings"), m_message);
            connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
            m_message->showMessage(MessageBar::Kind::Error,
                                   tr("%1 cannot be used: %2").arg(Llm::providerDisplayName(c.kind), problem), {settings});
            return;
        }
    }
    request.pseudonymise = m_settings->pseudonymise();
    request.batchSize = m_settings->llmBatchSize();
    // Before the text of a document first leaves this machine, the user says yes, once.
    QStringList ask;
    QStringList names;
    for (const Llm::ProviderConfig &c : std::as_const(request.providers)) {
        const QString key = Llm::providerKindName(c.kind);
        if (c.isCloud() && !Llm::isLoopback(c.baseUrl) && !m_session->hasCloudConsent(key)) {
            ask.append(key);
            names.append(tr("%1 (model %2, %3)").arg(Llm::providerDisplayName(c.kind), c.model, c.baseUrl.host()));
        }
    }
    if (!ask.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Send the Document?"),
                        tr("The text of %1 will be sent to %2 for review.")
                            .arg(m_session->document()->fileName(), names.join(tr(" and "))),
                        QMessageBox::Cancel, this);
        box.setObjectName(u"cloudConfirmation"_s);
        box.setInformativeText(request.pseudonymise
                                   ? tr("Party names and addresses are replaced by placeholders before sending and "
                                        "put back in the answers.")
                                   : tr("Party names and addresses are sent as they are: pseudonymisation is off in "
                                        "Settings › Providers."));
        QPushButton *send = box.addButton(tr("&Send for Review"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != send) {
            statusBar()->showMessage(tr("Nothing was sent; the review did not start."), 5000);
            return;
        }
        m_session->addCloudConsent(ask);
    }
    QString error;
    if (!m_review->start(m_session, request, &error)) {
        m_message->showMessage(MessageBar::Kind::Error, error);
        return;
    }
    m_message->hideMessage();
}

void MainWindow::showReviewFailures()
{
    const int failed = m_review->failedClauses();
    if (failed == 0)
        return;
    m_message->showMessage(MessageBar::Kind::Warning,
                           tr("%n clause(s) could not be reviewed:", nullptr, failed) + u"\n"_s + m_review->failureSummary(),
                           {m_ui->actionRetryFailed});
}

void MainWindow::showFinding(const QString &id)
{
    updateActions();
    if (!id.isEmpty())
        m_compare->showFinding(id);
}

void MainWindow::decideSelected(int status)
{
    if (!m_session)
        return;
    const QStringList ids = m_findings->selectedFindings();
    if (ids.isEmpty())
        return;
    const QString what = ids.size() == 1 ? ids.first() : tr("%n finding(s)", nullptr, int(ids.size()));
    m_session->decide(ids, DecisionStatus(status),
                      DecisionStatus(status) == DecisionStatus::Accepted ? tr("Accept %1").arg(what) : tr("Reject %1").arg(what));
    // As Word's "Accept and Move to Next": one decision leads to the next undecided finding.
    if (ids.size() == 1)
        moveToNextUndecided(ids.first());
}

void MainWindow::moveToNextUndecided(const QString &from)
{
    const QAbstractItemModel *model = m_findings->view()->model();
    const QModelIndex current = m_findings->view()->currentIndex();
    if (!current.isValid() || current.data(FindingsModel::FindingIdRole).toString() != from)
        return;
    for (int row = current.row() + 1; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (DecisionStatus(index.data(FindingsModel::StatusRole).toInt()) == DecisionStatus::Pending) {
            m_findings->selectFinding(index.data(FindingsModel::FindingIdRole).toString());
            return;
        }
    }
}

void MainWindow::decideSeverity(int severity, int status)
{
    if (!m_session)
        return;
    QStringList ids;
    for (const Review::Finding &f : m_session->findings()) {
        if (int(f.severity) == severity)
            ids.append(f.id);
    }
    const QString level = FindingsModel::severityText(severity);
    m_session->decide(ids, DecisionStatus(status),
                      DecisionStatus(status) == DecisionStatus::Accepted ? tr("Accept all %1").arg(level)
                                                                         : tr("Reject all %1").arg(level));
}

void MainWindow::editSelected()
{
    if (!m_session)
        return;
    const QString id = m_findings->currentFinding();
    const int index = m_session->indexOf(id);
    if (index < 0 || !m_session->canEdit(index))
        return;
    const Review::Finding &f = m_session->findings().at(index);
    const QString original = m_session->clauseText(index);
    const QString proposal = f.proposedText.isEmpty() ? original : f.proposedText;
    QPointer<DocumentSession> session = m_session;
    EditFindingDialog dialog(f.id + u" · "_s + f.title, original, m_session->clauseOffset(index), proposal,
                             m_session->effectiveProposedText(index),
                             [session, index](const QString &text) {
                                 return session ? session->editsForText(index, text) : QList<Docx::Edit>{};
                             },
                             this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->editProposal(id, dialog.text());
}

void MainWindow::findingContextMenu(const QString &id, const QPoint &globalPos)
{
    m_findings->selectFinding(id);
    QMenu menu(this);
    menu.addAction(m_ui->actionAccept);
    menu.addAction(m_ui->actionReject);
    menu.addAction(m_ui->actionEdit);
    menu.addAction(m_ui->actionRevert);
    menu.exec(globalPos);
}

void MainWindow::chooseExportPath()
{
    if (!m_session)
        return;
    const QString original = m_session->document()->path;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the Redlined Document"),
                                                ExportController::defaultPath(original), tr("Word documents (*.docx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".docx"_s;
    exportRedline(path);
}

bool MainWindow::exportRedline(const QString &path)
{
    if (!m_session)
        return false;
    if (ExportController::sameFile(path, m_session->document()->path)) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("%1 is the document under review. The redline is always written to a new file; "
                                  "choose another name.")
                                   .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    ExportRequest request;
    request.path = path;
    request.author = m_settings->author();
    request.comments = m_settings->exportComments();
    QString error;
    if (!m_export->start(m_session, request, &error)) {
        m_message->showMessage(MessageBar::Kind::Error, error);
        return false;
    }
    statusBar()->showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    updateActions();
    return true;
}

void MainWindow::exportReport(bool pdf)
{
    if (!m_session)
        return;
    const QFileInfo info(m_session->document()->path);
    const QString suggested = info.dir().filePath(info.completeBaseName() + (pdf ? u" (review).pdf"_s : u" (review).html"_s));
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export the Report as PDF") : tr("Export the Report as HTML"),
                                                      suggested, pdf ? tr("PDF documents (*.pdf)") : tr("Web pages (*.html)"));
    if (path.isEmpty())
        return;
    if (ExportController::sameFile(path, m_session->document()->path)) {
        m_message->showMessage(MessageBar::Kind::Error, tr("%1 is the document under review; choose another name.")
                                                            .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    const bool ok = pdf ? ReportWriter::writePdf(*m_session, path, &error) : ReportWriter::writeHtml(*m_session, path, &error);
    if (ok)
        m_message->showMessage(MessageBar::Kind::Information, tr("Wrote the report to %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_message->showMessage(MessageBar::Kind::Error, tr("The report was not written: %1").arg(error));
}

void MainWindow::printReport()
{
    if (!m_session)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Review of %1").arg(m_session->document()->fileName()));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        ReportWriter::print(*m_session, &printer);
}

void MainWindow::chooseOtherPlaybook()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Playbook"), QString(), tr("Playbooks (*.json)"));
    if (path.isEmpty())
        return;
    Review::Playbook playbook;
    QString error;
    if (!Review::Playbook::load(path, &playbook, &error)) {
        m_message->showMessage(MessageBar::Kind::Error, tr("This playbook cannot be used. %1").arg(error));
        return;
    }
    m_reviewBar->setPlaybook(path);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_keys, this);
    connect(&dialog, &SettingsDialog::saved, this, [this]() {
        if (!m_review->isRunning()) {
            m_reviewBar->setSide(m_settings->defaultSide());
            m_reviewBar->setPlaybook(m_settings->playbookPath());
        }
    });
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_loader->cancel();
    m_review->cancel();
    if (m_session) {
        QString error;
        m_session->saveNow(&error);
    }
    m_settings->setWindow(saveGeometry(), saveState());
    m_settings->sync();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFilePath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFilePath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}

} // namespace Redliner::App
