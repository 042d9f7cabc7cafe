// SPDX-License-Identifier: GPL-3.0-or-later
#include "obligationfacts.h"
#include "reviewrules.h"

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

using Findings = QList<Finding>;

bool forReceiving(Side side)
{
    return side == Side::Receiving || side == Side::Mutual;
}

// Patterns run on folded text (lower case, straight quotes), so apostrophes are plain "'".
QRegularExpression folded(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

// The sentence replaced by its redraft: the word diff keeps the edit to the words that changed.
Finding redraft(const RuleContext &ctx, const ObligationText &text, int sentence, const QString &with)
{
    const Sentence &s = text.at(sentence);
    return ctx.finding(ctx.drafter.replaceRange(s.clause, s.start, s.end, with));
}

Findings addClause(const RuleContext &ctx, const QString &heading)
{
    if (ctx.position.language.isEmpty() || ctx.incorporatesStandardTerms)
        return {};
    return {ctx.finding(ctx.drafter.addClause(heading, ctx.position.language))};
}

// ---- breach-notice -------------------------------------------------------------------------

// A duty to tell the other side about a leak: a notice verb and an unauthorised use or breach,
// but not the notice before a compelled disclosure (that is compelled-disclosure's point).
const Pattern &leakNotice()
{
    static const Pattern p = foldedPattern(
        u"\\b(?:notif(?:y|ies|ication)|inform|advise|report|(?:give|provide|send)s?\\s+(?:\\w+\\s+){0,3}notice)\\b"
        u"(?=[^.]{0,200}\\b(?:unauthori[sz]ed|misuse|misappropriat\\w*|security\\s+(?:breach|incident)|breach\\s+of\\s+(?:this|the)\\s+agreement"
        u"|in\\s+violation\\s+of\\s+this\\s+agreement|loss\\s+or\\s+theft))"
        u"|\\b(?:unauthori[sz]ed|misuse|misappropriat\\w*|security\\s+breach|in\\s+violation\\s+of\\s+this\\s+agreement)\\b[^.]{0,160}\\b(?:notif(?:y|ies)|inform|advise|report)\\b"_s);
    return p;
}

const Pattern &compelled()
{
    static const Pattern p = foldedPattern(
        u"\\b(?:subpoena\\w*|legal\\s+process|court\\s+order|order\\s+of\\s+(?:a|any)\\s+court|required\\s+by\\s+(?:law|order)|protective\\s+order|conflicts?\\s+of\\s+interest)"_s);
    return p;
}

// Notice "immediately", on a mere likelihood or a "possible" leak, made prompt and actual.
std::optional<QString> promptActualNotice(const ObligationText &text, int sentence)
{
    static const QRegularExpression strict = folded(
        u"\\bimmediately(?:\\s+and\\s+unconditionally)?\\b"
        u"|\\bhas\\s+been\\s+or\\s+(?:is\\s+)?(?:likely|may)\\s+(?:to\\s+)?(?:have\\s+)?(?:has\\s+)?been\\b"
        u"|\\b(?:an?|any)\\s+(?:possible|suspected|potential|actual\\s+or\\s+(?:suspected|potential|threatened|possible))\\s+(?=unauthori|breach|misuse|disclosure|use|loss)"_s);
    return text.rewrite(sentence, strict, [](const QRegularExpressionMatch &m, const QString &) -> QString {
        const QString matched = m.captured(0);
        if (matched.startsWith(u"immediately"_s))
            return u"promptly"_s;
        if (matched.startsWith(u"has"_s))
            return u"has been"_s;
        return u"any actual "_s;
    });
}

Findings breachNotice(const RuleContext &ctx)
{
    const ObligationText text(ctx);
    if (ctx.side == Side::Disclosing) {
        if (text.find(leakNotice(), &compelled()) >= 0)
            return {};
        return addClause(ctx, u"Notice of Unauthorised Disclosure"_s);
    }
    // A clause given to the notice ("Notification of Unauthorised Use") says it best.
    static const QRegularExpression noticeHeading = folded(u"notif|notice|unauthori|breach|security"_s);
    std::optional<std::pair<int, QString>> best;
    for (int i = 0; (i = text.find(leakNotice(), &compelled(), {}, i)) >= 0; ++i) {
        const Sentence &s = text.at(i);
        if (s.clause < 0)
            continue;
        const auto revised = promptActualNotice(text, i);
        if (!revised)
            continue;
        if (!best || s.heading.contains(noticeHeading))
            best = std::make_pair(i, *revised);
        if (s.heading.contains(noticeHeading))
            break;
    }
    if (!best)
        return {};
    return {redraft(ctx, text, best->first, best->second)};
}

// ---- representatives-liability -------------------------------------------------------------

// What follows a required undertaking and compares it with this agreement ("with the same
// provisions as contained herein", "substantially same as this agreement upon request of X").
const QString &comparedWithThis()
{
    static const QString s =
        u"(?:,?\\s+[^.;]{0,110}?\\b(?:this\\s+agreement|herein|hereunder|hereof|contained\\s+herein)\\b)?"
        u"(?:\\s+(?:up)?on\\s+(?:the\\s+)?(?:\\w+\\s+)?request(?:\\s+of\\s+(?:the\\s+)?[\\w-]+)?)?"_s;
    return s;
}

// Recipients must each sign an undertaking before anything is shared: the ways agreements say it,
// each with the redraft that keeps the sentence grammatical.
struct SignedUndertaking {
    Pattern pattern; // with its trigrams: it is tried on every sentence about recipients
    // The match, the sentence as written and the playbook's phrase for what binds a recipient
    // ("written or professional obligations of confidentiality no less protective than this Agreement").
    std::function<QString(const QRegularExpressionMatch &, const QString &, const QString &)> redraft;
};

const QList<SignedUndertaking> &signedUndertakings()
{
    static const QString undertaking =
        u"(?:an?|the|its\\s+own|separate|individual)\\s+(?:[\\w-]+\\s+){0,4}?(?:agreement|undertaking|assurances?)"_s;
    static const QList<SignedUndertaking> forms{
        // "shall be required to execute an agreement with the same provisions as contained herein"
        {foldedPattern(
             u"\\b(shall|will|must)\\s+(?:be\\s+required\\s+to\\s+|agree\\s+to\\s+)?(?:sign|execute|enter\\s+into)\\s+"_s
             + undertaking + comparedWithThis()),
         [](const QRegularExpressionMatch &m, const QString &src, const QString &bound) -> QString {
             return ObligationText::written(m, src, 1) + u" be bound by "_s + bound;
         }},
        // "require his employees ... to commit to a non-disclosure agreement that protects ..."
        {foldedPattern(
             u"\\b(?:require|cause|procure\\s+that|ensure\\s+that)\\s+((?:each|every|all|its|his|her|their|the|such|any)\\b[^.;]{0,160}?)\\s+(?:to\\s+|will\\s+|shall\\s+)(?:sign|execute|commit\\s+to|enter\\s+into)\\s+"_s
             + undertaking + comparedWithThis()),
         [](const QRegularExpressionMatch &m, const QString &src, const QString &bound) -> QString {
             const QString who = ObligationText::written(m, src, 1);
             const QString folded = m.captured(1);
             const bool single = folded.startsWith(u"each"_s) || folded.startsWith(u"every"_s) || folded.startsWith(u"any"_s);
             return u"ensure that "_s + who + (single ? u" is bound by "_s : u" are bound by "_s) + bound;
         }},
        // "have agreed by signing a copy of this agreement to be bound by the terms of this agreement"
        {foldedPattern(
             u"\\b(have|has)\\s+agreed\\s+by\\s+signing\\s+(?:a\\s+copy\\s+of\\s+)?this\\s+agreement\\s+to\\s+be\\s+bound\\s+by\\s+(?:the\\s+terms\\s+of\\s+)?this\\s+agreement"_s),
         [](const QRegularExpressionMatch &m, const QString &, const QString &bound) -> QString {
             return (m.captured(1) == u"has"_s ? u"is bound by "_s : u"are bound by "_s) + bound;
         }},
        // "the Recipient has a written agreement with the following persons requiring them to treat ..."
        {foldedPattern(
             u"\\b(?:the\\s+)?[\\w-]+(?:\\s+party)?\\s+has\\s+(?:entered\\s+into\\s+)?a\\s+written\\s+agreement\\s+with\\s+([^.;]{3,80}?)\\s+requiring\\s+them\\s+to\\s+[^.;]{0,120}?\\b(?:this\\s+agreement|herein|hereof)\\b"_s),
         [](const QRegularExpressionMatch &m, const QString &src, const QString &bound) -> QString {
             return ObligationText::written(m, src, 1) + u" are bound by "_s + bound;
         }},
        // "shall obtain written assurances from such officers ... to maintain the confidentiality"
        {foldedPattern(
             u"\\bobtain\\s+(?:a\\s+)?written\\s+(?:assurances?|undertakings?|agreements?|confirmations?)\\s+from\\s+([^.;]{3,100}?)\\s+to\\s+"_s),
         [](const QRegularExpressionMatch &m, const QString &src, const QString &) -> QString {
             return u"ensure that "_s + ObligationText::written(m, src, 1) + u" are bound by obligations to "_s;
         }},
        // "... agrees to maintain the confidentiality ... by signing this Agreement before ..."
        {foldedPattern(
             u"\\s+by\\s+signing\\s+(?:a\\s+copy\\s+of\\s+)?this\\s+agreement(?=\\s+(?:before|prior\\s+to)\\b)"_s),
         [](const QRegularExpressionMatch &, const QString &, const QString &) -> QString { return QString(); }},
    };
    return forms;
}

// Sentences about the people a recipient shares with, not about the parties' own signatures.
const Pattern &recipientsOfInformation()
{
    static const Pattern p = foldedPattern(
        u"\\b(?:employees?|officers?|directors?|representatives?|advis[eo]rs?|agents?|affiliates?|assistants?|consultants?|contractors?|third\\s+part(?:y|ies)|recipients?|persons|attorneys)\\b"_s);
    return p;
}

const Pattern &softened()
{
    // "a signed non-disclosure agreement or equivalent", "or professional": already flexible.
    static const Pattern p = foldedPattern(u"\\bor\\s+(?:an\\s+)?equivalent\\b|\\bor\\s+professional\\b|\\bor\\s+otherwise\\s+bound\\b"_s);
    return p;
}

Findings representativesLiability(const RuleContext &ctx)
{
    if (!forReceiving(ctx.side) || ctx.position.language.isEmpty())
        return {};
    const ObligationText text(ctx);
    const QList<Sentence> &ss = text.sentences();
    // The sentences about who receives the information, found once for all the forms.
    QList<int> candidates;
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        if (s.clause >= 0 && !ctx.drafter.clauses().at(s.clause).isSignature() && matches(s, recipientsOfInformation())
            && !matches(s, softened()))
            candidates << i;
    }
    for (const SignedUndertaking &form : signedUndertakings()) {
        for (const int i : std::as_const(candidates)) {
            if (!matches(ss.at(i), form.pattern))
                continue;
            bool first = true;
            const auto revised = text.rewrite(i, form.pattern.re(),
                                              [&](const QRegularExpressionMatch &m, const QString &src) -> QString {
                                                  if (!first)
                                                      return ObligationText::written(m, src);
                                                  first = false;
                                                  return form.redraft(m, src, ctx.position.language);
                                              });
            if (revised)
                return {redraft(ctx, text, i, *revised)};
        }
    }
    // A signed copy of each recipient's agreement handed over: a point to raise, not to redraft.
    static const Pattern signedCopy = foldedPattern(u"\\bcopy\\s+of\\s+(?:the|each|any)\\s+(?:signed|executed)\\s+(?:[\\w-]+\\s+){0,2}agreements?\\b"_s);
    const int copy = text.find(signedCopy);
    return copy >= 0 ? Findings{ctx.comment(text.at(copy).clause, text.original(copy))} : Findings{};
}

// ---- legal-fees ----------------------------------------------------------------------------

// Fee shifting for one side only: "should it prevail, Discloser shall be entitled to recover
// reasonable attorneys' fees". A mutual prevailing-party clause is market and left alone.
Findings legalFees(const RuleContext &ctx)
{
    if (!forReceiving(ctx.side))
        return {};
    static const Pattern fees = foldedPattern(u"\\b(?:attorneys?'?s?|legal|counsel)\\s+(?:fees|costs)\\b|\\battorney\\s+fees\\b"_s);
    // Indemnities carry fees too, but they are indemnity's point; a prevailing-party clause is mutual.
    static const Pattern notShifting = foldedPattern(
        u"\\bindemnif|\\bhold\\s+\\w+\\s+harmless|\\beach\\s+party\\s+shall\\s+(?:pay|bear)|\\b(?:prevailing|successful)\\s+part(?:y|ies)\\b"_s);
    static const QRegularExpression oneSided = folded(
        u"(?:\\b(?:should|if)\\s+it\\s+prevails?,?\\s+)?\\b((?:the\\s+)?[\\w-]+(?:\\s+party)?)\\s+(?:shall|will)\\s+be\\s+entitled\\s+to\\s+(?:recover|reimbursement\\s+of|be\\s+reimbursed\\s+for)\\b"_s);
    // Fees for the winner, whoever it is, or for our own side: nothing to redress.
    static const QRegularExpression ours = folded(
        u"^(?:the\\s+)?(?:prevailing|successful|each|either|any|non-?breaching)\\b|\\b(?:recipient|receiving|receiver)\\b|^(?:the\\s+)?part(?:y|ies)$|^(?:it|he|she|they)$"_s);
    const ObligationText text(ctx);
    const int i = text.find(fees, &notShifting, [&](int j) {
        const auto m = oneSided.match(text.at(j).text);
        return m.hasMatch() && !m.captured(1).contains(ours);
    });
    if (i < 0)
        return {};
    const QString mutualFees = ctx.position.language.isEmpty() ? u"the prevailing party shall be entitled to recover"_s : ctx.position.language;
    const auto revised = text.rewrite(i, oneSided, [&](const QRegularExpressionMatch &, const QString &) -> QString { return mutualFees; });
    return revised ? Findings{redraft(ctx, text, i, *revised)} : Findings{};
}

// ---- audit ---------------------------------------------------------------------------------

// An audit or inspection right with no notice, hours or frequency: the receiving side limits it.
Findings audit(const RuleContext &ctx)
{
    if (!forReceiving(ctx.side) || ctx.position.language.isEmpty())
        return {};
    static const Pattern right = foldedPattern(u"\\bright\\s+to\\s+(?:audit|inspect)\\b|\\bmay\\s+(?:audit|inspect)\\b"_s);
    static const Pattern limited = foldedPattern(u"\\bbusiness\\s+hours\\b|\\b(?:prior|advance|reasonable)\\s+(?:written\\s+)?notice\\b|\\bonce\\s+(?:in\\s+)?(?:a|any|each|per)\\b"_s);
    const ObligationText text(ctx);
    const int i = text.find(right, &limited);
    if (i < 0)
        return {};
    static const QRegularExpression at = folded(u"\\b(right|may)\\s+(?=(?:to\\s+)?(?:audit|inspect)\\b)"_s);
    bool first = true;
    const auto revised = text.rewrite(i, at, [&](const QRegularExpressionMatch &m, const QString &src) -> QString {
        if (!first)
            return ObligationText::written(m, src);
        first = false;
        return ObligationText::written(m, src, 1) + u", "_s + ctx.position.language + u", "_s;
    });
    return revised ? Findings{redraft(ctx, text, i, *revised)} : Findings{};
}

// ---- data-protection -----------------------------------------------------------------------

Findings dataProtection(const RuleContext &ctx)
{
    if (!forReceiving(ctx.side))
        return {};
    const ObligationText text(ctx);
    // Security measures "to the Town's standards": standards the other side can change at will.
    static const Pattern theirStandards = foldedPattern(u"\\bsecurity\\b[^.]{0,160}\\bto\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?[\\w-]+'s\\s+(?:security\\s+)?standards\\b"_s);
    if (const int i = text.find(theirStandards); i >= 0) {
        static const QRegularExpression to = folded(u"\\bto\\s+((?:the\\s+)?(?:[\\w-]+\\s+)?[\\w-]+'s)\\s+((?:security\\s+)?standards)\\b"_s);
        const auto revised = text.rewrite(i, to, [](const QRegularExpressionMatch &m, const QString &src) -> QString {
            return u"consistent with "_s + ObligationText::written(m, src, 1) + u" written "_s + ObligationText::written(m, src, 2)
                 + u" provided before the date of this Agreement"_s;
        });
        if (revised)
            return {redraft(ctx, text, i, *revised)};
    }
    // US health data: HIPAA requires a business associate agreement; an NDA does not do.
    static const Pattern health = foldedPattern(u"\\bprotected\\s+health\\s+information\\b|\\bhipaa\\b"_s);
    static const Pattern baa = foldedPattern(u"\\bbusiness\\s+associate\\b"_s);
    if (const int i = text.find(health); i >= 0 && !text.any(baa) && text.at(i).clause >= 0)
        return {ctx.finding(ctx.drafter.appendSentence(text.at(i).clause, ctx.position.language))};
    // Personal data that may not be passed on at all, even where the agreement permits disclosure.
    static const Pattern personal = foldedPattern(u"\\bpersonal(?:ly\\s+identifiable)?\\s+(?:information|data)\\b"_s);
    static const QRegularExpression absolute = folded(
        u"\\bnot\\s+to\\s+(?:transfer|disclose|share|provide)\\s+(?:such|any|the|this)\\s+(?:information|data)\\s+to\\s+any\\s+third\\s+part(?:y|ies)\\b(?!\\s*(?:except|other|unless|without))"_s);
    if (const int i = text.find(personal, nullptr, [&](int j) { return text.at(j).text.contains(absolute); }); i >= 0) {
        const auto revised = text.rewrite(i, absolute, [](const QRegularExpressionMatch &m, const QString &src) -> QString {
            return ObligationText::written(m, src) + u" except as permitted by this Agreement"_s;
        });
        if (revised)
            return {redraft(ctx, text, i, *revised)};
    }
    return {};
}

} // namespace

const QHash<QString, Rule> &obligationRules()
{
    static const QHash<QString, Rule> rules{
        {u"breach-notice"_s, breachNotice},
        {u"representatives-liability"_s, representativesLiability},
        {u"legal-fees"_s, legalFees},
        {u"audit"_s, audit},
        {u"data-protection"_s, dataProtection},
    };
    return rules;
}

} // namespace Redliner::Review
