// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbookhistoryview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {
enum Column { VersionColumn, SavedColumn, ByColumn, HashColumn };
}

PlaybookHistoryView::PlaybookHistoryView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(u"historyList"_s);
    setColumnCount(4);
    setUniformRowHeights(false);
    setWordWrap(true);
    header()->setStretchLastSection(true);
    retranslate();
}

void PlaybookHistoryView::retranslate()
{
    setAccessibleName(tr("Playbook history"));
    setHeaderLabels({tr("Version"), tr("Saved"), tr("By"), tr("SHA-256")});
    setHistory(m_revisions, m_builtin);
}

void PlaybookHistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void PlaybookHistoryView::setHistory(const QList<Review::PlaybookRevision> &revisions, bool builtin)
{
    m_revisions = revisions;
    m_builtin = builtin;
    clear();
    const QLocale locale;
    // Newest first: the version in use is the one a lawyer looks for.
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(VersionColumn, it->version);
        item->setText(SavedColumn, locale.toString(it->savedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(ByColumn, it->savedBy);
        item->setText(HashColumn, it->sha256.left(12));
        item->setToolTip(HashColumn, it->sha256);
        item->setFirstColumnSpanned(false);
        for (const QString &change : it->changes) {
            auto *line = new QTreeWidgetItem(item);
            line->setText(0, change);
            line->setFirstColumnSpanned(true);
        }
        item->setExpanded(true);
    }
    if (topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, builtin ? tr("No saved versions: the built-in playbook changes only with Redliner.")
                                 : tr("No history recorded for this playbook: the next save starts it."));
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
    for (int c = 0; c < columnCount() - 1; ++c)
        resizeColumnToContents(c);
}

} // namespace Redliner::App
