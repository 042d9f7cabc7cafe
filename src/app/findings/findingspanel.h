// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

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
// the other side's tracked changes and comments (read-only), each with the playbook's view.
class FindingsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);
    ~FindingsPanel() override;

    void setSession(DocumentSession *session);
    // The window's actions for accept, reject, edit and restore, shown as the panel's buttons.
    void setDecisionActions(QAction *accept, QAction *reject, QAction *edit, QAction *revert);

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

signals:
    void currentFindingChanged(const QString &id);
    void selectionChanged();
    // One of their changes or comments was selected: its range in the working text.
    void theirChangeSelected(qint32 start, qint32 end);

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
