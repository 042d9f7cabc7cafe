// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbookeditor.h"
#include "playbookissueform.h"

#include "review/playbookwriter.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {

enum Column { TitleColumn, SeverityColumn, IdColumn };

QString severityText(Review::Severity severity)
{
    switch (severity) {
    case Review::Severity::High: return PlaybookEditor::tr("High");
    case Review::Severity::Medium: return PlaybookEditor::tr("Medium");
    case Review::Severity::Low: return PlaybookEditor::tr("Low");
    }
    return {};
}

} // namespace

PlaybookEditor::PlaybookEditor(QWidget *parent) : QWidget(parent)
{
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"playbookName"_s);
    m_versionLabel = new QLabel(this);
    m_version = new QLineEdit(this);
    m_version->setObjectName(u"playbookVersion"_s);
    m_descriptionLabel = new QLabel(this);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"playbookDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_nameLabel->setBuddy(m_name);
    m_versionLabel->setBuddy(m_version);
    m_descriptionLabel->setBuddy(m_description);

    m_issuesLabel = new QLabel(this);
    m_issues = new QTreeWidget(this);
    m_issues->setObjectName(u"issueList"_s);
    m_issues->setColumnCount(3);
    m_issues->setRootIsDecorated(false);
    m_issues->setUniformRowHeights(true);
    m_issues->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_issues->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_issues->header()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    m_issues->header()->setStretchLastSection(false);
    m_issuesLabel->setBuddy(m_issues);
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addIssueButton"_s);
    m_add->setMenu(new QMenu(m_add));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"removeIssueButton"_s);

    m_form = new PlaybookIssueForm(this);
    m_form->setObjectName(u"issueForm"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setObjectName(u"issueScroll"_s);
    scroll->setFocusPolicy(Qt::NoFocus); // not a Tab stop of its own: the form's fields are
    scroll->setWidget(m_form);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_issuesLabel);
    leftLayout->addWidget(m_issues, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    leftLayout->addLayout(buttons);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(scroll);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({440, 560});

    auto *head = new QFormLayout;
    head->addRow(m_nameLabel, m_name);
    head->addRow(m_versionLabel, m_version);
    head->addRow(m_descriptionLabel, m_description);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(split, 1);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_playbook.name = text;
        emit changed();
    });
    connect(m_version, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_playbook.version = text;
        emit changed();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_playbook.description == m_description->toPlainText())
            return;
        m_playbook.description = m_description->toPlainText();
        emit changed();
    });
    connect(m_issues, &QTreeWidget::currentItemChanged, this, [this]() { showCurrent(); });
    connect(m_issues, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        const int row = m_issues->indexOfTopLevelItem(item);
        if (column != TitleColumn || row < 0 || row >= m_playbook.issues.size())
            return;
        const bool enabled = item->checkState(TitleColumn) == Qt::Checked;
        if (m_playbook.issues[row].enabled == enabled)
            return;
        m_playbook.issues[row].enabled = enabled;
        if (row == m_current)
            m_form->setIssue(m_playbook.issues.at(row));
        emit changed();
    });
    connect(m_form, &PlaybookIssueForm::changed, this, [this]() {
        if (m_current < 0 || m_current >= m_playbook.issues.size())
            return;
        m_playbook.issues[m_current] = m_form->issue();
        updateRow(m_current);
        emit changed();
    });
    connect(m_add->menu(), &QMenu::aboutToShow, this, [this]() {
        QMenu *menu = m_add->menu();
        menu->clear();
        for (const QString &id : Review::knownIssueIds()) {
            if (m_playbook.issue(id))
                continue;
            const Review::PlaybookIssue issue = Review::playbookIssueTemplate(id);
            QAction *a = menu->addAction(issue.title.isEmpty() ? id : tr("%1 (%2)").arg(issue.title, id));
            a->setObjectName(u"add_"_s + id);
            connect(a, &QAction::triggered, this, [this, id]() { addIssue(id); });
        }
        if (menu->isEmpty())
            menu->addAction(tr("Every known issue is in this playbook"))->setEnabled(false);
    });
    connect(m_remove, &QPushButton::clicked, this, &PlaybookEditor::removeCurrentIssue);
    retranslate();
    updateButtons();
}

void PlaybookEditor::retranslate()
{
    // The letters are the dialog's to share out (see PlaybookLibraryDialog::retranslate): the
    // version, counted up on its own, goes without one.
    m_nameLabel->setText(tr("&Name:"));
    m_versionLabel->setText(tr("Version:"));
    m_version->setToolTip(tr("Left as it is, saving a changed playbook counts the version up (1.0.3 becomes 1.0.4)"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_issuesLabel->setText(tr("Issues (&checked: reviewed):"));
    m_name->setAccessibleName(tr("Playbook name"));
    m_version->setAccessibleName(tr("Playbook version"));
    m_description->setAccessibleName(tr("Playbook description"));
    m_issues->setAccessibleName(tr("Issues"));
    m_issues->setHeaderLabels({tr("Issue"), tr("Severity"), tr("Id")});
    m_add->setText(tr("&Add Issue"));
    m_add->setToolTip(tr("Add an issue the reviewer knows, from its template"));
    m_remove->setText(tr("Re&move Issue"));
    m_remove->setToolTip(tr("Remove the selected issue from this playbook"));
    for (int row = 0; row < m_issues->topLevelItemCount(); ++row)
        updateRow(row);
}

void PlaybookEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaybookEditor::setPlaybook(const Review::Playbook &playbook)
{
    const QString current =
        m_current >= 0 && m_current < m_playbook.issues.size() ? m_playbook.issues.at(m_current).id : QString();
    m_playbook = playbook;
    const QSignalBlocker blockDescription(m_description);
    m_name->setText(playbook.name);
    m_version->setText(playbook.version);
    m_description->setPlainText(playbook.description);
    fillList();
    if (current.isEmpty() || !selectIssue(current)) {
        if (m_issues->topLevelItemCount() > 0)
            m_issues->setCurrentItem(m_issues->topLevelItem(0));
    }
    showCurrent();
}

void PlaybookEditor::fillList()
{
    const QSignalBlocker block(m_issues);
    m_issues->clear();
    m_current = -1;
    for (int row = 0; row < m_playbook.issues.size(); ++row) {
        auto *item = new QTreeWidgetItem(m_issues);
        Q_UNUSED(item);
        updateRow(row);
    }
}

void PlaybookEditor::updateRow(int row)
{
    QTreeWidgetItem *item = m_issues->topLevelItem(row);
    if (!item || row >= m_playbook.issues.size())
        return;
    const QSignalBlocker block(m_issues);
    const Review::PlaybookIssue &issue = m_playbook.issues.at(row);
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!m_readOnly)
        flags |= Qt::ItemIsUserCheckable;
    item->setFlags(flags);
    item->setText(TitleColumn, issue.title);
    item->setCheckState(TitleColumn, issue.enabled ? Qt::Checked : Qt::Unchecked);
    item->setText(SeverityColumn, severityText(issue.severity));
    item->setText(IdColumn, issue.id);
    item->setData(TitleColumn, Qt::UserRole, issue.id);
    item->setToolTip(TitleColumn, issue.enabled ? tr("Checked: the reviewer checks this issue")
                                                : tr("Not checked: the reviewer skips this issue"));
}

bool PlaybookEditor::selectIssue(const QString &id)
{
    for (int row = 0; row < m_issues->topLevelItemCount(); ++row) {
        if (m_issues->topLevelItem(row)->data(TitleColumn, Qt::UserRole).toString() == id) {
            m_issues->setCurrentItem(m_issues->topLevelItem(row));
            return true;
        }
    }
    return false;
}

void PlaybookEditor::showCurrent()
{
    const int row = m_issues->currentItem() ? m_issues->indexOfTopLevelItem(m_issues->currentItem()) : -1;
    m_current = row;
    m_form->setEnabled(row >= 0);
    if (row >= 0)
        m_form->setIssue(m_playbook.issues.at(row));
    else
        m_form->setIssue(Review::PlaybookIssue{});
    m_form->setReadOnly(m_readOnly);
    updateButtons();
}

void PlaybookEditor::addIssue(const QString &id)
{
    if (m_readOnly || m_playbook.issue(id))
        return;
    m_playbook.issues.append(Review::playbookIssueTemplate(id));
    fillList();
    selectIssue(id);
    showCurrent();
    emit changed();
}

void PlaybookEditor::removeCurrentIssue()
{
    if (m_readOnly || m_current < 0 || m_current >= m_playbook.issues.size())
        return;
    const int row = m_current;
    m_playbook.issues.removeAt(row);
    fillList();
    if (m_issues->topLevelItemCount() > 0)
        m_issues->setCurrentItem(m_issues->topLevelItem(std::min(row, m_issues->topLevelItemCount() - 1)));
    showCurrent();
    emit changed();
}

void PlaybookEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_name->setReadOnly(readOnly);
    m_version->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    for (int row = 0; row < m_issues->topLevelItemCount(); ++row)
        updateRow(row);
    m_form->setReadOnly(readOnly);
    updateButtons();
}

void PlaybookEditor::updateButtons()
{
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && m_current >= 0);
}

} // namespace Redliner::App
