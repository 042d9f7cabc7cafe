// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewtoolbar.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString OtherPlaybook = u"\x01other"_s;
}

ReviewToolBar::ReviewToolBar(QAction *start, QAction *cancel, QWidget *parent) : QToolBar(parent)
{
    setObjectName(u"reviewToolBar"_s);
    m_reviewerLabel = new QLabel(this);
    m_reviewer = new QComboBox(this);
    m_reviewer->setObjectName(u"reviewerCombo"_s);
    m_sideLabel = new QLabel(this);
    m_side = new QComboBox(this);
    m_side->setObjectName(u"sideCombo"_s);
    m_playbookLabel = new QLabel(this);
    m_playbook = new QComboBox(this);
    m_playbook->setObjectName(u"playbookCombo"_s);
    m_playbook->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"reviewProgress"_s);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"reviewStatus"_s);
    for (auto [label, combo] : {std::pair{m_reviewerLabel, m_reviewer}, std::pair{m_sideLabel, m_side},
                                std::pair{m_playbookLabel, m_playbook}}) {
        label->setBuddy(combo);
        label->setContentsMargins(8, 0, 4, 0);
        addWidget(label);
        addWidget(combo);
    }
    addSeparator();
    addAction(start);
    addAction(cancel);
    addWidget(m_progress);
    addWidget(m_status);
    m_playbooks = {QString()};
    retranslate();
    connect(m_playbook, &QComboBox::activated, this, [this](int index) {
        if (m_playbook->itemData(index).toString() == OtherPlaybook) {
            m_playbook->setCurrentIndex(m_lastPlaybook);
            emit otherPlaybookRequested();
        } else {
            m_lastPlaybook = index;
        }
    });
    connect(m_side, &QComboBox::activated, this, [this](int index) {
        if (index >= 0)
            emit sideChanged(Review::Side(m_side->itemData(index).toInt()));
    });
}

void ReviewToolBar::retranslate()
{
    setWindowTitle(tr("Review Toolbar"));
    setAccessibleName(tr("Review toolbar"));
    m_reviewerLabel->setText(tr("Re&viewer:"));
    m_sideLabel->setText(tr("&For:"));
    m_playbookLabel->setText(tr("Play&book:"));
    m_reviewer->setAccessibleName(tr("Reviewer"));
    m_side->setAccessibleName(tr("Side you represent"));
    m_playbook->setAccessibleName(tr("Playbook"));
    m_progress->setAccessibleName(tr("Review progress"));

    const QSignalBlocker blockReviewer(m_reviewer), blockSide(m_side), blockPlaybook(m_playbook);
    const int reviewer = m_reviewer->currentIndex();
    m_reviewer->clear();
    for (ReviewerKind kind : ReviewController::availableReviewers())
        m_reviewer->addItem(reviewerDisplayName(kind), int(kind));
    m_reviewer->setCurrentIndex(std::max(0, reviewer));
    const int side = m_side->currentIndex();
    m_side->clear();
    m_side->addItem(tr("Receiving party"), int(Review::Side::Receiving));
    m_side->addItem(tr("Disclosing party"), int(Review::Side::Disclosing));
    m_side->addItem(tr("Mutual"), int(Review::Side::Mutual));
    m_side->setCurrentIndex(std::max(0, side));
    const int playbook = m_playbook->currentIndex();
    m_playbook->clear();
    for (const QString &path : std::as_const(m_playbooks)) {
        const QString name =
            path.isEmpty() ? tr("Built-in NDA playbook") : m_names.value(path, QFileInfo(path).fileName());
        m_playbook->addItem(name, path);
        m_playbook->setItemData(m_playbook->count() - 1, path.isEmpty() ? tr("The playbook that ships with Redliner") : path,
                                Qt::ToolTipRole);
    }
    m_playbook->addItem(tr("Other Playbook…"), OtherPlaybook);
    m_playbook->setCurrentIndex(std::clamp(playbook, 0, int(m_playbooks.size()) - 1));
    m_lastPlaybook = m_playbook->currentIndex();
}

void ReviewToolBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

ReviewRequest ReviewToolBar::request() const
{
    ReviewRequest r;
    r.reviewer = ReviewerKind(m_reviewer->currentData().toInt());
    r.side = Review::Side(m_side->currentData().toInt());
    r.playbookPath = m_playbook->currentData().toString();
    return r;
}

void ReviewToolBar::setReviewer(ReviewerKind kind)
{
    const int i = m_reviewer->findData(int(kind));
    if (i >= 0)
        m_reviewer->setCurrentIndex(i);
}

void ReviewToolBar::setSide(Review::Side side)
{
    m_side->setCurrentIndex(std::max(0, m_side->findData(int(side))));
}

void ReviewToolBar::setPlaybook(const QString &path)
{
    if (!m_playbooks.contains(path)) {
        m_playbooks.append(path);
        retranslate();
    }
    m_playbook->setCurrentIndex(int(m_playbooks.indexOf(path)));
    m_lastPlaybook = m_playbook->currentIndex();
}

void ReviewToolBar::setLibrary(const QList<std::pair<QString, QString>> &playbooks)
{
    const QString current = m_playbook->currentData().toString();
    // What the user picked outside the library (Other…, the settings' file) stays offered.
    QStringList extra;
    for (const QString &path : std::as_const(m_playbooks)) {
        if (!path.isEmpty() && !m_library.contains(path))
            extra.append(path);
    }
    m_library.clear();
    m_names.clear();
    m_playbooks = {QString()};
    for (const auto &[path, name] : playbooks) {
        if (path.isEmpty())
            continue;
        m_library.append(path);
        m_names.insert(path, name);
        m_playbooks.append(path);
    }
    for (const QString &path : std::as_const(extra)) {
        if (!m_playbooks.contains(path))
            m_playbooks.append(path);
    }
    retranslate();
    m_playbook->setCurrentIndex(std::max(0, int(m_playbooks.indexOf(current))));
    m_lastPlaybook = m_playbook->currentIndex();
}

void ReviewToolBar::setRunning(bool running)
{
    m_reviewer->setEnabled(!running);
    m_side->setEnabled(!running);
    m_playbook->setEnabled(!running);
    m_progress->setVisible(running);
    if (!running)
        m_progress->reset();
}

void ReviewToolBar::setProgress(int done, int total, const QString &text)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    // "3 of 12" reads better than a percentage for batches of clauses.
    m_progress->setFormat(total > 0 ? tr("%1 of %2").arg(done).arg(total) : QString());
    m_status->setText(text);
}

} // namespace Redliner::App
