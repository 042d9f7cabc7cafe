// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clause.h"
#include "finding.h"

#include "docx/existingmarkup.h"

#include <QJsonObject>

namespace Redliner::Review {

// "insertion", "deletion", "move-from", "move-to", "paragraph-insertion", "paragraph-deletion",
// "format-change", "paragraph-property-change".
QString changeKindName(Docx::ExistingChange::Kind kind);

// The text before and after one of their changes, as a reader compares them: an insertion is
// "" -> its text, a deletion its text -> "", a property change the same text on both sides.
QString changeBefore(const Docx::ExistingChange &change, const QString &workingText);
QString changeAfter(const Docx::ExistingChange &change, const QString &workingText);

// The findings that answer a change or comment at `offset` of the working text (indices into
// `findings`): those on its innermost clause or on a sub-clause of it. Empty outside every clause.
QList<int> findingsInClauseAt(const QList<Finding> &findings, const QList<Clause> &clauses, qint32 offset);

// The other side's markup as JSON, each change and comment placed in its clause:
// {"changes":[{id, kind, author, date, clause, clauseLabel, start, end, originalStart,
// originalEnd, before, after[, findings]}], "comments":[{id, author, initials, date, text, clause,
// clauseLabel, start, end, anchorText, parent, done}]}. With `findings`, each change also gets the
// playbook's view: the ids, issues and severities of the findings in its clause (a clause they
// inserted is reviewed like any other).
QJsonObject theirMarkupJson(const Docx::ExistingMarkup &markup, const QString &workingText,
                            const QList<Clause> &clauses, const QList<Finding> *findings = nullptr);

} // namespace Redliner::Review
