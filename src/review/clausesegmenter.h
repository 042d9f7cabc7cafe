// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clause.h"
#include "textparagraph.h"

#include <QList>

namespace Redliner::Review {

// Splits an agreement into the clauses a reviewer reasons about: title, preamble, recitals,
// numbered sections and their sub-clauses (from Word's list labels or numbers typed in the text),
// unnumbered headings, definitions and the signature block. Every non-blank paragraph belongs to
// exactly one clause; clauses come in document order and never overlap (a section does not
// contain its sub-clauses: they are clauses of their own whose `parent` points to it). Blank
// paragraphs between clauses belong to none. A pure function, safe in any thread.
QList<Clause> segmentClauses(const TextDocument &doc);
// The same, with the paragraphs already read (inspectParagraphs(doc.paragraphs)).
struct ParagraphInfo;
QList<Clause> segmentClauses(const TextDocument &doc, const QList<ParagraphInfo> &paragraphs);

} // namespace Redliner::Review
