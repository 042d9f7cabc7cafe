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
    // A definition that is merely broad is a point of its scope (definition-scope); marking is the
    // point only where the definition expressly does without it.
    if (!unmarked.match(text).hasMatch())
        return {};
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

// Whether the courts an exclusive-venue sentence names sit where one of the parties is: a county
// or city that the opening of the agreement gives as a party's address. A neutral national forum
// ("the English courts") names no such place.
bool venueIsAPartysHome(const RuleContext &ctx, const Fact &venue)
{
    static const QRegularExpression place(uR"x(\b(?:in|of|at)\s+((?:[A-Z][a-z]+\.?\s+){0,2}[A-Z][a-z]+)\s*(?:County|City|Parish)?\b)x"_s);
    static const QRegularExpression countyOrCity(uR"x(\b(?:County|City|Parish|Borough)\b)x"_s);
    const QString sentence = ctx.doc.text.mid(venue.start, venue.end - venue.start);
    const QString opening = ctx.doc.text.left(1500);
    static const QStringList generic{u"State"_s, u"United States"_s, u"America"_s, u"England"_s, u"Wales"_s,
                                     u"Agreement"_s, u"Section"_s, u"Clause"_s};
    for (auto it = place.globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1).trimmed();
        if (generic.contains(name) || name.size() < 4)
            continue;
        // A county or city court is a local court: someone's home.
        if (countyOrCity.match(sentence.mid(m.capturedStart(), m.capturedLength() + 12)).hasMatch())
            return true;
        if (opening.contains(name))
            return true;
    }
    return false;
}

// A point to raise without a redline, on the words of the clause that show it.
Finding comment(const RuleContext &ctx, const Fact &fact)
{
    Finding f;
    f.clause = fact.clause;
    if (f.clause >= 0)
        f.clauseLabel = ctx.drafter.clauses().at(f.clause).label;
    f.originalText = fact.evidence;
    return ctx.finding(f);
}

Findings governingLaw(const RuleContext &ctx)
{
    const Fact *law = ctx.facts.find(QString::fromLatin1(FactId::GoverningLaw));
    const Fact *venue = ctx.facts.find(QString::fromLatin1(FactId::ExclusiveVenue));
    // A law left blank in a template is for the user to fill in, whichever side they act for.
    static const QRegularExpression blank(uR"x(\[[^\]]{0,40}\]|_{3,}|\{[a-z_]+\}|laws of\s*(?:the\s+)?(?:State\s+of\s*)?[,.;])x"_s);
    if (law && law->clause >= 0 && blank.match(law->evidence).hasMatch())
        return {comment(ctx, *law)};
    if (!law) {
        // No governing law at all: the parties do not know which law their obligations follow.
        return ctx.position.language.contains(u"[jurisdiction]"_s) && !ctx.incorporatesStandardTerms
            ? addMissing(ctx, u"Governing Law"_s)
            : Findings{};
    }
    if (!venue || !venue->yes() || venue->clause < 0)
        return {};
    if (ctx.side == Side::Disclosing) {
        // Exclusive courts must not stop the owner of the information from seeking an injunction
        // where the breach happens.
        static const QRegularExpression injunction(uR"x(\binjunct|\bequitable\s+relief)x"_s, QRegularExpression::CaseInsensitiveOption);
        if (injunction.match(ctx.drafter.clauseText(venue->clause)).hasMatch())
            return {};
        return {ctx.finding(ctx.drafter.appendSentence(
            venue->clause, u"Nothing in this clause prevents the Disclosing Party from seeking injunctive or other equitable "
                           "relief in any court of competent jurisdiction."_s))};
    }
    // For the side that receives, a neutral law and forum are fine; the other side's home courts,
    // made exclusive, are not: the smallest change keeps them but not as the only ones.
    if (!venueIsAPartysHome(ctx, *venue))
        return {};
    static const QRegularExpression exclusive(uR"x(\b(?:sole\s+and\s+exclusive|exclusive|sole)\b)x"_s, QRegularExpression::CaseInsensitiveOption);
    auto f = ctx.drafter.replacePattern(venue->clause, exclusive, u"non-exclusive"_s, venue->start, venue->end);
    return f ? Findings{ctx.finding(*f)} : Findings{};
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

// The sentence that defines the information ("Confidential Information" means any information
// ...): its working-text span, or {-1, -1}.
std::pair<qint32, qint32> definitionSentence(const RuleContext &ctx, const QString &term)
{
    const QRegularExpression definition(
        u"[\"\u201C]?"_s + QRegularExpression::escape(term)
            + uR"x(["\x{201D}]?\s*(?:shall\s+)?(?:means?|includes?|shall\s+include|refers?\s+to|is\s+defined\s+as)\b)x"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = definition.match(ctx.doc.text);
    if (!m.hasMatch())
        return {-1, -1};
    qsizetype end = ctx.doc.text.indexOf(u'\n', m.capturedEnd());
    if (end < 0)
        end = ctx.doc.text.size();
    return {qint32(m.capturedStart()), qint32(end)};
}

int clauseAt(const RuleContext &ctx, qint32 offset)
{
    int best = -1;
    for (int i = 0; i < ctx.drafter.clauses().size(); ++i) {
        const Clause &c = ctx.drafter.clauses().at(i);
        if (c.start <= offset && offset < c.end)
            best = i;  // the innermost: sub-clauses follow their parents
    }
    return best;
}

// For the side that receives: a definition that takes in any information at all, public or not,
// marked or not, is the commonest over-reach; the smallest fix limits it to non-public information.
Findings broadDefinition(const RuleContext &ctx)
{
    const QString term = ctx.drafter.terms() ? ctx.drafter.terms()->information() : QString();
    const auto [from, to] = definitionSentence(ctx, term.isEmpty() ? u"Confidential Information"_s : term);
    if (from < 0)
        return {};
    QString sentence = ctx.doc.text.mid(from, qMin(to - from, 700));
    // "whether or not marked" widens the definition; it does not limit it.
    static const QRegularExpression unmarked = re(
        uR"x((?:whether\s+or\s+not|regardless\s+of\s+whether|irrespective\s+of\s+whether|with\s+or\s+without)\s+(?:\w+\s+){0,4}(?:marked|designated|identified|labell?ed))x"_s);
    sentence.replace(unmarked, QString());
    static const QRegularExpression limited = re(
        uR"x(non-?public|not\s+(?:generally|publicly)\s+(?:known|available)|not\s+in\s+the\s+public|marked|designated|identified\s+(?:in\s+writing\s+)?as|labell?ed|reasonabl[ey]\s+(?:be\s+)?(?:understood|considered|expected)|confidential\s+(?:in\s+)?nature|nature\s+of\s+the\s+information|proprietary\s+(?:to|and\s+confidential|information\s+(?:of|belonging)))x"_s);
    if (limited.match(sentence).hasMatch())
        return {};
    static const QRegularExpression anyInformation = re(
        uR"x(\b(?:means|include|includes|mean)\s+(?:any\s+and\s+all|all|any)\s+(?:(?:confidential|proprietary|other)\s+(?:and\s+\w+\s+)?)?(?:information|data)\b)x"_s);
    const int clause = clauseAt(ctx, from);
    if (clause < 0 || ctx.drafter.clauses().at(clause).isSignature())
        return {};
    const QRegularExpressionMatch m = anyInformation.match(sentence);
    if (!m.hasMatch())
        return {};
    // "means any information" -> "means any non-public information".
    const qint32 at = from + qint32(m.capturedEnd()) - qint32(m.captured(0).section(u' ', -1).size());
    return {ctx.finding(ctx.drafter.replaceRange(clause, at, at, u"non-public "_s))};
}

Findings definitionScope(const RuleContext &ctx)
{
    if (ctx.side == Side::Receiving)
        return broadDefinition(ctx);
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
