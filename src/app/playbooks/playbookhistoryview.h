// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/playbooklibrary.h"

#include <QTreeWidget>

namespace Redliner::App {

// A playbook's revisions, newest first: the version, when and by whom it was saved, its SHA-256
// (what a review report names) and what changed from the one before.
class PlaybookHistoryView final : public QTreeWidget {
    Q_OBJECT
public:
    explicit PlaybookHistoryView(QWidget *parent = nullptr);

    // `builtin`: the built-in playbook, which has no history of its own.
    void setHistory(const QList<Review::PlaybookRevision> &revisions, bool builtin = false);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QList<Review::PlaybookRevision> m_revisions;
    bool m_builtin = false;
};

} // namespace Redliner::App
