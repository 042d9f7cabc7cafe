// SPDX-License-Identifier: GPL-3.0-or-later
#include "clause.h"

#include <algorithm>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

// Stable lower-case names: reports, the CLI's JSON and the LLM prompts use them.
QString clauseKindName(Clause::Kind kind)
{
    switch (kind) {
    case Clause::Kind::Title:
        return u"title"_s;
    case Clause::Kind::Preamble:
        return u"preamble"_s;
    case Clause::Kind::Recitals:
        return u"recitals"_s;
    case Clause::Kind::Definitions:
        return u"definitions"_s;
    case Clause::Kind::Section:
        return u"section"_s;
    case Clause::Kind::Signature:
        return u"signature"_s;
    case Clause::Kind::Other:
        break;
    }
    return u"other"_s;
}

int innermostClauseAt(const QList<Clause> &clauses, qint32 offset)
{
    // Clauses are in document order and sub-clauses follow their parents inside them, so it is the
    // last clause starting at or before the offset, or the first of its parents that reaches it.
    const auto after = std::upper_bound(clauses.cbegin(), clauses.cend(), offset,
                                        [](qint32 at, const Clause &c) { return at < c.start; });
    int c = int(after - clauses.cbegin()) - 1;
    while (c >= 0 && !(offset >= clauses.at(c).start && offset <= clauses.at(c).end))
        c = clauses.at(c).parent;
    return c;
}

QString clausePath(const QList<Clause> &clauses, int index)
{
    const Clause &c = clauses.at(index);
    if (c.label.isEmpty())
        return clauseKindName(c.kind);
    QString path = c.label;
    // Walk up while the label does not already carry its parent ("1.2" under "1" does).
    for (int p = c.parent; p >= 0 && p < clauses.size(); p = clauses.at(p).parent) {
        const QString &parent = clauses.at(p).label;
        if (parent.isEmpty())
            break;
        if (path.startsWith(parent + u'.') || path.startsWith(parent + u'('))
            continue;
        path = path.startsWith(u'(') ? QString(parent + path) : QString(parent + u'.' + path);
    }
    return path;
}

} // namespace Redliner::Review
