// SPDX-License-Identifier: GPL-3.0-or-later
#include "positioneditor.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {

QPlainTextEdit *textEdit(const QString &name, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true); // Tab moves on, as in a form: keyboard use without a mouse
    const int line = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(line * lines + 12);
    edit->setMaximumHeight(line * lines * 2 + 12); // all four texts in sight at once
    return edit;
}

} // namespace

PositionEditor::PositionEditor(Review::Side side, QWidget *parent) : QWidget(parent), m_side(side)
{
    const QString suffix = u"_"_s + Review::sideName(side);
    m_raise = new QCheckBox(this);
    m_raise->setObjectName(u"raise"_s + suffix);
    m_preferred = textEdit(u"preferred"_s + suffix, 2, this);
    m_fallback = textEdit(u"fallback"_s + suffix, 2, this);
    m_rationale = textEdit(u"rationale"_s + suffix, 3, this);
    m_language = textEdit(u"language"_s + suffix, 4, this);
    m_preferredLabel = new QLabel(this);
    m_fallbackLabel = new QLabel(this);
    m_rationaleLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_placeholderInfo = new QLabel(this);
    m_placeholderInfo->setObjectName(u"placeholders"_s + suffix);
    m_placeholderInfo->setWordWrap(true);
    m_placeholderInfo->setTextFormat(Qt::PlainText);
    m_placeholderButtons = new QHBoxLayout;
    m_placeholderButtons->setContentsMargins(0, 0, 0, 0);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(6, 6, 6, 6);
    form->addRow(m_raise);
    const std::pair<QLabel *, QPlainTextEdit *> rows[] = {{m_preferredLabel, m_preferred},
                                                          {m_fallbackLabel, m_fallback},
                                                          {m_rationaleLabel, m_rationale},
                                                          {m_languageLabel, m_language}};
    for (const auto &[label, edit] : rows) {
        label->setBuddy(edit);
        form->addRow(label, edit);
        connect(edit, &QPlainTextEdit::textChanged, this, &PositionEditor::changed);
    }
    auto *placeholders = new QVBoxLayout;
    placeholders->addWidget(m_placeholderInfo);
    placeholders->addLayout(m_placeholderButtons);
    form->addRow(QString(), placeholders);
    connect(m_raise, &QCheckBox::toggled, this, &PositionEditor::changed);
    connect(m_language, &QPlainTextEdit::textChanged, this, &PositionEditor::checkPlaceholders);
    retranslate();
}

void PositionEditor::retranslate()
{
    // The letters are the dialog's to share out (see PlaybookLibraryDialog::retranslate).
    m_raise->setText(tr("Raise this issue for this side"));
    m_raise->setToolTip(tr("Off: this side does not object, and the issue is only shown in the report"));
    m_preferredLabel->setText(tr("&Preferred:"));
    m_fallbackLabel->setText(tr("&Fallback:"));
    m_rationaleLabel->setText(tr("Rati&onale:"));
    m_languageLabel->setText(tr("Lan&guage:"));
    m_preferred->setAccessibleName(tr("Preferred position"));
    m_fallback->setAccessibleName(tr("Fallback position"));
    m_rationale->setAccessibleName(tr("Rationale"));
    m_rationale->setToolTip(tr("Why the change is market: the comment on the tracked change"));
    m_language->setAccessibleName(tr("Language to propose"));
    m_language->setToolTip(tr("The clause text to propose: a whole clause, a sentence or a phrase"));
    checkPlaceholders();
}

void PositionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PositionEditor::setPosition(const Review::Position &position, const QStringList &placeholders)
{
    const QSignalBlocker blockRaise(m_raise), blockPreferred(m_preferred), blockFallback(m_fallback),
        blockRationale(m_rationale), blockLanguage(m_language);
    m_raise->setChecked(position.raise);
    m_preferred->setPlainText(position.preferred);
    m_fallback->setPlainText(position.fallback);
    m_rationale->setPlainText(position.rationale);
    m_language->setPlainText(position.language);
    if (placeholders != m_placeholders) {
        m_placeholders = placeholders;
        while (QLayoutItem *item = m_placeholderButtons->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        for (const QString &placeholder : placeholders) {
            auto *insert = new QPushButton(placeholder, this);
            insert->setObjectName(u"insert"_s + placeholder);
            insert->setAccessibleName(tr("Insert %1").arg(placeholder));
            insert->setToolTip(tr("Insert %1 into the language at the cursor").arg(placeholder));
            insert->setEnabled(!m_readOnly);
            connect(insert, &QPushButton::clicked, this, [this, placeholder]() {
                m_language->insertPlainText(placeholder);
                m_language->setFocus();
            });
            m_placeholderButtons->addWidget(insert);
        }
        m_placeholderButtons->addStretch();
    }
    checkPlaceholders();
}

Review::Position PositionEditor::position() const
{
    Review::Position p;
    p.raise = m_raise->isChecked();
    p.preferred = m_preferred->toPlainText();
    p.fallback = m_fallback->toPlainText();
    p.rationale = m_rationale->toPlainText();
    p.language = m_language->toPlainText();
    return p;
}

void PositionEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_raise->setEnabled(!readOnly);
    for (QPlainTextEdit *edit : {m_preferred, m_fallback, m_rationale, m_language})
        edit->setReadOnly(readOnly);
    for (int i = 0; i < m_placeholderButtons->count(); ++i) {
        if (QWidget *w = m_placeholderButtons->itemAt(i)->widget())
            w->setEnabled(!readOnly);
    }
}

void PositionEditor::checkPlaceholders()
{
    // The loader's message says the same once the playbook is checked; here it is shown where
    // the lawyer types.
    static const QRegularExpression braces(u"\\{[^{}]*\\}"_s);
    QStringList unknown;
    for (auto it = braces.globalMatch(m_language->toPlainText()); it.hasNext();) {
        const QString found = it.next().captured();
        if (!m_placeholders.contains(found) && !unknown.contains(found))
            unknown.append(found);
    }
    QString text = m_placeholders.isEmpty()
                       ? tr("This language takes no placeholders: it is proposed as written.")
                       : tr("Placeholders filled in from the parameters: %1").arg(m_placeholders.join(u", "_s));
    if (!unknown.isEmpty())
        text += u"\n"_s + tr("Not a placeholder here: %1").arg(unknown.join(u", "_s));
    m_placeholderInfo->setText(text);
    QPalette palette = this->palette();
    if (!unknown.isEmpty())
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_placeholderInfo->setPalette(palette);
}

} // namespace Redliner::App
