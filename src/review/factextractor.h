// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clause.h"
#include "fact.h"
#include "textparagraph.h"

#include <QList>

namespace Redliner::Review {

// What the agreement says on each question the playbook asks (see FactId), found sentence by
// sentence with general linguistic rules and their negations. Each fact carries its polarity, its
// value (months, days, a jurisdiction, a party), the clause it was found in and the sentence that
// shows it. A question the agreement does not answer has no fact. A pure function: safe to run on
// any thread.
FactSheet extractFacts(const TextDocument &doc, const QList<Clause> &clauses);

class FactContext;
// The same on sentences already read (the reviewer shares them with the rules that read
// sentences themselves); the context's sentences stay for them.
FactSheet extractFacts(FactContext &ctx);

} // namespace Redliner::Review
