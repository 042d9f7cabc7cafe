// SPDX-License-Identifier: GPL-3.0-or-later
#include "theirchangesmodel.h"
#include "findingsmodel.h"
#include "reviewcontrol/documentsession.h"

#include "review/theirchanges.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;
using Kind = Docx::ExistingChange::Kind;

namespace {

// Longer texts are cut here; the view elides what is left to its width, the tooltip has it all.
constexpr qsizetype ShownLength = 240;

QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u" ¶ "_s);
    return line.size() > ShownLength ? line.left(ShownLength) + QChar(0x2026) : line;
}

} // namespace

TheirChangesModel::TheirChangesModel(QObject *parent) : QAbstractItemModel(parent) {}

void TheirChangesModel::setSession(DocumentSession *session)
{
    beginResetModel();
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &DocumentSession::findingsReset, this, &TheirChangesModel::playbookChanged);
        connect(m_session, &DocumentSession::theirDecisionsChanged, this, &TheirChangesModel::answersChanged);
        connect(m_session, &DocumentSession::repliesChanged, this, &TheirChangesModel::repliesChanged);
    }
    rebuild();
    endResetModel();
}

void TheirChangesModel::rebuild()
{
    m_nodes.clear();
    m_top.clear();
    if (!m_session)
        return;
    const Docx::ExistingMarkup &markup = m_session->document()->markup;
    const auto add = [this](bool comment, int item, int parent) {
        Node node;
        node.comment = comment;
        node.item = item;
        node.parent = parent;
        QList<int> &siblings = parent >= 0 ? m_nodes[parent].children : m_top;
        node.row = int(siblings.size());
        siblings.append(int(m_nodes.size()));
        m_nodes.append(node);
    };
    // A change lies inside one listed before it, a reply comes after what it answers.
    QList<int> changeNode(markup.changes.size(), -1);
    for (qsizetype i = 0; i < markup.changes.size(); ++i) {
        const int within = markup.changes.at(i).within;
        changeNode[i] = int(m_nodes.size());
        add(false, int(i), within >= 0 && within < i ? changeNode.at(within) : -1);
    }
    QHash<qint64, int> commentNode;
    for (qsizetype i = 0; i < markup.comments.size(); ++i) {
        const Docx::ExistingComment &c = markup.comments.at(i);
        const int node = int(m_nodes.size());
        add(true, int(i), c.parentId >= 0 ? commentNode.value(c.parentId, -1) : -1);
        commentNode.insert(c.id, node);
    }
}

void TheirChangesModel::playbookChanged()
{
    // Only the playbook's column depends on the review: tell each parent's rows.
    const auto changed = [this](const QModelIndex &parent, qsizetype rows) {
        if (rows > 0)
            emit dataChanged(index(0, PlaybookColumn, parent), index(int(rows) - 1, PlaybookColumn, parent));
    };
    changed({}, m_top.size());
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        if (!m_nodes.at(n).children.isEmpty())
            changed(createIndex(m_nodes.at(n).row, 0, quintptr(n)), m_nodes.at(n).children.size());
    }
}

void TheirChangesModel::answersChanged(const QList<int> &changes)
{
    // All of one author's thousands of changes at once: one lookup per row, not a list scan.
    const QSet<int> answered(changes.cbegin(), changes.cend());
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        const Node &node = m_nodes.at(n);
        if (node.comment || !answered.contains(node.item))
            continue;
        const QModelIndex first = createIndex(node.row, 0, quintptr(n));
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
}

void TheirChangesModel::repliesChanged(const QList<qint64> &commentIds)
{
    const auto &comments = m_session->document()->markup.comments;
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        const Node &node = m_nodes.at(n);
        if (!node.comment || !commentIds.contains(comments.at(node.item).id))
            continue;
        const QModelIndex first = createIndex(node.row, 0, quintptr(n));
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
}

const TheirChangesModel::Node *TheirChangesModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= quintptr(m_nodes.size()))
        return nullptr;
    return &m_nodes.at(qsizetype(index.internalId()));
}

QModelIndex TheirChangesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node *p = nodeOf(parent);
    if (parent.isValid() && !p)
        return {};
    const QList<int> &rows = p ? p->children : m_top;
    return row < rows.size() ? createIndex(row, column, quintptr(rows.at(row))) : QModelIndex();
}

QModelIndex TheirChangesModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int TheirChangesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    const Node *node = nodeOf(parent);
    return node && parent.column() == 0 ? int(node->children.size()) : 0;
}

int TheirChangesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString TheirChangesModel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Insertion: return tr("Inserted");
    case Kind::Deletion: return tr("Deleted");
    case Kind::MoveFrom: return tr("Moved away");
    case Kind::MoveTo: return tr("Moved here");
    case Kind::ParagraphInsertion: return tr("Paragraph break inserted");
    case Kind::ParagraphDeletion: return tr("Paragraph break deleted");
    case Kind::FormatChange: return tr("Formatting");
    case Kind::ParagraphPropertyChange: return tr("Paragraph formatting");
    }
    return {};
}

QString TheirChangesModel::clauseText(qint32 offset) const
{
    const QList<Review::Clause> &clauses = m_session->clauses();
    const int index = offset >= 0 ? Review::innermostClauseAt(clauses, offset) : -1;
    return index >= 0 ? Review::clausePath(clauses, index) : QString();
}

// The whole text of a row: a change's before and after, a comment's anchor and words.
QString TheirChangesModel::fullText(const Node &node) const
{
    const LoadedDocument &doc = *m_session->document();
    if (node.comment) {
        const Docx::ExistingComment &c = doc.markup.comments.at(node.item);
        if (c.parentId >= 0 || c.start < 0 || c.end <= c.start)
            return c.text;
        return tr("“%1”: %2").arg(doc.text.text.mid(c.start, c.end - c.start), c.text);
    }
    const Docx::ExistingChange &c = doc.markup.changes.at(node.item);
    const QString before = Review::changeBefore(c, doc.text.text);
    const QString after = Review::changeAfter(c, doc.text.text);
    if (before.isEmpty() || before == after)
        return after;
    if (after.isEmpty())
        return before;
    return before + u" → "_s + after;
}

QString TheirChangesModel::playbookText(const Node &node) const
{
    if (node.comment || !m_session->hasReview())
        return {};
    const Docx::ExistingChange &c = m_session->document()->markup.changes.at(node.item);
    const QList<Review::Finding> &findings = m_session->findings();
    QStringList views;
    for (const int i : Review::findingsInClauseAt(findings, m_session->clauses(), c.start))
        views.append(tr("%1: %2").arg(FindingsModel::severityText(int(findings.at(i).severity)), findings.at(i).title));
    return views.isEmpty() ? tr("No playbook issue in this clause") : views.join(u"; "_s);
}

QString TheirChangesModel::displayText(const Node &node, int column) const
{
    const Docx::ExistingMarkup &markup = m_session->document()->markup;
    const QString author = node.comment ? markup.comments.at(node.item).author : markup.changes.at(node.item).author;
    const QDateTime date = node.comment ? markup.comments.at(node.item).date : markup.changes.at(node.item).date;
    const qint32 start = node.comment ? markup.comments.at(node.item).start : markup.changes.at(node.item).start;
    switch (column) {
    case KindColumn:
        if (!node.comment)
            return kindText(markup.changes.at(node.item).kind);
        if (markup.comments.at(node.item).done)
            return node.parent >= 0 ? tr("Reply, resolved") : tr("Comment, resolved");
        return node.parent >= 0 ? tr("Reply") : tr("Comment");
    case AnswerColumn: {
        if (node.comment)
            return m_session->replies().contains(markup.comments.at(node.item).id) ? tr("Replied") : QString();
        const std::optional<bool> answer = m_session->theirDecision(node.item);
        return !answer ? QString() : *answer ? tr("Accepted") : tr("Rejected");
    }
    case AuthorColumn: return author.isEmpty() ? tr("Unknown author") : author;
    case DateColumn: return date.isValid() ? QLocale().toString(date.toLocalTime(), QLocale::ShortFormat) : QString();
    case ClauseColumn: return clauseText(start);
    case TextColumn: {
        const QString text = fullText(node);
        return text.isEmpty() ? u"¶"_s : oneLine(text);
    }
    case PlaybookColumn: return playbookText(node);
    }
    return {};
}

QVariant TheirChangesModel::data(const QModelIndex &index, int role) const
{
    const Node *node = m_session ? nodeOf(index) : nullptr;
    if (!node)
        return {};
    const Docx::ExistingMarkup &markup = m_session->document()->markup;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return displayText(*node, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return fullText(*node);
        if (index.column() == AnswerColumn && node->comment)
            return m_session->replies().value(markup.comments.at(node->item).id);
        return displayText(*node, index.column());
    case Qt::FontRole:
        // What they took out is struck through, what they put in underlined, as in Word.
        if (index.column() == TextColumn && !node->comment) {
            const Kind kind = markup.changes.at(node->item).kind;
            QFont font;
            if (kind == Kind::Deletion || kind == Kind::MoveFrom)
                font.setStrikeOut(true);
            else if (kind == Kind::Insertion || kind == Kind::MoveTo)
                font.setUnderline(true);
            else
                return {};
            return font;
        }
        return {};
    case StartRole: return node->comment ? markup.comments.at(node->item).start : markup.changes.at(node->item).start;
    case EndRole: return node->comment ? markup.comments.at(node->item).end : markup.changes.at(node->item).end;
    case IsCommentRole: return node->comment;
    case ChangeRole: return node->comment ? -1 : node->item;
    case CommentIdRole: return node->comment ? markup.comments.at(node->item).id : qint64(-1);
    case AuthorRole:
        return node->comment ? markup.comments.at(node->item).author : markup.changes.at(node->item).author;
    default: return {};
    }
}

QVariant TheirChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Change");
    case AnswerColumn: return tr("Your answer");
    case AuthorColumn: return tr("Author");
    case DateColumn: return tr("Date");
    case ClauseColumn: return tr("Clause");
    case TextColumn: return tr("Text");
    case PlaybookColumn: return tr("Playbook");
    }
    return {};
}

} // namespace Redliner::App
