// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrules.h"

#include "lifecyclerules.h"

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

using Findings = QList<Finding>;

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

bool isReceivingOrMutual(Side side)
{
    return side == Side::Receiving || side == Side::Mutual;
}

bool isDisclosingOrMutual(Side side)
{
    return side == Side::Disclosing || side == Side::Mutual;
}

// Playbook language written as a sentence ("Confidential Information does not include
// information that X") made fit for an item of a list of exclusions ("X").
QString asListItem(QString text)
{
    static const QRegularExpression lead = re(
        uR"x(^confidential\s+information\s+(?:does|shall)\s+not\s+include\s+(?:any\s+)?information\s+(?:that|which)\s+)x"_s);
    text.remove(lead);
    if (!text.endsWith(u'.'))
        text += u'.';
    return text;
}

// Removing a clause's substance: dedicated clauses keep their number and heading (so cross
// references stay right) and take the playbook's language; a sentence inside another clause goes.
Findings removeProvision(const RuleContext &ctx, const Fact *fact, const QRegularExpression &heading)
{
    if (!fact || !fact->yes() || fact->clause < 0)
        return {};
    const Clause &clause = ctx.drafter.clauses().at(fact->clause);
    if (clause.isSignature())
        return {};
    if (heading.match(clause.heading).hasMatch())
        return {ctx.finding(ctx.drafter.replaceBody(fact->clause, ctx.position.language))};
    return {ctx.finding(ctx.drafter.replaceSentence(fact->clause, fact->start, QString()))};
}

// A missing protection becomes a clause of its own before the signatures.
Findings addMissing(const RuleContext &ctx, const QString &heading)
{
    if (ctx.position.language.isEmpty() || ctx.incorporatesStandardTerms)
        return {};
    return {ctx.finding(ctx.drafter.addClause(heading, ctx.position.language))};
}

// How long the obligations last: lifecyclerules.h (termdrafting.cpp).
Findings term(const RuleContext &ctx)
{
    return Lifecycle::term(ctx);
}

Findings survival(const RuleContext &ctx)
{
    return Lifecycle::survival(ctx);
}

Findings marking(const RuleContext &ctx)
{
    if (!isReceivingOrMutual(ctx.side) || ctx.facts.isYes(QString::fromLatin1(FactId::MarkingRequired)))
        return {};
    const Fact *oral = ctx.facts.find(QString::fromLatin1(FactId::OralIncluded));
    const Fact *marking = ctx.facts.find(QString::fromLatin1(FactId::MarkingRequired));
    const Fact *anchor = marking ? marking : oral;
    if (!anchor || anchor->clause < 0 || !(oral && oral->yes()))
        return {};
    // Drop "whether or not marked..." and add the identification rule to the definition.
    static const QRegularExpression unmarked = re(
        uR"x(,?\s*(?:and\s+)?(?:whether\s+or\s+not|regardless\s+of\s+whether\s+(?:or\s+not\s+)?(?:it\s+is\s+)?)\s*(?:so\s+)?(?:marked|designated|identified|labell?ed|specified)(?:\s+(?:or|and)\s+(?:marked|designated|identified|labell?ed|specified))*(?:\s+as\s+(?:being\s+)?confidential)?)x"_s);
    QString text = ctx.drafter.clauseText(anchor->clause);
    text.replace(unmarked, QString());
    while (text.endsWith(u' '))
        text.chop(1);
    return {ctx.finding(ctx.drafter.revise(anchor->clause, text + u" "_s + ctx.position.language))};
}

int exclusionsClause(const RuleContext &ctx)
{
    for (const char *id : {FactId::ExclusionPublic, FactId::ExclusionKnown, FactId::ExclusionThirdParty}) {
        const Fact *f = ctx.facts.find(QString::fromLatin1(id));
        if (f && f->yes() && f->clause >= 0) {
            // The exclusions are usually items of one clause: take the item's parent section.
            const Clause &c = ctx.drafter.clauses().at(f->clause);
            return c.parent >= 0 ? c.parent : f->clause;
        }
    }
    return ctx.drafter.findClause(re(u"exclu|exception"_s));
}

// The last sub-clause of a clause, or -1 when it has none.
int lastChild(const Drafter &drafter, int parent)
{
    int last = -1;
    for (int i = 0; i < drafter.clauses().size(); ++i) {
        if (drafter.clauses().at(i).parent == parent)
            last = i;
    }
    return last;
}

Findings exclusions(const RuleContext &ctx)
{
    if (!isReceivingOrMutual(ctx.side))
        return {};
    const bool all = ctx.facts.isYes(QString::fromLatin1(FactId::ExclusionPublic)) && ctx.facts.isYes(QString::fromLatin1(FactId::ExclusionKnown))
        && ctx.facts.isYes(QString::fromLatin1(FactId::ExclusionThirdParty));
    if (all)
        return {};
    const int clause = exclusionsClause(ctx);
    if (clause < 0)
        return addMissing(ctx, u"Exclusions"_s);
    return {ctx.finding(ctx.drafter.appendSentence(lastChild(ctx.drafter, clause) >= 0 ? lastChild(ctx.drafter, clause) : clause,
                                                   ctx.position.language))};
}

Findings independentDevelopment(const RuleContext &ctx)
{
    if (!isReceivingOrMutual(ctx.side) || ctx.facts.isYes(QString::fromLatin1(FactId::ExclusionIndependent)))
        return {};
    const int clause = exclusionsClause(ctx);
    if (clause < 0)
        return addMissing(ctx, u"Independent Development"_s);
    const int item = lastChild(ctx.drafter, clause);
    if (item >= 0)
        return {ctx.finding(ctx.drafter.addListItem(item, asListItem(ctx.position.language)))};
    return {ctx.finding(ctx.drafter.appendSentence(clause, ctx.position.language))};
}

// Disclosure required by law: compelleddrafting.cpp.
Findings compelledDisclosure(const RuleContext &ctx)
{
    return Lifecycle::compelledDisclosure(ctx);
}

// The information at the end of the relationship: returndrafting.cpp.
Findings returnDestroy(const RuleContext &ctx)
{
    return Lifecycle::returnDestroy(ctx);
}

Findings retention(const RuleContext &ctx)
{
    return Lifecycle::retention(ctx);
}

Findings remedies(const RuleContext &ctx)
{
    if (ctx.side == Side::Disclosing)
        return ctx.facts.isYes(QString::fromLatin1(FactId::Injunctive)) ? Findings{} : addMissing(ctx, u"Remedies"_s);
    const Fact *entitled = ctx.facts.find(QString::fromLatin1(FactId::InjunctiveEntitled));
    if (!entitled || !entitled->yes() || entitled->clause < 0)
        return {};
    static const QRegularExpression pattern = re(
        uR"x((?:shall|will)\s+be\s+entitled\s+to\s+(?:seek\s+|obtain\s+)?(?:immediate\s+)?(?:injunctive|equitable)\s+relief|(?:is|are)\s+entitled\s+to\s+(?:seek\s+|obtain\s+)?(?:immediate\s+)?(?:injunctive|equitable)\s+relief)x"_s);
    auto f = ctx.drafter.replacePattern(entitled->clause, pattern, ctx.position.language);
    return f ? Findings{ctx.finding(*f)} : Findings{};
}

Findings governingLaw(const RuleContext &ctx)
{
    const Fact *venue = ctx.facts.find(QString::fromLatin1(FactId::ExclusiveVenue));
    if (!isReceivingOrMutual(ctx.side) || !venue || !venue->yes() || venue->clause < 0)
        return {};
    // Which law and courts suit the user is theirs to say: the clause is proposed with blanks.
    return {ctx.finding(ctx.drafter.replaceBody(venue->clause, ctx.position.language))};
}

Findings assignment(const RuleContext &ctx)
{
    const Fact *fact = ctx.facts.find(QString::fromLatin1(FactId::Assignment));
    if (!isReceivingOrMutual(ctx.side) || !fact || fact->value != u"one-sided" || fact->clause < 0)
        return {};
    return {ctx.finding(ctx.drafter.replaceBody(fact->clause, ctx.position.language))};
}

Findings permittedRecipients(const RuleContext &ctx)
{
    const Fact *employees = ctx.facts.find(QString::fromLatin1(FactId::ShareEmployees));
    if (!isReceivingOrMutual(ctx.side) || !employees || !employees->yes() || employees->clause < 0)
        return {};
    if (ctx.facts.isYes(QString::fromLatin1(FactId::ShareAdvisers)) || ctx.facts.isYes(QString::fromLatin1(FactId::ShareAffiliates)))
        return {};
    const Clause &clause = ctx.drafter.clauses().at(employees->clause);
    const int target = clause.parent >= 0 ? clause.parent : employees->clause;
    const int item = lastChild(ctx.drafter, target);
    return {ctx.finding(ctx.drafter.appendSentence(item >= 0 ? item : target, ctx.position.language))};
}

Findings standardOfCare(const RuleContext &ctx)
{
    const Fact *care = ctx.facts.find(QString::fromLatin1(FactId::StandardOfCare));
    if (!isReceivingOrMutual(ctx.side) || !care || care->value != u"highest" || care->clause < 0)
        return {};
    static const QRegularExpression pattern = re(
        uR"x(\b(?:with|using|exercise|use)?\s*(?:the\s+|a\s+)?(?:highest|strictest|utmost|maximum)\s+(?:possible\s+)?(?:degree|standard|level)\s+of\s+(?:care|diligence)(?:\s+and\s+(?:diligence|security))?)x"_s);
    // The standard is often stated in a sub-clause of the obligation the fact was found in.
    const QList<Clause> &clauses = ctx.drafter.clauses();
    for (int c = care->clause; c < clauses.size(); ++c) {
        if (c != care->clause && clauses.at(c).parent != care->clause)
            break;
        if (auto f = ctx.drafter.replacePattern(c, pattern, ctx.position.language))
            return {ctx.finding(*f)};
    }
    return {};
}

Findings mutuality(const RuleContext &ctx)
{
    const Fact *mutual = ctx.facts.find(QString::fromLatin1(FactId::Mutual));
    if (!mutual || mutual->yes() || ctx.side == Side::Disclosing)
        return {};
    // Making a one-way NDA mutual changes every clause: a point for the cover note, not a redline.
    Finding f;
    f.clause = mutual->clause;
    if (f.clause >= 0)
        f.clauseLabel = ctx.drafter.clauses().at(f.clause).label;
    f.originalText = mutual->evidence;
    return {ctx.finding(f)};
}

Findings definitionScope(const RuleContext &ctx)
{
    const Fact *technical = ctx.facts.find(QString::fromLatin1(FactId::TechnicalOnly));
    if (!isDisclosingOrMutual(ctx.side) || !technical || !technical->yes() || technical->clause < 0)
        return {};
    return {ctx.finding(ctx.drafter.appendSentence(technical->clause, ctx.position.language))};
}

Findings whenPresent(const RuleContext &ctx, const char *factId, const QString &headingPattern, bool receivingSide)
{
    if (receivingSide ? !isReceivingOrMutual(ctx.side) : !isDisclosingOrMutual(ctx.side))
        return {};
    return removeProvision(ctx, ctx.facts.find(QString::fromLatin1(factId)), re(headingPattern));
}

Findings whenMissing(const RuleContext &ctx, const char *factId, const QString &heading)
{
    if (!isDisclosingOrMutual(ctx.side) || ctx.facts.isYes(QString::fromLatin1(factId)))
        return {};
    return addMissing(ctx, heading);
}

} // namespace

Finding RuleContext::finding(Finding draft) const
{
    draft.issueId = issue.id;
    draft.title = issue.title;
    draft.severity = issue.severity;
    draft.rationale = position.rationale;
    return draft;
}

const QHash<QString, Rule> &reviewRules()
{
    static const QHash<QString, Rule> rules{
        {u"mutuality"_s, mutuality},
        {u"definition-scope"_s, definitionScope},
        {u"marking"_s, marking},
        {u"exclusions"_s, exclusions},
        {u"independent-development"_s, independentDevelopment},
        {u"compelled-disclosure"_s, compelledDisclosure},
        {u"term"_s, term},
        {u"survival"_s, survival},
        {u"return-destroy"_s, returnDestroy},
        {u"retention"_s, retention},
        {u"residuals"_s, [](const RuleContext &c) { return whenPresent(c, FactId::Residuals, u"residual"_s, false); }},
        {u"non-solicitation"_s, [](const RuleContext &c) { return whenPresent(c, FactId::NonSolicit, u"solicit"_s, true); }},
        {u"non-compete"_s, [](const RuleContext &c) { return whenPresent(c, FactId::NonCompete, u"compet|exclusiv"_s, true); }},
        {u"no-licence"_s, [](const RuleContext &c) { return whenMissing(c, FactId::NoLicence, u"No Licence"_s); }},
        {u"no-warranty"_s, [](const RuleContext &c) { return whenMissing(c, FactId::NoWarranty, u"No Warranty"_s); }},
        {u"remedies"_s, remedies},
        {u"governing-law"_s, governingLaw},
        {u"assignment"_s, assignment},
        {u"permitted-recipients"_s, permittedRecipients},
        {u"purpose"_s, [](const RuleContext &c) { return whenMissing(c, FactId::PurposeOnly, u"Use of Confidential Information"_s); }},
        {u"publicity"_s, [](const RuleContext &c) { return whenMissing(c, FactId::Publicity, u"Publicity"_s); }},
        {u"liquidated-damages"_s, [](const RuleContext &c) { return whenPresent(c, FactId::LiquidatedDamages, u"liquidated|damages"_s, true); }},
        {u"indemnity"_s, [](const RuleContext &c) { return whenPresent(c, FactId::Indemnity, u"indemn"_s, true); }},
        {u"standstill"_s, [](const RuleContext &c) { return whenPresent(c, FactId::Standstill, u"standstill"_s, true); }},
        {u"reverse-engineering"_s, [](const RuleContext &c) { return whenMissing(c, FactId::NoReverseEngineering, u"No Reverse Engineering"_s); }},
        {u"standard-of-care"_s, standardOfCare},
    };
    static const QHash<QString, Rule> all = [] {
        QHash<QString, Rule> merged = rules;
        merged.insert(obligationRules());
        merged.insert(u"drafting-defect"_s, draftingDefects);
        return merged;
    }();
    return all;
}

} // namespace Redliner::Review
