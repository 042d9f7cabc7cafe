// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/playbook.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace Redliner::App {

class PositionEditor;

// One issue of a playbook: its title, severity and whether it is checked, its parameters (a spin
// box each, with the unit and the limits the loader accepts) and the three sides' positions.
class PlaybookIssueForm final : public QWidget {
    Q_OBJECT
public:
    explicit PlaybookIssueForm(QWidget *parent = nullptr);

    void setIssue(const Review::PlaybookIssue &issue);
    // The issue as edited; parameters not shown (comments) are kept as they were.
    Review::PlaybookIssue issue() const;
    void setReadOnly(bool readOnly);
    // Shows that side's position first.
    void showSide(Review::Side side);

    QSpinBox *parameterBox(const QString &name) const { return m_parameters.value(name); }
    PositionEditor *positionEditor(Review::Side side) const { return m_positions.value(side); }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildParameters(bool keepValues);

    Review::PlaybookIssue m_issue;
    QLabel *m_id = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_severity = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_severityLabel = nullptr;
    QLabel *m_idLabel = nullptr;
    QGroupBox *m_parameterBox = nullptr;
    QFormLayout *m_parameterForm = nullptr;
    QHash<QString, QSpinBox *> m_parameters;
    QTabWidget *m_sides = nullptr;
    QHash<Review::Side, PositionEditor *> m_positions;
    bool m_readOnly = false;
};

} // namespace Redliner::App
