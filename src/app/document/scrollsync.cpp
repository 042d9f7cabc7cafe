// SPDX-License-Identifier: GPL-3.0-or-later
#include "scrollsync.h"
#include "documentview.h"

#include <QScrollBar>

namespace Redliner::App {

ScrollSync::ScrollSync(DocumentView *left, DocumentView *right, QObject *parent)
    : QObject(parent), m_left(left), m_right(right), m_leader(left)
{
    connect(left->verticalScrollBar(), &QScrollBar::valueChanged, this, [this]() { scrolled(m_left); });
    connect(right->verticalScrollBar(), &QScrollBar::valueChanged, this, [this]() { scrolled(m_right); });
}

void ScrollSync::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        follow(m_leader);
}

void ScrollSync::follow(DocumentView *leader)
{
    if (!leader || !m_left || !m_right)
        return;
    m_leader = leader;
    DocumentView *other = leader == m_left ? m_right : m_left;
    if (!m_enabled || m_busy || !other->isVisible() || !leader->isVisible())
        return;
    m_busy = true;
    other->showPlace(leader->topPlace());
    m_busy = false;
}

void ScrollSync::scrolled(DocumentView *source)
{
    if (m_busy)
        return;
    follow(source);
}

} // namespace Redliner::App
