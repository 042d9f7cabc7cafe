// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Redliner::Review {

// A unit of an agreement a reviewer reasons about: a numbered section (or sub-section), the
// title, the preamble, recitals, definitions, or the signature block.
struct Clause final {
    enum class Kind { Title, Preamble, Recitals, Definitions, Section, Signature, Other };

    QString id;            // stable within one document: "c0", "c1", ...
    Kind kind = Kind::Other;
    QString label;         // "3", "3.2", "(a)", "Article IV", "Section 5"; empty when none
    QString heading;       // "Term", "Confidential Information"; empty when none
    int level = 0;         // 0 for top-level sections, 1 for their sub-clauses...
    int parent = -1;       // index of the enclosing clause, -1 for top level
    int firstParagraph = 0;
    int lastParagraph = 0; // inclusive
    qint32 start = 0;      // working-text range [start, end) of the clause's paragraphs
    qint32 end = 0;        //   (end is the last paragraph's text end, its mark excluded)
    bool operative = true; // false for a cover letter or instructions in front of the agreement

    bool isSignature() const { return kind == Kind::Signature; }
};

QString clauseKindName(Clause::Kind kind);

// The clause's label as a reader cites it, with its parents: "2(c)", "1.2.1", "I.A.13",
// "Schedule 1.3"; the kind's name ("preamble") for a clause without a label.
QString clausePath(const QList<Clause> &clauses, int index);

// The innermost clause holding offset (its range taken with its end), or -1: a binary search, for
// rules that look up a clause for every match.
int innermostClauseAt(const QList<Clause> &clauses, qint32 offset);

} // namespace Redliner::Review
