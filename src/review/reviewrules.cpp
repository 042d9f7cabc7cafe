// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrules.h"

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

int monthsValue(const Fact *fact)
{
    if (!fact)
        return -1;
    bool ok = false;
    const int months = fact->value.toInt(&ok);
    return ok ? months : -1;
}

bool isPerpetual(const Fact *fact)
{
    return fact && fact->value == u"perpetual";
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

// The playbook's duration template ("{months_words} ({months}) months") for a number of months.
QString durationLanguage(const RuleContext &ctx, int months)
{
    const QString language = ctx.position.language.contains(u"{months"_s) ? ctx.position.language
                                                                          : u"{months_words} ({months}) months"_s;
    return RuleText::fill(language, {{u"months_words"_s, RuleText::numberInWords(months)},
                                     {u"months"_s, QString::number(months)}});
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

const QRegularExpression &durationPattern()
{
    static const QRegularExpression pattern = re(
        uR"x((?:\b[a-z]+(?:-[a-z]+)?\s+)?\(?\b\d{1,3}\)?\s*(?:calendar\s+)?(?:years?|months?)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty-six)\s+(?:years?|months?)\b)x"_s);
    return pattern;
}

Findings term(const RuleContext &ctx)
{
    const Fact *fact = ctx.facts.find(QString::fromLatin1(FactId::AgreementTerm));
    const int months = monthsValue(fact);
    const int max = ctx.issue.intParameter(u"max_months"_s, 36);
    const int proposed = ctx.issue.intParameter(u"proposed_months"_s, 24);
    if (!fact || fact->clause < 0 || !isReceivingOrMutual(ctx.side) || months <= max)
        return {};
    auto f = ctx.drafter.replacePattern(fact->clause, durationPattern(), durationLanguage(ctx, proposed), fact->start, fact->end);
    return f ? Findings{ctx.finding(*f)} : Findings{};
}

Findings survival(const RuleContext &ctx)
{
    const Fact *fact = ctx.facts.find(QString::fromLatin1(FactId::ObligationTerm));
    if (!fact || fact->clause < 0 || !isReceivingOrMutual(ctx.side))
        return {};
    const int proposed = ctx.issue.intParameter(u"proposed_months"_s, 24);
    const QString duration = durationLanguage(ctx, proposed);
    if (isPerpetual(fact)) {
        // "shall survive and continue in perpetuity" -> "shall survive for twenty-four (24) months
        // after ..., except trade secrets", keeping the sentence's grammar.
        static const QRegularExpression perpetual = re(
            uR"x((?:shall\s+|will\s+)?(?:survive\s+and\s+)?(?:continue\s+|remain\s+in\s+(?:full\s+)?(?:force|effect)\s+)?(?:in\s+perpetuity|perpetually|indefinitely|forever|without\s+limit(?:ation)?\s+(?:of|in|as\s+to)\s+time))x"_s);
        const QString tail = u" after the expiry or termination of this Agreement, except that obligations concerning "
                             "trade secrets continue for as long as they remain trade secrets"_s;
        const QString clauseText = ctx.drafter.clauseText(fact->clause);
        const auto m = perpetual.match(clauseText, qMax(0, fact->start - ctx.drafter.clauses().at(fact->clause).start));
        if (!m.hasMatch())
            return {};
        const QString matched = m.captured(0);
        const bool hasVerb = matched.startsWith(u"shall"_s, Qt::CaseInsensitive) || matched.startsWith(u"will"_s, Qt::CaseInsensitive);
        const QString with = (hasVerb ? matched.section(u' ', 0, 0) + u" survive for "_s : u"for "_s) + duration + tail;
        auto f = ctx.drafter.replacePattern(fact->clause, perpetual, with, fact->start, -1);
        return f ? Findings{ctx.finding(*f)} : Findings{};
    }
    const int months = monthsValue(fact);
    if (months > ctx.issue.intParameter(u"max_months"_s, 36)) {
        auto f = ctx.drafter.replacePattern(fact->clause, durationPattern(), duration, fact->start, fact->end);
        if (f)
            return {ctx.finding(*f)};
    }
    return {};
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

Findings compelledDisclosure(const RuleContext &ctx)
{
    const Fact *carveOut = ctx.facts.find(QString::fromLatin1(FactId::CompelledDisclosure));
    if (isReceivingOrMutual(ctx.side) && !(carveOut && carveOut->yes()))
        return addMissing(ctx, u"Compelled Disclosure"_s);
    if (ctx.side == Side::Disclosing && carveOut && carveOut->yes() && carveOut->clause >= 0
        && !ctx.facts.isYes(QString::fromLatin1(FactId::CompelledNotice)))
        return {ctx.finding(ctx.drafter.appendSentence(carveOut->clause, ctx.position.language))};
    return {};
}

Findings returnDestroy(const RuleContext &ctx)
{
    const Fact *fact = ctx.facts.find(QString::fromLatin1(FactId::ReturnDestroy));
    if (ctx.side == Side::Disclosing)
        return fact && fact->yes() ? Findings{} : addMissing(ctx, u"Return or Destruction"_s);
    const Fact *days = ctx.facts.find(QString::fromLatin1(FactId::ReturnDays));
    const int minDays = ctx.issue.intParameter(u"min_days"_s, 30);
    bool ok = false;
    const int value = days ? days->value.toInt(&ok) : -1;
    if (!days || !ok || value >= minDays || days->clause < 0)
        return {};
    static const QRegularExpression period = re(uR"x((?:\b[a-z]+(?:-[a-z]+)?\s+)?\(?\b\d{1,3}\)?\s*(?:business\s+|calendar\s+|working\s+)?days\b)x"_s);
    auto f = ctx.drafter.replacePattern(days->clause, period, RuleText::daysInWords(minDays), days->start, days->end);
    return f ? Findings{ctx.finding(*f)} : Findings{};
}

Findings retention(const RuleContext &ctx)
{
    const Fact *returnFact = ctx.facts.find(QString::fromLatin1(FactId::ReturnDestroy));
    if (!isReceivingOrMutual(ctx.side) || !returnFact || !returnFact->yes() || returnFact->clause < 0
        || ctx.facts.isYes(QString::fromLatin1(FactId::RetentionAllowed)))
        return {};
    const Fact *refused = ctx.facts.find(QString::fromLatin1(FactId::RetentionAllowed));
    if (refused && !refused->yes() && refused->clause >= 0)
        return {ctx.finding(ctx.drafter.replaceSentence(refused->clause, refused->start, ctx.position.language))};
    return {ctx.finding(ctx.drafter.appendSentence(returnFact->clause, ctx.position.language))};
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
