// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/fact.h"
#include "review/playbook.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Redliner::Llm {

// Part of every cache key: change it whenever the instructions, the payload or the schema change
// (PROTOCOL.md describes all three).
inline constexpr char PromptVersion[] = "redliner-nda-review/1";

// A clause as the model sees it.
struct ClauseInput final {
    QString id;        // "c7"
    QString label;     // "4", "(b)"; may be empty
    QString heading;
    QString text;      // the working text of its paragraphs, joined by '\n'
    int index = -1;    // into the review's clause list
};

struct PromptContext final {
    Review::Side side = Review::Side::Receiving;
    QString playbookName;
    QString playbookVersion;
    QJsonArray positions;   // the playbook's positions for the side, as the model reads them
};

PromptContext promptContext(const Review::Playbook &playbook, Review::Side side);

// The instructions: the same for every batch, so providers can cache the prompt prefix.
QString systemPrompt(Review::Side side);

// The user message: the positions, the facts found offline for these clauses, and the clauses.
// Clause text travels as JSON string values, so nothing in it can end the data and start
// instructions.
QByteArray batchPayload(const PromptContext &context, const QList<ClauseInput> &clauses,
                        const QJsonArray &facts);

// The strict JSON schema of the answer (PROTOCOL.md).
QJsonObject answerSchema();
inline constexpr char AnswerSchemaName[] = "nda_clause_review";
inline constexpr char AnswerToolName[] = "record_review";

} // namespace Redliner::Llm
