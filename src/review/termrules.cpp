// SPDX-License-Identifier: GPL-3.0-or-later
#include "factrules.h"

#include "durationparser.h"

#include <algorithm>

namespace Redliner::Review::FactRules {

using namespace Qt::Literals::StringLiterals;

namespace {

// The first duration in `text` from `from` on that is a term, not a notice period or a deadline
// ("upon thirty (30) days' written notice", "within ten days").
const Duration *termDuration(const QList<Duration> &durations, const QString &text, qsizetype from = 0)
{
    static const QRegularExpression deadlineBefore(u"\\b(?:within|upon|on|giving|by giving|with|after|not less than|at least|no later than|not later than|prior)\\s*$"_s);
    static const QRegularExpression noticeAfter(u"^[^.;]{0,20}\\b(?:notice|prior written|written notice|notification)"_s);
    for (const Duration &d : durations) {
        if (d.start < from)
            continue;
        if (!d.perpetual()) {
            const QString before = text.mid(qMax<qsizetype>(0, d.start - 25), qMin<qsizetype>(25, d.start));
            if (deadlineBefore.match(before).hasMatch() || noticeAfter.match(QStringView(text).sliced(d.end)).hasMatch())
                continue;
            if (d.unit == Duration::Unit::Days || d.unit == Duration::Unit::BusinessDays || d.unit == Duration::Unit::Weeks)
                continue;
        }
        return &d;
    }
    return nullptr;
}

void agreementTerm(FactContext &ctx)
{
    static const Pattern agreementRuns(
        u"\\b(?:this|the) (?:agreement|nda|undertaking|deed)\\b[^.;]{0,60}\\b(?:shall|will|is to|does)?\\s?(?:remain|continue|be|stay|last)\\b[^.;]{0,20}\\b(?:in (?:full )?(?:force|effect)|effective|valid|binding)"
        u"|\\b(?:this|the) (?:agreement|nda|undertaking|deed) (?:\\w+ ){0,3}(?:shall|will) (?:automatically )?(?:expire|terminate|continue|remain|last|have a term|run)"
        u"|\\bterm of (?:this|the) (?:agreement|nda)\\b[^.;]{0,30}\\b(?:shall|will|is|be|commences?|continues?|expires?)"
        u"|\\b(?:this|the) (?:agreement|nda) is (?:valid|effective|in force)|\\bduration of (?:this|the) (?:agreement|nda)"_s);
    static const Pattern obligationWords(
        u"\\b(?:obligations?|duty|duties|undertakings?|restrictions?|survive|confidentiality of|non-?solicit|compet\\w*|hold (?:\\w+ )?in confidence)\\b"_s);
    const auto &ss = ctx.sentences();
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        const QString &t = s.text;
        const qsizetype at = findIn(s, agreementRuns);
        if (at < 0 || matches(s, obligationWords))
            continue;
        const QList<Duration> durations = findDurations(t);
        if (const Duration *d = termDuration(durations, t, at)) {
            ctx.add(FactId::AgreementTerm, Fact::Polarity::Yes, i, d->monthsValue());
            return;
        }
    }
}

// Obligations that survive with no period ("shall survive the termination of this Agreement"),
// or last until the information becomes public or stops being a trade secret, are perpetual in
// effect: the term fact says so, on the sentence a lawyer would redline. A trade-secret carve-out
// beside a fixed period ("in the case of trade secrets, until ...") is market, not perpetual.
void openEndedObligations(FactContext &ctx, const Pattern &survival)
{
    static const Pattern aboutConfidentiality(
        u"\\b(?:obligations?|duty|duties|undertak\\w*|restrictions?|confidentiality|nondisclosure|non-disclosure|confidential information|kept confidential|keep (?:\\w+ ){0,3}confidential|protect)\\b"_s);
    static const Pattern untilReleased(
        u"\\b(?:for so long as|for as long as|as long as|until)\\b[^.;]{0,100}\\b(?:no longer|ceases? to|becomes? (?:\\w+ ){0,2}(?:public|available|known)|public domain|publicly known|generally known|trade secrets?|remains? (?:confidential|secret))"
        u"|\\bindefinite(?:ly)?\\b|\\bin perpetuity\\b|\\bperpetual(?:ly)?\\b"_s);
    static const Pattern withoutPeriod(
        u"\\bsurviv(?:e|es)\\b (?:any |the )?(?:termination|expiration|expiry)"
        u"|\\b(?:remain|continue)\\w* (?:in (?:full )?(?:force|effect)|effective|binding|valid) (?:following|after)\\b"
        u"|\\b(?:shall|will|does) not,? (?:however,? )?(?:relieve|affect|release|extinguish|discharge)\\b"
        u"|\\bcontinue to (?:be|the) bound\\b"_s);
    static const Pattern tradeSecretCarveOut(
        u"\\b(?:with respect to|in the case of|as to|for|regarding|concerning|except(?: that| for)?) (?:any |such )?(?:\\w+ )?trade secrets?\\b"_s);
    static const Pattern listedSections(u"\\b(?:sections?|clauses?|paragraphs?|articles?) \\(?\\d"_s);
    const auto &ss = ctx.sentences();
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        if (!matches(s, survival) || !matches(s, aboutConfidentiality) || matches(s, tradeSecretCarveOut))
            continue;
        const QList<Duration> durations = findDurations(s.text);
        const bool fixed = std::any_of(durations.cbegin(), durations.cend(), [](const Duration &d) {
            return !d.perpetual() && d.unit != Duration::Unit::Days && d.unit != Duration::Unit::BusinessDays;
        });
        if (fixed)
            continue;
        if (matches(s, untilReleased) || (matches(s, withoutPeriod) && !matches(s, listedSections))) {
            ctx.add(FactId::ObligationTerm, Fact::Polarity::Yes, i, u"perpetual"_s);
            return;
        }
    }
}

// "The obligations survive two years. After that, the Recipient is to continue to protect the
// information indefinitely": an express perpetual duty after a fixed period overrides it.
void overriddenByPerpetual(FactContext &ctx)
{
    const Fact *fixed = ctx.fact(FactId::ObligationTerm);
    if (!fixed || fixed->value == u"perpetual")
        return;
    static const Pattern perpetual(
        u"\\b(?:continu\\w*|remain\\w*|protect\\w*|surviv\\w*|keep|kept|hold|held|bound)\\b[^.;]{0,160}\\b(?:indefinitely|in perpetuity|perpetually|forever|without limit(?:ation)? (?:of|in) time)\\b"_s);
    static const Pattern excepted(u"\\btrade secrets?\\b|\\bpersonal (?:data|information)\\b|\\bnot\\b"_s);
    const auto &ss = ctx.sentences();
    for (int i = 0; i < ss.size(); ++i) {
        if (matches(ss.at(i), perpetual) && !matches(ss.at(i), excepted)) {
            ctx.replace(FactId::ObligationTerm, Fact::Polarity::Yes, i, u"perpetual"_s);
            return;
        }
    }
}

void obligationTermAndSurvival(FactContext &ctx)
{
    static const Pattern obligations(
        u"\\b(?:obligations?|duty|duties|undertakings?|restrictions?|confidentiality|non-?disclosure|nondisclosure|provisions?|covenants?|agreement|nda|terms|protections?)\\b"
        u"|\\b(?:held|kept|maintained|treated|hold|keep|maintain|treat|protect\\w*) (?:\\w+ ){0,3}(?:in (?:strict )?confidence|confidential|secret)"
        u"|\\b(?:confidential information|evaluation material|trade secrets?)\\b"_s);
    // Obligations that outlive the agreement (or the return of the information).
    static const Pattern survival(
        u"\\bsurviv\\w*(?! (?:corporation|entity|company|party|parties))"
        u"|\\bremain\\w* subject to (?:the |all )?(?:terms|obligations|confidentiality|provisions|restrictions|this|its)"
        u"|\\bnotwithstanding (?:the |any )?(?:earlier |prior )?(?:expir\\w*|termination|completion|return|destruction|delivery|erasure|cancellation|end|decision|conclusion)"
        u"|\\b(?:termination|expiration|expiry|cancellation|completion)\\b[^.;]{0,80}\\b(?:shall|will|does) not,? (?:[\\w,]+ ){0,3}(?:relieve|affect|release|terminate|extinguish|discharge|end|impair|prejudice)"
        u"|\\bcontinue (?:in (?:full )?(?:force|effect)|to (?:apply|be bound|be in|remain|govern|treat|protect|hold|keep|be subject)|to be binding)"
        u"|\\bremain (?:subject to|in (?:full )?(?:force|effect)|effective|valid|bound|binding|confidential)\\b[^.;]{0,60}\\b(?:after|following|beyond|notwithstanding|indefinitely|for so long)\\b"
        u"|\\b(?:continu|remain|extend|last|apply|in effect|in force|binding)\\w*\\b[^.;]{0,80}\\b(?:after|following|from|beyond|subsequent to) (?:the )?(?:date of )?(?:any |such |its )?(?:termination|expiration|expiry|completion|conclusion)"
        u"|\\bwithout limit(?:ation)? (?:of|in) time\\b|\\bshall not terminate\\b|\\bin perpetuity\\b|\\bindefinite(?:ly)?\\b|\\bperpetual(?:ly)?\\b"
        u"|\\b(?:for so long as|as long as|until)\\b[^.;]{0,100}\\b(?:no longer|ceases? to|becomes? (?:\\w+ ){0,2}(?:public|available)|public domain|(?:publicly|generally) known|trade secrets?|remains? confidential)"
        u"|\\b(?:years?|months?)\\)? (?:after|following|from|beyond) (?:the )?(?:date of )?(?:any |such |its |the )?(?:termination|expiration|expiry)"
        u"|\\b(?:after|following|beyond|subsequent to) (?:the )?(?:any |such )?(?:termination|expiration|expiry)\\b[^.;]{0,60}\\b(?:continu|remain|apply|bound|binding|in effect|in force)"_s);

    const auto &ss = ctx.sentences();
    // Once both facts are known the rest of the document cannot change them.
    for (int i = 0; i < ss.size() && !(ctx.has(FactId::Survival) && ctx.has(FactId::ObligationTerm)); ++i) {
        const Sentence &s = ss.at(i);
        const QString &t = s.text;
        if (!matches(s, obligations))
            continue;
        if (!ctx.has(FactId::Survival) && matches(s, survival))
            ctx.add(FactId::Survival, Fact::Polarity::Yes, i);
        if (!ctx.has(FactId::ObligationTerm)) {
            const QList<Duration> durations = findDurations(t);
            if (const Duration *d = termDuration(durations, t)) {
                // "This Agreement shall remain in effect for five years" alone is the agreement's
                // term; a sentence about obligations or their survival gives theirs.
                static const Pattern aboutObligations(
                    u"\\b(?:obligations?|duty|duties|undertak\\w*|restrictions?|confidentiality|surviv\\w*|confidential information|evaluation material)\\b"_s);
                static const Pattern lasting(
                    u"\\b(?:surviv\\w*|continu\\w*|remain\\w*|last\\w*|extend\\w*|expir\\w*|period|terminat\\w*|in effect|in force|apply|bound|binding|in perpetuity|perpetual\\w*|indefinite\\w*|for)\\b"_s);
                if (matches(s, aboutObligations) && matches(s, lasting))
                    ctx.add(FactId::ObligationTerm, Fact::Polarity::Yes, i, d->monthsValue());
            }
        }
    }
    if (!ctx.has(FactId::ObligationTerm))
        openEndedObligations(ctx, survival);
    else
        overriddenByPerpetual(ctx);
}

// Records the days allowed for returning the information when `text` (sentence `i`) sets a
// deadline ("within ten (10) days"); a notice period or a long period is not one.
bool addReturnDays(FactContext &ctx, int i, const QString &text)
{
    static const QRegularExpression withinDays(u"\\b(?:within|no later than|not later than|in|after)\\s*$"_s);
    for (const Duration &d : findDurations(text)) {
        if (d.perpetual())
            continue;
        const QString before = text.mid(qMax<qsizetype>(0, d.start - 20), qMin<qsizetype>(20, d.start));
        if (withinDays.match(before).hasMatch() && d.days() <= 90)
            return ctx.add(FactId::ReturnDays, Fact::Polarity::Yes, i, QString::number(d.days()));
    }
    return false;
}

void returnOrDestroy(FactContext &ctx)
{
    static const Pattern action(
        u"\\b(?:return\\w*|destroy\\w*|destruction|delete\\w*|deletion|eras(?:e|ed|ure|ing)|dispos(?:e|ed|al)|expunge\\w*|purge\\w*|deliver (?:up|back)|surrender\\w*|shred\\w*)\\b"_s);
    static const Pattern object(
        u"\\b(?:information|materials?|documents?|cop(?:y|ies)|data|records?|notes|media|evaluation material|writings|tangible|documentation|property|papers)\\b"_s);
    static const Pattern falseReturn(
        u"\\bin return\\b|\\btax returns?\\b|\\breturn on\\b|\\breturn receipt\\b|\\bthe return of (?:the )?(?:consideration|fees)"
        u"|\\b(?:notwithstanding|following|after|subsequent to|despite)\\b[^.;]{0,120}\\b(?:the|any|such|a) (?:return|destruction|delivery)\\b"
        u"|\\brequest(?:s|ed)? for (?:the )?(?:return|destruction)\\b"_s);
    // A duty, not a heading ("6. Return of Materials") or a mention.
    static const Pattern duty(
        u"\\b(?:shall|will|must|agrees?|undertakes?|is to|are to|obliged|obligated|bound|required|promptly|immediately|request\\w*|demand)\\b"_s);
    static const Pattern refused(
        u"\\b(?:shall|will|need|is|are) not (?:be )?(?:required |obliged |obligated )?(?:to )?(?:return|destroy|delete|erase)|\\bno (?:obligation|requirement|duty) to (?:return|destroy)"_s);
    static const Pattern onTermination(
        u"\\b(?:termination|terminat\\w*|expir\\w*|conclusion|completion|end of|cessation|no longer (?:needed|required|necessary)|decides? not to|elects? not to|not to (?:proceed|pursue|enter)|abandon\\w*|(?:purpose|project|evaluation|transaction|discussions?) (?:has|have|is|are) (?:been )?(?:achieved|completed|fulfilled|concluded|terminated|ended)|once the purpose|at the end|upon completion|complete[sd]?|conclude[sd]?|ends|not (?:\\w+ ){0,2}(?:entered into|consummated|proceed|pursue))\\b"_s);
    const auto &ss = ctx.sentences();
    int first = -1;
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        const QString &t = s.text;
        const qsizetype pos = findIn(s, action);
        if (pos < 0 || !matches(s, object) || matches(s, falseReturn))
            continue;
        if (!matches(ctx.withLeadIn(i), duty) || matches(s, refused))
            continue;
        const bool termination = matches(ctx.withLeadIn(i), onTermination);
        if (first < 0 || termination) {
            const QString value = termination ? u"on-termination"_s : u"on-request"_s;
            if (first < 0)
                ctx.add(FactId::ReturnDestroy, Fact::Polarity::Yes, i, value);
            else
                ctx.replace(FactId::ReturnDestroy, Fact::Polarity::Yes, i, value);
        }
        if (first < 0)
            first = i;
        // A list item's deadline is often in its lead-in ("undertakes within three business days
        // ...: (a) to return"): the fact then sits on the lead-in, where the period is written.
        if (!ctx.has(FactId::ReturnDays) && !addReturnDays(ctx, i, t) && s.leadIn >= 0)
            addReturnDays(ctx, s.leadIn, ss.at(s.leadIn).text);
        if (termination)
            break;
    }
    // "The Receiving Party shall comply with any request under this clause within 7 (seven)
    // business days": the deadline of the return duty, stated in a sentence of its own.
    // A certificate due "within ten (10) days after the request" sets the same deadline.
    static const Pattern complyWithin(u"\\b(?:comply|warrant|certify|confirm)\\b[^.;]{0,80}\\bwithin\\b"_s);
    if (first < 0 || ctx.has(FactId::ReturnDays))
        return;
    // The same clause, or a sibling under the same heading ("10. Return of Material": 10.1, 10.3).
    const Sentence &returnSentence = ss.at(first);
    for (int i = first + 1; i < ss.size() && i <= first + 6; ++i) {
        const bool sameClause = ss.at(i).clause == returnSentence.clause
            || (!returnSentence.heading.isEmpty() && ss.at(i).heading == returnSentence.heading);
        if (sameClause && matches(ss.at(i), complyWithin) && addReturnDays(ctx, i, ss.at(i).text))
            return;
    }
}

void retention(FactContext &ctx)
{
    // "keep ... confidential" is secrecy, not retention.
    static const Pattern keep(
        u"\\b(?:retain\\w*|retention|archiv\\w*)\\b|\\b(?:keep|kept|maintain\\w*|hold)\\b(?!(?: [\\w,']+){0,6} (?:confidential|in (?:strict |the strictest )?confidence|secret|harmless))"_s);
    static const Pattern mayKeep(
        u"\\b(?:may|can|shall be entitled to|is entitled to|be entitled to|are entitled to|is permitted to|are permitted to|shall be permitted to|be permitted to|be allowed to|right to|is allowed to|not (?:be )?(?:required|obliged|obligated) to (?:\\w+ ){0,3}(?:return|destroy|delete|erase|purge))\\b(?: \\w+){0,5} (?:retain|keep|maintain|hold|archive|store)"
        u"|\\bretain\\w*\\b[^.;]{0,80}\\b(?:one|a single|an?) (?:\\(1\\) )?(?:\\w+ )?(?:archival |archive |record |file |legal |secure )?cop(?:y|ies)"
        u"|\\b(?:retain\\w*|kept|keep)\\b[^.;]{0,80}\\b(?:archival|archive|back-?up|legal|record[- ]keeping|compliance|regulatory|evidentiary|audit) (?:\\w+ )?(?:purposes?|cop(?:y|ies)|files?|records?|systems?|tapes?|media)\\b"
        u"|\\b(?:archival|archive|back-?up|legal|record[- ]keeping|compliance|regulatory|evidentiary|audit) (?:\\w+ )?(?:purposes?|cop(?:y|ies)|files?|records?|systems?|tapes?|media)\\b[^.;]{0,60}\\b(?:retain\\w*|kept|keep|maintain\\w*)\\b"
        u"|\\bnot (?:be )?(?:required|obliged|obligated) to (?:\\w+ ){0,3}(?:return|destroy|delete|erase|purge)"
        u"|\\bexcept\\b[^.;]{0,100}\\b(?:retain\\w*|kept|archiv\\w*|back-?up|required by (?:law|applicable)|legal(?:ly)? (?:requirement|obligation|hold)|automatic)"
        u"|\\b(?:retain\\w*|retention|kept)\\b[^.;]{0,100}\\b(?:required|permitted|necessary) (?:by|under|to comply)|\\bto the extent (?:required|necessary) (?:by|to comply|under)"
        u"|\\b(?:required|obliged|obligated|necessary|entitled) (?:\\w+ ){0,2}to (?:retain|keep)\\b"_s);
    static const Pattern noKeep(
        u"\\b(?:shall|will|must|may) not (?:\\w+ ){0,2}(?:retain|keep|hold)|\\bnot (?:to )?retain\\b|\\bwithout (?:retaining|keeping)\\b"
        u"|\\b(?:(?:shall|will|must|may) not|neither\\b[^.;]{0,60}\\b(?:shall|will|may))\\b[^.;]{0,120}(?:,|\\bor) retain\\b"
        u"|\\bno (?:\\w+ ){0,4}(?:shall|will|may) be (?:retained|kept)|\\bno (?:confidential )?(?:information|cop(?:y|ies)) (?:\\w+ ){0,3}(?:is|are|has been|have been) (?:retained|kept)"_s);
    static const Pattern ownership(u"\\bretains? (?:all |any )?(?:right|title|ownership|interest|property)|\\bresiduals?\\b|\\bmemor(?:y|ies)\\b"_s);
    static const Pattern retainedObject(
        u"\\b(?:cop(?:y|ies)|information|materials?|documents?|notes|records?|data|analyses|it|them|such|summaries|extracts|files)\\b"_s);

    static const Pattern action(
        u"\\b(?:return\\w*|destroy\\w*|destruction|delete\\w*|eras(?:e|ed|ure|ing)|expunge\\w*|purge\\w*)\\b"_s);

    const auto &ss = ctx.sentences();
    int refusal = -1;
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        const QString &t = s.text;
        // Exceptions to the return duty ("except as required by law") sit in its own sentence.
        const bool keeping = matches(s, keep);
        if ((!keeping && !matches(s, action)) || matches(s, ownership) || !matches(s, retainedObject))
            continue;
        if (refusal < 0 && keeping && matches(s, noKeep))
            refusal = i;
        static const QRegularExpression negationWord(u"\\b(?:not|no)\\b"_s);
        const qsizetype may = findIn(s, mayKeep);
        if (may >= 0 && !matches(t.mid(qMax<qsizetype>(0, may - 30), qMin<qsizetype>(30, may)), negationWord)) {
            ctx.add(FactId::RetentionAllowed, Fact::Polarity::Yes, i);
            return;
        }
    }
    if (refusal >= 0) {
        ctx.add(FactId::RetentionAllowed, Fact::Polarity::No, refusal);
        return;
    }
    // Returning or destroying every copy, or erasing the information, with no exception leaves
    // nothing to keep.
    static const Pattern everyCopy(
        u"\\b(?:all|any|each|every)\\b[^.;]{0,60}\\b(?:cop(?:y|ies)|reproductions?|duplicates?|extracts?|summaries)\\b|\\b(?:originals?|cop(?:y|ies)),? (?:and |or )?(?:\\w+ ){0,3}(?:reproductions?|summaries|extracts?|cop(?:y|ies))\\b"
        u"|\\b(?:erase|delete|expunge|purge)\\w*\\b[^.;]{0,60}\\b(?:all|any)\\b"_s);
    if (!ctx.has(FactId::ReturnDestroy))
        return;
    for (int i = 0; i < ss.size(); ++i) {
        if (matches(ctx.withLeadIn(i), action) && matches(ss.at(i), everyCopy)) {
            ctx.add(FactId::RetentionAllowed, Fact::Polarity::No, i);
            return;
        }
    }
}

void residuals(FactContext &ctx)
{
    static const Pattern residual(u"\\bresiduals?\\b|\\bunaided memor\\w*|\\bretained in (?:the )?(?:unaided )?memor\\w*|\\bmental impressions\\b"_s);
    const auto &ss = ctx.sentences();
    for (int i = 0; i < ss.size(); ++i) {
        const qsizetype pos = findIn(ss.at(i), residual);
        if (pos >= 0) {
            ctx.add(FactId::Residuals, isNegated(ss.at(i).text, pos) ? Fact::Polarity::No : Fact::Polarity::Yes, i);
            return;
        }
    }
}

} // namespace

void term(FactContext &ctx)
{
    agreementTerm(ctx);
    obligationTermAndSurvival(ctx);
    returnOrDestroy(ctx);
    retention(ctx);
    residuals(ctx);
}

} // namespace Redliner::Review::FactRules
