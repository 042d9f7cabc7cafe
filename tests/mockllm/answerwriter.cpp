// SPDX-License-Identifier: GPL-3.0-or-later
#include "answerwriter.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

namespace {

struct Rewrite {
    QRegularExpression pattern;
    QString replacement;   // "\1" stands for the first capture
};

struct Rule {
    QStringList issues;    // playbook ids this change answers, best first
    QString severity;      // when the request sent no position for the issue
    QString rationale;
    QList<Rewrite> rewrites;
};

QRegularExpression pattern(const QString &source)
{
    return QRegularExpression(source, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// Built once; matching a const QRegularExpression is thread-safe.
const QList<Rule> &rules()
{
    static const QList<Rule> all{
        Rule{{u"term"_s, u"survival"_s},
             u"medium"_s,
             u"A confidentiality term longer than two years is long for ordinary business information; two (2) years is market for the receiving party."_s,
             {{pattern(uR"(\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)\s*\(\s*\d+\s*\)\s*years?\b)"_s), u"two (2) years"_s},
              {pattern(uR"(\b(?:three|four|five|six|seven|eight|nine|ten)\s+years\b)"_s), u"two (2) years"_s},
              {pattern(uR"((?<![\d(.])\b(?:[3-9]|[1-9]\d+)\s+years?\b)"_s), u"two (2) years"_s},
              {pattern(uR"(\b(?:in perpetuity|indefinitely|perpetually)\b)"_s), u"for two (2) years"_s},
              {pattern(uR"(\bperpetual\b)"_s), u"two (2) year"_s}}},
        Rule{{u"standard-of-care"_s},
             u"medium"_s,
             u"The highest degree of care makes the receiving party liable even where it acted reasonably; reasonable care is the market standard."_s,
             {{pattern(uR"(\b(?:the\s+)?(?:highest|utmost|strictest)\s+(?:possible\s+)?(?:degree|standard|level)\s+of\s+care\b)"_s),
               u"at least a reasonable degree of care"_s}}},
        Rule{{u"definition-scope"_s},
             u"low"_s,
             u"\"Any and all\" adds only breadth and invites argument; \"all\" says the same."_s,
             {{pattern(uR"(\bany and all\b)"_s), u"all"_s}}},
        Rule{{u"remedies"_s},
             u"medium"_s,
             u"An automatic entitlement to injunctive relief presupposes the court's decision; the disclosing party may seek it like any claimant."_s,
             {{pattern(uR"(\b(?:shall|will)\s+be\s+entitled\s+to\s+(?:seek\s+)?((?:(?:immediate|equitable|temporary|preliminary|permanent)\s+)*)injunctive\s+relief\b)"_s),
               u"may seek \\1injunctive relief"_s}}},
        Rule{{u"governing-law"_s},
             u"medium"_s,
             u"Exclusive jurisdiction forces the receiving party to litigate away from home; non-exclusive jurisdiction keeps its own courts available."_s,
             {{pattern(uR"((?<![\w-])exclusive\s+jurisdiction\b)"_s), u"non-exclusive jurisdiction"_s}}},
    };
    return all;
}

QString applyRewrite(const QString &text, const Rewrite &rewrite)
{
    QString out;
    qsizetype last = 0;
    auto it = rewrite.pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).sliced(last, match.capturedStart() - last);
        QString replacement = rewrite.replacement;
        replacement.replace(u"\\1"_s, match.captured(1));
        // Keep a capital at the start of a sentence: "Any and all" -> "All".
        if (match.capturedLength() > 0 && match.captured().at(0).isUpper() && !replacement.isEmpty())
            replacement[0] = replacement.at(0).toUpper();
        out += replacement;
        last = match.capturedEnd();
    }
    if (last == 0)
        return text;
    out += QStringView(text).sliced(last);
    return out;
}

QString relabel(const QString &text)
{
    static const QRegularExpression number(uR"(^(\s*)(\d+))"_s);
    static const QRegularExpression letter(uR"(^(\s*)\(([a-y])\))"_s);
    if (const auto match = number.match(text); match.hasMatch()) {
        return match.captured(1) + QString::number(match.captured(2).toInt() + 1)
             + QStringView(text).sliced(match.capturedEnd());
    }
    if (const auto match = letter.match(text); match.hasMatch()) {
        const QChar next(match.captured(2).at(0).unicode() + 1);
        return match.captured(1) + u'(' + next + u')' + QStringView(text).sliced(match.capturedEnd());
    }
    return u"1. "_s + text;
}

QJsonObject finding(const QString &issue, const QString &severity, const QString &rationale, const QString &revised)
{
    return QJsonObject{{u"issue"_s, issue}, {u"severity"_s, severity}, {u"rationale"_s, rationale},
                       {u"revised_text"_s, revised}};
}

QJsonArray findingsFor(const ReviewRequest::Clause &clause, const QHash<QString, QString> &severityByIssue)
{
    QJsonArray findings;
    const bool relabelled = clause.text.contains(u"[[mock:relabel]]");
    const bool survives = clause.text.contains(u"surviv", Qt::CaseInsensitive);
    for (const Rule &rule : rules()) {
        QString revised = clause.text;
        for (const Rewrite &rewrite : rule.rewrites)
            revised = applyRewrite(revised, rewrite);
        if (revised == clause.text)
            continue;
        QStringList candidates = rule.issues;
        if (survives && candidates.contains(u"survival"_s))
            candidates.move(candidates.indexOf(u"survival"_s), 0);
        QString issue = u"other"_s;
        QString severity = rule.severity;
        for (const QString &candidate : std::as_const(candidates)) {
            if (severityByIssue.contains(candidate)) {
                issue = candidate;
                severity = severityByIssue.value(candidate);
                break;
            }
        }
        if (severity != u"low" && severity != u"medium" && severity != u"high")
            severity = rule.severity;
        findings.append(finding(issue, severity, rule.rationale, relabelled ? relabel(revised) : revised));
    }
    if (relabelled && findings.isEmpty()) {
        findings.append(finding(u"other"_s, u"low"_s, u"The clause is renumbered to follow the schedule."_s,
                                relabel(clause.text)));
    }
    return findings;
}

} // namespace

QString AnswerWriter::lastUserText(const QJsonArray &messages)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value(u"role").toString() != u"user")
            continue;
        const QJsonValue content = message.value(u"content");
        if (content.isString())
            return content.toString();
        QString text;
        for (const QJsonValue part : content.toArray())
            text += part.toObject().value(u"text").toString();
        return text;
    }
    return {};
}

std::optional<ReviewRequest> AnswerWriter::parseRequest(const QString &userText)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(userText.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    if (!root.value(u"clauses").isArray())
        return std::nullopt;
    ReviewRequest request;
    request.side = root.value(u"side").toString();
    for (const QJsonValue value : root.value(u"positions").toArray()) {
        const QJsonObject position = value.toObject();
        const QString issue = position.value(u"issue").toString();
        if (!issue.isEmpty())
            request.severityByIssue.insert(issue, position.value(u"severity").toString(u"medium"_s));
    }
    for (const QJsonValue value : root.value(u"clauses").toArray()) {
        const QJsonObject clause = value.toObject();
        ReviewRequest::Clause entry{clause.value(u"id").toString(), clause.value(u"label").toString(),
                                    clause.value(u"heading").toString(), clause.value(u"text").toString()};
        if (!entry.id.isEmpty())
            request.clauses.append(entry);
    }
    return request;
}

QJsonObject AnswerWriter::answer(const QString &userText)
{
    const auto request = parseRequest(userText);
    return request ? answer(*request) : QJsonObject{{u"clauses"_s, QJsonArray()}};
}

QJsonObject AnswerWriter::answer(const ReviewRequest &request)
{
    QJsonArray entries;
    for (const ReviewRequest::Clause &clause : request.clauses) {
        if (clause.text.contains(u"[[mock:omit]]"))
            continue;
        entries.append(QJsonObject{{u"id"_s, clause.id}, {u"findings"_s, findingsFor(clause, request.severityByIssue)}});
        if (clause.text.contains(u"[[mock:foreign]]")) {
            entries.append(QJsonObject{
                {u"id"_s, u"c999"_s},
                {u"findings"_s, QJsonArray{finding(u"other"_s, u"low"_s, u"A clause the request never contained."_s,
                                                   u"99. Miscellaneous. This clause was never sent."_s)}}});
        }
    }
    return QJsonObject{{u"clauses"_s, entries}};
}

QJsonObject AnswerWriter::wrongSchema(const QJsonObject &answer)
{
    QJsonArray entries;
    for (const QJsonValue value : answer.value(u"clauses").toArray()) {
        const QJsonObject entry = value.toObject();
        entries.append(QJsonObject{
            {u"clause_id"_s, entry.value(u"id")},
            {u"findings"_s, QJsonArray{QJsonObject{{u"issue"_s, u"other"_s}, {u"severity"_s, u"critical"_s},
                                                   {u"rationale"_s, u"Not in the schema."_s}}}}});
    }
    return QJsonObject{{u"clauses"_s, entries}, {u"confidence"_s, 0.9}};
}

QJsonObject AnswerWriter::partial(const QJsonObject &answer)
{
    const QJsonArray entries = answer.value(u"clauses").toArray();
    QJsonArray kept;
    for (qsizetype i = 0; i < entries.size() / 2; ++i)
        kept.append(entries.at(i));
    return QJsonObject{{u"clauses"_s, kept}};
}

} // namespace Redliner::MockLlm
