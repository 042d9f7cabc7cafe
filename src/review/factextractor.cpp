// SPDX-License-Identifier: GPL-3.0-or-later
#include "factextractor.h"

#include "factcontext.h"
#include "factrules.h"

#include <algorithm>

namespace Redliner::Review {

FactSheet extractFacts(const TextDocument &doc, const QList<Clause> &clauses)
{
    FactContext ctx(doc, clauses);
    return extractFacts(ctx);
}

FactSheet extractFacts(FactContext &ctx)
{
    FactRules::parties(ctx);
    FactRules::definition(ctx);
    FactRules::exclusions(ctx);
    FactRules::use(ctx);
    FactRules::recipients(ctx);
    FactRules::term(ctx);
    FactRules::covenants(ctx);
    FactRules::remedies(ctx);
    FactSheet sheet = ctx.takeSheet();
    // Document order reads best in reports; facts without evidence (none today) go last.
    std::stable_sort(sheet.facts.begin(), sheet.facts.end(), [](const Fact &a, const Fact &b) {
        return a.start < b.start;
    });
    return sheet;
}

} // namespace Redliner::Review
