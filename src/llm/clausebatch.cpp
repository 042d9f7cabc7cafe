// SPDX-License-Identifier: GPL-3.0-or-later
#include "clausebatch.h"

#include <QJsonObject>
#include <QSet>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

QStringList ClauseBatch::clauseIds() const
{
    QStringList ids;
    for (const ClauseInput &c : clauses)
        ids.append(c.id);
    return ids;
}

QList<ClauseBatch> makeBatches(const QList<ClauseInput> &clauses, const QJsonArray &facts, int size)
{
    QList<ClauseBatch> batches;
    size = std::max(size, 1);
    for (qsizetype i = 0; i < clauses.size(); i += size) {
        ClauseBatch batch;
        batch.number = int(batches.size()) + 1;
        batch.clauses = clauses.mid(i, size);
        QSet<QString> ids;
        for (const ClauseInput &c : std::as_const(batch.clauses))
            ids.insert(c.id);
        for (const QJsonValue &fact : facts) {
            if (ids.contains(fact.toObject().value(u"clause"_s).toString()))
                batch.facts.append(fact);
        }
        batches.append(batch);
    }
    return batches;
}

} // namespace Redliner::Llm
