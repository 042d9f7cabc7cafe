// SPDX-License-Identifier: GPL-3.0-or-later
#include "clause.h"

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
