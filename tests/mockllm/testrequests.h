// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Requests as Redliner's client builds them (src/llm/PROTOCOL.md), and the check of an answer
// against the nda_clause_review schema. For tst_mockllm.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Redliner::MockLlm::Test {

struct ClauseSpec {
    QString id;
    QString label;
    QString heading;
    QString text;
};

// c7 term (with multi-byte text), c8 notices (no change), c9 remedies, c10 care, c11 law.
QList<ClauseSpec> standardClauses();
QStringList idsOf(const QList<ClauseSpec> &clauses);
QString userContent(const QList<ClauseSpec> &clauses);   // the user message: a JSON document
QJsonObject reviewSchema();

QJsonObject openAiRequest(const QList<ClauseSpec> &clauses, bool stream = false, bool includeUsage = false);
// Function calling: the review schema as the one (strict) function tool record_review, tool_choice
// as given (left out when undefined), no response_format.
QJsonObject openAiToolRequest(const QList<ClauseSpec> &clauses, const QJsonValue &toolChoice, bool stream = false,
                              bool includeUsage = false);
QJsonObject openAiFunctionTool(const QString &name);
QJsonObject forcedFunction(const QString &name); // tool_choice {"type":"function","function":{"name"}}
QJsonObject anthropicRequest(const QList<ClauseSpec> &clauses, bool stream = false, bool tools = true);
// No tools: structured output (output_config.format, the review schema) asks for a text block.
QJsonObject anthropicStructuredRequest(const QList<ClauseSpec> &clauses, bool stream = false);
QJsonObject ollamaRequest(const QList<ClauseSpec> &clauses, std::optional<bool> stream);
QByteArray compact(const QJsonObject &object);

using Headers = QList<std::pair<QByteArray, QByteArray>>;
Headers openAiAuth();
Headers anthropicAuth();     // x-api-key, anthropic-version 2023-06-01
Headers anthropicAuth2026(); // Authorization: Bearer, anthropic-version 2026-10-21 (SDK 1.15)
// anthropic-version (none when empty) and one auth header (none when the name is empty).
Headers anthropicHeaders(const QByteArray &version, const QByteArray &authName = QByteArrayLiteral("x-api-key"),
                         const QByteArray &authValue = QByteArrayLiteral("test-key"));
Headers plainJson();

// Why `answer` breaks nda_clause_review or does not answer exactly `ids`; empty when it is right.
QString schemaProblem(const QJsonObject &answer, const QStringList &ids);
QJsonObject findingsOf(const QJsonObject &answer, const QString &id);   // the entry for that clause id

} // namespace Redliner::MockLlm::Test
