// SPDX-License-Identifier: GPL-3.0-or-later
#include "changemap.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

#include <cmath>

namespace Redliner::App {

ChangeMap::ChangeMap(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
}

QSize ChangeMap::sizeHint() const
{
    return {12, 100};
}

QSize ChangeMap::minimumSizeHint() const
{
    return {12, 20};
}

void ChangeMap::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    update();
}

void ChangeMap::setCurrent(const QString &findingId)
{
    m_current = findingId;
    update();
}

int ChangeMap::yOf(const Mark &mark) const
{
    // The marks line up with the scroll bar's groove, which leaves room for its arrows.
    const int inset = style()->pixelMetric(QStyle::PM_ScrollBarExtent) / 2;
    return inset + qRound(mark.position * std::max(1, height() - 2 * inset));
}

int ChangeMap::markAt(int y) const
{
    int best = -1;
    int distance = 7;
    for (int i = 0; i < m_marks.size(); ++i) {
        const int d = std::abs(yOf(m_marks.at(i)) - y);
        if (d < distance) {
            distance = d;
            best = i;
        }
    }
    return best;
}

void ChangeMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::AlternateBase));
    for (const Mark &m : std::as_const(m_marks)) {
        QColor color = m.color;
        if (m.decided)
            color.setAlpha(110);
        painter.fillRect(QRect(2, yOf(m) - 1, width() - 4, 3), color);
    }
    for (const Mark &m : std::as_const(m_marks)) {
        if (m.findingId == m_current) {
            painter.setPen(palette().color(QPalette::Highlight));
            painter.drawRect(QRect(0, yOf(m) - 3, width() - 1, 6));
            break;
        }
    }
}

void ChangeMap::mousePressEvent(QMouseEvent *event)
{
    const int i = markAt(qRound(event->position().y()));
    if (i >= 0)
        emit markClicked(m_marks.at(i).findingId);
}

bool ChangeMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = markAt(help->pos().y());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), m_marks.at(i).toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Redliner::App
