// SPDX-License-Identifier: GPL-3.0-or-later
#include "factrules.h"

#include "durationparser.h"

namespace Redliner::Review::FactRules {

using namespace Qt::Literals::StringLiterals;

namespace {

// "Nothing in this Agreement shall prevent either party from ...": the clause frees what follows.
const Pattern &nothingPrevents()
{
    static const Pattern re(
        u"\\bnothing\\b[^.;]{0,160}\\b(?:prevent|restrict|preclude|limit|prohibit|impair|bar|restrain)\\w*\\b"
        u"|\\b(?:shall|will) (?:\\w+ ){0,2}be free to\\b|\\bfree to (?:develop|compete|market|pursue|solicit|hire|employ)"_s);
    return re;
}

// The first duration of a restrictive covenant, looked for in its sentence and then in the
// other sentences of the same clause.
QString covenantMonths(const FactContext &ctx, int i)
{
    const auto &ss = ctx.sentences();
    auto monthsIn = [](const QString &text) -> QString {
        for (const Duration &d : findDurations(text)) {
            if (d.perpetual() || d.months() >= 1)
                return d.monthsValue();
        }
        return {};
    };
    QString value = monthsIn(ss.at(i).text);
    for (int j = i - 2; value.isEmpty() && j <= i + 2; ++j) {
        if (j != i && j >= 0 && j < ss.size() && ss.at(j).clause == ss.at(i).clause && ss.at(i).clause >= 0)
            value = monthsIn(ss.at(j).text);
    }
    return value;
}

void nonSolicitation(FactContext &ctx)
{
    static const Pattern solicit(
        u"\\bnon-?solicit\\w*|\\b(?:solicit(?!or)\\w*|hire|hiring|recruit\\w*|entice\\w*|induce\\w*|employ|engage|poach\\w*|offer employment|interfere)\\b"_s);
    static const Pattern people(
        u"\\b(?:employees?|personnel|staff|officers?|directors?|consultants?|contractors?|workers?|individuals?|representatives?|customers?|clients?|suppliers?|members of)\\b"_s);
    static const QRegularExpression soliciting(
        u"\\b(?:solicit(?!or)\\w*|recruit\\w*|entice\\w*|poach\\w*|hire|hiring|induc\\w*|employ)\\b"_s);
    static const QRegularExpression negation(u"\\b(?:not|no|neither|nor)\\b"_s);
    static const Pattern notPeople(u"\\bsolicitation response|\\bsolicit\\w* (?:of )?(?:offers|bids|proposals|prox)"_s);
    const auto &ss = ctx.sentences();
    int freed = -1;
    for (int i = 0; i < ss.size(); ++i) {
        const FoldedText &lead = ctx.withLeadIn(i);
        const QString &text = lead.text;
        const qsizetype pos = findIn(lead, solicit, text.size() - ss.at(i).text.size());
        if (pos < 0 || !matches(lead, people) || matches(lead, notPeople))
            continue;
        // "Non-Solicitation" named in the sentence or the clause heading.
        const bool heading = text.mid(pos, 16).startsWith(u"non"_s) || ss.at(i).heading.contains(u"solicit"_s);
        if (matches(lead, nothingPrevents()) && findIn(lead, nothingPrevents()) < pos) {
            if (freed < 0)
                freed = i;
            continue;
        }
        // Any soliciting verb the negation governs: "shall not employ, seek to employ or solicit".
        bool restricted = heading && matches(text, negation);
        for (auto it = soliciting.globalMatch(text, text.size() - ss.at(i).text.size()); !restricted && it.hasNext();)
            restricted = isNegated(text, it.next().capturedStart());
        if (restricted) {
            ctx.add(FactId::NonSolicit, Fact::Polarity::Yes, i, covenantMonths(ctx, i));
            return;
        }
    }
    if (freed >= 0)
        ctx.add(FactId::NonSolicit, Fact::Polarity::No, freed);
}

void nonCompete(FactContext &ctx)
{
    static const Pattern compete(
        u"\\bnon-?compet\\w*|\\b(?:compete|competes|competing|competitive|in competition)\\b"_s);
    static const Pattern aboutInformation(
        u"\\b(?:use|using|disclos\\w*)\\b[^.;]{0,80}\\b(?:confidential|proprietary) information|\\bconfidential information\\b[^.;]{0,60}\\b(?:use|used|disclos\\w*)"_s);
    const auto &ss = ctx.sentences();
    int freed = -1;
    for (int i = 0; i < ss.size(); ++i) {
        const FoldedText &lead = ctx.withLeadIn(i);
        const QString &text = lead.text;
        const qsizetype pos = findIn(lead, compete, text.size() - ss.at(i).text.size());
        if (pos < 0)
            continue;
        const qsizetype nothing = findIn(lead, nothingPrevents());
        if (nothing >= 0 && nothing < pos) {
            if (freed < 0)
                freed = i;
            continue;
        }
        // "shall not use Confidential Information to compete" restricts use, not competition.
        if (matches(lead, aboutInformation))
            continue;
        const bool named = text.mid(pos, 4) == u"non-"_s || text.mid(pos, 7) == u"noncomp"_s;
        if (named || (isNegated(text, pos) && !text.contains(u"solicit"_s))) {
            ctx.add(FactId::NonCompete, Fact::Polarity::Yes, i, covenantMonths(ctx, i));
            return;
        }
    }
    if (freed >= 0)
        ctx.add(FactId::NonCompete, Fact::Polarity::No, freed);
}

void standstill(FactContext &ctx)
{
    static const Pattern re(
        u"\\bstand-?still\\b|\\b(?:acquire|purchase|buy)\\w*\\b[^.;]{0,80}\\b(?:securities|shares|voting (?:securities|stock|rights)|stock|equity interest)\\b"
        u"|\\btender offer|\\bexchange offer|\\bproxy (?:contest|solicitation)|\\bsolicit\\w*[^.;]{0,30}\\bprox(?:y|ies)"_s);
    const auto &ss = ctx.sentences();
    for (int i = 0; i < ss.size(); ++i) {
        if (matches(ss.at(i), re)) {
            ctx.add(FactId::Standstill, Fact::Polarity::Yes, i, covenantMonths(ctx, i));
            return;
        }
    }
}

void reverseEngineering(FactContext &ctx)
{
    static const Pattern re(
        u"\\breverse[- ]?engineer\\w*|\\bdecompil\\w*|\\bdisassembl\\w*|\\bde-compil\\w*"
        u"|\\b(?:analy[sz]e|determine|ascertain|discover)\\b[^.;]{0,40}\\b(?:composition|structure|chemical|source code|underlying|formula)"
        u"|\\battempt\\w* to (?:derive|duplicate|replicate|recreate|reconstruct)"_s);
    static const QRegularExpression allowed(u"\\b(?:may|is permitted to|be permitted to|entitled to|free to)\\b(?: \\w+){0,3} (?:reverse|decompil|disassembl)"_s);
    const auto &ss = ctx.sentences();
    for (int i = 0; i < ss.size(); ++i) {
        const FoldedText &lead = ctx.withLeadIn(i);
        if (findIn(lead, re, lead.text.size() - ss.at(i).text.size()) < 0)
            continue;
        // Mentions are nearly always prohibitions, often in a "shall not:" list.
        const qsizetype may = findIn(ss.at(i).text, allowed);
        const bool permitted = may >= 0 && !isNegated(ss.at(i).text, may + 4);
        ctx.add(FactId::NoReverseEngineering, permitted ? Fact::Polarity::No : Fact::Polarity::Yes, i);
        return;
    }
}

void publicity(FactContext &ctx)
{
    static const Pattern secrecyOfTalks(
        u"\\b(?:the )?(?:existence|fact|status|substance)\\b(?:,? (?:and|or) (?:the )?(?:nature|terms|contents?|status|substance))?(?: \\w+){0,3} of (?:\\w+ ){0,3}(?:agreement|discussions?|negotiations?|transaction|relationship|talks|evaluation|proposal|dealings|engagement|investigations?|possible|potential|proposed)"
        u"|\\bthe terms (?:and conditions )?of this agreement (?:\\w+ ){0,3}(?:are|is|shall be|will be|be kept|remain) (?:\\w+ )?confidential"
        u"|\\bthat (?:\\w+ ){0,4}(?:discussions|negotiations|investigations|talks|evaluations?)\\b[^.;]{0,40}\\b(?:are|is|have|has|were|may be)\\b[^.;]{0,20}\\b(?:taking|taken|being|place|occurring|ongoing|under way|held|conducted)"
        u"|\\bthat (?:the )?(?:confidential information|information|evaluation material) (?:has|have) been (?:made available|provided|disclosed)"
        u"|\\b(?:public|press|media) (?:announcement|statement|disclosure)s?|\\bannouncements?\\b|\\bpress releases?\\b|\\bpublicity\\b"
        u"|\\bcommunicate with the (?:media|press)|\\bmake (?:\\w+ )?public (?:the fact|that)"_s);
    static const Pattern announcementTopic(
        u"\\b(?:agreement|discussions?|negotiations?|transaction|relationship|purpose|project|dealings|proposal|subject matter|engagement|evaluation|possible|potential|proposed)\\b"_s);
    static const Pattern restricted(
        u"\\bconfidential\\w*|\\bwithout (?:\\w+ ){0,3}(?:consent|approval|permission|authori[sz]ation)|\\bprior (?:\\w+ )?(?:consent|approval)|\\bsecret\\b|\\bin confidence\\b"
        u"|\\b(?:shall|will|may|must|can) not\\b|\\bneither\\b|\\bno (?:party|public)\\b|\\bnor\\b|\\bunless agreed\\b"_s);
    const auto &ss = ctx.sentences();
    for (int i = 0; i < ss.size(); ++i) {
        const FoldedText &lead = ctx.withLeadIn(i);
        const QString &text = lead.text;
        if (!secrecyOfTalks.mayMatch(lead))
            continue;
        const QRegularExpressionMatch m = secrecyOfTalks.re().match(text, text.size() - ss.at(i).text.size());
        if (!m.hasMatch())
            continue;
        const bool announcement = m.captured().contains(u"announce"_s) || m.captured().contains(u"public"_s)
            || m.captured().contains(u"press"_s) || m.captured().contains(u"media"_s);
        if (announcement && !matches(lead, announcementTopic))
            continue;
        if (isNegated(text, m.capturedStart(), true) || matches(lead, restricted)) {
            ctx.add(FactId::Publicity, Fact::Polarity::Yes, i);
            return;
        }
    }
}

void noLicence(FactContext &ctx)
{
    static const Pattern re(
        u"\\bno (?:express or implied |implied or express |implied |express )?(?:rights?|licen[cs]es?|title|interest|ownership)\\b[^.;]{0,100}\\b(?:grant\\w*|confer\\w*|impl\\w*|given|pass\\w*|transfer\\w*|acquir\\w*|creat\\w*|convey\\w*|vest\\w*)"
        u"|\\b(?:nothing|no provision|none of)\\b[^.;]{0,160}\\b(?:grant\\w*|confer\\w*|constru\\w*|deemed|transfer\\w*|convey\\w*|vest\\w*|give|gives|create|implied|interpreted)\\b[^.;]{0,160}\\b(?:licen[cs]e\\w*|rights?|title|interest|ownership)"
        u"|\\b(?:shall|will|does|do|is|are) not\\b[^.;]{0,60}\\b(?:grant\\w*|confer\\w*|transfer\\w*|convey\\w*|vest\\w*|give)\\b[^.;]{0,80}\\b(?:licen[cs]e\\w*|rights?|title|interest|ownership)"
        u"|\\b(?:remain|is|are|shall be|will be|continue to be)\\b[^.;]{0,30}\\b(?:the )?(?:sole |exclusive |sole and exclusive |exclusive and sole )?property of\\b"
        u"|\\b(?:acquires?|obtains?|gains?|receives?|has|have|shall have|will have) no (?:\\w+ ){0,3}(?:rights?|licen[cs]e|title|interest|ownership)"
        u"|\\b(?:retains?|reserves?|shall retain|will retain|remains? the owner)\\b[^.;]{0,40}\\b(?:rights?|ownership|title|intellectual property)"
        u"|\\bno licen[cs]e\\b|\\bnot (?:be )?(?:construed|deemed|interpreted|intended) (?:as|to) (?:\\w+ ){0,2}(?:grant|confer|licen|transfer|create)"
        u"|\\b(?:neither|nor)\\b[^.;]{0,100}\\b(?:grants?|confers?|gives?|creates?)\\b[^.;]{0,60}\\b(?:licen[cs]e|rights?|interest|title)"
        u"|\\b(?:rights?|title|ownership|interest)\\b[^.;]{0,100}\\b(?:shall|will) (?:be and )?(?:remain|vest|rest) (?:\\w+ ){0,2}(?:with|in)\\b"
        u"|\\b(?:has|have|retains?|holds?|owns?) (?:all )?(?:proprietary|ownership|exclusive) rights\\b|\\b(?:is|are|remains?) the (?:sole |exclusive )?(?:owners?|licensees?|property)\\b"_s);
    static const Pattern subject(
        u"\\b(?:confidential|proprietary|information|intellectual property|patents?|copyrights?|trade ?marks?|know-how|data|materials?|inventions?|technology|evaluation material|licen[cs]e\\w*)\\b"_s);
    const auto &ss = ctx.sentences();
    for (int i = 0; i < ss.size(); ++i) {
        if (matches(ss.at(i), re) && matches(ss.at(i), subject)) {
            ctx.add(FactId::NoLicence, Fact::Polarity::Yes, i);
            return;
        }
    }
}

void noWarranty(FactContext &ctx)
{
    static const Pattern re(
        u"\\bas is\\b|\\bno (?:\\w+ ){0,2}(?:representations?|warrant\\w*|guarantee\\w*)|\\bmakes? no\\b|\\bwithout (?:any )?(?:\\w+ )?(?:representation|warrant)"
        u"|\\bdisclaims?\\b|\\b(?:does|do|shall|will) not (?:make|give|provide|assume)\\b[^.;]{0,40}\\b(?:representation|warrant|guarant|responsibility)"
        u"|\\bnot (?:be )?(?:responsible|liable)\\b[^.;]{0,60}\\b(?:accuracy|completeness|errors|omissions)"
        u"|\\b(?:accuracy|completeness)\\b[^.;]{0,60}\\b(?:not|no)\\b[^.;]{0,20}\\b(?:warrant|represent|guarant)"_s);
    const auto &ss = ctx.sentences();
    for (int i = 0; i < ss.size(); ++i) {
        if (matches(ss.at(i), re)) {
            ctx.add(FactId::NoWarranty, Fact::Polarity::Yes, i);
            return;
        }
    }
}

} // namespace

void covenants(FactContext &ctx)
{
    nonSolicitation(ctx);
    nonCompete(ctx);
    standstill(ctx);
    reverseEngineering(ctx);
    publicity(ctx);
    noLicence(ctx);
    noWarranty(ctx);
}

} // namespace Redliner::Review::FactRules
