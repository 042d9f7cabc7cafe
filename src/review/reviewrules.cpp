// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrules.h"

#include "definitionscope.h"
#include "forumdrafting.h"
#include "lifecyclerules.h"
#include "obligationfacts.h"
#include "remedydrafting.h"
#include "userulesdrafting.h"

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
    if (!isReceivingOrMutual(ctx.side))
        return {};
    // Protection expressly without identification ("information not classified as such").
    if (Findings express = DefinitionRules::marking(ctx); !express.isEmpty())
        return express;
    if (ctx.facts.isYes(QString::fromLatin1(FactId::MarkingRequired)))
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

// The last labelled item of the run of sibling items that holds `item` ("(a)".."(e)"), or -1
// when the exclusion is not an item of its own.
int lastSibling(const Drafter &drafter, int item)
{
    const auto &cs = drafter.clauses();
    if (item < 0 || cs.at(item).parent < 0 || cs.at(item).label.isEmpty())
        return -1;
    // An item of the list goes on the sentence its lead-in began ("is", "was", "information
    // that"); a sibling that starts a sentence of its own ("The Recipient will not copy") is the
    // next clause, not an exclusion.
    static const QRegularExpression continues(uR"x(^\W*(?:[a-z]|[Ii]nformation\b|[Aa]ny information\b))x"_s);
    int last = item;
    while (last + 1 < cs.size() && cs.at(last + 1).parent == cs.at(item).parent && !cs.at(last + 1).label.isEmpty()
           && continues.match(drafter.clauseText(last + 1).mid(cs.at(last + 1).label.size())).hasMatch())
        ++last;
    return last;
}

// The label after "(c)", "c)", "c.", "4.6", "(iii)": the last letter, numeral or number stepped on.
QString nextLabel(const QString &label)
{
    static const QStringList romans{u"i"_s, u"ii"_s, u"iii"_s, u"iv"_s, u"v"_s, u"vi"_s, u"vii"_s, u"viii"_s, u"ix"_s, u"x"_s, u"xi"_s, u"xii"_s};
    static const QRegularExpression last(uR"x(([0-9]+|[A-Za-z]+)(?=[^0-9A-Za-z]*$))x"_s);
    const QRegularExpressionMatch m = last.match(label);
    if (!m.hasMatch())
        return {};
    const QString v = m.captured(1);
    QString next;
    bool digits = false;
    const int n = v.toInt(&digits);
    const qsizetype roman = romans.indexOf(v.toLower());
    if (digits)
        next = QString::number(n + 1);
    else if (roman >= 0 && roman + 1 < romans.size() && v != u"i"_s && v != u"v"_s && v != u"x"_s)
        next = v.at(0).isUpper() ? romans.at(roman + 1).toUpper() : romans.at(roman + 1);
    else if (v.size() == 1 && v.at(0) != u'z' && v.at(0) != u'Z')
        next = QString(QChar(v.at(0).unicode() + 1));
    if (next.isEmpty())
        return {};
    return label.left(m.capturedStart(1)) + next + label.mid(m.capturedEnd(1));
}

// The playbook's list "(a) X; (b) Y; or (c) Z." as its items, without their joining words.
QStringList playbookItems(const QString &language)
{
    static const QRegularExpression item(uR"x(\(([a-z])\)\s*(.*?)(?:;\s*(?:or|and)\s*|;\s*|\.\s*$))x"_s);
    QStringList out;
    for (auto it = item.globalMatch(language); it.hasNext();)
        out << it.next().captured(2);
    return out;
}

// The missing exclusions added one by one as new items of the document's own list, in its style
// (numbering, "information that ..." or a bare verb), never as a second block of exclusions.
Findings addExclusionItems(const RuleContext &ctx, const Fact *anchor, const QStringList &items, int skip = 0)
{
    const int last = lastSibling(ctx.drafter, anchor->clause);
    const Clause *lastItem = last >= 0 ? &ctx.drafter.clauses().at(last) : nullptr;
    QString label = lastItem ? nextLabel(lastItem->label) : QString();
    for (int k = 0; k < skip && !label.isEmpty(); ++k)
        label = nextLabel(label);
    // A label some other sibling already has ("2.6" after the exclusions of 2.5) would number twice.
    for (const Clause &c : ctx.drafter.clauses()) {
        if (lastItem && c.parent == lastItem->parent && c.label == label)
            label.clear();
    }
    if (!lastItem || label.isEmpty()) {
        // Exclusions run on in one paragraph: the missing ones as a sentence after them.
        QString sentence = u"Confidential Information does not include information that "_s + items.join(u", or that "_s) + u"."_s;
        return {ctx.finding(ctx.drafter.appendSentence(anchor->clause, sentence))};
    }
    static const QRegularExpression noun(uR"x(^\W*(?:[\w.()]+\s+)?(?:any\s+)?(?:information|data|material|matter)\b)x"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QString lastText = ctx.drafter.clauseText(last).mid(lastItem->label.size());
    const QString lead = noun.match(lastText).hasMatch() ? u"information that "_s : QString();
    const bool endsWithStop = lastText.trimmed().endsWith(u'.');
    const QString item = label + u" "_s + lead + items.join(u", or that "_s) + (endsWithStop ? u"."_s : u";"_s);
    return {ctx.finding(ctx.drafter.addListItem(last, item))};
}

// An exclusion that is there but does not work: only information public "now", or an
// acknowledgement elsewhere that the Receiving Party knew none of the information.
Findings defeatedExclusions(const RuleContext &ctx)
{
    static const QRegularExpression onlyNow(uR"x(\bis now (?=(?:generally |publicly )?(?:known|available)))x"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression noKnowledge(
        uR"x(\b(?:had|has|have) no (?:prior |previous )?knowledge of (?:any of )?(?:the )?(?:aforesaid|aforementioned|foregoing|such|said)\b[^.;]*)x"_s,
        QRegularExpression::CaseInsensitiveOption);
    const Fact *pub = ctx.facts.find(QString::fromLatin1(FactId::ExclusionPublic));
    if (pub && pub->yes() && pub->clause >= 0) {
        const QString text = ctx.drafter.clauseText(pub->clause);
        const QRegularExpressionMatch m = onlyNow.match(text);
        if (m.hasMatch() && !text.contains(u"becom"_s, Qt::CaseInsensitive)) {
            const qint32 at = ctx.drafter.clauses().at(pub->clause).start + qint32(m.capturedStart());
            return {ctx.finding(ctx.drafter.replaceRange(pub->clause, at, at + qint32(m.capturedLength()), u"is or becomes "_s))};
        }
    }
    const auto &cs = ctx.drafter.clauses();
    for (int i = 0; i < cs.size(); ++i) {
        const QString text = ctx.drafter.clauseText(i);
        const QRegularExpressionMatch m = noKnowledge.match(text);
        if (!m.hasMatch() || cs.at(i).isSignature())
            continue;
        return {ctx.comment(i, m.captured().trimmed())};
    }
    return {};
}

Findings exclusions(const RuleContext &ctx)
{
    if (!isReceivingOrMutual(ctx.side))
        return {};
    const char *ids[] = {FactId::ExclusionPublic, FactId::ExclusionKnown, FactId::ExclusionThirdParty};
    const QStringList standard = playbookItems(ctx.position.language);
    QStringList missing;
    const Fact *anchor = nullptr;
    for (int k = 0; k < 3; ++k) {
        const Fact *f = ctx.facts.find(QString::fromLatin1(ids[k]));
        if (f && f->yes() && f->clause >= 0) {
            // The item that ends the list: the exclusion found last.
            if (!anchor || f->clause > anchor->clause)
                anchor = f;
        } else if (k < standard.size()) {
            missing << standard.at(k);
        }
    }
    if (missing.isEmpty())
        return defeatedExclusions(ctx);
    if (!anchor) {
        const int clause = exclusionsClause(ctx);
        if (clause < 0)
            return addMissing(ctx, u"Exclusions"_s);
        return {ctx.finding(ctx.drafter.appendSentence(lastChild(ctx.drafter, clause) >= 0 ? lastChild(ctx.drafter, clause) : clause,
                                                       ctx.position.language))};
    }
    return addExclusionItems(ctx, anchor, missing);
}

// An independent-development exclusion that is there but too narrow for the recipient: limited
// to work done before the disclosure, or to people who never had access (a clean-team test that
// fails whenever the information was received, which it always was).
Findings narrowIndependentDevelopment(const RuleContext &ctx, const Fact *fact)
{
    static const QRegularExpression noAccess(
        uR"x((?:,?\s*(?:who|which|that)\s+)?(?:without|(?:have |has )?had no|did not have|do not have|does not have|have no|has no|having no|with no)\s+access\s+to\b(?:(?!,?\s*(?:or|and)?\s*\([a-z0-9]+\))[^;.])*)x"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression beforeDisclosure(
        uR"x(\bindependently\s+developed\b[^;.]{0,80}?\b(?:at or )?(?:prior to|before)\s+(?:the\s+)?(?:time\s+of\s+|date\s+of\s+)?(?:its\s+|such\s+|the\s+|any\s+)?(?:disclosure|receipt)[^;.]*)x"_s,
        QRegularExpression::CaseInsensitiveOption);
    const Clause &c = ctx.drafter.clauses().at(fact->clause);
    const QString text = ctx.drafter.clauseText(fact->clause);
    const qsizetype from = qMax<qsizetype>(0, fact->start - c.start);
    const qsizetype to = qMin<qsizetype>(text.size(), fact->end - c.start);
    const QString item = text.mid(from, to - from);
    const QRegularExpressionMatch access = noAccess.match(item);
    if (access.hasMatch()) {
        const qint32 at = c.start + qint32(from + access.capturedStart());
        // The match may begin at the space before "without" or at the word itself.
        const QString with = (access.captured().startsWith(u' ') ? u" "_s : QString()) + u"without use of or reference to the Confidential Information"_s;
        return {ctx.finding(ctx.drafter.replaceRange(fact->clause, at, at + qint32(access.capturedLength()),
                                                     ctx.drafter.terms() ? ctx.drafter.terms()->adapt(with) : with))};
    }
    const QRegularExpressionMatch before = beforeDisclosure.match(item);
    if (before.hasMatch()) {
        QString addition = asListItem(ctx.position.language);
        addition.chop(1);
        const qint32 at = c.start + qint32(from + before.capturedEnd());
        if (ctx.drafter.terms())
            addition = ctx.drafter.terms()->adapt(addition);
        return {ctx.finding(ctx.drafter.replaceRange(fact->clause, at, at, u", or "_s + addition))};
    }
    return {};
}

Findings independentDevelopment(const RuleContext &ctx)
{
    if (!isReceivingOrMutual(ctx.side))
        return {};
    const Fact *fact = ctx.facts.find(QString::fromLatin1(FactId::ExclusionIndependent));
    if (fact && fact->yes())
        return fact->clause >= 0 ? narrowIndependentDevelopment(ctx, fact) : Findings{};
    // Added as the next item of the document's own list of exclusions where there is one.
    const Fact *anchor = nullptr;
    for (const char *id : {FactId::ExclusionPublic, FactId::ExclusionKnown, FactId::ExclusionThirdParty}) {
        const Fact *f = ctx.facts.find(QString::fromLatin1(id));
        if (f && f->yes() && f->clause >= 0 && (!anchor || f->clause > anchor->clause))
            anchor = f;
    }
    if (anchor && lastSibling(ctx.drafter, anchor->clause) >= 0) {
        QString item = asListItem(ctx.position.language);
        item.chop(1);
        // The exclusions rule adds the missing standard exclusions as the next item: this one follows it.
        bool standardMissing = false;
        for (const char *id : {FactId::ExclusionPublic, FactId::ExclusionKnown, FactId::ExclusionThirdParty})
            standardMissing = standardMissing || !ctx.facts.isYes(QString::fromLatin1(id));
        return addExclusionItems(ctx, anchor, {item}, standardMissing ? 1 : 0);
    }
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

// Injunctions, bonds and irreparable harm: remedydrafting.cpp.
Findings remedies(const RuleContext &ctx)
{
    return Remedies::remedies(ctx);
}

// Governing law and forum: forumdrafting.cpp.
Findings governingLaw(const RuleContext &ctx)
{
    return Forum::governingLaw(ctx);
}

// Who may pass the agreement on: remedydrafting.cpp.
Findings assignment(const RuleContext &ctx)
{
    return Remedies::assignment(ctx);
}

// Who may receive the information, and the standard of care: userulesdrafting.cpp.
Findings permittedRecipients(const RuleContext &ctx)
{
    return UseDrafting::permittedRecipients(ctx);
}

Findings standardOfCare(const RuleContext &ctx)
{
    return UseDrafting::standardOfCare(ctx);
}

Findings mutuality(const RuleContext &ctx)
{
    const Fact *mutual = ctx.facts.find(QString::fromLatin1(FactId::Mutual));
    if (!mutual || mutual->yes() || ctx.side == Side::Disclosing)
        return {};
    // Making a one-way NDA mutual changes every clause: a point for the cover note, not a redline.
    // Where the recitals say who discloses, the comment sits on them all: the point is about the
    // whole arrangement they describe, not one sentence of it.
    const auto &clauses = ctx.drafter.clauses();
    if (mutual->clause >= 0 && mutual->clause < clauses.size()
        && clauses.at(mutual->clause).kind == Clause::Kind::Recitals)
        return {ctx.comment(mutual->clause, ctx.drafter.clauseText(mutual->clause))};
    return {ctx.comment(mutual->clause, mutual->evidence)};
}

// What the definition takes in, for each side: definitionscope.cpp.
Findings definitionScope(const RuleContext &ctx)
{
    return DefinitionRules::scope(ctx);
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

// A reverse-engineering ban matters only where something can be taken apart: samples,
// prototypes, software or other tangible items among what is shared.
Findings reverseEngineering(const RuleContext &ctx)
{
    static const QRegularExpression tangible(
        uR"x(\b(?:prototypes?|samples?|specimens?|models?|software|source code|object code|tangible|hardware|components?|devices?|products?)\b)x"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (!tangible.match(ctx.doc.text).hasMatch())
        return {};
    return whenMissing(ctx, FactId::NoReverseEngineering, u"No Reverse Engineering"_s);
}

} // namespace

Finding RuleContext::comment(int clause, const QString &words) const
{
    Finding f;
    f.clause = clause;  // the reviewer names it by its full path
    f.originalText = words;
    return finding(f);
}

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
        {u"non-solicitation"_s,
         [](const RuleContext &c) { return whenPresent(c, FactId::NonSolicit, u"solicit"_s, true); }},
        {u"non-compete"_s,
         [](const RuleContext &c) { return whenPresent(c, FactId::NonCompete, u"compet|exclusiv"_s, true); }},
        {u"no-licence"_s, [](const RuleContext &c) { return whenMissing(c, FactId::NoLicence, u"No Licence"_s); }},
        {u"no-warranty"_s, [](const RuleContext &c) { return whenMissing(c, FactId::NoWarranty, u"No Warranty"_s); }},
        {u"remedies"_s, remedies},
        {u"governing-law"_s, governingLaw},
        {u"assignment"_s, assignment},
        {u"permitted-recipients"_s, permittedRecipients},
        {u"purpose"_s,
         [](const RuleContext &c) {
             return c.side == Side::Receiving
                        ? UseDrafting::narrowUse(c)
                        : whenMissing(c, FactId::PurposeOnly, u"Use of Confidential Information"_s);
         }},
        {u"publicity"_s, [](const RuleContext &c) { return whenMissing(c, FactId::Publicity, u"Publicity"_s); }},
        {u"liquidated-damages"_s, Remedies::liquidatedDamages},
        {u"indemnity"_s,
         [](const RuleContext &c) {
             return c.side == Side::Disclosing ? Remedies::disclosersIndemnity(c) : whenPresent(c, FactId::Indemnity, u"indemn"_s, true);
         }},
        {u"standstill"_s,
         [](const RuleContext &c) { return whenPresent(c, FactId::Standstill, u"standstill"_s, true); }},
        {u"reverse-engineering"_s, reverseEngineering},
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
