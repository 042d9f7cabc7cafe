// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchanswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

namespace {

// The outermost {...} of a reply that wraps its JSON in prose or a code fence.
QByteArray outermostObject(const QByteArray &text)
{
    const qsizetype open = text.indexOf('{');
    const qsizetype close = text.lastIndexOf('}');
    if (open < 0 || close <= open)
        return {};
    return text.mid(open, close - open + 1);
}

bool readChange(const QJsonValue &value, ProposedChange *change, QString *why)
{
    if (!value.isObject()) {
        *why = u"is not an object"_s;
        return false;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue issue = o.value(u"issue"_s);
    const QJsonValue revised = o.value(u"revised_text"_s);
    if (!revised.isString()) {
        *why = u"has no revised_text"_s;
        return false;
    }
    change->issue = issue.isString() && !issue.toString().trimmed().isEmpty() ? issue.toString().trimmed() : u"other"_s;
    change->severity = o.value(u"severity"_s).toString().trimmed().toLower();
    if (change->severity != u"low"_s && change->severity != u"medium"_s && change->severity != u"high"_s)
        change->severity = u"medium"_s;
    change->rationale = o.value(u"rationale"_s).toString().trimmed();
    change->revisedText = revised.toString();
    return true;
}

} // namespace

bool parseBatchAnswer(const QByteArray &json, BatchAnswer *answer, QString *error)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray inner = outermostObject(json);
        if (!inner.isEmpty())
            doc = QJsonDocument::fromJson(inner, &parseError);
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? u"the answer is not valid JSON ("_s + parseError.errorString() + u")"_s
                     : u"the answer is not a JSON object"_s;
        return false;
    }
    const QJsonValue clauses = doc.object().value(u"clauses"_s);
    if (!clauses.isArray()) {
        *error = u"the answer has no \"clauses\" list"_s;
        return false;
    }
    answer->clauses.clear();
    answer->problems.clear();
    const QJsonArray items = clauses.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString id = item.value(u"id"_s).toString().trimmed();
        if (id.isEmpty()) {
            answer->problems.append(u"entry "_s + QString::number(i + 1) + u" names no clause"_s);
            continue;
        }
        ClauseAnswer clause;
        clause.clauseId = id;
        const QJsonArray findings = item.value(u"findings"_s).toArray();
        for (qsizetype j = 0; j < findings.size(); ++j) {
            ProposedChange change;
            QString why;
            if (readChange(findings.at(j), &change, &why))
                clause.changes.append(change);
            else
                answer->problems.append(u"clause "_s + id + u": finding "_s + QString::number(j + 1) + u" "_s + why);
        }
        answer->clauses.append(clause);
    }
    return true;
}

} // namespace Redliner::Llm
