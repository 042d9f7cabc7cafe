// SPDX-License-Identifier: GPL-3.0-or-later
#include "definitionscope.h"

#include "obligationfacts.h"

namespace Redliner::Review::DefinitionRules {

using namespace Qt::Literals::StringLiterals;

namespace {

using Findings = QList<Finding>;

// Patterns run on folded text (lower case, straight quotes); offsets hold for the original.
QRegularExpression folded(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

// "Confidential Information" means / shall include / consists of ..., "... (the "Confidential
// Information")", "... shall be considered Confidential Information".
// A Pattern: most sentences hold none of the words every alternative needs, and the trigrams say so
// faster than the expression.
const Pattern &definitionHead()
{
    static const Pattern re(
        uR"x(\b(?:confidential|proprietary|protected)\s+(?:information|materials?)\b"?\)?,?\s*(?:\([^)]{0,80}\)\s*)?(?:as\s+used\s+(?:herein|in\s+this\s+agreement),?\s*)?(?:under\s+this\s+agreement\s*)?(?:(?:shall|will|may|also|is|to)\s+){0,3}(?:be\s+)?(?:means?|include|includes|including|consists?\s+of|comprises?|refers?\s+to)\b)x"
        uR"x(|\b(?:confidential|proprietary)\s+information"?\s+as\s+used\s+(?:herein|in\s+this\s+agreement)\b)x"
        uR"x(|\bevaluation\s+materials?"?\)?,?\s*(?:shall\s+|will\s+)?(?:means?|includes?)\b)x"
        uR"x(|\b(?:referred\s+to|defined)\s+(?:herein\s+|hereinafter\s+)?as\s+(?:the\s+)?"?(?:confidential|proprietary)\s+information)x"
        uR"x(|\((?:collectively,?\s+)?(?:the\s+)?"(?:confidential|proprietary)\s+information"\))x"
        uR"x(|\b(?:shall|will)\s+be\s+(?:considered|deemed|treated\s+as)\s+(?:to\s+be\s+)?"?confidential\s+information\b)x"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Words that limit a definition to what is confidential in fact: non-public, marked, or what a
// reasonable person would take to be confidential.
const QRegularExpression &limiter()
{
    static const QRegularExpression re = folded(
        uR"x(\bnon-?public\b|\bnot\s+(?:generally|publicly|otherwise)\s+(?:known|available)|\bgenerally\s+not\s+known|\bnot\s+in\s+the\s+public)x"
        uR"x(|\b(?:marked|designated|identified|label+ed|legend)\b|\breasonabl[ey]\b|\bconfidential\s+(?:in\s+)?nature|\bof\s+a\s+confidential)x"
        uR"x(|\bnature\s+of\s+the\s+information|\bproprietary\s+to\b|\b(?:is|are|be|treat)\s+(?:treated\s+)?(?:as\s+)?(?:confidential|proprietary)\b)x"
        uR"x(|\bnot\s+(?:otherwise\s+)?(?:readily|publicly|generally)\s+(?:available|accessible|known))x"
        uR"x(|\bconfidential\s+(?:and\s+|or\s+|and/or\s+)?(?:proprietary\s+)?(?:financial|business|technical|commercial|matters|materials?|data|documents?|statements|nature)\b)x"_s);
    return re;
}

// "whether or not marked", "regardless of whether ... designated": widens, never limits.
const QRegularExpression &unmarkedPhrase()
{
    static const QRegularExpression re = folded(
        uR"x(,?\s*(?:whether\s+or\s+not|regardless\s+of\s+whether|irrespective\s+of\s+whether|with\s+or\s+without)\s+(?:[\w"-]+\s+){0,6}?(?:marked|designated|identified|label+ed|classified)(?:\s+(?:as\s+)?(?:being\s+)?"?(?:confidential|proprietary)"?(?:\s+or\s+"?proprietary"?)?)?(?:\s+at\s+the\s+time\s+of\s+disclosure)?)x"_s);
    return re;
}

bool limited(QString text)
{
    text.remove(unmarkedPhrase());
    return text.contains(limiter());
}

bool isSignature(const RuleContext &ctx, const Sentence &s)
{
    return s.clause >= 0 && ctx.drafter.clauses().at(s.clause).isSignature();
}

// The sentences that define the information, and the items of lists such a sentence introduces.
QList<int> definitionSentences(const RuleContext &ctx, const ObligationText &text)
{
    const QList<Sentence> &ss = text.sentences();
    QList<bool> head(ss.size());
    for (int i = 0; i < ss.size(); ++i)
        head[i] = matches(ss.at(i), definitionHead());
    QList<int> out;
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        if (isSignature(ctx, s))
            continue;
        if (head.at(i) || (s.leadIn >= 0 && head.at(s.leadIn))
            || (s.heading.contains(u"definition"_s) && s.text.contains(u"information"_s)))
            out << i;
    }
    return out;
}

// "means any information ...", "(a) any information ...", "and any other material or information
// ..." with nothing after it that limits it to confidential information: "non-public" goes in.
Findings anyInformation(const RuleContext &ctx, const ObligationText &text, const QList<int> &defs)
{
    static const QRegularExpression any = folded(
        uR"x(\b(?:any\s+and\s+all|any|all)\s+(?:other\s+)?((?:(?:oral|written|verbal)\s+(?:and|or)\s+(?:oral|written|verbal)\s+)?(?:(?:material|documentation|documents?|data)\s+(?:or|and)\s+)?(?:information|data|material)\b)(?!\s+(?:of|that\s+is|which\s+is)\s+(?:a\s+)?confidential))x"_s);
    for (int i : defs) {
        const Sentence &s = text.at(i);
        const QRegularExpressionMatch m = any.match(s.text);
        if (!m.hasMatch() || isNegated(s.text, m.capturedStart()))
            continue;
        // "any other data furnished by the nominee" closes a list of one kind of document; a
        // catch-all reaches everything about the business ("any other information relating to").
        static const QRegularExpression aboutTheBusiness = folded(uR"x(^\s+(?:related|relating|concerning|regarding|pertaining|about|in\s+connection))x"_s);
        if (m.captured(0).contains(u" other "_s) && !s.text.mid(m.capturedEnd()).contains(aboutTheBusiness))
            continue;
        // What follows the words (up to the next item) says whether they are limited.
        QString after = s.text.mid(m.capturedEnd());
        const qsizetype semi = after.indexOf(u';');
        if (semi >= 0)
            after.truncate(semi);
        if (limited(after))
            continue;
        // Where the words head the definition, what precedes them may limit them too.
        const QRegularExpressionMatch h = definitionHead().re().match(s.text);
        if (h.hasMatch() && h.capturedEnd() <= m.capturedStart() && m.capturedStart() - h.capturedEnd() < 40
            && limited(s.text.left(m.capturedStart())))
            continue;
        if (s.clause < 0)
            continue;
        const qint32 at = s.start + qint32(m.capturedStart(1));
        return {ctx.finding(ctx.drafter.replaceRange(s.clause, at, at, u"non-public "_s))};
    }
    return {};
}

// "In case of doubt any information is deemed to be Confidential Information unless ...",
// "shall be assumed to be of a confidential nature", "any information, whether fitting the
// definition or not": deeming turns the definition's limits off, so the sentence goes.
Findings deeming(const RuleContext &ctx, const ObligationText &text)
{
    static const Pattern deem = foldedPattern(
        uR"x(\bin\s+case\s+of\s+doubt\b[^.;]{0,80}\b(?:deemed|considered|presumed|treated)\b)x"
        uR"x(|\b(?:deemed|presumed)\s+(?:to\s+be\s+)?confidential\s+information\s+unless\b)x"
        uR"x(|\b(?:shall|will|is\s+to)\s+be\s+(?:assumed|presumed)\s+to\s+be\s+(?:of\s+a\s+)?(?:confidential|proprietary)\b)x"
        uR"x(|\bwhether\s+(?:or\s+not\s+)?(?:it\s+)?(?:fits|fitting|falls?|falling)\s+(?:within\s+)?the\s+definition\b)x"_s);
    Findings out;
    for (int i = 0; i < text.sentences().size(); ++i) {
        const Sentence &s = text.at(i);
        if (s.clause < 0 || isSignature(ctx, s) || !matches(s, deem))
            continue;
        out << ctx.finding(ctx.drafter.replaceSentence(s.clause, s.start, QString()));
        if (out.size() == 2)
            break;
    }
    return out;
}

// Information the recipient itself develops or generates made the discloser's: a point to raise,
// unless it is only the usual notes and analyses that contain or reflect what was disclosed.
Findings selfDeveloped(const RuleContext &ctx, const ObligationText &text, const QList<int> &defs)
{
    QString recipient = ctx.drafter.terms() ? ctx.drafter.terms()->receivingParty().toLower() : QString();
    QString who = u"receiving\\s+party|recipient"_s;
    if (!recipient.isEmpty())
        who += u"|"_s + QRegularExpression::escape(recipient);
    const QRegularExpression developed = folded(
        uR"x(\b(?:developed|generated|produced|prepared|created|conceived|originated|discovered|modified)\b[^.;]{0,80}?\b(?:by|in\s+scope\s+of|in\s+the\s+course\s+of)\s+(?:the\s+)?(?:)x"
        + who + uR"x()\b)x"_s);
    static const QRegularExpression derived = folded(
        uR"x(\b(?:contain\w*|reflect\w*|based\s+(?:on|upon)|derived\s+from|incorporat\w*|summar\w*|extracts?|cop(?:y|ies))\b)x"_s);
    for (int i : defs) {
        const Sentence &s = text.at(i);
        const QRegularExpressionMatch m = developed.match(s.text);
        if (!m.hasMatch() || isNegated(s.text, m.capturedStart()))
            continue;
        if (s.text.mid(m.capturedStart(), m.capturedLength() + 120).contains(derived))
            continue;
        return {ctx.comment(text.at(i).clause, text.original(i))};
    }
    return {};
}

// The definition does without marking in so many words ("whether or not designated") and has
// nothing else that limits it: the phrase becomes the limit.
Findings unmarkedOnly(const RuleContext &ctx, const ObligationText &text, const QList<int> &defs)
{
    for (int i : defs) {
        if (limited(text.at(i).text))
            return {};
    }
    for (int i : defs) {
        const Sentence &s = text.at(i);
        const QRegularExpressionMatch m = unmarkedPhrase().match(s.text);
        if (!m.hasMatch() || s.clause < 0)
            continue;
        return {ctx.finding(ctx.drafter.replaceRange(
            s.clause, s.start + qint32(m.capturedStart()), s.start + qint32(m.capturedEnd()),
            u", provided that it is non-public and is marked or identified as confidential or would reasonably be understood to be confidential"_s))};
    }
    return {};
}

Findings forRecipient(const RuleContext &ctx)
{
    const ObligationText text(ctx);
    const QList<int> defs = definitionSentences(ctx, text);
    Findings out = anyInformation(ctx, text, defs);
    if (out.isEmpty())
        out << unmarkedOnly(ctx, text, defs);
    out << selfDeveloped(ctx, text, defs);
    out << deeming(ctx, text);
    return out;
}

// For the discloser: information "not known to anyone but the Owner" loses protection once shared
// with a supplier; the market test is what the public knows.
Findings forDiscloser(const RuleContext &ctx)
{
    const ObligationText text(ctx);
    const QList<int> defs = definitionSentences(ctx, text);
    static const QRegularExpression knownOnly = folded(
        uR"x(\b(?:generally\s+)?not\s+(?:generally\s+)?known\s+to\s+any(?:one|body|\s+person)\s+(?:but|other\s+than|except)\s+(?:the\s+)?[\w-]+)x"_s);
    for (int i : defs) {
        const Sentence &s = text.at(i);
        const QRegularExpressionMatch m = knownOnly.match(s.text);
        if (m.hasMatch() && s.clause >= 0)
            return {ctx.finding(ctx.drafter.replaceRange(s.clause, s.start + qint32(m.capturedStart()),
                                                         s.start + qint32(m.capturedEnd()), u"not generally known to the public"_s))};
    }
    // No notes, analyses or other derived materials anywhere in the definition: they are added.
    static const QRegularExpression derived = folded(
        uR"x(\b(?:notes|analys[ie]s|compilations?|summar(?:y|ies)|derivative|derived|extracts|work\s+product|reflect\w*|studies)\b)x"_s);
    // Only a definition narrowed to non-public or confidential kinds of information leaves them
    // out; a catch-all ("any information") already reaches them.
    static const QRegularExpression narrowed = folded(
        uR"x(\bnon-?public\b|\bconfidential\s+(?:financial|business|technical|commercial)\b)x"_s);
    bool narrow = false;
    for (int i : defs)
        narrow = narrow || text.at(i).text.contains(narrowed);
    if (!narrow)
        return {};
    int first = -1;
    for (int i : defs) {
        if (text.at(i).text.contains(derived))
            return {};
        if (first < 0 && text.at(i).clause >= 0)
            first = i;
    }
    if (first < 0 || ctx.position.language.isEmpty())
        return {};
    return {ctx.finding(ctx.drafter.appendSentence(text.at(first).clause,
        u"Confidential Information also includes all notes, analyses, compilations and other materials prepared by the Receiving Party or its Representatives that contain or reflect any Confidential Information."_s))};
}

} // namespace

Findings scope(const RuleContext &ctx)
{
    if (ctx.side == Side::Receiving)
        return forRecipient(ctx);
    if (ctx.side == Side::Disclosing) {
        const Findings narrow = forDiscloser(ctx);
        if (!narrow.isEmpty())
            return narrow;
    }
    // Technical information only, nothing of the business: business information is added.
    const Fact *technical = ctx.facts.find(QString::fromLatin1(FactId::TechnicalOnly));
    if (!technical || !technical->yes() || technical->clause < 0)
        return {};
    return {ctx.finding(ctx.drafter.appendSentence(technical->clause, ctx.position.language))};
}

Findings marking(const RuleContext &ctx)
{
    if (ctx.side == Side::Disclosing)
        return {};
    const ObligationText text(ctx);
    // "Confidential Information also includes information which is not clearly classified as
    // such": protection expressly without identification, so the sentence goes.
    static const Pattern unclassified = foldedPattern(
        uR"x(\b(?:include|includes|cover|covers|extend\s+to)\s+(?:any\s+)?information,?\s+(?:which|that)\s+(?:is|are|has|have)\s+not\s+(?:to\s+be\s+|been\s+|be\s+)?(?:clearly\s+|expressly\s+|specifically\s+)?(?:classified|marked|designated|identified|label+ed)\b)x"_s);
    for (int i = 0; i < text.sentences().size(); ++i) {
        const Sentence &s = text.at(i);
        if (s.clause >= 0 && !isSignature(ctx, s) && matches(s, unclassified))
            return {ctx.finding(ctx.drafter.replaceSentence(s.clause, s.start, QString()))};
    }
    return {};
}

} // namespace Redliner::Review::DefinitionRules
