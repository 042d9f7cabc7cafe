// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbookpreview.h"

#include "folderreview/filereview.h"

#include "review/reviewer.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QtConcurrent>

#include <limits>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

struct PlaybookPreview::Outcome {
    quint64 generation = 0;
    bool superseded = false; // stopped part way: a newer review was asked for
    QList<Review::Finding> saved;
    QList<Review::Finding> edited;
    QString savedKey; // what `saved` was found from (see PlaybookPreview::savedKey)
};

namespace {

enum Column { SeverityColumn, TitleColumn, ClauseColumn, ProposedColumn };

// What makes a finding the same in both reviews: the issue, the clause and what it proposes.
QString findingKey(const Review::Finding &f)
{
    return f.issueId + u'\x1f' + f.clauseLabel + u'\x1f' + Review::severityName(f.severity) + u'\x1f' + f.proposedText
           + u'\x1f' + f.rationale;
}

QString severityText(Review::Severity severity)
{
    switch (severity) {
    case Review::Severity::High: return PlaybookPreview::tr("High");
    case Review::Severity::Medium: return PlaybookPreview::tr("Medium");
    case Review::Severity::Low: return PlaybookPreview::tr("Low");
    }
    return {};
}

QTreeWidget *findingList(const QString &name, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setColumnCount(4);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setWordWrap(false);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

PlaybookPreview::PlaybookPreview(QWidget *parent) : QWidget(parent)
{
    m_pool.setMaxThreadCount(1);
    m_delay.setSingleShot(true);
    m_delay.setInterval(300);
    connect(&m_delay, &QTimer::timeout, this, &PlaybookPreview::run);

    m_documentLabel = new QLabel(this);
    m_document = new QLineEdit(this);
    m_document->setObjectName(u"previewDocument"_s);
    m_document->setReadOnly(true);
    m_documentLabel->setBuddy(m_document);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(u"previewChooseButton"_s);
    m_sideLabel = new QLabel(this);
    m_side = new QComboBox(this);
    m_side->setObjectName(u"previewSide"_s);
    m_sideLabel->setBuddy(m_side);
    m_savedLabel = new QLabel(this);
    m_editedLabel = new QLabel(this);
    m_savedList = findingList(u"previewSaved"_s, this);
    m_editedList = findingList(u"previewEdited"_s, this);
    m_savedLabel->setBuddy(m_savedList);
    m_editedLabel->setBuddy(m_editedList);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"previewSummary"_s);
    m_summary->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_documentLabel);
    top->addWidget(m_document, 1);
    top->addWidget(m_choose);
    top->addSpacing(12);
    top->addWidget(m_sideLabel);
    top->addWidget(m_side);
    auto *lists = new QGridLayout;
    lists->addWidget(m_savedLabel, 0, 0);
    lists->addWidget(m_editedLabel, 0, 1);
    lists->addWidget(m_savedList, 1, 0);
    lists->addWidget(m_editedList, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(lists, 1);

    connect(m_choose, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Preview on a Document"), QDir::homePath(),
                                                          tr("Word documents (*.docx);;All files (*)"));
        if (!path.isEmpty())
            chooseDocument(path);
    });
    connect(m_side, &QComboBox::activated, this, [this]() {
        m_sideValue = Review::Side(m_side->currentData().toInt());
        schedule();
    });
    // Selecting a finding in one list selects the same issue and clause in the other.
    for (auto [from, to] : {std::pair{m_savedList, m_editedList}, std::pair{m_editedList, m_savedList}}) {
        connect(from, &QTreeWidget::currentItemChanged, to, [to = to](QTreeWidgetItem *item) {
            if (!item)
                return;
            const QString place = item->data(TitleColumn, Qt::UserRole + 1).toString();
            for (int i = 0; i < to->topLevelItemCount(); ++i) {
                if (to->topLevelItem(i)->data(TitleColumn, Qt::UserRole + 1).toString() == place) {
                    const QSignalBlocker block(to);
                    to->setCurrentItem(to->topLevelItem(i));
                    return;
                }
            }
        });
    }
    retranslate();
    schedule();
}

PlaybookPreview::~PlaybookPreview()
{
    // What has not started never will; what has stops after the review it is in (reading a
    // .docx or one playbook's review): the pool waits for that, not for a queue of them.
    m_latest->store(std::numeric_limits<quint64>::max());
    if (m_runWatcher)
        m_runWatcher->cancel();
    m_pool.clear();
    m_pool.waitForDone();
}

void PlaybookPreview::retranslate()
{
    m_documentLabel->setText(tr("&Document:"));
    m_document->setAccessibleName(tr("Document to preview on"));
    m_choose->setText(tr("&Choose…"));
    m_choose->setToolTip(tr("Preview on another Word document"));
    m_sideLabel->setText(tr("Reviewed &for:"));
    m_side->setAccessibleName(tr("Side to preview for"));
    // The letters are the dialog's to share out (see PlaybookLibraryDialog::retranslate).
    m_savedLabel->setText(tr("Sa&ved playbook"));
    m_editedLabel->setText(tr("Edi&ted playbook"));
    m_savedList->setAccessibleName(tr("Findings of the saved playbook"));
    m_editedList->setAccessibleName(tr("Findings of the edited playbook"));
    for (QTreeWidget *list : {m_savedList, m_editedList})
        list->setHeaderLabels({tr("Severity"), tr("Finding"), tr("Clause"), tr("Proposed text")});
    const QSignalBlocker block(m_side);
    m_side->clear();
    m_side->addItem(tr("Receiving party"), int(Review::Side::Receiving));
    m_side->addItem(tr("Disclosing party"), int(Review::Side::Disclosing));
    m_side->addItem(tr("Mutual"), int(Review::Side::Mutual));
    m_side->setCurrentIndex(m_side->findData(int(m_sideValue)));
}

void PlaybookPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaybookPreview::setDocument(const Review::TextDocument &text, const QString &name)
{
    // The window's document replaces one still being read.
    ++m_documentRead;
    m_reading = false;
    applyDocument(text, name);
}

void PlaybookPreview::applyDocument(const Review::TextDocument &text, const QString &name)
{
    m_text = text;
    ++m_textVersion;
    m_documentName = name;
    m_document->setText(name);
    schedule();
}

void PlaybookPreview::chooseDocument(const QString &path)
{
    // Reading a .docx takes a moment: on a worker too. Any review under way is of the document
    // being replaced; edits meanwhile wait for the new one (its own counter: they do not drop it).
    const quint64 read = ++m_documentRead;
    m_reading = true;
    ++m_generation;
    m_latest->store(m_generation);
    m_delay.stop();
    m_document->setText(QDir::toNativeSeparators(path));
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<FileReview>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, read, path]() {
        watcher->deleteLater();
        if (read != m_documentRead)
            return; // another document was chosen or opened since
        m_reading = false;
        const FileReview outcome = watcher->result();
        if (!outcome.error.isEmpty()) {
            m_running = false;
            m_document->setText(m_documentName);
            m_summary->setText(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), outcome.error));
            return;
        }
        applyDocument(outcome.text, QFileInfo(path).fileName());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, &readForReview, path));
}

void PlaybookPreview::setSide(Review::Side side)
{
    m_sideValue = side;
    m_side->setCurrentIndex(m_side->findData(int(side)));
    schedule();
}

void PlaybookPreview::setPlaybooks(const Review::Playbook &saved, const std::optional<Review::Playbook> &edited)
{
    m_savedPlaybook = saved;
    m_editedPlaybook = edited;
    schedule();
}

void PlaybookPreview::schedule()
{
    ++m_generation; // what runs now is out of date
    m_latest->store(m_generation);
    m_running = true;
    m_delay.start();
}

void PlaybookPreview::run()
{
    if (m_reading)
        return; // the document being read is previewed once it is
    if (!m_text) {
        m_running = false;
        m_summary->setText(tr("Open a document in the main window, or choose one, to preview the playbook on it."));
        return;
    }
    if (!m_editedPlaybook) {
        m_running = false;
        m_summary->setText(tr("The edited playbook has errors: fix them to preview it."));
        m_editedList->clear();
        return;
    }
    m_summary->setText(tr("Reviewing %1 with both playbooks…").arg(m_documentName));
    const quint64 generation = m_generation;
    const Review::TextDocument text = *m_text;
    const Review::Playbook saved = m_savedPlaybook;
    const Review::Playbook edited = *m_editedPlaybook;
    const Review::ReviewOptions options{m_sideValue};
    // The saved playbook's findings change with the document, the side or a save, not with typing:
    // reviewed again only then.
    const QString key = savedKey();
    std::optional<QList<Review::Finding>> known;
    if (!key.isEmpty() && key == m_savedKey)
        known = m_saved;
    // One review at a time: the one before, if it has not begun, never will (typing pauses
    // do not pile up), and if it has, it stops half way.
    if (m_runWatcher)
        m_runWatcher->cancel();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_runWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        if (watcher->isCanceled())
            return;
        const Outcome outcome = watcher->result();
        if (!outcome.superseded && outcome.generation == m_generation)
            showOutcome(outcome);
    });
    watcher->setFuture(
        QtConcurrent::run(&m_pool, [generation, text, saved, edited, options, key, known, latest = m_latest]() {
            Outcome out;
            out.generation = generation;
            out.savedKey = key;
            out.saved = known ? *known : Review::reviewDocument(text, saved, options).findings;
            if (latest->load() != generation) {
                out.superseded = true;
                return out;
            }
            out.edited = Review::reviewDocument(text, edited, options).findings;
            return out;
        }));
}

QString PlaybookPreview::savedKey() const
{
    if (m_savedPlaybook.sha256.isEmpty())
        return {}; // not read from a file: nothing says it is the same playbook
    return QString::number(m_textVersion) + u'/' + Review::sideName(m_sideValue) + u'/' + m_savedPlaybook.sha256;
}

void PlaybookPreview::showOutcome(const Outcome &outcome)
{
    m_running = false;
    m_saved = outcome.saved;
    m_savedKey = outcome.savedKey;
    m_edited = outcome.edited;
    QSet<QString> savedKeys, editedKeys;
    for (const Review::Finding &f : std::as_const(m_saved))
        savedKeys.insert(findingKey(f));
    for (const Review::Finding &f : std::as_const(m_edited))
        editedKeys.insert(findingKey(f));
    QSet<QString> gone = savedKeys, added = editedKeys;
    gone.subtract(editedKeys);
    added.subtract(savedKeys);
    fill(m_savedList, m_saved, gone);
    fill(m_editedList, m_edited, added);
    if (gone.isEmpty() && added.isEmpty())
        m_summary->setText(tr("On %1 the edited playbook gives the same %n finding(s) as the saved one.", nullptr,
                              int(m_edited.size()))
                               .arg(m_documentName));
    else
        m_summary->setText(tr("On %1: the saved playbook gives %2 finding(s), the edited one %3; %4 new or changed "
                              "(marked), %5 no longer the same.")
                               .arg(m_documentName)
                               .arg(m_saved.size())
                               .arg(m_edited.size())
                               .arg(added.size())
                               .arg(gone.size()));
    emit updated();
}

void PlaybookPreview::fill(QTreeWidget *list, const QList<Review::Finding> &findings, const QSet<QString> &marked)
{
    list->clear();
    for (const Review::Finding &f : findings) {
        auto *item = new QTreeWidgetItem(list);
        const bool differs = marked.contains(findingKey(f));
        item->setText(SeverityColumn, severityText(f.severity));
        item->setText(TitleColumn, differs ? u"● "_s + f.title : f.title);
        item->setText(ClauseColumn, f.clauseLabel);
        item->setText(ProposedColumn, QString(f.proposedText).replace(u'\n', u' '));
        item->setData(TitleColumn, Qt::UserRole, f.id);
        item->setData(TitleColumn, Qt::UserRole + 1, QString(f.issueId + u'\x1f' + f.clauseLabel));
        item->setData(TitleColumn, Qt::UserRole + 2, differs);
        item->setToolTip(TitleColumn, f.rationale);
        item->setToolTip(ProposedColumn, f.proposedText);
        if (differs) {
            QFont bold = item->font(TitleColumn);
            bold.setBold(true);
            for (int c = 0; c < list->columnCount(); ++c)
                item->setFont(c, bold);
            item->setToolTip(SeverityColumn, list == m_editedList ? tr("New or changed with the edited playbook")
                                                                  : tr("Not the same with the edited playbook"));
        }
    }
}

} // namespace Redliner::App
