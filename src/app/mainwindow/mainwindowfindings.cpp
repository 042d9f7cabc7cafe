// SPDX-License-Identifier: GPL-3.0-or-later
// Deciding on findings from the main window: accept or reject the selected ones or a whole
// severity, edit a proposal, the context menu of a change.
#include "mainwindow.h"
#include "document/comparisonview.h"
#include "reviewcontrol/documentsession.h"
#include "findings/editfindingdialog.h"
#include "findings/findingsmodel.h"
#include "findings/findingspanel.h"
#include "messagebar.h"
#include "ui_mainwindow.h"

#include <QInputDialog>
#include <QMenu>
#include <QTreeView>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

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
                      DecisionStatus(status) == DecisionStatus::Accepted ? tr("Accept %1").arg(what)
                                                                         : tr("Reject %1").arg(what));
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

void MainWindow::answerSelectedTheirs(std::optional<bool> accept)
{
    if (!m_session)
        return;
    const QList<int> changes = m_findings->selectedTheirChanges();
    if (changes.isEmpty())
        return;
    const QString description = !accept   ? tr("Leave %n of their change(s) undecided", nullptr, int(changes.size()))
                                : *accept ? tr("Accept %n of their change(s)", nullptr, int(changes.size()))
                                          : tr("Reject %n of their change(s)", nullptr, int(changes.size()));
    showAnswerProblems(m_session->decideTheirs(changes, accept, description));
}

void MainWindow::answerAuthor(bool accept)
{
    const std::optional<QString> author = m_findings->currentTheirAuthor();
    if (!m_session || !author)
        return;
    QList<int> changes;
    const auto &all = m_session->document()->markup.changes;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].author == *author)
            changes.append(int(i));
    }
    const QString who = author->isEmpty() ? tr("an unnamed author") : *author;
    showAnswerProblems(m_session->decideTheirs(
        changes, accept, accept ? tr("Accept all changes by %1").arg(who) : tr("Reject all changes by %1").arg(who)));
}

void MainWindow::showAnswerProblems(const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    m_message->showMessage(MessageBar::Kind::Warning,
                           tr("Some of their changes were left as they are, because Redliner cannot write that "
                              "answer: %1")
                               .arg(problems.join(u"; "_s)));
}

void MainWindow::replyToCurrentComment()
{
    const std::optional<qint64> id = m_findings->currentTheirComment();
    if (!m_session || !id)
        return;
    const auto &comments = m_session->document()->markup.comments;
    const auto comment =
        std::find_if(comments.cbegin(), comments.cend(), [&](const Docx::ExistingComment &c) { return c.id == *id; });
    if (comment == comments.cend())
        return;
    const QString who = comment->author.isEmpty() ? tr("an unnamed author") : comment->author;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Reply to %1").arg(who),
        tr("%1 wrote: “%2”\n\nYour reply (leave it empty to take it back):").arg(who, comment->text),
        m_session->replies().value(*id), &ok);
    if (ok)
        m_session->setReply(*id, text);
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
    EditFindingDialog dialog(
        f.id + u" · "_s + f.title, original, m_session->clauseOffset(index), proposal,
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

} // namespace Redliner::App
