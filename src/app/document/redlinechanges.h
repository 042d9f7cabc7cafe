// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/decision.h"

#include "docx/edit.h"
#include "review/playbook.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Redliner::App {

// One finding as the redline shows it: its edits as they stand after the user's decision (an
// edited finding carries the recomputed edits).
struct FindingChanges final {
    QString id;
    QString title;
    QString rationale;
    Review::Severity severity = Review::Severity::Medium;
    DecisionStatus status = DecisionStatus::Pending;
    QList<Docx::Edit> edits;
};

// One edit drawn in the redline pane.
struct RedlineChange final {
    enum class State { Proposed, Accepted, Rejected };
    QString findingId;
    int finding = 0;          // index of the finding (document order)
    Docx::Edit edit;          // a rejected finding keeps only a marker: start == end, no text
    State state = State::Proposed;
    Review::Severity severity = Review::Severity::Medium;
    QString toolTip;          // title and rationale, shown on the comment marker
};

// The edits the redline pane draws: accepted findings first, then undecided ones that do not
// collide with them (in finding order), so that what is shown can also be written; rejected
// findings leave a marker. Sorted by position; no two overlap.
struct ChangeSet final {
    QList<RedlineChange> changes;
    QStringList hidden;       // undecided or accepted findings not drawn: they overlap another
    // The lawyer's answers to the other side's tracked changes (DocumentSession::theirDecisions):
    // the redline pane draws them as the export will read.
    QHash<int, bool> theirDecisions;

    static ChangeSet build(const QList<FindingChanges> &findings);
    // Indexes into changes of those touching the working-text range [from, to] (inclusive: a
    // paragraph's mark is at its text end).
    QList<int> touching(qint32 from, qint32 to) const;
};

} // namespace Redliner::App
