// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/edit.h"
#include "playbook.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Redliner::Review {

// Another reviewer's different proposal for the same clause and issue (a dual review keeps both).
struct FindingAlternative final {
    QStringList providers;
    QString rationale;
    QString proposedText;
    QList<Docx::Edit> edits;
};

// A problem found in the agreement and the change proposed for it.
struct Finding final {
    QString id;              // "F1", "F2"... in document order
    QString issueId;         // playbook issue id, or "other"
    QString title;
    Severity severity = Severity::Medium;
    QString rationale;       // what is wrong and why the change is market
    int clause = -1;         // index into the clause list (-1: the document as a whole)
    QString clauseLabel;     // "4", "Preamble"...
    QString originalText;    // the clause text (or the place of an insertion)
    QString proposedText;    // the clause text as revised
    QList<Docx::Edit> edits; // minimal edits in working-text coordinates, from the word diff
    QStringList providers{QStringLiteral("offline")};  // who proposed it; two names: both agreed
    QList<FindingAlternative> alternatives;            // proposals of other providers that differ

    // Two providers proposed the same text: more confidence than either alone.
    bool agreed() const { return providers.size() > 1; }
};

} // namespace Redliner::Review
