// SPDX-License-Identifier: GPL-3.0-or-later
#include "theirchanges.h"
#include "playbook.h"

#include <QJsonArray>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;
using Kind = Docx::ExistingChange::Kind;

namespace {

QJsonValue dateJson(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// The clause a change or comment at `offset` belongs to: -1 outside every clause.
void addClause(QJsonObject *o, const QList<Clause> &clauses, qint32 offset)
{
    const int index = offset >= 0 ? innermostClauseAt(clauses, offset) : -1;
    o->insert(u"clause"_s, index >= 0 ? QJsonValue(clauses.at(index).id) : QJsonValue());
    o->insert(u"clauseLabel"_s, index >= 0 ? QJsonValue(clausePath(clauses, index)) : QJsonValue());
}

QJsonArray findingsInClause(const QList<Finding> &findings, const QList<Clause> &clauses, qint32 offset)
{
    QJsonArray out;
    for (const int i : findingsInClauseAt(findings, clauses, offset)) {
        const Finding &f = findings.at(i);
        out.append(QJsonObject{{u"id"_s, f.id},
                               {u"issue"_s, f.issueId},
                               {u"title"_s, f.title},
                               {u"severity"_s, severityName(f.severity)}});
    }
    return out;
}

QString slice(const QString &text, qint32 start, qint32 end)
{
    if (start < 0 || end < start || end > text.size())
        return {};
    return text.mid(start, end - start);
}

} // namespace

QList<int> findingsInClauseAt(const QList<Finding> &findings, const QList<Clause> &clauses, qint32 offset)
{
    QList<int> out;
    const int index = offset >= 0 ? innermostClauseAt(clauses, offset) : -1;
    if (index < 0)
        return out;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        // A finding on the clause or on a sub-clause of it answers a change anywhere in it.
        bool inside = false;
        for (int c = findings.at(i).clause; !inside && c >= 0 && c < clauses.size(); c = clauses.at(c).parent)
            inside = c == index;
        if (inside)
            out.append(int(i));
    }
    return out;
}

QString changeKindName(Kind kind)
{
    switch (kind) {
    case Kind::Insertion: return u"insertion"_s;
    case Kind::Deletion: return u"deletion"_s;
    case Kind::MoveFrom: return u"move-from"_s;
    case Kind::MoveTo: return u"move-to"_s;
    case Kind::ParagraphInsertion: return u"paragraph-insertion"_s;
    case Kind::ParagraphDeletion: return u"paragraph-deletion"_s;
    case Kind::FormatChange: return u"format-change"_s;
    case Kind::ParagraphPropertyChange: return u"paragraph-property-change"_s;
    }
    return {};
}

QString changeBefore(const Docx::ExistingChange &change, const QString &workingText)
{
    switch (change.kind) {
    case Kind::Deletion:
    case Kind::MoveFrom: return change.text;
    case Kind::FormatChange:
    case Kind::ParagraphPropertyChange: return slice(workingText, change.start, change.end);
    default: return {};
    }
}

QString changeAfter(const Docx::ExistingChange &change, const QString &workingText)
{
    switch (change.kind) {
    case Kind::Insertion:
    case Kind::MoveTo: return change.text;
    case Kind::FormatChange:
    case Kind::ParagraphPropertyChange: return slice(workingText, change.start, change.end);
    default: return {};
    }
}

QJsonObject theirMarkupJson(const Docx::ExistingMarkup &markup, const QString &workingText,
                            const QList<Clause> &clauses, const QList<Finding> *findings)
{
    QJsonArray changes;
    for (const Docx::ExistingChange &c : markup.changes) {
        QJsonObject o{
            {u"id"_s, c.id},
            {u"kind"_s, changeKindName(c.kind)},
            {u"author"_s, c.author},
            {u"date"_s, dateJson(c.date)},
            {u"start"_s, c.start},
            {u"end"_s, c.end},
            {u"originalStart"_s, c.originalStart},
            {u"originalEnd"_s, c.originalEnd},
            {u"before"_s, changeBefore(c, workingText)},
            {u"after"_s, changeAfter(c, workingText)},
        };
        addClause(&o, clauses, c.start);
        if (findings)
            o.insert(u"findings"_s, findingsInClause(*findings, clauses, c.start));
        changes.append(o);
    }
    QJsonArray comments;
    for (const Docx::ExistingComment &c : markup.comments) {
        QJsonObject o{
            {u"id"_s, c.id},
            {u"author"_s, c.author},
            {u"initials"_s, c.initials},
            {u"date"_s, dateJson(c.date)},
            {u"text"_s, c.text},
            {u"start"_s, c.start},
            {u"end"_s, c.end},
            {u"anchorText"_s, slice(workingText, c.start, c.end)},
            {u"parent"_s, c.parentId >= 0 ? QJsonValue(c.parentId) : QJsonValue()},
            {u"done"_s, c.done},
        };
        addClause(&o, clauses, c.start);
        comments.append(o);
    }
    return QJsonObject{{u"changes"_s, changes}, {u"comments"_s, comments}};
}

} // namespace Redliner::Review
