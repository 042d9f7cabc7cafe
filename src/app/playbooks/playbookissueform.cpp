// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbookissueform.h"
#include "positioneditor.h"

#include "review/playbookparameters.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr Review::Side Sides[] = {Review::Side::Receiving, Review::Side::Disclosing, Review::Side::Mutual};

QString unitSuffix(const QString &unit)
{
    if (unit == u"months")
        return PlaybookIssueForm::tr(" months");
    if (unit == u"days")
        return PlaybookIssueForm::tr(" days");
    if (unit == u"weeks")
        return PlaybookIssueForm::tr(" weeks");
    if (unit == u"years")
        return PlaybookIssueForm::tr(" years");
    // A unit the loader may add later: its own word, placed as the language places a unit.
    return PlaybookIssueForm::tr(" %1", "a unit this form does not know yet").arg(unit);
}

// A parameter in words (its name is the file's): what the lawyer sets.
QString parameterLabel(const QString &issue, const QString &name)
{
    if (name == u"max_months") {
        if (issue == u"term")
            return PlaybookIssueForm::tr("Longest term accepted");
        if (issue == u"survival")
            return PlaybookIssueForm::tr("Longest survival accepted");
        if (issue == u"non-solicitation")
            return PlaybookIssueForm::tr("Longest non-solicitation accepted");
    } else if (name == u"proposed_months") {
        if (issue == u"term")
            return PlaybookIssueForm::tr("Term proposed");
        if (issue == u"survival")
            return PlaybookIssueForm::tr("Survival proposed");
    } else if (name == u"min_days" && issue == u"return-destroy") {
        return PlaybookIssueForm::tr("Shortest time to return or destroy");
    }
    // One the loader may add later: its name, readable.
    QString words = name;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

} // namespace

PlaybookIssueForm::PlaybookIssueForm(QWidget *parent) : QWidget(parent)
{
    m_idLabel = new QLabel(this);
    m_id = new QLabel(this);
    m_id->setObjectName(u"issueId"_s);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_titleLabel = new QLabel(this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"issueTitle"_s);
    m_severityLabel = new QLabel(this);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(u"issueSeverity"_s);
    m_enabled = new QCheckBox(this);
    m_enabled->setObjectName(u"issueEnabled"_s);
    m_titleLabel->setBuddy(m_title);
    m_severityLabel->setBuddy(m_severity);

    m_parameterBox = new QGroupBox(this);
    m_parameterBox->setObjectName(u"parameterBox"_s);
    m_parameterForm = new QFormLayout(m_parameterBox);

    m_sides = new QTabWidget(this);
    m_sides->setObjectName(u"sideTabs"_s);
    for (Review::Side side : Sides) {
        auto *editor = new PositionEditor(side, m_sides);
        m_positions.insert(side, editor);
        m_sides->addTab(editor, QString());
        connect(editor, &PositionEditor::changed, this, &PlaybookIssueForm::changed);
    }

    auto *top = new QFormLayout;
    top->addRow(m_idLabel, m_id);
    top->addRow(m_titleLabel, m_title);
    top->addRow(m_severityLabel, m_severity);
    top->addRow(m_enabled);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_parameterBox);
    layout->addWidget(m_sides, 1);

    connect(m_title, &QLineEdit::textEdited, this, &PlaybookIssueForm::changed);
    connect(m_severity, &QComboBox::activated, this, &PlaybookIssueForm::changed);
    connect(m_enabled, &QCheckBox::toggled, this, &PlaybookIssueForm::changed);
    retranslate();
}

void PlaybookIssueForm::retranslate()
{
    // The letters are the dialog's to share out (see PlaybookLibraryDialog::retranslate): the
    // side tabs go without, Ctrl+Tab moves between them.
    m_idLabel->setText(tr("Issue:"));
    m_titleLabel->setText(tr("&Title:"));
    m_severityLabel->setText(tr("Se&verity:"));
    m_enabled->setText(tr("Chec&k this issue"));
    m_enabled->setToolTip(tr("Off: the reviewer skips this issue altogether"));
    m_title->setAccessibleName(tr("Issue title"));
    m_severity->setAccessibleName(tr("Severity"));
    m_parameterBox->setTitle(tr("Parameters"));
    m_sides->setAccessibleName(tr("Positions by side"));
    m_sides->setTabText(0, tr("Receiving party"));
    m_sides->setTabText(1, tr("Disclosing party"));
    m_sides->setTabText(2, tr("Mutual"));
    const QSignalBlocker block(m_severity);
    const int severity = m_severity->currentIndex();
    m_severity->clear();
    m_severity->addItem(tr("High"), int(Review::Severity::High));
    m_severity->addItem(tr("Medium"), int(Review::Severity::Medium));
    m_severity->addItem(tr("Low"), int(Review::Severity::Low));
    m_severity->setCurrentIndex(severity);
    rebuildParameters(true);
}

void PlaybookIssueForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaybookIssueForm::setIssue(const Review::PlaybookIssue &issue)
{
    m_issue = issue;
    const QSignalBlocker blockTitle(m_title), blockSeverity(m_severity), blockEnabled(m_enabled);
    m_id->setText(issue.id);
    m_title->setText(issue.title);
    m_severity->setCurrentIndex(m_severity->findData(int(issue.severity)));
    m_enabled->setChecked(issue.enabled);
    const QStringList placeholders = Review::playbookPlaceholders(issue.id);
    for (Review::Side side : Sides) {
        const Review::Position *position = issue.position(side);
        m_positions.value(side)->setPosition(position ? *position : Review::Position{}, placeholders);
    }
    rebuildParameters(false);
}

void PlaybookIssueForm::rebuildParameters(bool keepValues)
{
    // The current values survive a change of language: they are read back before rebuilding.
    if (keepValues) {
        for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it)
            m_issue.parameters.insert(it.key(), it.value()->value());
    }
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    m_parameters.clear();
    const QList<Review::PlaybookParameter> parameters = Review::playbookParameters(m_issue.id);
    for (const Review::PlaybookParameter &p : parameters) {
        auto *box = new QSpinBox(m_parameterBox);
        box->setObjectName(u"parameter_"_s + p.name);
        box->setRange(p.minimum, p.maximum);
        const QString suffix = unitSuffix(p.unit);
        const QString words = parameterLabel(m_issue.id, p.name);
        box->setSuffix(suffix);
        box->setValue(m_issue.parameters.value(p.name).toInt(p.minimum));
        box->setToolTip(tr("%1: from %2 to %3%4", "a parameter: its words, least, most, unit")
                            .arg(words)
                            .arg(p.minimum)
                            .arg(p.maximum)
                            .arg(suffix));
        box->setAccessibleName(words);
        box->setAccessibleDescription(box->toolTip());
        box->setReadOnly(m_readOnly);
        auto *label = new QLabel(tr("%1:", "a form's label").arg(words), m_parameterBox);
        label->setBuddy(box);
        label->setToolTip(box->toolTip());
        m_parameterForm->addRow(label, box);
        m_parameters.insert(p.name, box);
        connect(box, &QSpinBox::valueChanged, this, &PlaybookIssueForm::changed);
    }
    m_parameterBox->setVisible(!parameters.isEmpty());
}

Review::PlaybookIssue PlaybookIssueForm::issue() const
{
    Review::PlaybookIssue out = m_issue;
    out.title = m_title->text();
    out.severity = Review::Severity(m_severity->currentData().toInt());
    out.enabled = m_enabled->isChecked();
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it)
        out.parameters.insert(it.key(), it.value()->value());
    for (Review::Side side : Sides)
        out.positions.insert(side, m_positions.value(side)->position());
    return out;
}

void PlaybookIssueForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_title->setReadOnly(readOnly);
    m_severity->setEnabled(!readOnly);
    m_enabled->setEnabled(!readOnly);
    for (QSpinBox *box : std::as_const(m_parameters))
        box->setReadOnly(readOnly);
    for (PositionEditor *editor : std::as_const(m_positions))
        editor->setReadOnly(readOnly);
}

void PlaybookIssueForm::showSide(Review::Side side)
{
    m_sides->setCurrentWidget(m_positions.value(side));
}

} // namespace Redliner::App
