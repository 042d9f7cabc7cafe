// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clause.h"
#include "paragraphinfo.h"
#include "textparagraph.h"

#include <QList>
#include <QString>

namespace Redliner::Review {

// One drafting defect a lawyer catches on a first read. Detectors report them; draftingdefects.cpp
// turns them into one comment (and a redline for a cross-reference whose fix is certain).
struct DraftingDefect final {
    // Deal: the Purpose or the subject is blank, the point a lawyer leads with.
    enum Priority { Deal = 0, Substance = 1, Placeholder = 2, Structure = 3, Minor = 4 };
    Priority priority = Minor;
    qint32 start = 0;       // the defect's own words in the working text [start, end)
    qint32 end = 0;
    QString what;           // "the blank in \"relating to the ____\"", for the rationale
    // A certain fix: [fixStart, fixEnd) becomes fixText (a redline); fixStart < 0 when none.
    qint32 fixStart = -1;
    qint32 fixEnd = -1;
    QString fixText;
};

// Where offsets fall: the innermost clause, its printable name, its top-level number.
struct DefectMap final {
    const TextDocument &doc;
    const QList<Clause> &clauses;
    const QList<ParagraphInfo> &info; // per paragraph of doc

    int clauseAt(qint32 offset) const;          // -1 when none
    bool inSignature(qint32 offset) const;
    QString where(qint32 offset) const;         // "clause 2.1", "the preamble", "Recital (C)"
    QString topNumber(int clause) const;        // "6" for clause 6(f); empty when unnumbered
    int paragraphAt(qint32 offset) const;
    // The number of the top-level clause the offset sits in, read off the nearest numbered
    // heading above it ("6 Discontinuation of Use" or "6."): the segmenter may nest it otherwise.
    QString majorNumberAt(qint32 offset) const;
    // The sentence around [start, end): from the last full stop before to the next one after.
    std::pair<qint32, qint32> sentence(qint32 start, qint32 end) const;
};

// Blanks, placeholders, merge fields and template instructions (draftingdefectblanks.cpp).
QList<DraftingDefect> findBlanks(const DefectMap &map);
// Clauses cut off mid-sentence and numbering out of order (draftingdefectstructure.cpp).
QList<DraftingDefect> findStructureDefects(const DefectMap &map);
// Broken cross-references and undefined party labels (draftingdefectrefs.cpp).
QList<DraftingDefect> findReferenceDefects(const DefectMap &map);

} // namespace Redliner::Review
