// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewcontroller.h"

#include <QToolBar>

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
    // The playbooks offered: the built-in one, the default from the settings, and any the
    // user picked this session.
    void setPlaybook(const QString &path);

    void setRunning(bool running);
    void setProgress(int done, int total, const QString &text);

    QComboBox *reviewerCombo() const { return m_reviewer; }
    QComboBox *sideCombo() const { return m_side; }
    QComboBox *playbookCombo() const { return m_playbook; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    // The user asked for another playbook file (the window asks which and validates it).
    void otherPlaybookRequested();

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
    int m_lastPlaybook = 0;
};

} // namespace Redliner::App
