// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QTreeView;

namespace Ui {
class FindingsPanel;
}

namespace Redliner::App {

class DocumentSession;
class FindingsFilterProxy;
class FindingsModel;
class TheirChangesModel;

// The list of findings (severity, clause, title, reviewer, decision) with filters, and the
// selected finding's rationale and proposed change with the buttons to decide on it; beside it,
// the other side's tracked changes and comments, each with the playbook's view and the lawyer's
// answer.
class FindingsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);
    ~FindingsPanel() override;

    void setSession(DocumentSession *session);
    // The window's actions for accept, reject, edit and restore, shown as the panel's buttons.
    void setDecisionActions(QAction *accept, QAction *reject, QAction *edit, QAction *revert);
    // The window's actions answering their changes, shown as the Their Changes tab's buttons.
    void setTheirActions(QAction *accept, QAction *reject, QAction *acceptAuthor, QAction *rejectAuthor,
                         QAction *reply);

    FindingsModel *model() const { return m_model; }
    FindingsFilterProxy *proxy() const { return m_proxy; }
    QTreeView *view() const;
    TheirChangesModel *theirChangesModel() const { return m_theirChanges; }
    QTreeView *theirChangesView() const;
    // Brings their changes forward (or the findings back).
    void showTheirChanges(bool show = true);

    QString currentFinding() const;
    QStringList selectedFindings() const;
    void selectFinding(const QString &id);
    void focusFilter();
    // Their changes selected in the Their Changes tab (indices into the markup's changes; comments
    // left out), and the author of the current one (empty when none is current).
    QList<int> selectedTheirChanges() const;
    std::optional<QString> currentTheirAuthor() const;
    // The w:id of the comment current in the Their Changes tab, if one anchored in the body is.
    std::optional<qint64> currentTheirComment() const;

signals:
    void currentFindingChanged(const QString &id);
    void selectionChanged();
    // One of their changes or comments was selected: its range in the working text.
    void theirChangeSelected(qint32 start, qint32 end);
    // The selection among their changes changed (what the answering actions act on).
    void theirSelectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDetails();
    void setupTheirChanges();
    void updateTheirChangesTab();

    std::unique_ptr<Ui::FindingsPanel> m_ui;
    QPointer<DocumentSession> m_session;
    FindingsModel *m_model = nullptr;
    FindingsFilterProxy *m_proxy = nullptr;
    TheirChangesModel *m_theirChanges = nullptr;
    QString m_current;
};

} // namespace Redliner::App
