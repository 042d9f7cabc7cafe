// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspanel.h"
#include "reviewcontrol/documentsession.h"
#include "findingsfilterproxy.h"
#include "findingsmodel.h"
#include "theirchangesmodel.h"
#include "document/redlinestyle.h"
#include "export/reportwriter.h"
#include "ui_findingspanel.h"

#include <QHeaderView>
#include <QStyle>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

FindingsPanel::FindingsPanel(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::FindingsPanel>())
{
    m_ui->setupUi(this);
    m_model = new FindingsModel(this);
    m_proxy = new FindingsFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    QTreeView *view = m_ui->findingsView;
    view->setModel(m_proxy);
    view->sortByColumn(FindingsModel::ClauseColumn, Qt::AscendingOrder);
    // Widths from the font, not from the rows: sizing columns to their contents measures every
    // row again each time a batch of findings arrives.
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FindingsModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = view->fontMetrics();
    const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 16;
    header->resizeSection(FindingsModel::SeverityColumn, icon + metrics.horizontalAdvance(u"Medium__"_s));
    header->resizeSection(FindingsModel::ClauseColumn, metrics.horizontalAdvance(u"Whole document__"_s));
    header->resizeSection(FindingsModel::ReviewerColumn, metrics.horizontalAdvance(u"Offline playbook____"_s));
    header->resizeSection(FindingsModel::StatusColumn, icon + metrics.horizontalAdvance(u"Accepted, edited · to raise"_s));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->notesLabel->hide();
    setupTheirChanges();
    retranslate();

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &FindingsFilterProxy::setText);
    connect(m_ui->severityFilter, &QComboBox::currentIndexChanged, this,
            [this]() { m_proxy->setSeverity(m_ui->severityFilter->currentData().toInt()); });
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this,
            [this]() { m_proxy->setStatus(m_ui->statusFilter->currentData().toInt()); });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString id = current.data(FindingsModel::FindingIdRole).toString();
        if (id == m_current)
            return;
        m_current = id;
        showDetails();
        emit currentFindingChanged(id);
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FindingsPanel::selectionChanged);
    // After the list is replaced (a new review, a streamed batch) the same finding stays selected.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this]() {
        const QString id = m_current;
        m_current.clear();
        if (!id.isEmpty() && m_model->indexOf(id).isValid())
            selectFinding(id);
        else
            emit currentFindingChanged({});
        showDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const QModelIndex current = m_model->indexOf(m_current);
        if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
            showDetails();
    });
}

FindingsPanel::~FindingsPanel() = default;

QTreeView *FindingsPanel::view() const
{
    return m_ui->findingsView;
}

QTreeView *FindingsPanel::theirChangesView() const
{
    return m_ui->theirChangesView;
}

void FindingsPanel::setupTheirChanges()
{
    m_theirChanges = new TheirChangesModel(this);
    QTreeView *view = m_ui->theirChangesView;
    view->setModel(m_theirChanges);
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TheirChangesModel::TextColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = view->fontMetrics();
    header->resizeSection(TheirChangesModel::KindColumn, metrics.horizontalAdvance(u"Paragraph break inserted____"_s));
    header->resizeSection(TheirChangesModel::AnswerColumn, metrics.horizontalAdvance(u"Rejected____"_s));
    header->resizeSection(TheirChangesModel::AuthorColumn, metrics.horizontalAdvance(u"Counterparty Counsel__"_s));
    header->resizeSection(TheirChangesModel::DateColumn, metrics.horizontalAdvance(u"12/31/2026, 12:00 PM__"_s));
    header->resizeSection(TheirChangesModel::ClauseColumn, metrics.horizontalAdvance(u"Schedule 1.3__"_s));
    header->resizeSection(TheirChangesModel::PlaybookColumn,
                          metrics.horizontalAdvance(u"High: Non-solicitation is too broad"_s));
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const qint32 start = current.data(TheirChangesModel::StartRole).toInt();
        if (current.isValid() && start >= 0)
            emit theirChangeSelected(start, current.data(TheirChangesModel::EndRole).toInt());
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FindingsPanel::theirSelectionChanged);
    connect(m_theirChanges, &QAbstractItemModel::modelReset, this, &FindingsPanel::theirSelectionChanged);
    // Switching tabs shows that tab's current entry in the document again.
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->tabs->widget(index) == m_ui->findingsTab) {
            emit currentFindingChanged(m_current);
            return;
        }
        const QModelIndex current = m_ui->theirChangesView->currentIndex();
        if (current.isValid() && current.data(TheirChangesModel::StartRole).toInt() >= 0)
            emit theirChangeSelected(current.data(TheirChangesModel::StartRole).toInt(),
                                     current.data(TheirChangesModel::EndRole).toInt());
    });
    connect(m_theirChanges, &QAbstractItemModel::modelReset, this, [view]() { view->expandAll(); });
    updateTheirChangesTab();
}

void FindingsPanel::updateTheirChangesTab()
{
    const int count = m_theirChanges->entryCount();
    const int tab = m_ui->tabs->indexOf(m_ui->theirChangesTab);
    m_ui->tabs->setTabText(tab, count > 0 ? tr("Their Changes (%1)").arg(count) : tr("Their Changes"));
    const QString error = m_session ? m_session->document()->markupError : QString();
    m_ui->theirChangesEmptyLabel->setText(
        error.isEmpty() ? tr("No tracked changes or comments from others.")
                        : tr("The other side's tracked changes and comments could not be read. %1").arg(error));
    m_ui->theirChangesEmptyLabel->setVisible(count == 0);
    m_ui->theirChangesView->setVisible(count > 0);
}

void FindingsPanel::showTheirChanges(bool show)
{
    m_ui->tabs->setCurrentWidget(show ? m_ui->theirChangesTab : m_ui->findingsTab);
}

void FindingsPanel::setDecisionActions(QAction *accept, QAction *reject, QAction *edit, QAction *revert)
{
    m_ui->acceptButton->setDefaultAction(accept);
    m_ui->rejectButton->setDefaultAction(reject);
    m_ui->editButton->setDefaultAction(edit);
    m_ui->revertButton->setDefaultAction(revert);
}

void FindingsPanel::setTheirActions(QAction *accept, QAction *reject, QAction *acceptAuthor, QAction *rejectAuthor,
                                    QAction *reply)
{
    m_ui->replyButton->setDefaultAction(reply);
    m_ui->acceptTheirsButton->setDefaultAction(accept);
    m_ui->rejectTheirsButton->setDefaultAction(reject);
    m_ui->acceptAuthorButton->setDefaultAction(acceptAuthor);
    m_ui->rejectAuthorButton->setDefaultAction(rejectAuthor);
}

QList<int> FindingsPanel::selectedTheirChanges() const
{
    QList<int> out;
    const QItemSelectionModel *selection = m_ui->theirChangesView->selectionModel();
    if (!selection)
        return out;
    for (const QModelIndex &row : selection->selectedRows()) {
        const int change = row.data(TheirChangesModel::ChangeRole).toInt();
        if (change >= 0)
            out.append(change);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<QString> FindingsPanel::currentTheirAuthor() const
{
    const QModelIndex current = m_ui->theirChangesView->currentIndex();
    if (!current.isValid() || current.data(TheirChangesModel::ChangeRole).toInt() < 0)
        return std::nullopt;
    return current.data(TheirChangesModel::AuthorRole).toString();
}

std::optional<qint64> FindingsPanel::currentTheirComment() const
{
    const QModelIndex current = m_ui->theirChangesView->currentIndex();
    // A comment with no place in the body has no place for a reply either.
    if (!current.isValid() || !current.data(TheirChangesModel::IsCommentRole).toBool()
        || current.data(TheirChangesModel::StartRole).toInt() < 0)
        return std::nullopt;
    return current.data(TheirChangesModel::CommentIdRole).toLongLong();
}

void FindingsPanel::setSession(DocumentSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_current.clear();
    m_model->setSession(session);
    m_theirChanges->setSession(session);
    updateTheirChangesTab();
    if (session)
        connect(session, &DocumentSession::findingsReset, this, &FindingsPanel::showDetails);
    showDetails();
}

QString FindingsPanel::currentFinding() const
{
    return m_current;
}

QStringList FindingsPanel::selectedFindings() const
{
    QStringList ids;
    for (const QModelIndex &index : m_ui->findingsView->selectionModel()->selectedRows())
        ids.append(index.data(FindingsModel::FindingIdRole).toString());
    if (ids.isEmpty() && !m_current.isEmpty())
        ids.append(m_current);
    return ids;
}

void FindingsPanel::selectFinding(const QString &id)
{
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    if (!index.isValid() && m_model->indexOf(id).isValid()) {
        // Filtered out: clear the filters rather than select something the user cannot see.
        m_ui->filterEdit->clear();
        m_ui->severityFilter->setCurrentIndex(0);
        m_ui->statusFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->indexOf(id));
    }
    if (!index.isValid())
        return;
    m_ui->findingsView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->findingsView->scrollTo(index);
}

void FindingsPanel::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void FindingsPanel::retranslate()
{
    const auto fill = [](QComboBox *combo, const QList<QPair<QString, int>> &items) {
        const int current = combo->currentIndex();
        const QSignalBlocker block(combo);
        combo->clear();
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(std::max(0, current));
    };
    fill(m_ui->severityFilter, {{tr("All severities"), -1},
                                {FindingsModel::severityText(int(Review::Severity::High)), int(Review::Severity::High)},
                                {FindingsModel::severityText(int(Review::Severity::Medium)), int(Review::Severity::Medium)},
                                {FindingsModel::severityText(int(Review::Severity::Low)), int(Review::Severity::Low)}});
    fill(m_ui->statusFilter, {{tr("All decisions"), -1},
                              {tr("Undecided"), int(DecisionStatus::Pending)},
                              {tr("Accepted"), int(DecisionStatus::Accepted)},
                              {tr("Rejected"), int(DecisionStatus::Rejected)}});
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        showDetails();
        // The model's texts (headers, severities, decisions) come from tr() too.
        emit m_model->headerDataChanged(Qt::Horizontal, 0, FindingsModel::ColumnCount - 1);
        m_ui->findingsView->viewport()->update();
        updateTheirChangesTab();
        emit m_theirChanges->headerDataChanged(Qt::Horizontal, 0, TheirChangesModel::ColumnCount - 1);
        m_ui->theirChangesView->viewport()->update();
    }
    QWidget::changeEvent(event);
}

void FindingsPanel::showDetails()
{
    const int index = m_session ? m_session->indexOf(m_current) : -1;
    if (m_session) {
        const QStringList notes = m_session->reviewInfo().notes;
        m_ui->notesLabel->setText(notes.join(u"\n"_s));
        m_ui->notesLabel->setVisible(!notes.isEmpty());
    } else {
        m_ui->notesLabel->hide();
    }
    if (index < 0) {
        m_ui->titleLabel->setText(m_session && m_session->findings().isEmpty()
                                      ? (m_session->hasReview() ? tr("No findings: the document meets the playbook.")
                                                                : tr("Start a review to see findings here."))
                                      : tr("Select a finding to see why it matters and what is proposed."));
        m_ui->metaLabel->clear();
        m_ui->detailView->clear();
        return;
    }
    const Review::Finding &f = m_session->findings().at(index);
    const QModelIndex row = m_model->indexOf(f.id);
    m_ui->titleLabel->setText(f.id + u" · "_s + f.title);
    QStringList meta{FindingsModel::severityText(int(f.severity)),
                     f.clauseLabel == u"new"   ? tr("New clause")
                     : f.clauseLabel.isEmpty() ? tr("Whole document")
                                               : tr("Clause %1").arg(f.clauseLabel),
                     m_model->data(row.siblingAtColumn(FindingsModel::ReviewerColumn)).toString(),
                     m_model->data(row.siblingAtColumn(FindingsModel::StatusColumn)).toString()};
    m_ui->metaLabel->setText(meta.join(u" · "_s));
    const QList<Docx::Edit> edits = m_session->effectiveEdits(index);
    const RedlineStyle style = RedlineStyle::forPalette(palette());
    QString html = u"<p>"_s + f.rationale.toHtmlEscaped() + u"</p>"_s;
    if (!edits.isEmpty())
        html += u"<p><b>"_s + tr("Proposed change").toHtmlEscaped() + u"</b></p><p>"_s
              + ReportWriter::changeHtml(m_session->clauseText(index), m_session->clauseOffset(index), edits, style.inserted,
                                         style.deleted)
              + u"</p>"_s;
    else
        html += u"<p><i>"_s + tr("No change to the text is proposed: a point to raise.").toHtmlEscaped() + u"</i></p>"_s;
    // In a dual review, the other provider's different proposal, for comparison.
    for (const Review::FindingAlternative &alt : f.alternatives) {
        QStringList who;
        for (const QString &p : alt.providers) {
            Review::Finding one;
            one.providers = {p};
            who.append(FindingsModel::reviewerText(one, QString()));
        }
        html += u"<p><b>"_s + tr("%1 proposes instead").arg(who.join(u" + "_s)).toHtmlEscaped() + u"</b></p><p>"_s
              + alt.rationale.toHtmlEscaped() + u"</p><p>"_s
              + ReportWriter::changeHtml(m_session->clauseText(index), m_session->clauseOffset(index), alt.edits,
                                         style.inserted, style.deleted)
              + u"</p>"_s;
    }
    m_ui->detailView->setHtml(html);
}

} // namespace Redliner::App
