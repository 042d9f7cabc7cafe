// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clause.h"
#include "textparagraph.h"

#include <QList>

namespace Redliner::Review {

// A cover letter or a template's instructions in front of the agreement ("Dear Ms Shaw, please
// find attached ...", "How to use this template: ..."): not terms anyone signs, so not reviewed.
// Marks the clauses before the agreement's opening (its preamble, "This Agreement is made ...
// between ...", with the title just above it) as not operative when such text is among them, and
// returns how many paragraphs that is (0: none). Conservative: without an opening preamble, or
// without a letter's or an instruction's words in front of it, nothing is marked.
int markCoverMatter(const TextDocument &doc, QList<Clause> *clauses);

} // namespace Redliner::Review
