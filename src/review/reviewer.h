// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clause.h"
#include "fact.h"
#include "finding.h"
#include "playbook.h"
#include "textparagraph.h"

namespace Redliner::Review {

struct ReviewOptions final {
    Side side = Side::Receiving;
};

// Everything the offline review found, as values: safe to compute in a worker thread.
struct ReviewResult final {
    QList<Clause> clauses;
    FactSheet facts;
    QList<Finding> findings;  // in document order, ids F1, F2...
    QStringList notes;        // what the reviewer could not do, in words for the user
};

// The offline reviewer: clauses, then facts, then the playbook's positions for the user's side,
// then concrete edits. Pure function of its inputs; never touches the network.
ReviewResult reviewDocument(const TextDocument &doc, const Playbook &playbook, const ReviewOptions &options);

// Whether the document is a cover page or order form whose protections live in standard terms it
// incorporates by reference (then missing clauses are not reported as missing).
bool incorporatesStandardTerms(const TextDocument &doc);

// Whether the text is English: the playbook's rules and language are English only.
bool looksEnglish(const TextDocument &doc);

// The edits of the findings, ready for the revision writer: additions of whole clauses at the
// same place are combined into one edit (in finding order), each edit carrying its finding's
// rationale as the comment when withComments is set.
QList<Docx::Edit> editsForWriting(const QList<Finding> &findings, bool withComments);

} // namespace Redliner::Review
