// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewcontroller.h"

#include <QHash>
#include <QToolBar>

#include <utility>

class QComboBox;
class QLabel;
class QProgressBar;

namespace Redliner::App {

// What the next review will be: the reviewer, the side the user represents and the playbook;
// Start and Cancel; and, while a review runs, its progress.
class ReviewToolBar final : public QToolBar {
    Q_OBJECT
public:
    ReviewToolBar(QAction *start, QAction *cancel, QWidget *parent = nullptr);

    ReviewRequest request() const;
    void setReviewer(ReviewerKind kind);
    void setSide(Review::Side side);
    // The playbooks offered: the built-in one, the library's (Tools › Playbooks…), the default
    // from the settings, and any the user picked this session. Selects path ("" for the built-in).
    void setPlaybook(const QString &path);
    // The library's playbooks, (path, name shown) each; "" is the built-in one. The current choice
    // stays when it is still offered.
    void setLibrary(const QList<std::pair<QString, QString>> &playbooks);

    void setRunning(bool running);
    void setProgress(int done, int total, const QString &text);

    QComboBox *reviewerCombo() const { return m_reviewer; }
    QComboBox *sideCombo() const { return m_side; }
    QComboBox *playbookCombo() const { return m_playbook; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    // The user asked for another playbook file (the window asks which and validates it).
    void otherPlaybookRequested();
    // The user chose another side (not setSide): the window selects that side's default playbook.
    void sideChanged(Redliner::Review::Side side);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_reviewer = nullptr;
    QComboBox *m_side = nullptr;
    QComboBox *m_playbook = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_reviewerLabel = nullptr;
    QLabel *m_sideLabel = nullptr;
    QLabel *m_playbookLabel = nullptr;
    QStringList m_playbooks;  // paths, "" first for the built-in one
    QStringList m_library;    // the library's, in its order
    QHash<QString, QString> m_names; // path -> the playbook's name, for the library's
    int m_lastPlaybook = 0;
};

} // namespace Redliner::App
