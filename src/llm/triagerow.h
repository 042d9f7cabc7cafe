// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewer.h"

#include <QString>

namespace Redliner::Llm {

// One line of a folder review's triage: what the agreement is and how much the review found.
// The words are English (the CLI's summary); the numbers and kinds are there for a window to
// show them in its own language and sort them as numbers.
struct TriageRow final {
    enum class Kind { Unknown, Mutual, OneWay };

    QString file;    // as given, or found under a folder given
    QString parties; // the full names, "; " between them
    Kind kind = Kind::Unknown;
    QString law;         // the governing law, as the agreement names it
    int termMonths = -1; // the agreement's term, or else the obligations' (-1: not said)
    bool perpetual = false;
    QString termOther; // a term the facts give in other words than months
    int high = 0, medium = 0, low = 0;
    QStringList topIssues; // the titles of the three most severe findings, in document order among equals
    QString status;        // "reviewed", or "failed: why" (the caller's words)
    QString redline;       // the file written, relative to the output folder

    QString kindText() const; // "mutual", "one-way" or ""
    QString termText() const; // "perpetual", "5 year(s)", "18 month(s)" or ""
};

// The triage row of a reviewed document: parties from its working text, the rest from the
// review's facts and findings. Status and redline are left to the caller.
TriageRow triageRow(const QString &file, const Review::TextDocument &text, const Review::ReviewResult &review);

} // namespace Redliner::Llm
