// SPDX-License-Identifier: GPL-3.0-or-later
#include "remedydrafting.h"

#include "obligationfacts.h"

#include <algorithm>
#include <climits>

namespace Redliner::Review::Remedies {

using namespace Qt::Literals::StringLiterals;

namespace {

using Findings = QList<Finding>;

// A change of the working text [start, end).
struct Change {
    qint32 start = 0;
    qint32 end = 0;
    QString text;
};

// Patterns run on folded text (lower case, straight quotes): offsets are those of the original.
QRegularExpression folded(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

bool inSignature(const RuleContext &ctx, const Sentence &s)
{
    return s.clause < 0 || ctx.drafter.clauses().at(s.clause).isSignature();
}

// The clause with its changes made, as one finding; changes that overlap an earlier one are dropped.
Finding revised(const RuleContext &ctx, int clause, QList<Change> changes)
{
    const Clause &c = ctx.drafter.clauses().at(clause);
    QString text = ctx.drafter.clauseText(clause);
    std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.start > b.start; });
    qint32 floor = INT_MAX;
    for (const Change &e : std::as_const(changes)) {
        if (e.end > floor || e.start < c.start || e.end > c.end)
            continue;
        text.replace(e.start - c.start, e.end - e.start, e.text);
        floor = e.start;
    }
    return ctx.finding(ctx.drafter.revise(clause, text));
}

// The sentence deleted with one neighbouring space.
Change deletion(const RuleContext &ctx, const Sentence &s)
{
    const QString &text = ctx.doc.text;
    qint32 end = s.end;
    qint32 start = s.start;
    if (end < text.size() && text.at(end) == u' ')
        ++end;
    else if (start > 0 && text.at(start - 1) == u' ')
        --start;
    return {start, end, QString()};
}

bool forReceiving(Side side)
{
    return side == Side::Receiving || side == Side::Mutual;
}

// ---- remedies --------------------------------------------------------------------------------

// The remedy words an entitlement is to: injunctions, equitable relief, specific performance.
const QString &remedyAhead()
{
    static const QString ahead = uR"x((?=(?:such\s+|an?\s+|the\s+|appropriate\s+|immediate\s+|temporary\s+|preliminary\s+|permanent\s+|other\s+|and\s+)*(?:injunct|equitable|specific\s+performance|restraining|rem-?edy\s+of\s+injunction|rem-?edies\s+of\s+injunction)))x"_s;
    return ahead;
}

// What the receiving side redlines in a remedies clause, sentence by sentence. `strong` is the
// point itself (an entitlement, a bond waiver, a waived defence); `weak` ("would cause irreparable
// harm") is redlined with it, or alone where nothing stronger is in the agreement.
void remedyChanges(const RuleContext &ctx, const Sentence &s, QList<Change> &strong, QList<Change> &weak)
{
    const QString &t = s.text;
    const QString source = ctx.doc.text.mid(s.start, s.end - s.start);
    // "shall be entitled[, ...,] to injunctive relief" -> "may seek[, ...,] injunctive relief".
    static const QRegularExpression entitledAux = folded(
        uR"x(\b(?:shall|will|is|are)\s+(also\s+)?(?:be\s+)?entitled(,[^,.;]{1,90},|(?:\s+(?!to\b|seek\b|may\b)[\w-]+){0,8}?)\s+to\s+(?!seek\b|apply\b|pursue\b|request\b|petition\b|recover\b)(?:obtain\s+)?)x"_s
        + remedyAhead());
    // "entitled to specific performance", "entitling the Company to obtain an injunction".
    static const QRegularExpression entitledBare = folded(
        uR"x(\bentitl(?:ed|ing)(?:\s+(?:the\s+)?[\w-]+(?:\s+party)?)?\s+to\s+(?!seek\b)(obtain\s+)?)x"_s + remedyAhead());
    static const QRegularExpression rightToObtain = folded(uR"x(\bright\s+to\s+(obtain)\s+)x"_s + remedyAhead());
    static const QRegularExpression bond = folded(
        uR"x((?:,?\s+(?:and|or)\s+|,\s*|\s+)?\bwithout\s+(?:(?:the|any)\s+)?(?:(?:need|necessity|requirement)(?:\s+or\s+(?:need|requirement|necessity))?\s+(?:of|to|for)\s+)?(?:(?:post(?:ing)?|furnish(?:ing)?|provid(?:e|ing)|giv(?:e|ing))\s+)?(?:(?:a|any)\s+)?bond(?:\s+or\s+(?:other\s+)?(?:security|undertaking))?(?:,?\s+provided\s+that\s+if\s+a\s+bond\s+is\s+required,?\s+(?:the|such)\s+bond\s+shall\s+not\s+exceed\s+[^\s.;]+(?:\.\d+)?)?(?:\s+and\s+(?=without\b))?)x"_s);
    static const QRegularExpression bondSentence = folded(
        uR"x(\bwaive\w*\s+(?:\w+\s+){0,6}bond\b|\bno\s+(?:\w+\s+){0,3}bond\b[^.;]{0,80}\b(?:required|necessary)|\bbond\b[^.;]{0,40}\b(?:is|are|be)\s+(?:hereby\s+)?waived|\bconsents?\s+to\s+the\s+(?:issuance|entry|grant(?:ing)?)\s+of\s+(?:such\s+|an\s+|any\s+)?(?:injunct|order|equitable))x"_s);
    static const QRegularExpression defence = folded(
        uR"x(,?\s+and\s+(?:[\w-]+\s+){1,4}?(?:(?:expressly|hereby|irrevocably)\s+)*(?:waives?\s+(?:the\s+|any\s+)?defen[cs]es?|(?:will|shall)\s+not\s+(?:raise|assert|plead)\s+(?:the\s+|any\s+)?defen[cs]es?)[^.;]*)x"_s);
    static const QRegularExpression wouldCause = folded(
        uR"x(\b(?:would|will)(?=\s+(?:\w+\s+)?(?:cause|result\s+in|constitute|lead\s+to)\s+(?:[\w,']+\s+){0,6}?irrepara|\s+(?:\w+\s+){0,2}(?:be\s+)?(?:\w+\s+and\s+)?irreparabl))x"_s);
    static const QRegularExpression breach = folded(uR"x(\b(?:breach|violat|unauthori[sz]ed|misuse|disclos))x"_s);

    if (bondSentence.match(t).hasMatch() && !entitledAux.match(t).hasMatch()) {
        strong << deletion(ctx, s);
        return;
    }
    // "... shall be entitled to X, and to seek Y": "may seek X, and to seek Y" would not parse, so
    // such a sentence keeps its entitlement and only gains "seek".
    static const QRegularExpression parallel = folded(uR"x(\band\s+to\s+\w)x"_s);
    for (auto it = entitledAux.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (parallel.match(t, m.capturedEnd()).hasMatch())
            continue;
        const QString also = m.capturedLength(1) > 0 ? u"also "_s : QString();
        const QString between = source.mid(m.capturedStart(2), m.capturedLength(2));
        strong << Change{s.start + qint32(m.capturedStart()), s.start + qint32(m.capturedEnd()),
                         u"may "_s + also + u"seek"_s + between + u" "_s};
    }
    const auto overlapsStrong = [&](qint32 from, qint32 to) {
        return std::any_of(strong.cbegin(), strong.cend(), [&](const Change &c) { return from < c.end && c.start < to; });
    };
    for (auto it = entitledBare.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qint32 at = s.start + qint32(m.capturedEnd());
        if (overlapsStrong(s.start + qint32(m.capturedStart()), at))
            continue;
        if (m.capturedLength(1) > 0)
            strong << Change{s.start + qint32(m.capturedStart(1)), at, u"seek "_s};
        else
            strong << Change{at, at, u"seek "_s};
    }
    for (auto it = rightToObtain.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        strong << Change{s.start + qint32(m.capturedStart(1)), s.start + qint32(m.capturedEnd(1)), u"seek"_s};
    }
    // "the right to seek an injunction ... and to specific performance": the second remedy too.
    static const QRegularExpression andTo = folded(uR"x(\band\s+to\s+(?!seek\b)(?:obtain\s+)?)x"_s + remedyAhead());
    if (!strong.isEmpty() && strong.last().start >= s.start) {
        for (auto it = andTo.globalMatch(t); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const qint32 at = s.start + qint32(m.capturedEnd());
            if (!overlapsStrong(s.start + qint32(m.capturedStart()), at))
                strong << Change{at, at, u"seek "_s};
        }
    }
    for (auto it = bond.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qint32 from = s.start + qint32(m.capturedStart());
        const qint32 to = s.start + qint32(m.capturedEnd());
        // "(without bond and without ..." keeps its bracket; a phrase at the start keeps no space.
        if (m.captured().startsWith(u'(') && from < to)
            ++from;
        strong << Change{from, to, QString()};
    }
    if (const QRegularExpressionMatch m = defence.match(t); m.hasMatch())
        strong << Change{s.start + qint32(m.capturedStart()), s.start + qint32(m.capturedEnd()), QString()};
    for (auto it = wouldCause.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // Only the consequence of a breach: "would cause irreparable harm to its competitive
        // position" in a recital says nothing about remedies.
        if (!breach.match(t.left(m.capturedStart())).hasMatch())
            continue;
        const bool capital = source.at(m.capturedStart()).isUpper();
        weak << Change{s.start + qint32(m.capturedStart()), s.start + qint32(m.capturedEnd()), capital ? u"May"_s : u"may"_s};
    }
}

Findings receivingRemedies(const RuleContext &ctx)
{
    static const Pattern cue = foldedPattern(u"\\b(?:injunct\\w*|equitable|specific performance|irrepara\\w*|bond|defen[cs]e)"_s);
    const ObligationText text(ctx);
    QMap<int, QList<Change>> strong;
    QMap<int, QList<Change>> weak;
    for (const Sentence &s : text.sentences()) {
        if (inSignature(ctx, s) || !matches(s, cue))
            continue;
        QList<Change> st;
        QList<Change> wk;
        remedyChanges(ctx, s, st, wk);
        if (!st.isEmpty())
            strong[s.clause] << st;
        if (!wk.isEmpty())
            weak[s.clause] << wk;
    }
    Findings out;
    if (strong.isEmpty()) {
        // Only a concession that any breach "would" cause irreparable harm: the first one.
        if (!weak.isEmpty())
            out << revised(ctx, weak.firstKey(), weak.first());
        return out;
    }
    for (auto it = strong.cbegin(); it != strong.cend(); ++it)
        out << revised(ctx, it.key(), it.value() + weak.value(it.key()));
    return out;
}

// For the owner of the information: a notice-and-cure period before it may go to court lets a
// leak run on, and a disclosure cannot be cured.
Findings cureBeforeRemedies(const RuleContext &ctx)
{
    static const Pattern cue = foldedPattern(u"\\b(?:remedy|cure|rectify)\\b"_s);
    static const QRegularExpression cure = folded(
        uR"x(,?\s+and\s+(?:\w+\s+){0,2}?fails?\s+to\s+(?:remedy|cure|rectify)\s+(?:such|the|that|any\s+such)\s+breach\s+within\s+[^,.;]*?(?=,|\s+then\b))x"_s);
    static const QRegularExpression remedies = folded(uR"x(\b(?:remed(?:y|ies)|relief|proceedings|court|injunct|interdict))x"_s);
    static const QRegularExpression terminate = folded(uR"x(\bterminat)x"_s);
    const ObligationText text(ctx);
    for (const Sentence &s : text.sentences()) {
        if (inSignature(ctx, s) || !matches(s, cue) || terminate.match(s.text).hasMatch())
            continue;
        const QRegularExpressionMatch m = cure.match(s.text);
        if (!m.hasMatch() || !remedies.match(s.text, m.capturedEnd()).hasMatch())
            continue;
        return {revised(ctx, s.clause, {Change{s.start + qint32(m.capturedStart()), s.start + qint32(m.capturedEnd()), QString()}})};
    }
    return {};
}


// ---- assignment ------------------------------------------------------------------------------

// How the document writes "party": "Party" where it capitalises it.
QString party(const RuleContext &ctx, const Sentence *near = nullptr)
{
    static const QRegularExpression capital(u"\\b(?:either|each|other|neither|any) Party\\b"_s);
    static const QRegularExpression any(u"\\b(?:[Ee]ither|[Ee]ach|[Oo]ther|[Nn]either|[Aa]ny|[Nn]o|by a) ([Pp])arty\\b"_s);
    if (near) {
        // The sentence's own spelling first: "by either party" is not redrafted "the other Party".
        const QRegularExpressionMatch m = any.match(ctx.doc.text.mid(near->start, near->end - near->start));
        if (m.hasMatch())
            return m.captured(1) == u"P"_s ? u"Party"_s : u"party"_s;
    }
    return capital.match(ctx.doc.text).hasMatch() ? u"Party"_s : u"party"_s;
}

struct AssignmentText {
    const Sentence *restriction = nullptr;   // "Neither party may assign ...", "The Recipient shall not assign ..."
    bool restrictionMutual = false;
    const Sentence *oneSidedFree = nullptr;  // "Discloser may assign ..." (a named party only)
    QRegularExpressionMatch freeMatch;
    bool freeUnlimited = false;              // to anyone, without consent
    bool carveOut = false;                   // affiliates, successors or reasonable consent for both
    const Sentence *successors = nullptr;    // "binding on the parties and their successors and assigns"
};

const QRegularExpression &freeAssign()
{
    static const QRegularExpression p = folded(
        uR"x((?:^|\bthat\s+|,\s*|;\s*)((?:the\s+)?(?!either\b|each\b|any\b|neither\b|no\b|both\b|it\b|this\b)[\w-]+(?:\s+part(?:y|ies))?)\s+(?:may|can|shall\s+be\s+entitled\s+to|is\s+entitled\s+to|(?:shall\s+)?ha(?:s|ve)\s+the\s+right\s+to)\s+(?:freely\s+|on\s+[^,.;]{0,40}?notice\s+to\s+[^,.;]{1,30}?,?\s+)?(?:\w+\s+){0,2}?(?:assign|cede|transfer))x"_s);
    return p;
}

AssignmentText readAssignment(const RuleContext &ctx, const ObligationText &text)
{
    static const Pattern cue = foldedPattern(u"\\b(?:assign\\w*|transfer\\w*|cede)"_s);
    static const QRegularExpression object = folded(
        uR"x(\b(?:this\s+(?:agreement|nda|contract)|the\s+(?:agreement|nda|contract)|rights|obligations)\b)x"_s);
    static const QRegularExpression restricted = folded(
        uR"x(\b(?:shall|may|will|must|can)\s+not\s+(?:be\s+)?(?:[\w,]+\s+){0,5}?(?:assign|transfer|cede)|\bnot\s+to\s+(?:\w+\s+){0,2}?(?:assign|transfer|cede)|\b(?:neither|no)\s+(?:[\w-]+\s+){0,2}?(?:may|shall|will|can)\s+(?:\w+\s+){0,2}?(?:assign|transfer|cede))x"_s);
    static const QRegularExpression mutual = folded(
        uR"x(\b(?:neither|none)\b|\bno\s+(?:[\w-]+\s+)?(?:party|entity)\b|\bby\s+(?:either|any|each|a)\s+(?:[\w-]+\s+)?(?:party|entity)|\b(?:either|each|any)\s+party\b|\bother\s+part(?:y|ies)\b|\bother\s+[\w-]+\s+(?:entities|parties)\b)x"_s);
    static const QRegularExpression carve = folded(
        uR"x(\b(?:successor|affiliat\w*|merger|acquisition|reorgani[sz]ation|amalgamation|change\s+of\s+control|restructuring)|unreasonably\s+withh?eld)x"_s);
    static const QRegularExpression exception = folded(uR"x(\b(?:except|save|other\s+than|provided|unless|however|notwithstanding)\b|\b(?:may|can)\s+(?:\w+\s+){0,3}assign|unreasonably)x"_s);
    static const QRegularExpression successorsAndAssigns = folded(uR"x(\bsuccessors?(?:[-\s]in[-\s]title)?,?\s+(?:and|or|and/or)\s+(?:permitted\s+)?assigns\b)x"_s);
    static const QRegularExpression unlimited = folded(
        uR"x(\bwithout\s+(?:the\s+)?(?:[\w']+\s+){0,4}(?:consent|approval)|\bto\s+any\s+(?:person|third|party|entity|one)|\bfreely\b|\bat\s+any\s+time)x"_s);
    AssignmentText a;
    for (const Sentence &s : text.sentences()) {
        if (inSignature(ctx, s) || !matches(s, cue))
            continue;
        QString t = s.text;
        if (successorsAndAssigns.match(t).hasMatch() && !a.successors)
            a.successors = &s;
        t.replace(successorsAndAssigns, u"_"_s);  // a binding-effect phrase is not a carve-out
        if (!object.match(t).hasMatch())
            continue;
        const QRegularExpressionMatch free = freeAssign().match(t);
        const QRegularExpressionMatch restriction = restricted.match(t);
        if (free.hasMatch() && !a.oneSidedFree) {
            a.oneSidedFree = &s;
            a.freeMatch = free;
            a.freeUnlimited = unlimited.match(t, free.capturedEnd()).hasMatch() && !carve.match(t, free.capturedEnd()).hasMatch();
        } else if (carve.match(t).hasMatch() && exception.match(t).hasMatch()) {
            a.carveOut = true;
        }
        if (restriction.hasMatch() && !a.restriction) {
            a.restriction = &s;
            a.restrictionMutual = mutual.match(t).hasMatch();
        }
    }
    return a;
}

// "... without the other party's prior written consent" + ", except to an affiliate or to a
// successor ...": the carve-out after the consent, or where the ban ends.
QList<Change> addCarveOut(const RuleContext &ctx, const Sentence &s)
{
    static const QRegularExpression consent = folded(
        uR"x(\bwithout\s+(?:(?:the|a|an|any)\s+)?[^.;]{0,60}?\b(?:consent|approval)(?:\s+of\s+[^,.;()]{1,60}?)?(?=\s*(?:[,.;()]|$)|\s+(?:and|which|to\s+be|provided|in\s+each|such)\b))x"_s);
    static const QRegularExpression ban = folded(
        uR"x(\bnot\s+be\s+assigned(?:\s+or\s+(?:otherwise\s+)?\w+)?(?:\s+(?:in\s+whole\s+or\s+in\s+part\s+)?by\s+(?:either|any|a|each)\s+party)?)x"_s);
    static const QRegularExpression includingAffiliates = folded(
        uR"x(,?\s+including\s+(?:an?\s+|any\s+|its\s+)?affiliat\w*(?:\s+compan(?:y|ies))?(?=,))x"_s);
    const QString affiliate = ctx.doc.text.contains(u"Affiliate"_s) ? u"an Affiliate"_s : u"an affiliate"_s;
    const QString except = u", except to "_s + affiliate
        + u" or to a successor to all or substantially all of its relevant business or assets that agrees in writing to be bound by this Agreement"_s;
    const QString &t = s.text;
    QList<Change> changes;
    // "... by either party and any purported assignment is void": a comma ends the carve-out.
    static const QRegularExpression andFollows = folded(uR"x(^\s+and\b)x"_s);
    const auto ending = [&](qsizetype at) { return andFollows.match(t.mid(at, 8)).hasMatch() ? u","_s : QString(); };
    if (const QRegularExpressionMatch m = consent.match(t); m.hasMatch()) {
        changes << Change{s.start + qint32(m.capturedEnd()), s.start + qint32(m.capturedEnd()), except + ending(m.capturedEnd())};
    } else if (const QRegularExpressionMatch b = ban.match(t); b.hasMatch()) {
        changes << Change{s.start + qint32(b.capturedEnd()), s.start + qint32(b.capturedEnd()),
                          u" without the prior written consent of the other "_s + party(ctx, &s) + except + ending(b.capturedEnd())};
    } else {
        return {};
    }
    // "not to assign ..., including an affiliated company, without consent" would contradict it.
    if (const QRegularExpressionMatch m = includingAffiliates.match(t); m.hasMatch())
        changes << Change{s.start + qint32(m.capturedStart()), s.start + qint32(m.capturedEnd()), QString()};
    return changes;
}

// "Discloser may assign ... on a merger" -> "either party may assign ...": the right made mutual.
QList<Change> mutualRight(const RuleContext &ctx, const AssignmentText &a)
{
    const Sentence &s = *a.oneSidedFree;
    const QRegularExpressionMatch &m = a.freeMatch;
    const bool start = m.capturedStart(1) == 0 || ctx.doc.text.at(s.start + m.capturedStart(1)).isUpper();
    const bool sentenceStart = m.capturedStart(1) == 0;
    const QString either = (sentenceStart && start ? u"Either "_s : u"either "_s) + party(ctx, &s);
    QList<Change> changes{Change{s.start + qint32(m.capturedStart(1)), s.start + qint32(m.capturedEnd(1)), either}};
    // "on written notice to Counterparty" follows the subject: notice goes to the other party.
    static const QRegularExpression notice = folded(uR"x(\bnotice\s+to\s+((?:the\s+)?[\w-]+(?:\s+party)?))x"_s);
    const QRegularExpressionMatch n = notice.match(s.text, m.capturedEnd(1));
    if (n.hasMatch() && n.capturedStart() < m.capturedEnd() && !n.captured(1).contains(u"other"_s))
        changes << Change{s.start + qint32(n.capturedStart(1)), s.start + qint32(n.capturedEnd(1)), u"the other "_s + party(ctx, &s)};
    return changes;
}

// "The Receiving Party shall not assign ... without the consent of the Disclosing Party" ->
// "Neither party shall assign ... without the consent of the other party".
QList<Change> mutualRestriction(const RuleContext &ctx, const Sentence &s)
{
    static const QRegularExpression subject = folded(
        uR"x(^((?:the\s+)?[\w-]+(?:\s+part(?:y|ies))?)\s+(shall|may|will|must)\s+not\s+)x"_s);
    static const QRegularExpression consentOf = folded(
        uR"x(\b(?:consent|approval)\s+of\s+((?:the\s+)?(?!other\b)[\w-]+(?:\s+party)?))x"_s);
    const QRegularExpressionMatch m = subject.match(s.text);
    if (!m.hasMatch())
        return {};
    const QString source = ctx.doc.text.mid(s.start, s.end - s.start);
    QList<Change> changes{Change{s.start + qint32(m.capturedStart()), s.start + qint32(m.capturedEnd()),
                                u"Neither "_s + party(ctx) + u" "_s + source.mid(m.capturedStart(2), m.capturedLength(2)) + u" "_s}};
    if (const QRegularExpressionMatch c = consentOf.match(s.text); c.hasMatch())
        changes << Change{s.start + qint32(c.capturedStart(1)), s.start + qint32(c.capturedEnd(1)), u"the other "_s + party(ctx)};
    return changes;
}

Findings receivingAssignment(const RuleContext &ctx, const AssignmentText &a)
{
    QMap<int, QList<Change>> changes;
    if (a.oneSidedFree && a.freeUnlimited) {
        // One party may assign to anyone while the other needs consent: the free right goes and
        // the restriction binds both.
        if (!a.restriction || a.restriction == a.oneSidedFree || a.restrictionMutual)
            return {};
        changes[a.oneSidedFree->clause] << deletion(ctx, *a.oneSidedFree);
        changes[a.restriction->clause] << mutualRestriction(ctx, *a.restriction);
    } else if (a.oneSidedFree) {
        changes[a.oneSidedFree->clause] << mutualRight(ctx, a);
    } else if (a.restriction && !a.carveOut) {
        changes[a.restriction->clause] << addCarveOut(ctx, *a.restriction);
    }
    Findings out;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!it.value().isEmpty())
            out << revised(ctx, it.key(), it.value());
    }
    return out;
}

// For the owner of the information: nothing stops the recipient from passing the agreement, and
// the information with it, to someone else.
Findings disclosingAssignment(const RuleContext &ctx, const AssignmentText &a)
{
    if (a.restriction || ctx.incorporatesStandardTerms)
        return {};
    const bool mutualDocument = ctx.facts.isYes(QString::fromLatin1(FactId::Mutual));
    const QString sentence = mutualDocument
        ? u"Neither "_s + party(ctx) + u" may assign this Agreement without the prior written consent of the other "_s + party(ctx) + u"."_s
        : ctx.position.language;
    if (sentence.isEmpty())
        return {};
    if (a.successors && a.successors->clause >= 0) {
        // "binding on ... successors and assigns": only permitted assigns, and the restriction after it.
        static const QRegularExpression assigns = folded(uR"x(\b(?:and|or|and/or)\s+(assigns)\b)x"_s);
        const Sentence &s = *a.successors;
        QList<Change> changes;
        if (const QRegularExpressionMatch m = assigns.match(s.text); m.hasMatch())
            changes << Change{s.start + qint32(m.capturedStart(1)), s.start + qint32(m.capturedStart(1)), u"permitted "_s};
        changes << Change{s.end, s.end, u" "_s + sentence};
        return {revised(ctx, s.clause, changes)};
    }
    return {ctx.finding(ctx.drafter.addClause(u"Assignment"_s, sentence))};
}

} // namespace

Findings remedies(const RuleContext &ctx)
{
    if (forReceiving(ctx.side))
        return receivingRemedies(ctx);
    Findings out = cureBeforeRemedies(ctx);
    if (!ctx.facts.isYes(QString::fromLatin1(FactId::Injunctive)) && !ctx.position.language.isEmpty() && !ctx.incorporatesStandardTerms)
        out << ctx.finding(ctx.drafter.addClause(u"Remedies"_s, ctx.position.language));
    return out;
}

Findings disclosersIndemnity(const RuleContext &ctx)
{
    if (ctx.side != Side::Disclosing)
        return {};
    static const Pattern cue = foldedPattern(u"\\bindemnif\\w*"_s);
    // The discloser as the one who indemnifies: "[, and] the Disclosing Party hereby indemnifies".
    const QString term = ctx.drafter.terms() && !ctx.drafter.terms()->disclosingParty().isEmpty()
        ? QRegularExpression::escape(ctx.drafter.terms()->disclosingParty().toLower())
        : u"disclosing party"_s;
    const QRegularExpression giver = folded(
        uR"x((,?\s+and\s+)?\b(?:the\s+)?(?:)x"_s + term
        + uR"x(|disclosing\s+party|discloser)\s+(?:hereby\s+|shall\s+|will\s+|agrees\s+to\s+|undertakes\s+to\s+)*(?:defend,?\s+(?:and\s+)?)?indemnif)x"_s);
    const ObligationText text(ctx);
    for (const Sentence &s : text.sentences()) {
        if (inSignature(ctx, s) || !matches(s, cue))
            continue;
        const QRegularExpressionMatch m = giver.match(s.text);
        // Only a "not" in the words of the indemnity itself: "does not infringe ... and indemnifies" gives one.
        if (!m.hasMatch() || isNegated(QStringView(s.text).mid(m.capturedStart()), m.capturedLength()))
            continue;
        // A clause of its own goes; an indemnity tacked on to a warranty goes without the warranty.
        if (m.capturedLength(1) == 0)
            return {revised(ctx, s.clause, {deletion(ctx, s)})};
        qint32 end = s.end;
        while (end > s.start && (ctx.doc.text.at(end - 1) == u'.' || ctx.doc.text.at(end - 1) == u';' || ctx.doc.text.at(end - 1).isSpace()))
            --end;
        return {revised(ctx, s.clause, {Change{s.start + qint32(m.capturedStart()), end, QString()}})};
    }
    return {};
}

Findings disclosersDamagesCap(const RuleContext &ctx)
{
    const Fact *fact = ctx.facts.find(QString::fromLatin1(FactId::LiquidatedDamages));
    if (ctx.side != Side::Disclosing || !fact || !fact->yes() || fact->clause < 0)
        return {};
    // "to seek legal remedy amounting in the maximum amount of [...]": the cap goes, every remedy stays.
    static const QRegularExpression cap = folded(
        uR"x(\b(?:seek|recover|claim)\s+[^.;,]{0,40}?\b(?:amounting\s+)?(?:in|to|up\s+to)\s+(?:the\s+|a\s+)?maximum\s+(?:amount|sum)\s+of\s+(?:\([^)]*\)|\[[^\]]*\]|[^\s,.;]+))x"_s);
    const QString sentence = foldForMatching(ctx.doc.text.mid(fact->start, fact->end - fact->start));
    const QRegularExpressionMatch m = cap.match(sentence);
    if (!m.hasMatch())
        return {};
    return {revised(ctx, fact->clause, {Change{fact->start + qint32(m.capturedStart()), fact->start + qint32(m.capturedEnd()), ctx.position.language}})};
}

Findings liquidatedDamages(const RuleContext &ctx)
{
    if (ctx.side == Side::Disclosing)
        return disclosersDamagesCap(ctx);
    const Fact *fact = ctx.facts.find(QString::fromLatin1(FactId::LiquidatedDamages));
    if (!fact || !fact->yes() || fact->clause < 0 || ctx.drafter.clauses().at(fact->clause).isSignature())
        return {};
    // The sentence that fixes the sum gives way to actual damages proved: struck without a
    // replacement it would leave the damages question open (and a heading over nothing).
    static const QRegularExpression heading(u"liquidated|damages|penalt"_s, QRegularExpression::CaseInsensitiveOption);
    if (heading.match(ctx.drafter.clauses().at(fact->clause).heading).hasMatch())
        return {ctx.finding(ctx.drafter.replaceBody(fact->clause, ctx.position.language))};
    return {ctx.finding(ctx.drafter.replaceSentence(fact->clause, fact->start, ctx.position.language))};
}

Findings assignment(const RuleContext &ctx)
{
    const ObligationText text(ctx);
    const AssignmentText a = readAssignment(ctx, text);
    return forReceiving(ctx.side) ? receivingAssignment(ctx, a) : disclosingAssignment(ctx, a);
}

} // namespace Redliner::Review::Remedies
