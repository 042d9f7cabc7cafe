// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmreport.h"
#include "redactedurl.h"

#include <QJsonArray>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

void addLlmReport(QJsonObject *report, const QString &providerChoice, const QList<ProviderConfig> &providers,
                  const LlmReviewResult &result)
{
    report->insert(u"provider"_s, providerChoice);
    QJsonArray used;
    for (qsizetype i = 0; i < providers.size(); ++i) {
        const ProviderConfig &c = providers.at(i);
        const ProviderUsage u = result.usage.value(i);
        QJsonArray batches;
        for (const BatchTrace &b : u.batches) {
            batches.append(QJsonObject{{u"number"_s, b.number},
                                       {u"clauses"_s, QJsonArray::fromStringList(b.clauseIds)},
                                       {u"requestIds"_s, QJsonArray::fromStringList(b.requestIds)},
                                       {u"answered"_s, b.answered}});
        }
        QJsonObject entry{
            {u"name"_s, providerKindName(c.kind)},
            {u"model"_s, c.model},
            {u"baseUrl"_s, redactedUrl(c.baseUrl)},
            {u"inputTokens"_s, u.inputTokens},
            {u"outputTokens"_s, u.outputTokens},
            {u"requests"_s, u.requests},
            {u"retries"_s, u.retries},
            {u"cachedClauses"_s, u.cachedClauses},
            {u"batches"_s, batches},
        };
        if (c.kind == ProviderKind::Anthropic)
            entry.insert(u"apiVersion"_s, u.apiVersion.isEmpty() ? c.anthropicVersion : u.apiVersion);
        used.append(entry);
    }
    report->insert(u"providers"_s, used);
    QJsonArray errors;
    for (const ClauseError &e : result.errors) {
        errors.append(QJsonObject{{u"clause"_s, e.clauseId},
                                  {u"clauseLabel"_s, e.clauseLabel},
                                  {u"provider"_s, e.provider},
                                  {u"message"_s, redactUrls(e.message)}});
    }
    report->insert(u"errors"_s, errors);
    report->insert(u"batches"_s, QJsonObject{{u"done"_s, result.batchesDone}, {u"total"_s, result.batchesTotal}});
    report->insert(u"cancelled"_s, result.cancelled);
}

} // namespace Redliner::Llm
