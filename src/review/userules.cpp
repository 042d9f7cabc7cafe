// SPDX-License-Identifier: GPL-3.0-or-later
#include "factrules.h"

namespace Redliner::Review::FactRules {

using namespace Qt::Literals::StringLiterals;

namespace {

void purpose(FactContext &ctx)
{
    static const Pattern purposeOnly(
        u"\\buse[ds]?\\b[^.;]{0,160}\\b(?:solely|only|exclusively|strictly|purely)\\b[^.;]{0,40}\\b(?:for|in connection with|to|as|in|with)\\b"
        u"|\\b(?:solely|only|exclusively|strictly) (?:\\w+ ){0,3}(?:for|in connection with) (?:the |such |that |a )?(?:\\w+ )?(?:purposes?|permitted|evaluat|project|transaction|business|discussions?|proposed)"
        u"|\\bfor no (?:other )?purpose\\b|\\bno other purpose\\b|\\bfor the sole purpose\\b|\\bsole (?:and exclusive )?purpose of\\b"
        u"|\\b(?:not|never)\\b[^.;]{0,80}\\b(?:use|utili[sz]e|exploit)\\b[^.;]{0,160}\\b(?:for any|other than|except|for (?:its|their|his|her) own|to the detriment|any other|in any way)"
        u"|\\b(?:use|used|using)\\b[^.;]{0,100}\\b(?:limited|restricted) to\\b"
        u"|\\b(?:shall|will|may) (?:only|solely) (?:be )?(?:use|used)\\b|\\bpurposes? only\\b|\\blimited purposes?\\b"
        u"|\\b(?:make|makes|making) (?:no|any) (?:\\w+ ){0,3}use\\b|\\b(?:not|no)\\b[^.;]{0,80}\\buse\\b[^.;]{0,100}\\bbeyond\\b"_s);
    static const Pattern anyPurpose(
        u"\\b(?:may|free to|right to|entitled to) (?:\\w+ ){0,3}use\\b[^.;]{0,80}\\bfor any purpose"_s);
    const auto &ss = ctx.sentences();
    for (int i = 0; i < ss.size(); ++i) {
        const QString &t = ss.at(i).text;
        if (!t.contains(u"use"_s) && !t.contains(u"purpose"_s) && !t.contains(u"utili"_s) && !t.contains(u"exploit"_s))
            continue;
        if (matches(ss.at(i), anyPurpose)) {
            ctx.add(FactId::PurposeOnly, Fact::Polarity::No, i);
            return;
        }
        if (matches(ctx.withLeadIn(i), purposeOnly)) {
            ctx.add(FactId::PurposeOnly, Fact::Polarity::Yes, i);
            return;
        }
    }
}

void copies(FactContext &ctx)
{
    static const Pattern copyWord(
        u"\\b(?:cop(?:y|ies|ied|ying)|reproduc\\w*|duplicat\\w*|photocop\\w*)\\b"_s);
    static const Pattern allowed(
        u"\\b(?:may|can|is permitted to|be permitted to|are permitted to|entitled to|allowed to|right to)\\b(?: \\w+){0,3} (?:(?:make|take|create|prepare) (?:\\w+ ){0,4}(?:cop(?:y|ies)|reproductions?|duplicates?)|cop(?:y|ied)|reproduc\\w*|duplicat\\w*)\\b"
        u"|\\bmay be (?:\\w+,? (?:or |and |and/or )?){0,4}(?:copied|reproduced|duplicated)\\b"
        u"|\\b(?:cop(?:y|ies)|reproductions?)\\b[^.;]{0,60}\\b(?:reasonably )?(?:necessary|required|needed) (?:for|to|in)\\b"
        u"|\\ball (?:such )?(?:cop(?:y|ies)|reproductions?)\\b[^.;]{0,80}\\b(?:shall|must|will) (?:\\w+ ){0,2}(?:bear|contain|include|reproduce|retain|be marked|be labell?ed|carry)"
        u"|\\b(?:cop(?:y|ies)|reproductions?) (?:\\w+ ){0,4}(?:made|permitted|prepared) (?:\\w+ ){0,3}(?:for|in connection with|in accordance|pursuant|under|hereunder|as permitted)"_s);
    // "not copy ... except as strictly necessary for the Purpose": a permission with a limit.
    static const QRegularExpression necessaryException(
        u"^[^.;]{0,160}?\\b(?:except|other than|unless|save|only|solely)\\b(?! as (?:\\w+ )?(?:permitted|provided|set forth|authori[sz]ed|allowed|stated))[^.;]{0,60}\\b(?:necessary|required|needed|reasonably (?:necessary|required)|for the purposes?|in connection with the purpose|to the extent)"_s);
    static const Pattern retaining(u"\\b(?:retain\\w*|kept|keep)\\b"_s);
    static const Pattern returnContext(u"\\b(?:return\\w*|destr\\w*|delet\\w*|eras\\w*)\\b"_s);
    const auto &ss = ctx.sentences();
    int prohibited = -1;
    for (int i = 0; i < ss.size(); ++i) {
        const FoldedText &lead = ctx.withLeadIn(i);
        const QString &text = lead.text;
        const Sentence &own = ss.at(i);
        const qsizetype pos = findIn(lead, copyWord, text.size() - own.text.size());
        if (pos < 0)
            continue;
        // Keeping a copy after the return is retention (return-destroy.retention), not copying.
        const bool keeping = matches(own, retaining) || matches(own, returnContext);
        if (!keeping && matches(lead, allowed)) {
            ctx.add(FactId::CopiesPermitted, Fact::Polarity::Yes, i);
            return;
        }
        if (!isNegated(text, pos) || keeping)
            continue;
        if (necessaryException.match(QStringView(text).sliced(pos)).hasMatch()) {
            ctx.add(FactId::CopiesPermitted, Fact::Polarity::Yes, i);
            return;
        }
        if (prohibited < 0)
            prohibited = i;
    }
    if (prohibited >= 0)
        ctx.add(FactId::CopiesPermitted, Fact::Polarity::No, prohibited);
}

void compelledDisclosure(FactContext &ctx)
{
    static const Pattern compelled(
        u"\\brequired (?:\\w+ ){0,4}by (?:\\w+ ){0,2}(?:law|laws|statute|regulation|rule|court|order|subpoena|legal process|governmental|government|any (?:law|court|governmental|regulatory))"
        u"|\\b(?:court|judicial|governmental|government|administrative|regulatory|legislative) (?:or \\w+ )?(?:order|authority|body|agency|process|request|demand|proceeding)"
        u"|\\bsubpoena\\w*|\\blegal process\\b|\\bcompel+(?:ed|s|led)\\b|\\blegally (?:required|obliged|obligated|bound|compelled)"
        u"|\\bpursuant to (?:a |an |any )?(?:applicable )?(?:law|order|requirement|regulation|subpoena|statute|court)"
        u"|\\border (?:of|by|from) (?:a |any )?(?:court|tribunal|governmental|government)|\\bvalid order\\b|\\brequirement of (?:\\w+ )?law|\\bstock exchange\\b|\\bby operation of law\\b"
        u"|\\b(?:law|regulation|court order)s? requires?\\b|\\brequired to (?:be )?disclosed? (?:\\w+ ){0,6}(?:law|regulation|court|order|authority)"
        u"|\\bfreedom of information\\b|\\bpublic records\\b|\\bjudicial (?:action|proceeding)s?\\b|\\bgovernment(?:al)? regulations?\\b"_s);
    static const Pattern notice(
        u"\\b(?:notice|notif\\w*|inform|informs|informed|informing|advise|alert|protective order|consult)\\b"_s);
    static const Pattern noNotice(
        u"\\bwithout (?:\\w+ )?(?:notice|notif\\w*)|\\bno (?:obligation|requirement|duty) to (?:give )?(?:notice|notify|inform)"_s);
    static const Pattern disclosing(
        u"\\bdisclos\\w*|\\bproduc\\w*|\\breveal\\w*|\\bdivulg\\w*|\\bcommunicat\\w*|\\bconfidential information\\b|\\bevaluation material"_s);
    const auto &ss = ctx.sentences();
    for (int i = 0; i < ss.size(); ++i) {
        if (!matches(ss.at(i), compelled) || !matches(ctx.withLeadIn(i), disclosing))
            continue;
        ctx.add(FactId::CompelledDisclosure, Fact::Polarity::Yes, i);
        // The notice duty usually follows in the same or the next sentences of the paragraph.
        for (int j = i; j < ss.size() && j <= i + 3; ++j) {
            // The same clause, or an item of a list the compelled-disclosure sentence opens.
            const bool listItem = ss.at(j).leadIn >= i;
            if (j > i && ss.at(j).clause != ss.at(i).clause && ss.at(j).paragraph != ss.at(i).paragraph && !listItem)
                break;
            const Sentence &u = ss.at(j);
            if (matches(u, noNotice)) {
                ctx.add(FactId::CompelledNotice, Fact::Polarity::No, j);
                break;
            }
            if (matches(u, notice)) {
                ctx.add(FactId::CompelledNotice, Fact::Polarity::Yes, j);
                break;
            }
        }
        if (ctx.has(FactId::CompelledNotice))
            return;
    }
}

} // namespace

void use(FactContext &ctx)
{
    purpose(ctx);
    copies(ctx);
    compelledDisclosure(ctx);
}

} // namespace Redliner::Review::FactRules
