// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewer.h"

#include <QJsonObject>

namespace Redliner::Review {

// A finding as written, or the reason it could not be (it stays in the report either way).
struct FindingOutcome final {
    bool written = false;
    QString error;
};

// REPORT.json: the document, side, playbook and provider, every finding (id, severity, title,
// clause, original and proposed text, rationale, edits, whether it was written) and the facts.
QJsonObject reviewReport(const QString &document, const TextDocument &doc, const ReviewResult &review,
                         const Playbook &playbook, Side side, const QList<FindingOutcome> &outcomes);

QJsonObject factJson(const Fact &fact, const QList<Clause> &clauses);

} // namespace Redliner::Review
