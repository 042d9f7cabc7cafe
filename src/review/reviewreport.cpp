// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewreport.h"

#include <QJsonArray>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

QJsonObject factJson(const Fact &fact, const QList<Clause> &clauses)
{
    return QJsonObject{
        {u"id"_s, fact.id},
        {u"polarity"_s, fact.yes() ? u"yes"_s : u"no"_s},
        {u"value"_s, fact.value},
        {u"clause"_s, fact.clause >= 0 ? clauses.at(fact.clause).id : QString()},
        {u"clauseLabel"_s, fact.clause >= 0 ? clauses.at(fact.clause).label : QString()},
        {u"start"_s, fact.start},
        {u"end"_s, fact.end},
        {u"evidence"_s, fact.evidence},
    };
}

QJsonObject reviewReport(const QString &document, const TextDocument &doc, const ReviewResult &review,
                         const Playbook &playbook, Side side, const QList<FindingOutcome> &outcomes)
{
    QJsonArray findings;
    for (qsizetype i = 0; i < review.findings.size(); ++i) {
        const Finding &f = review.findings.at(i);
        QJsonArray edits;
        for (const Docx::Edit &e : f.edits) {
            edits.append(QJsonObject{{u"start"_s, e.start},
                                     {u"end"_s, e.end},
                                     {u"deleted"_s, doc.text.mid(e.start, e.end - e.start)},
                                     {u"inserted"_s, e.text}});
        }
        QJsonObject o{
            {u"id"_s, f.id},
            {u"issue"_s, f.issueId},
            {u"severity"_s, severityName(f.severity)},
            {u"title"_s, f.title},
            {u"clause"_s, f.clauseLabel},
            {u"original"_s, f.originalText},
            {u"proposed"_s, f.proposedText},
            {u"rationale"_s, f.rationale},
            {u"providers"_s, QJsonArray::fromStringList(f.providers)},
            {u"edits"_s, edits},
        };
        if (!f.alternatives.isEmpty()) {
            QJsonArray alternatives;
            for (const FindingAlternative &a : f.alternatives) {
                alternatives.append(QJsonObject{{u"providers"_s, QJsonArray::fromStringList(a.providers)},
                                                {u"proposed"_s, a.proposedText},
                                                {u"rationale"_s, a.rationale}});
            }
            o.insert(u"alternatives"_s, alternatives);
        }
        o.insert(u"agreed"_s, f.agreed());
        const FindingOutcome outcome = outcomes.value(i);
        o.insert(u"written"_s, outcome.written);
        if (!outcome.error.isEmpty())
            o.insert(u"error"_s, outcome.error);
        findings.append(o);
    }
    QJsonArray facts;
    for (const Fact &fact : review.facts.facts)
        facts.append(factJson(fact, review.clauses));
    return QJsonObject{
        {u"document"_s, document},
        {u"side"_s, sideName(side)},
        {u"provider"_s, u"offline"_s},
        {u"playbook"_s, QJsonObject{{u"name"_s, playbook.name},
                                    {u"version"_s, playbook.version},
                                    {u"sha256"_s, playbook.sha256},
                                    {u"path"_s, playbook.path}}},
        {u"findings"_s, findings},
        {u"notes"_s, QJsonArray::fromStringList(review.notes)},
        {u"facts"_s, facts},
    };
}

} // namespace Redliner::Review
