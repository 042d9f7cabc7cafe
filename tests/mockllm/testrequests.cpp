// SPDX-License-Identifier: GPL-3.0-or-later
#include "testrequests.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm::Test {

QList<ClauseSpec> standardClauses()
{
    return {
        {u"c7"_s, u"4"_s, u"Term"_s,
         u"4. Term. The “Obligations” of this Agreement shall continue for five (5) years from the Effective Date "
         "(café, Straße, 中文, a line\u2028separator)."_s},
        {u"c8"_s, u"5"_s, u"Notices"_s,
         u"5. Notices. Notices under this Agreement go to the addresses above. “Smart quotes”, é, ß, 中文 and a "
         "line separator\u2028stay as they are."_s},
        {u"c9"_s, u"6"_s, u"Remedies"_s,
         u"6. Remedies. The Disclosing Party shall be entitled to injunctive relief for any breach."_s},
        {u"c10"_s, u"7"_s, u"Care"_s,
         u"7. Care. The Receiving Party shall use the highest degree of care to protect Confidential Information."_s},
        {u"c11"_s, u"8"_s, u"Law"_s,
         u"8. Governing Law. The courts of Singapore have exclusive jurisdiction over any and all disputes."_s},
    };
}

QStringList idsOf(const QList<ClauseSpec> &clauses)
{
    QStringList ids;
    for (const ClauseSpec &clause : clauses)
        ids.append(clause.id);
    return ids;
}

QString userContent(const QList<ClauseSpec> &clauses)
{
    QJsonArray list;
    for (const ClauseSpec &clause : clauses) {
        list.append(QJsonObject{{u"id"_s, clause.id}, {u"label"_s, clause.label}, {u"heading"_s, clause.heading},
                                {u"text"_s, clause.text}});
    }
    const QJsonObject document{
        {u"prompt_version"_s, u"redliner-nda-review/1"_s},
        {u"side"_s, u"receiving"_s},
        {u"playbook"_s, QJsonObject{{u"name"_s, u"Redliner default NDA playbook"_s}, {u"version"_s, u"1.0.0"_s}}},
        {u"positions"_s, QJsonArray{QJsonObject{{u"issue"_s, u"term"_s}, {u"severity"_s, u"high"_s}},
                                    QJsonObject{{u"issue"_s, u"remedies"_s}, {u"severity"_s, u"medium"_s}},
                                    QJsonObject{{u"issue"_s, u"standard-of-care"_s}, {u"severity"_s, u"medium"_s}}}},
        {u"facts"_s, QJsonArray()},
        {u"clauses"_s, list},
    };
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact));
}

QJsonObject reviewSchema()
{
    return QJsonDocument::fromJson(R"({"type":"object","additionalProperties":false,"required":["clauses"],"properties":{
      "clauses":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","findings"],
      "properties":{"id":{"type":"string"},"findings":{"type":"array","items":{"type":"object",
      "additionalProperties":false,"required":["issue","severity","rationale","revised_text"],"properties":{
      "issue":{"type":"string"},"severity":{"type":"string","enum":["low","medium","high"]},
      "rationale":{"type":"string"},"revised_text":{"type":"string"}}}}}}}}})")
        .object();
}

QJsonObject openAiRequest(const QList<ClauseSpec> &clauses, bool stream, bool includeUsage)
{
    QJsonObject body{
        {u"model"_s, u"gpt-5-mini"_s},
        {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, u"Review for the receiving party."_s}},
                                   QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, userContent(clauses)}}}},
        {u"max_completion_tokens"_s, 4096},
        {u"response_format"_s,
         QJsonObject{{u"type"_s, u"json_schema"_s},
                     {u"json_schema"_s, QJsonObject{{u"name"_s, u"nda_clause_review"_s}, {u"strict"_s, true},
                                                    {u"schema"_s, reviewSchema()}}}}},
    };
    if (stream) {
        body.insert(u"stream"_s, true);
        if (includeUsage)
            body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    }
    return body;
}

QJsonObject openAiFunctionTool(const QString &name)
{
    return QJsonObject{{u"type"_s, u"function"_s},
                       {u"function"_s, QJsonObject{{u"name"_s, name},
                                                   {u"description"_s, u"Record the review."_s},
                                                   {u"parameters"_s, reviewSchema()},
                                                   {u"strict"_s, true}}}};
}

QJsonObject forcedFunction(const QString &name)
{
    return QJsonObject{{u"type"_s, u"function"_s}, {u"function"_s, QJsonObject{{u"name"_s, name}}}};
}

QJsonObject openAiToolRequest(const QList<ClauseSpec> &clauses, const QJsonValue &toolChoice, bool stream,
                              bool includeUsage)
{
    QJsonObject body = openAiRequest(clauses, stream, includeUsage);
    body.remove(u"response_format"_s);
    body.insert(u"tools"_s, QJsonArray{openAiFunctionTool(u"record_review"_s)});
    if (!toolChoice.isUndefined())
        body.insert(u"tool_choice"_s, toolChoice);
    return body;
}

QJsonObject anthropicRequest(const QList<ClauseSpec> &clauses, bool stream, bool tools)
{
    QJsonObject body{
        {u"model"_s, u"claude-sonnet-4-5"_s},
        {u"max_tokens"_s, 4096},
        {u"system"_s, u"Review for the receiving party."_s},
        {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s},
                                               {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s},
                                                                                     {u"text"_s, userContent(clauses)}}}}}}},
    };
    if (tools) {
        body.insert(u"tools"_s, QJsonArray{QJsonObject{{u"name"_s, u"record_review"_s},
                                                       {u"description"_s, u"Record the review."_s},
                                                       {u"input_schema"_s, reviewSchema()}}});
        body.insert(u"tool_choice"_s, QJsonObject{{u"type"_s, u"tool"_s}, {u"name"_s, u"record_review"_s}});
    }
    if (stream)
        body.insert(u"stream"_s, true);
    return body;
}

QJsonObject anthropicStructuredRequest(const QList<ClauseSpec> &clauses, bool stream)
{
    QJsonObject body = anthropicRequest(clauses, stream, false);
    body.insert(u"output_config"_s,
                QJsonObject{{u"format"_s, QJsonObject{{u"type"_s, u"json_schema"_s}, {u"schema"_s, reviewSchema()}}}});
    return body;
}

QJsonObject ollamaRequest(const QList<ClauseSpec> &clauses, std::optional<bool> stream)
{
    QJsonObject body{
        {u"model"_s, u"llama3.2"_s},
        {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, userContent(clauses)}}}},
        {u"format"_s, reviewSchema()},
        {u"options"_s, QJsonObject{{u"temperature"_s, 0}, {u"num_predict"_s, 4096}}},
    };
    if (stream)
        body.insert(u"stream"_s, *stream);
    return body;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Headers openAiAuth()
{
    return {{"Authorization"_ba, "Bearer test-key"_ba}, {"Content-Type"_ba, "application/json"_ba}};
}

Headers anthropicAuth()
{
    return {{"x-api-key"_ba, "test-key"_ba}, {"anthropic-version"_ba, "2023-06-01"_ba},
            {"Content-Type"_ba, "application/json"_ba}};
}

Headers anthropicAuth2026()
{
    return {{"Authorization"_ba, "Bearer test-key"_ba},
            {"anthropic-version"_ba, "2026-10-21"_ba},
            {"Content-Type"_ba, "application/json"_ba}};
}

Headers anthropicHeaders(const QByteArray &version, const QByteArray &authName, const QByteArray &authValue)
{
    Headers headers{{"Content-Type"_ba, "application/json"_ba}};
    if (!version.isEmpty())
        headers.append({"anthropic-version"_ba, version});
    if (!authName.isEmpty())
        headers.append({authName, authValue});
    return headers;
}

Headers plainJson()
{
    return {{"Content-Type"_ba, "application/json"_ba}};
}

QString schemaProblem(const QJsonObject &answer, const QStringList &ids)
{
    if (answer.keys() != QStringList{u"clauses"_s})
        return u"top-level keys: "_s + answer.keys().join(u',');
    if (!answer.value(u"clauses").isArray())
        return u"clauses is not an array"_s;
    QStringList seen;
    for (const QJsonValue value : answer.value(u"clauses").toArray()) {
        const QJsonObject entry = value.toObject();
        QStringList keys = entry.keys();
        keys.sort();
        if (keys != QStringList{u"findings"_s, u"id"_s})
            return u"clause keys: "_s + keys.join(u',');
        if (!entry.value(u"id").isString() || !entry.value(u"findings").isArray())
            return u"clause types"_s;
        seen.append(entry.value(u"id").toString());
        for (const QJsonValue findingValue : entry.value(u"findings").toArray()) {
            const QJsonObject finding = findingValue.toObject();
            QStringList findingKeys = finding.keys();
            findingKeys.sort();
            if (findingKeys != QStringList{u"issue"_s, u"rationale"_s, u"revised_text"_s, u"severity"_s})
                return u"finding keys: "_s + findingKeys.join(u',');
            for (const QString &key : std::as_const(findingKeys)) {
                if (!finding.value(key).isString())
                    return u"finding %1 is not a string"_s.arg(key);
            }
            const QString severity = finding.value(u"severity").toString();
            if (severity != u"low" && severity != u"medium" && severity != u"high")
                return u"severity "_s + severity;
        }
    }
    if (seen != ids)
        return u"ids %1, expected %2"_s.arg(seen.join(u','), ids.join(u','));
    return {};
}

QJsonObject findingsOf(const QJsonObject &answer, const QString &id)
{
    for (const QJsonValue value : answer.value(u"clauses").toArray()) {
        if (value.toObject().value(u"id").toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace Redliner::MockLlm::Test
