// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Requests as Redliner's client builds them (src/llm/PROTOCOL.md), and the check of an answer
// against the nda_clause_review schema. For tst_mockllm.

#include <QByteArray>
#include <QJsonObject>
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
QJsonObject anthropicRequest(const QList<ClauseSpec> &clauses, bool stream = false, bool tools = true);
QJsonObject ollamaRequest(const QList<ClauseSpec> &clauses, std::optional<bool> stream);
QByteArray compact(const QJsonObject &object);

using Headers = QList<std::pair<QByteArray, QByteArray>>;
Headers openAiAuth();
Headers anthropicAuth();
Headers plainJson();

// Why `answer` breaks nda_clause_review or does not answer exactly `ids`; empty when it is right.
QString schemaProblem(const QJsonObject &answer, const QStringList &ids);
QJsonObject findingsOf(const QJsonObject &answer, const QString &id);   // the entry for that clause id

} // namespace Redliner::MockLlm::Test
