// SPDX-License-Identifier: GPL-3.0-or-later
// Tools › Playbooks… from the main window: the library dialog, previewing on the open document,
// and the review toolbar's list of playbooks with the default of each side.
#include "mainwindow.h"
#include "playbooks/playbooklibrarydialog.h"
#include "reviewcontrol/documentsession.h"
#include "reviewcontrol/reviewtoolbar.h"
#include "settings/settings.h"

#include "review/playbooklibrary.h"

#include <QFileInfo>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

void MainWindow::openPlaybooks()
{
    if (!m_playbookDialog) {
        // Made anew each time: it reads the library as it is now.
        m_playbookDialog = new PlaybookLibraryDialog(m_settings, this);
        m_playbookDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_playbookDialog, &PlaybookLibraryDialog::libraryChanged, this, &MainWindow::refreshPlaybooks);
        // The preview follows the document the window shows.
        connect(this, &MainWindow::documentOpened, m_playbookDialog, [this]() {
            if (m_session)
                m_playbookDialog->setDocument(m_session->document()->text, m_session->document()->fileName());
        });
        const ReviewRequest request = m_reviewBar->request();
        if (m_session)
            m_playbookDialog->setDocument(m_session->document()->text, m_session->document()->fileName());
        m_playbookDialog->selectPlaybook(request.playbookPath.isEmpty() ? Review::Playbook::builtinPath()
                                                                        : request.playbookPath);
    }
    // The preview reviews for the side the toolbar is set to now.
    m_playbookDialog->setSide(m_reviewBar->request().side);
    m_playbookDialog->show();
    m_playbookDialog->raise();
    m_playbookDialog->activateWindow();
}

PlaybookLibraryDialog *MainWindow::playbookLibrary() const
{
    return m_playbookDialog;
}

QString MainWindow::defaultPlaybook(Review::Side side) const
{
    const QString path = Review::PlaybookLibrary().defaultFor(side);
    if (path != Review::Playbook::builtinPath())
        return path;
    return m_settings ? m_settings->playbookPath() : QString();
}

void MainWindow::refreshPlaybooks()
{
    const Review::PlaybookLibrary library;
    QList<std::pair<QString, QString>> playbooks;
    for (const Review::PlaybookEntry &entry : library.entries()) {
        if (!entry.builtin && entry.error.isEmpty())
            playbooks.append({entry.path, tr("%1 (%2)").arg(entry.playbook.name, entry.playbook.version)});
    }
    const Review::Side side = m_reviewBar->request().side;
    const bool known = m_sideDefaults.contains(side);
    const QString before = m_sideDefaults.value(side);
    m_reviewBar->setLibrary(playbooks);
    for (Review::Side s : {Review::Side::Receiving, Review::Side::Disclosing, Review::Side::Mutual})
        m_sideDefaults.insert(s, defaultPlaybook(s));
    // A new default for the side in use is picked at once; otherwise the user's choice stays.
    const QString now = m_sideDefaults.value(side);
    if (known && now != before && !m_review->isRunning())
        m_reviewBar->setPlaybook(now);
}

void MainWindow::followReview(const ReviewInfo &info)
{
    m_reviewBar->setSide(info.side);
    if (info.playbookPath.isEmpty() || QFileInfo::exists(info.playbookPath))
        m_reviewBar->setPlaybook(info.playbookPath);
}

} // namespace Redliner::App
