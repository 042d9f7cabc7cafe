// SPDX-License-Identifier: GPL-3.0-or-later
// Return or destruction at the end, and the copies that may be kept: deadlines too short to find
// every copy, return with no option to destroy, no certificate for the disclosing side, and no
// room for automatic backups or copies the law requires the Receiving Party to keep.
#include "lifecyclerules.h"

namespace Redliner::Review::Lifecycle {

using namespace Qt::Literals::StringLiterals;
using namespace Detail;
using Findings = QList<Finding>;

namespace {

// A deadline shorter than `minDays`, in the sentence the days fact was found in.
std::optional<Finding> longerPeriod(const RuleContext &ctx, int minDays)
{
    const Fact *days = ctx.facts.find(QString::fromLatin1(FactId::ReturnDays));
    bool ok = false;
    const int value = days ? days->value.toInt(&ok) : -1;
    if (!days || !ok || value >= minDays || days->clause < 0)
        return std::nullopt;
    static const QRegularExpression period = re(
        uR"x((?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|twenty-one)\s+)?\(?\b\d{1,3}\)?\s*(?:\([a-z-]+\)\s*)?(?:business\s+|calendar\s+|working\s+)?days\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|twenty-one)\s+(?:business\s+|calendar\s+|working\s+)?days\b)x"_s);
    return ctx.drafter.replacePattern(days->clause, period, RuleText::daysInWords(minDays), days->start, days->end);
}

// "immediately upon request", "to immediately deliver", "forthwith": a deadline nobody can meet
// for every copy, replaced by the playbook's period in the sentence's own grammar.
bool relaxImmediate(QString &s, const QString &days)
{
    static const QRegularExpression toVerb = re(u"\\bto\\s+(?:immediately|forthwith)\\s+(\\w+)"_s);
    static const QRegularExpression upon = re(u"\\b(?:immediately|forthwith)\\s+(?:upon|on|after|following)\\b"_s);
    static const QRegularExpression bare = re(u"\\b(?:immediately|forthwith)\\b"_s);
    // A blank period ("within ____ days") is filled with the playbook's.
    static const QRegularExpression blank = re(u"\\bwithin\\s+_{2,}\\s*(?:business\\s+|calendar\\s+|working\\s+)?days\\b"_s);
    if (const auto m = blank.match(s); m.hasMatch()) {
        s.replace(m.capturedStart(), m.capturedLength(), u"within "_s + days);
        return true;
    }
    if (const auto m = toVerb.match(s); m.hasMatch()) {
        s.replace(m.capturedStart(), m.capturedLength(), u"to "_s + m.captured(1) + u", within "_s + days + u","_s);
        return true;
    }
    if (const auto m = upon.match(s); m.hasMatch()) {
        s.replace(m.capturedStart(), m.capturedLength(), u"within "_s + days + u" after"_s);
        return true;
    }
    if (const auto m = bare.match(s); m.hasMatch()) {
        s.replace(m.capturedStart(), m.capturedLength(), u"within "_s + days);
        return true;
    }
    return false;
}

// Return alone: destruction offered beside the verb, in its voice ("return (or, at its option,
// destroy)", "be returned (or, at the Receiving Party's option, destroyed)"), which reads right in
// a list item too; with `days`, the period the duty lacked replaces "promptly".
void offerDestruction(QString &s, const QString &days)
{
    static const QRegularExpression verb = re(
        u"\\b(?:be\\s+(?:\\w+\\s+)?(returned|delivered|surrendered)|(?<!the\\s)(return|deliver|surrender))\\b(?!\\s+of\\b)"_s);
    const auto m = verb.match(s);
    if (!m.hasMatch())
        return;
    const bool passive = m.capturedStart(1) >= 0;
    qsizetype at = m.capturedEnd();
    const QString option = passive ? u" (or, at the Receiving Party's option, destroyed)"_s : u" (or, at its option, destroy)"_s;
    s.insert(at, option);
    at += option.size();
    if (days.isEmpty())
        return;
    s.insert(at, u" within "_s + days);
    static const QRegularExpression promptly = re(u"\\bpromptly\\s+"_s);
    if (const auto p = promptly.match(s); p.hasMatch() && p.capturedStart() < m.capturedStart() + 30)
        s.remove(p.capturedStart(), p.capturedLength());
}

Findings receivingReturn(const RuleContext &ctx)
{
    const int minDays = ctx.issue.intParameter(u"min_days"_s, 30);
    if (auto f = longerPeriod(ctx, minDays))
        return {ctx.finding(*f)};
    const Fact *fact = ctx.facts.find(QString::fromLatin1(FactId::ReturnDestroy));
    if (!fact || !fact->yes() || fact->clause < 0)
        return {};
    const QString days = RuleText::daysInWords(minDays);
    const QString clauseText = ctx.drafter.clauseText(fact->clause);
    const Clause &clause = ctx.drafter.clauses().at(fact->clause);
    // The list's lead-in may offer destruction for all its items ("shall return or destroy:").
    const QString context = (clause.parent >= 0 ? ctx.drafter.clauseText(clause.parent) : clauseText);
    static const QRegularExpression returning = re(u"\\b(?:return\\w*|deliver\\w*|surrender\\w*)\\b"_s);
    static const QRegularExpression deadline = re(u"\\bwithin\\s+\\S+(?:\\s+\\(\\S+\\))?\\s+(?:business\\s+|calendar\\s+|working\\s+)?(?:days|weeks|months)\\b"_s);
    const QString sentence = ctx.drafter.clauseText(fact->clause).mid(fact->start - clause.start, fact->end - fact->start);
    // Destruction offered as an alternative ("return or destroy", "destroy ... or return"); a
    // certificate of destruction for electronic copies alone is no choice for the rest.
    static const QRegularExpression destroyOption = re(
        u"\\b(?:or|and/or)\\s+(?:\\w+\\s+){0,3}(?:destr|delet|eras|dispos|expung|purg|shred)\\w*"
        u"|\\b(?:destr|delet|eras|dispos|expung|purg|shred)\\w*\\b[^.;]{0,120}\\bor\\s+(?:\\w+\\s+){0,2}(?:return|deliver)"_s);
    const bool returnOnly = returning.match(sentence).hasMatch() && !destroyOption.match(context).hasMatch()
        && !destroyOption.match(clauseText).hasMatch();
    const bool hasDeadline = deadline.match(sentence).hasMatch();
    bool immediate = false;
    auto f = editSentence(ctx, fact->clause, fact->start, fact->end, [&](QString &s) {
        immediate = relaxImmediate(s, days);
        // Whether to return or destroy is for the party that must do it, not the one asking.
        static const QRegularExpression theirOption = re(
            u"\\bat\\s+(?:the\\s+)?(?:sole\\s+)?(?:option|election|discretion)\\s+of\\s+the\\s+(?:other|disclosing)\\s+part(?:y|ies)\\b"
            u"|\\bat\\s+(?:the\\s+)?(?:disclosing\\s+party|discloser|owner)['\u2019]s\\s+(?:sole\\s+)?(?:option|election|discretion)\\b"_s);
        if (const auto m = theirOption.match(s); m.hasMatch())
            s.replace(m.capturedStart(), m.capturedLength(), u"at its option"_s);
        // Return alone (nothing may be destroyed) is only raised with a deadline that is not
        // already reasonable: a long fixed period is a considered choice.
        if (returnOnly && (immediate || !hasDeadline))
            offerDestruction(s, immediate ? QString() : days);
    });
    return f ? Findings{ctx.finding(*f)} : Findings{};
}

// For the discloser: return without a written certificate leaves no proof that copies are gone.
Findings disclosingReturn(const RuleContext &ctx)
{
    const Fact *fact = ctx.facts.find(QString::fromLatin1(FactId::ReturnDestroy));
    if (!fact || !fact->yes() || fact->clause < 0)
        return addMissing(ctx, u"Return or Destruction"_s, ctx.position.language);
    static const QRegularExpression certified = re(u"\\b(?:certif\\w*|confirm\\w*|affidavit|attest\\w*|warrant\\w*|written statement)"_s);
    const Clause &clause = ctx.drafter.clauses().at(fact->clause);
    if (certified.match(ctx.drafter.clauseText(fact->clause)).hasMatch()
        || (clause.parent >= 0 && certified.match(ctx.drafter.clauseText(clause.parent)).hasMatch()))
        return {};
    auto f = addSentenceAfter(ctx, *fact, u"The Receiving Party shall certify in writing to the Disclosing Party that it has done so."_s);
    return f ? Findings{ctx.finding(*f)} : Findings{};
}

} // namespace

Findings returnDestroy(const RuleContext &ctx)
{
    return ctx.side == Side::Disclosing ? disclosingReturn(ctx) : receivingReturn(ctx);
}

// For the discloser: a right to keep whatever a retention policy allows, or every note and
// analysis, with no limit on access.
Findings unlimitedRetention(const RuleContext &ctx, const Fact *kept)
{
    static const QRegularExpression unlimited = re(
        u"\\b(?:retention|record[- ]keeping)\\s+polic\\w*|\\b(?:notes|analyses|memoranda)\\b"_s);
    static const QRegularExpression limited = re(u"\\bnot\\s+(?:\\w+\\s+){0,2}(?:access|use)\\w*"_s);
    if (!kept || !kept->yes() || kept->clause < 0 || !unlimited.match(kept->evidence).hasMatch()
        || limited.match(kept->evidence).hasMatch())
        return {};
    auto f = addSentenceAfter(ctx, *kept, ctx.position.language);
    return f ? Findings{ctx.finding(*f)} : Findings{};
}

Findings retention(const RuleContext &ctx)
{
    const Fact *kept = ctx.facts.find(QString::fromLatin1(FactId::RetentionAllowed));
    if (ctx.side == Side::Disclosing)
        return unlimitedRetention(ctx, kept);
    if (kept && kept->yes()) {
        // An archival copy, or notes and analyses, may be kept: automatic backups and copies the
        // law requires are still not covered.
        static const QRegularExpression backupOrLaw = re(
            u"\\bback-?\\s?ups?\\b|\\bautomatic\\w*|\\b(?:law|laws|legal(?:ly)? (?:requir|obligat)\\w*|regulat\\w*|statut\\w*|retention polic\\w*|records? retention)\\b"_s);
        if (kept->clause < 0 || backupOrLaw.match(kept->evidence).hasMatch())
            return {};
    }
    // "will not retain any copies", or an erasure duty with no exception: the exception is added
    // after the duty, which stays as written.
    const Fact *returnFact = ctx.facts.find(QString::fromLatin1(FactId::ReturnDestroy));
    const Fact *anchor = kept && kept->clause >= 0 ? kept : returnFact;
    if (!anchor || (anchor == returnFact && !returnFact->yes()))
        return {};
    auto f = addSentenceAfter(ctx, *anchor, ctx.position.language);
    return f ? Findings{ctx.finding(*f)} : Findings{};
}

} // namespace Redliner::Review::Lifecycle
