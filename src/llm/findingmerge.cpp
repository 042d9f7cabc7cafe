// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingmerge.h"

#include <algorithm>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;

namespace {

bool sameText(const QString &a, const QString &b)
{
    return a.simplified() == b.simplified();
}

void addProviders(QStringList *to, const QStringList &from, const QStringList &order)
{
    for (const QString &p : from) {
        if (!to->contains(p))
            to->append(p);
    }
    std::sort(to->begin(), to->end(), [&order](const QString &a, const QString &b) { return order.indexOf(a) < order.indexOf(b); });
}

FindingAlternative asAlternative(const Finding &f)
{
    return FindingAlternative{f.providers, f.rationale, f.proposedText, f.edits};
}

} // namespace

void mergeFinding(QList<Finding> *findings, Finding incoming, const QStringList &providerOrder, const QString &clauseId)
{
    const auto match = std::find_if(findings->begin(), findings->end(), [&incoming](const Finding &f) {
        return f.clause == incoming.clause && f.issueId == incoming.issueId
            && (f.issueId != u"other"_s || sameText(f.proposedText, incoming.proposedText))
            && !f.providers.contains(incoming.providers.value(0));
    });
    if (match == findings->end()) {
        // A second "other" finding of the same provider on the same clause gets its own id.
        QString id = clauseId + u':' + incoming.issueId;
        for (int n = 2; std::any_of(findings->cbegin(), findings->cend(), [&id](const Finding &f) { return f.id == id; }); ++n)
            id = clauseId + u':' + incoming.issueId + u'#' + QString::number(n);
        incoming.id = id;
        const auto at = std::upper_bound(findings->begin(), findings->end(), incoming,
                                         [](const Finding &a, const Finding &b) { return a.clause < b.clause; });
        findings->insert(at, incoming);
        return;
    }
    Finding &existing = *match;
    if (sameText(existing.proposedText, incoming.proposedText)) {
        addProviders(&existing.providers, incoming.providers, providerOrder);
        return;
    }
    for (FindingAlternative &alternative : existing.alternatives) {
        if (sameText(alternative.proposedText, incoming.proposedText)) {
            addProviders(&alternative.providers, incoming.providers, providerOrder);
            return;
        }
    }
    if (providerOrder.indexOf(incoming.providers.value(0)) < providerOrder.indexOf(existing.providers.value(0))) {
        // The earlier provider's proposal leads; the one that arrived first becomes the alternative.
        incoming.id = existing.id;
        incoming.alternatives = existing.alternatives;
        incoming.alternatives.prepend(asAlternative(existing));
        existing = incoming;
        return;
    }
    existing.alternatives.append(asAlternative(incoming));
    if (incoming.severity > existing.severity)
        existing.severity = incoming.severity;  // the more cautious reading of the risk
}

} // namespace Redliner::Llm
