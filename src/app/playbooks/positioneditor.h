// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/playbook.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;

namespace Redliner::App {

// One side's position on an issue: whether it is raised, the preferred and fallback positions,
// the rationale (the comment on the change) and the language to propose, with the placeholders
// the drafting fills in that language shown, insertable and checked.
class PositionEditor final : public QWidget {
    Q_OBJECT
public:
    // `side` names the child widgets ("preferred_receiving"...) so that tests find them.
    explicit PositionEditor(Review::Side side, QWidget *parent = nullptr);

    void setPosition(const Review::Position &position, const QStringList &placeholders);
    Review::Position position() const;
    void setReadOnly(bool readOnly);

    QPlainTextEdit *languageEdit() const { return m_language; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void checkPlaceholders();

    Review::Side m_side;
    QCheckBox *m_raise = nullptr;
    QPlainTextEdit *m_preferred = nullptr;
    QPlainTextEdit *m_fallback = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QPlainTextEdit *m_language = nullptr;
    QLabel *m_preferredLabel = nullptr;
    QLabel *m_fallbackLabel = nullptr;
    QLabel *m_rationaleLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_placeholderInfo = nullptr; // which placeholders this language takes, and any unknown one
    QHBoxLayout *m_placeholderButtons = nullptr;
    QStringList m_placeholders;
    bool m_readOnly = false;
};

} // namespace Redliner::App
