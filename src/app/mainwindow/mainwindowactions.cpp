// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's actions: their shortcuts, icons and handlers, when they are enabled, and the
// menu of recent files.
#include "mainwindow.h"
#include "document/comparisonview.h"
#include "reviewcontrol/documentsession.h"
#include "document/documentview.h"
#include "findings/findingspanel.h"
#include "icons.h"
#include "messagebar.h"
#include "reviewcontrol/reviewcontroller.h"
#include "settings/settings.h"
#include "startpage.h"
#include "ui_mainwindow.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

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
    m_findings->setTheirActions(ui.actionAcceptTheirs, ui.actionRejectTheirs, ui.actionAcceptAuthor,
                                ui.actionRejectAuthor, ui.actionReplyComment);

    connect(ui.actionOpen, &QAction::triggered, this, [this]() {
        const QStringList recent = m_settings->recentFiles();
        const QString dir = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a Word Document"), dir,
                                                          tr("Word documents (*.docx);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(ui.actionCompare, &QAction::triggered, this, [this]() {
        if (!m_session)
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Compare with a Previous Version"),
                                                          QFileInfo(m_session->document()->path).absolutePath(),
                                                          tr("Word documents (*.docx);;All files (*)"));
        if (!path.isEmpty())
            compareWithPreviousVersion(path);
    });
    connect(ui.actionReviewFolder, &QAction::triggered, this, &MainWindow::chooseFolderToReview);
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
    connect(ui.actionAcceptTheirs, &QAction::triggered, this, [this]() { answerSelectedTheirs(true); });
    connect(ui.actionRejectTheirs, &QAction::triggered, this, [this]() { answerSelectedTheirs(false); });
    connect(ui.actionClearTheirAnswer, &QAction::triggered, this, [this]() { answerSelectedTheirs(std::nullopt); });
    connect(ui.actionAcceptAuthor, &QAction::triggered, this, [this]() { answerAuthor(true); });
    connect(ui.actionRejectAuthor, &QAction::triggered, this, [this]() { answerAuthor(false); });
    connect(ui.actionReplyComment, &QAction::triggered, this, &MainWindow::replyToCurrentComment);
    const auto bulk = [this](QAction *action, Review::Severity severity, DecisionStatus status) {
        connect(action, &QAction::triggered, this,
                [this, severity, status]() { decideSeverity(int(severity), int(status)); });
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
    connect(ui.actionPlaybooks, &QAction::triggered, this, &MainWindow::openPlaybooks);
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
        {ui.actionOpen, u"open"_s},
        {ui.actionExportDocx, u"export"_s},
        {ui.actionExportHtml, u"report"_s},
        {ui.actionExportPdf, u"report"_s},
        {ui.actionPrintReport, u"print"_s},
        {ui.actionAccept, u"accept"_s},
        {ui.actionReject, u"reject"_s},
        {ui.actionEdit, u"edit"_s},
        {ui.actionRevert, u"revert"_s},
        {m_undoAction, u"undo"_s},
        {m_redoAction, u"redo"_s},
        {ui.actionNextChange, u"next"_s},
        {ui.actionPreviousChange, u"previous"_s},
        {ui.actionRedlineOnly, u"redline-only"_s},
        {ui.actionSyncScroll, u"sync-scroll"_s},
        {ui.actionStartReview, u"review"_s},
        {ui.actionCancelReview, u"cancel"_s},
        {ui.actionSettings, u"settings"_s},
        {ui.actionRetryFailed, u"review"_s},
        {ui.actionClose, u"close"_s},
        {ui.findingsDock->toggleViewAction(), u"findings"_s},
    };
    for (const auto &[action, name] : icons)
        action->setIcon(Icons::get(name));
}

void MainWindow::updateActions()
{
    Ui::MainWindow &ui = *m_ui;
    const bool open = m_session != nullptr;
    const bool reviewed = open && !m_session->findings().isEmpty();
    const bool running = m_review->isRunning();
    ui.actionClose->setEnabled(open);
    ui.actionCompare->setEnabled(open && !m_loader->isLoading());
    // A comparison is worth exporting on its own: its differences are the tracked changes.
    const bool compared = open && m_session->document()->comparison.has_value();
    ui.actionExportDocx->setEnabled(open && (reviewed || compared) && !m_export->isRunning());
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
    const bool theirs = open && !m_session->document()->markup.changes.isEmpty();
    const bool theirSelected = theirs && !m_findings->selectedTheirChanges().isEmpty();
    ui.actionAcceptTheirs->setEnabled(theirSelected);
    ui.actionRejectTheirs->setEnabled(theirSelected);
    ui.actionClearTheirAnswer->setEnabled(theirSelected);
    ui.actionAcceptAuthor->setEnabled(theirs && m_findings->currentTheirAuthor().has_value());
    ui.actionRejectAuthor->setEnabled(theirs && m_findings->currentTheirAuthor().has_value());
    ui.actionReplyComment->setEnabled(open && m_findings->currentTheirComment().has_value());
    const bool answered = open && (!m_session->theirDecisions().isEmpty() || !m_session->replies().isEmpty());
    ui.actionExportDocx->setEnabled(ui.actionExportDocx->isEnabled() || (answered && !m_export->isRunning()));
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

} // namespace Redliner::App
