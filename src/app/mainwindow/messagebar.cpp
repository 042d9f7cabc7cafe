// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"
#include "icons.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_actions = new QHBoxLayout;
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(Icons::get(u"close"_s));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    m_kind = kind;
    m_text->setText(text);
    setAccessibleDescription(text);
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_actions->addWidget(button);
    }
    restyle();
    show();
}

void MessageBar::hideMessage()
{
    hide();
    m_text->clear();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::restyle()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QString icon = m_kind == Kind::Error ? u"error"_s : m_kind == Kind::Warning ? u"warning"_s : u"info"_s;
    m_icon->setPixmap(Icons::get(icon).pixmap(size, size, isEnabled() ? QIcon::Normal : QIcon::Disabled));
    // A tint of the message's colour over the window's own background works in light and dark.
    QColor tint = m_kind == Kind::Error ? QColor(0xd1, 0x24, 0x2f) : m_kind == Kind::Warning ? QColor(0xd9, 0x82, 0x0b)
                                                                                             : QColor(0x3b, 0x82, 0xc4);
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::Window) : palette().color(QPalette::Window);
    const qreal a = 0.18;
    const QColor mixed = QColor::fromRgbF(base.redF() * (1 - a) + tint.redF() * a, base.greenF() * (1 - a) + tint.greenF() * a,
                                          base.blueF() * (1 - a) + tint.blueF() * a);
    QPalette p = palette();
    p.setColor(QPalette::Window, mixed);
    setPalette(p);
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_close->setToolTip(tr("Close this message"));
        m_close->setAccessibleName(tr("Close message"));
    }
    QFrame::changeEvent(event);
}

} // namespace Redliner::App
