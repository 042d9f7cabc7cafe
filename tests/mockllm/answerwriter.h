// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Redliner::MockLlm {

// What the mock "model" reads: the user message of src/llm/PROTOCOL.md.
struct ReviewRequest final {
    struct Clause {
        QString id;
        QString label;
        QString heading;
        QString text;
    };
    QString side;
    QList<Clause> clauses;
    QHash<QString, QString> severityByIssue;   // the playbook positions sent: issue id -> severity
};

// Plausible, deterministic answers in the nda_clause_review schema: a few rewrites a reviewer for
// the receiving party would make, each clause's revised_text being the whole clause with that one
// change made (label kept). A clause no rule touches gets "findings": []. Test hooks in clause text:
// [[mock:omit]] leaves the clause out, [[mock:foreign]] adds an entry for "c999" (never sent),
// [[mock:relabel]] changes the leading label of the revised text.
class AnswerWriter final {
public:
    // The last user message's text: a string content, or the text parts of an array content.
    static QString lastUserText(const QJsonArray &messages);
    static std::optional<ReviewRequest> parseRequest(const QString &userText);
    // For text that is not a review request the answer is {"clauses": []}.
    static QJsonObject answer(const QString &userText);
    static QJsonObject answer(const ReviewRequest &request);
    // Valid JSON that breaks the schema: ids renamed, a severity out of the enum, revised_text missing.
    static QJsonObject wrongSchema(const QJsonObject &answer);
    // What survives a max_tokens cut as a parsed object: the first half of the clause entries.
    static QJsonObject partial(const QJsonObject &answer);
};

} // namespace Redliner::MockLlm
