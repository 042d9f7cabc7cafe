// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Redliner::Llm {

// One change a model proposes for one clause (PROTOCOL.md), before Redliner checks it.
struct ProposedChange final {
    QString issue;         // playbook issue id or "other"
    QString severity;      // "low", "medium", "high"
    QString rationale;
    QString revisedText;
};

struct ClauseAnswer final {
    QString clauseId;
    QList<ProposedChange> changes;
};

// A model's answer to one batch. Entries that do not fit the schema are dropped one by one with a
// reason, so one malformed finding does not sink the clauses beside it.
struct BatchAnswer final {
    QList<ClauseAnswer> clauses;
    QStringList problems;  // "clause c9: finding 2 has no revised_text"
};

// Parses the answer JSON. Returns false (with error) only when nothing usable is there: not JSON,
// not an object, no "clauses" array. Tolerates a fenced ```json block and text around the object,
// which local models produce in JSON mode.
bool parseBatchAnswer(const QByteArray &json, BatchAnswer *answer, QString *error);

} // namespace Redliner::Llm
