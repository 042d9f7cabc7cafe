// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewprompt.h"

#include <QJsonArray>

namespace Redliner::Llm {

// Clauses sent together in one request, and what happened to them so far.
struct ClauseBatch final {
    int number = 0;              // 1-based, per provider, for progress and notices
    QList<ClauseInput> clauses;
    QJsonArray facts;            // the offline facts about these clauses
    int retries = 0;             // attempts made after the first
    bool jsonObjectMode = false;
    QString apiVersion;     // Anthropic: the anthropic-version the latest attempt was sent with
    QStringList requestIds; // the server's id of each attempt, for the report (empty when none was sent)

    QStringList clauseIds() const;
};

// Splits clauses into batches of at most size, in document order.
QList<ClauseBatch> makeBatches(const QList<ClauseInput> &clauses, const QJsonArray &facts, int size);

} // namespace Redliner::Llm
