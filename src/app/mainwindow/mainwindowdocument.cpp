// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a document in the main window (the Open dialog's choice, a recent file, a dropped file),
// taking over the loaded session, and closing it.
#include "mainwindow.h"
#include "document/comparisonview.h"
#include "reviewcontrol/documentsession.h"
#include "filedrop.h"
#include "findings/findingspanel.h"
#include "messagebar.h"
#include "reviewcontrol/reviewcontroller.h"
#include "reviewcontrol/reviewtoolbar.h"
#include "settings/settings.h"
#include "startpage.h"
#include "ui_mainwindow.h"

#include "review/untrackedchanges.h"

#include <QDir>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QTimer>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

void MainWindow::openFile(const QString &path)
{
    if (path.isEmpty())
        return;
    m_message->hideMessage();
    if (m_ui->pages->currentWidget() == m_start)
        m_start->showLoading(path, 0, 4, tr("Reading the document"));
    m_loader->open(path);
}

void MainWindow::compareWithPreviousVersion(const QString &olderPath)
{
    if (!m_session || olderPath.isEmpty() || m_loader->isLoading())
        return;
    m_message->hideMessage();
    m_comparingWith = olderPath;
    m_loader->compare(m_session->document(), olderPath, m_settings->author());
}

void MainWindow::onNoDifferences(const QString &path, const QString &olderPath)
{
    m_comparingWith.clear();
    m_message->showMessage(MessageBar::Kind::Information,
                           tr("%1 and %2 have the same text: there is nothing to mark.")
                               .arg(QFileInfo(path).fileName(), QFileInfo(olderPath).fileName()));
}

void MainWindow::onLoaded(const LoadOutcome &outcome)
{
    m_comparingWith.clear();
    // The previous document's decisions are already on disk; make sure of it before it goes.
    if (m_review->isRunning())
        m_review->cancel();
    if (m_session)
        releaseSession();
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
    // Answers and replies alone are worth exporting: the actions follow them.
    connect(session, &DocumentSession::theirDecisionsChanged, this, &MainWindow::updateActions);
    connect(session, &DocumentSession::repliesChanged, this, &MainWindow::updateActions);
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
            followReview(session->reviewInfo());
        } else if (!error.isEmpty()) {
            m_message->showMessage(MessageBar::Kind::Warning,
                                   tr("The earlier decisions for this document could not be read: %1").arg(error));
        }
        applyPendingReview(session);
        updateCounts();
        updateActions();
        if (const auto &c = session->document()->comparison) {
            QString text = tr("Compared with %1: %n change(s) (%2 paragraph(s) edited, %3 inserted, %4 deleted), "
                              "listed under Their Changes. Export keeps them as tracked changes.",
                              nullptr, c->changes)
                               .arg(QFileInfo(c->olderPath).fileName())
                               .arg(c->edited)
                               .arg(c->inserted)
                               .arg(c->deleted);
            if (c->insertedRows > 0 || c->deletedRows > 0)
                text += u' ' + tr("Table rows: %1 inserted, %2 deleted.").arg(c->insertedRows).arg(c->deletedRows);
            if (c->formatted > 0)
                text += u' ' + tr("Formatting changed in %n paragraph(s).", nullptr, c->formatted);
            if (c->droppedObjects > 0)
                text += u' '
                        + tr("%n picture(s) or page break(s) of the deleted text cannot be shown.", nullptr,
                             c->droppedObjects);
            m_message->showMessage(MessageBar::Kind::Information, text);
            m_findings->showTheirChanges();
        }
        if (!session->document()->comparison)
            checkUntrackedChanges(session);
        // A comparison is not a file of its own: it does not become a recent file.
        QTimer::singleShot(0, this, [this, path, recent = !session->document()->comparison]() {
            if (recent) {
                m_settings->addRecentFile(path);
                m_start->setRecentFiles(m_settings->recentFiles());
                updateRecentMenu();
            }
            emit documentOpened(path);
        });
    });
}

// A file with the name of one we exported is most likely the other side's answer: what changed in
// it with tracking off (compared with what we sent, off the UI thread) is named in a warning.
void MainWindow::checkUntrackedChanges(DocumentSession *session)
{
    if (!m_settings->rememberExports())
        return;
    const LoadedDocumentPtr doc = session->document();
    auto sent = m_history.lookup(doc->fileName());
    if (!sent || !doc->markupError.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<QList<Review::UntrackedChange>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, doc, exportedAt = sent->exportedAt, sentText = sent->originalText]() {
                watcher->deleteLater();
                const QList<Review::UntrackedChange> changes = watcher->result();
                if (changes.isEmpty() || !m_session || m_session->document() != doc)
                    return;
                QString text =
                    tr("%1 has changes that are not tracked since you exported it on %2: %n place(s).", nullptr,
                       int(changes.size()))
                        .arg(doc->fileName(), QLocale().toString(exportedAt.toLocalTime(), QLocale::ShortFormat));
                const auto quote = [](const QString &words) -> QString {
                    QString line = words.simplified();
                    if (line.size() > 60)
                        line = line.left(59) + QChar(0x2026);
                    return u"\u201C"_s + line + u"\u201D"_s;
                };
                constexpr qsizetype shown = 5;
                for (qsizetype i = 0; i < std::min(shown, changes.size()); ++i) {
                    const Review::UntrackedChange &c = changes.at(i);
                    const QString what = c.before.trimmed().isEmpty() ? tr("%1 added").arg(quote(c.after))
                                         : c.after.trimmed().isEmpty()
                                             ? tr("%1 removed").arg(quote(c.before))
                                             : tr("%1 became %2").arg(quote(c.before), quote(c.after));
                    text += u"\n"_s + tr("Paragraph %1: %2").arg(c.paragraph + 1).arg(what);
                }
                if (changes.size() > shown)
                    text += u"\n"_s + tr("… and %n more.", nullptr, int(changes.size() - shown));
                m_message->showMessage(MessageBar::Kind::Warning, text);
                emit untrackedChangesFound(int(changes.size()));
            });
    watcher->setFuture(QtConcurrent::run([sent = std::move(*sent), received = doc->markup.originalText]() {
        return Review::untrackedChanges(sent.originalText, sent.changes, received);
    }));
}

void MainWindow::onLoadFailed(const QString &path, const QString &error)
{
    m_pendingReview.reset();
    if (!m_comparingWith.isEmpty()) {
        const QString older = QFileInfo(std::exchange(m_comparingWith, QString())).fileName();
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("The comparison with %1 could not be made. %2").arg(older, error));
        emit openFailed(path, error);
        return;
    }
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
    if (!m_comparingWith.isEmpty())
        m_loader->cancel(); // its result would bring the closed document back
    m_review->cancel();
    releaseSession();
    m_ui->pages->setCurrentWidget(m_start);
    m_message->hideMessage();
    updateTitle();
    updateCounts();
    updateActions();
}

void MainWindow::releaseSession()
{
    QString error;
    m_session->saveNow(&error);
    m_undo.removeStack(m_session->undoStack());
    m_findings->setSession(nullptr);
    m_compare->clear();
    delete m_session;
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
