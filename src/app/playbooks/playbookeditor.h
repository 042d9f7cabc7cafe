// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/playbook.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Redliner::App {

class PlaybookIssueForm;

// A playbook being edited: its name, version and description, its issues as a list (checked or
// not, severity, title) with Add Issue (from the template of a known issue kind) and Remove, and
// the selected issue in a PlaybookIssueForm. Knows nothing of files: the dialog checks and saves.
class PlaybookEditor final : public QWidget {
    Q_OBJECT
public:
    explicit PlaybookEditor(QWidget *parent = nullptr);

    void setPlaybook(const Review::Playbook &playbook);
    // The playbook as edited (path and sha256 as given to setPlaybook).
    Review::Playbook playbook() const { return m_playbook; }
    void setReadOnly(bool readOnly);
    // Selects an issue by id; false if the playbook has none of that id.
    bool selectIssue(const QString &id);
    void addIssue(const QString &id);
    void removeCurrentIssue();

    QTreeWidget *issueList() const { return m_issues; }
    PlaybookIssueForm *issueForm() const { return m_form; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillList();
    void updateRow(int row);
    void showCurrent();
    void updateButtons();

    Review::Playbook m_playbook;
    int m_current = -1;
    bool m_readOnly = false;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLabel *m_issuesLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_version = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QTreeWidget *m_issues = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    PlaybookIssueForm *m_form = nullptr;
};

} // namespace Redliner::App
