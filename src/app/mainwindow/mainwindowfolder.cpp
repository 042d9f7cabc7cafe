// SPDX-License-Identifier: GPL-3.0-or-later
// File › Review Folder… from the main window: the triage view, the reviewer the review toolbar
// chose (a network one with the keychain's keys and the user's consent for the whole folder), and
// opening one of its documents with the findings the folder review found.
#include "mainwindow.h"
#include "folderreview/folderreviewmodel.h"
#include "folderreview/folderreviewwindow.h"
#include "messagebar.h"
#include "reviewcontrol/documentsession.h"
#include "reviewcontrol/reviewtoolbar.h"
#include "settings/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

FolderReviewWindow *MainWindow::folderReview()
{
    if (m_folderReview)
        return m_folderReview;
    // A window of its own (the user reads the table beside the review), owned by this one; its
    // network reviews go through the application's one network manager.
    m_folderReview = new FolderReviewWindow(m_settings, m_review->network(), this);
    connect(m_folderReview, &FolderReviewWindow::folderRequested, this, &MainWindow::chooseFolderToReview);
    connect(m_folderReview, &FolderReviewWindow::openRequested, this, &MainWindow::openReviewed);
    return m_folderReview;
}

void MainWindow::chooseFolderToReview()
{
    FolderReviewWindow *window = folderReview();
    window->show();
    window->raise();
    const QStringList recent = m_settings->recentFiles();
    const QString start = !window->model()->root().isEmpty() ? window->model()->root()
                          : recent.isEmpty()                 ? QDir::homePath()
                                                             : QFileInfo(recent.first()).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(window, tr("Review a Folder of NDAs"), start);
    if (!folder.isEmpty())
        reviewFolder(folder);
}

void MainWindow::reviewFolder(const QString &folder)
{
    FolderReviewWindow *window = folderReview();
    window->show();
    window->raise();
    window->activateWindow();
    const ReviewRequest request = m_reviewBar->request();
    if (request.reviewer == ReviewerKind::Offline) {
        startFolderReview(folder, request);
        return;
    }
    readProviderKeys(request, [this, folder](const ReviewRequest &withKeys) { startFolderReview(folder, withKeys); });
}

void MainWindow::startFolderReview(const QString &folder, ReviewRequest request)
{
    FolderReviewWindow *window = folderReview();
    const auto fail = [window](const QString &error) {
        QMessageBox::warning(window, tr("Review a Folder of NDAs"), error);
    };
    if (request.reviewer != ReviewerKind::Offline) {
        if (!checkProviders(request)) {
            fail(tr("The reviewer chosen in the review toolbar cannot be used; the main window says why."));
            return;
        }
        request.pseudonymise = m_settings->pseudonymise();
        request.batchSize = m_settings->llmBatchSize();
        // The documents of a folder leave this machine only once the user said yes, for all of them.
        QStringList names;
        for (const Llm::ProviderConfig &c : std::as_const(request.providers)) {
            if (c.isCloud() && !Llm::isLoopback(c.baseUrl))
                names.append(tr("%1 (model %2, %3)").arg(Llm::providerDisplayName(c.kind), c.model, c.baseUrl.host()));
        }
        if (!names.isEmpty()) {
            QMessageBox box(QMessageBox::Question, tr("Send the Documents?"),
                            tr("The text of every NDA in %1 will be sent to %2 for review.")
                                .arg(QDir::toNativeSeparators(folder), names.join(tr(" and "))),
                            QMessageBox::Cancel, window);
            box.setObjectName(u"folderCloudConfirmation"_s);
            box.setInformativeText(request.pseudonymise
                                       ? tr("Party names and addresses are replaced by placeholders before sending "
                                            "and put back in the answers.")
                                       : tr("Party names and addresses are sent as they are: pseudonymisation is off "
                                            "in Settings › Providers."));
            QPushButton *send = box.addButton(tr("&Send for Review"), QMessageBox::AcceptRole);
            box.setDefaultButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() != send)
                return;
        }
    }
    QString error;
    if (!window->review(folder, request, &error))
        fail(error);
}

void MainWindow::openReviewed(const ReviewedFile &file)
{
    m_pendingReview = file;
    raise();
    activateWindow();
    openFile(file.path);
}

void MainWindow::applyPendingReview(DocumentSession *session)
{
    if (!m_pendingReview)
        return;
    const ReviewedFile file = *std::exchange(m_pendingReview, std::nullopt);
    if (file.status != FileStatus::Reviewed || !ExportController::sameFile(file.path, session->document()->path))
        return;
    if (file.sha256 != session->document()->sha256) {
        m_message->showMessage(
            MessageBar::Kind::Warning,
            tr("%1 changed after the folder review: review it again (F5) for findings that match it.")
                .arg(session->document()->fileName()));
        return;
    }
    // Decisions made on an earlier review of this document carry over to the same findings.
    session->setReview(file.findings, file.info);
    followReview(file.info);
    m_message->showMessage(MessageBar::Kind::Information, tr("The folder review's %n finding(s) for this document.",
                                                             nullptr, int(file.findings.size())));
}

} // namespace Redliner::App
