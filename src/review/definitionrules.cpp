// SPDX-License-Identifier: GPL-3.0-or-later
#include "factrules.h"

namespace Redliner::Review::FactRules {

using namespace Qt::Literals::StringLiterals;

namespace {

// A sentence that says what the protected information is: "Confidential Information means ...",
// "... (collectively, the "Information")", or an item of a list such a sentence introduces.
bool definesInformation(const Sentence &s)
{
    static const Pattern defines(
        u"\\b(?:confidential|proprietary|secret|protected) ?(?:information|materials?|data)\\b[\"']?:?\\)?,?\\s*(?:\\([^)]{0,80}\\)\\s*)?(?:as used (?:herein|in this agreement),?\\s*)?(?:(?:shall|will|may|also|does|not|is|are|would|further) ){0,3}(?:be )?(?:mean|means|include|includes|including|refer|refers|deemed|defined|comprise|comprises|consist|consists|cover|covers|encompass\\w*|that (?:is|are) being disclosed)\\b"
        u"|\\b(?:collectively|hereinafter|together|the|as)\\b[^.;]{0,40}[\"'](?:confidential information|proprietary information|information|evaluation material|confidential material)[\"']"
        u"|\\b(?:this|such|the|all|any) (?:\\w+ )?information (?:may |shall |will |would )?(?:also )?(?:include|includes|including|consist|consists|comprise|comprises)\\b"
        u"|\\bevaluation materials?[\"']?\\)?,?\\s*(?:shall )?(?:means?|includes?)\\b|\\bterm [\"']?(?:confidential |proprietary )?information[\"']? (?:shall |will )?(?:mean|means|include|includes|refers?|does not include)\\b"
        u"|\\bwhereas\\b[^.;]{0,200}\\b(?:disclos\\w*|exchang\\w*|furnish\\w*|provid\\w*|shar\\w*)\\b[^.;]{0,100}\\binformation\\b"
        u"|\\b(?:treat|hold|keep)\\b[^.;]{0,30}\\bconfidential\\w*\\b[^.;]{0,20}\\b(?:any|all) information\\b"_s);
    return matches(s, defines);
}

// Which sentences define (or are items of a list that defines) the information. Every rule of
// the definition asks about most sentences, so each is read once.
QList<bool> definitions(const FactContext &ctx)
{
    const auto &ss = ctx.sentences();
    QList<bool> defines(ss.size());
    for (int i = 0; i < ss.size(); ++i)
        defines[i] = definesInformation(ss.at(i));
    QList<bool> out(ss.size());
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        out[i] = defines.at(i) || (s.leadIn >= 0 && defines.at(s.leadIn))
            || (s.heading.contains(u"definition"_s) && s.text.contains(u"information"_s));
    }
    return out;
}

} // namespace

void definition(FactContext &ctx)
{
    const auto &ss = ctx.sentences();
    const QList<bool> isDefinition = definitions(ctx);

    // Oral, verbal or visual information is covered.
    static const Pattern strongOral(u"\\b(?:oral(?:ly)?|verbal(?:ly)?|spoken|visual(?:ly)?)\\b"_s);
    static const QRegularExpression oralExcluded(
        u"\\b(?:oral|verbal|spoken|visual)\\w*[^.;]{0,80}\\b(?:shall|will|does|do|is|are) not (?:be )?(?:constitute|considered|deemed|treated|included|include|confidential|subject|covered|protected)"
        u"|\\b(?:does|shall|will) not (?:include|cover|extend to|apply to)[^.;]{0,60}\\b(?:oral|verbal|spoken)"_s);
    static const QRegularExpression informationWord(u"\\b(?:information|disclos\\w*|communicat\\w*|conveyed|furnished|provided)\\b"_s);
    // Boilerplate that mentions oral statements without saying anything about the information.
    static const QRegularExpression oralBoilerplate(
        u"\\bsupersed\\w*|\\bentire (?:agreement|understanding)|\\bamend\\w*|\\bmodif\\w*|\\bwaive\\w*"
        u"|\\b(?:written or oral|oral or written|prior written or oral) (?:consent|approval|ascent|assent|agreement|notice|authori[sz]ation|permission)"_s);
    // A definition that covers information in any form covers what is said, too.
    static const Pattern anyForm(
        u"\\bregardless of (?:the )?(?:way|form|manner|medium|means)|\\bhowever (?:recorded|disclosed|communicated|conveyed|transmitted|provided|stored|expressed)"
        u"|\\b(?:tangible|written) or intangible\\b|\\bin any (?:other )?(?:form|manner|medium|format)\\b|\\bwhatever (?:form|medium|format)|\\bin whatever (?:form|manner)"_s);
    int anyFormAt = -1;
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        const QString &t = s.text;
        const qsizetype pos = findIn(s, strongOral);
        if (pos < 0) {
            if (anyFormAt < 0 && matches(s, anyForm) && isDefinition.at(i))
                anyFormAt = i;
            continue;
        }
        if (matches(t, oralBoilerplate))
            continue;
        if (matches(t, oralExcluded)) {
            ctx.add(FactId::OralIncluded, Fact::Polarity::No, i);
            break;
        }
        if (!matches(t, informationWord) || isNegated(t, pos))
            continue;
        ctx.add(FactId::OralIncluded, Fact::Polarity::Yes, i);
        break;
    }
    if (anyFormAt >= 0)
        ctx.add(FactId::OralIncluded, Fact::Polarity::Yes, anyFormAt);

    // Technical only, or business information too. Any definition naming business information
    // makes the definition broad; only technical subject matter, nowhere business, makes it
    // technical only. A catch-all ("any information") alone answers neither.
    static const Pattern business(
        u"\\b(?:business|financial|finances|commercial|marketing|markets?|customers?|clients?|suppliers?|vendors|pricing|prices?|sales|personnel|employees|strateg\\w*|plans|forecasts?|budgets?|costs?|investors?|operations|affairs|accounts|contracts?|legal|proposals?|negotiations|organi[sz]ational|administrative|economic|personal|personally|membership|whether or not technical|non-technical)\\b"_s);
    static const Pattern technical(
        u"\\b(?:technical|technology|technologies|know-how|specifications?|software|source code|designs?|drawings?|inventions?|formula[es]?|processes|prototypes?|engineering|scientific|research|algorithms?|schematics?|circuitry|semiconductors?|devices?|data)\\b"_s);
    int technicalAt = -1;
    for (int i = 0; i < ss.size(); ++i) {
        if (!isDefinition.at(i))
            continue;
        const Sentence &s = ss.at(i);
        if (matches(s, business)) {
            ctx.add(FactId::TechnicalOnly, Fact::Polarity::No, i);
            break;
        }
        if (technicalAt < 0 && matches(s, technical))
            technicalAt = i;
    }
    if (technicalAt >= 0)
        ctx.add(FactId::TechnicalOnly, Fact::Polarity::Yes, technicalAt);
    // No definition: information described with several kinds of business information is broad.
    static const Pattern businessKinds(
        u"\\b(?:financial|marketing|customers?|clients?|pricing|prices|business plans?|personnel|commercial|sales|strategies|strategic|payroll|human resources|suppliers)\\b"_s);
    for (int i = 0; i < ss.size() && !ctx.has(FactId::TechnicalOnly); ++i) {
        const Sentence &s = ss.at(i);
        const QString &t = s.text;
        if (!t.contains(u"information"_s) || !businessKinds.mayMatch(s))
            continue;
        int kinds = 0;
        for (auto it = businessKinds.re().globalMatch(t); it.hasNext(); it.next())
            ++kinds;
        if (kinds >= 2)
            ctx.add(FactId::TechnicalOnly, Fact::Polarity::No, i);
    }

    // Marking. Not required when information is covered "whether or not marked", or when it is
    // enough that a reasonable person would understand it to be confidential.
    static const Pattern notMarked(
        u"\\bwhether or not (?:\\w+ ){0,4}(?:marked|designated|identified|label+ed|stamped|indicated|expressly|specifically|formally|so marked|in writing)"
        u"|\\b(?:regardless|irrespective) of whether[^.;]{0,60}\\b(?:marked|designated|identified|label+ed|stamped|indicated)"
        u"|\\b(?:need|needs) not (?:be )?(?:\\w+ )?(?:marked|designated|identified|label+ed)"
        u"|\\bwith or without (?:a |any )?(?:marking|legend|designation)|\\bmarked or unmarked\\b|\\bnot (?:so )?(?:marked|designated|identified) (?:as confidential )?but\\b"_s);
    // "... or that would reasonably be understood to be confidential": the test replaces marking.
    static const Pattern reasonablyConfidential(
        u"\\b(?:would|should|ought|could|might) (?:\\w+ ){0,3}(?:understood|considered|regarded|known|deemed|expected|recogni[sz]ed|believed|treated|concluded|assumed|know|understand|realize|recogni[sz]e)\\b[^.;]{0,50}\\b(?:confidential|proprietary|secret)"
        u"|\\breasonabl[ey] (?:\\w+ ){0,3}(?:understood|considered|regarded|expected|deemed|known|believed|appear|apparent|construed|recogni[sz]ed|assume|conclude)\\b[^.;]{0,50}\\b(?:confidential|proprietary|secret)"
        u"|\\breasonable (?:business )?person\\b[^.;]{0,80}\\b(?:confidential|proprietary|secret)"
        u"|\\b(?:confidential|proprietary)\\b[^.;]{0,40}\\bby (?:its|their) (?:very )?nature\\b|\\bby (?:its|their) (?:very )?nature\\b[^.;]{0,60}\\b(?:confidential|proprietary)"
        u"|\\bcircumstances (?:surrounding|of) (?:the |its |such )?disclosure|\\bobvious from (?:its|the|their) (?:content|context|nature)|\\bshall be assumed to be (?:of a )?(?:confidential|proprietary)"_s);
    static const Pattern required(
        u"\\b(?:marked|designated|identified(?! to\\b)|label+ed|stamped|indicated|denominated|declared|legended|notified|specified|summari[sz]ed)\\b[^.;]{0,50}\\b(?:confidential|proprietary|secret|restricted)"
        u"|\\b(?:marked|identified|label+ed|stamped|designated)\\b(?: [\\w,/-]+){0,10} (?:legend|notice|stamp|indication)"
        u"|\\b(?:confidential|proprietary|restrictive) (?:legend|marking|notice|stamp)"
        u"|\\b(?:confirmed|reduced|summari[sz]ed) (?:\\w+ ){0,3}(?:in writing|to writing|in a written)"_s);
    static const QRegularExpression markingAction(
        u"\\b(?:remove|alter|obscure|deface|reproduce)\\w*\\b|\\b(?:cop(?:y|ies)|reproductions?)\\b[^.;]{0,60}\\b(?:bear|contain|include|retain|marked|reproduce)"_s);
    int requiredSentence = -1;
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        const QString &t = s.text;
        const bool definitionSentence = isDefinition.at(i);
        if (matches(s, notMarked) || matches(s, reasonablyConfidential)) {
            ctx.add(FactId::MarkingRequired, Fact::Polarity::No, i);
            break;
        }
        const qsizetype pos = findIn(s, required);
        if (requiredSentence < 0 && pos >= 0 && !isNegated(t, pos) && !matches(t, markingAction)
            && (definitionSentence || t.contains(u"information"_s)))
            requiredSentence = i;
    }
    if (requiredSentence >= 0)
        ctx.add(FactId::MarkingRequired, Fact::Polarity::Yes, requiredSentence);
}

void exclusions(FactContext &ctx)
{
    static const Pattern publicInfo(
        u"\\bpublic domain\\b|\\bpublicly (?:available|known|disclosed|accessible|released)|\\bgenerally (?:available|known|accessible)"
        u"|\\b(?:available|known|accessible) to (?:the )?(?:general )?public\\b"
        u"|\\b(?:is|was|are|were|becomes?|became|has become|have become|being|been) (?:part of the |a part of the )?public\\b"
        u"|\\bpublic knowledge\\b|\\bin the public\\b|\\b(?:known|available) publicly\\b"_s);
    static const Pattern knownInfo(
        u"\\b(?:already|previously|lawfully|rightfully|legitimately|properly|rightly) (?:\\w+ ){0,2}(?:known|in (?:its|the|their) possession|possessed|had|(?:developed or )?acquired)"
        u"|\\bknown (?:to|by) (?:the )?(?:receiving party|recipient|it|them|[a-z]+)\\b[^.;]{0,60}\\b(?:prior|before|at the time)"
        u"|\\bin (?:the |its |their )?(?:[\\w'\\x{2019}]+ ){0,3}possession\\b[^.;]{0,80}\\b(?:prior to|before|at the time)"
        u"|\\b(?:prior|before) (?:to )?(?:its |the |such )?(?:receipt|disclosure)\\b[^.;]{0,40}\\b(?:known|possess)"
        u"|\\b(?:had been|was|were|has been) (?:received|obtained|acquired)\\b[^.;]{0,80}\\b(?:at or )?(?:prior to|before) (?:the )?(?:time of )?(?:its )?(?:disclosure|receipt)"
        u"|\\b(?:was|were) known\\b|\\bprior knowledge\\b|\\balready (?:has|had|have|possessed|in)\\b"
        u"|\\bpossession of (?:the )?(?:receiving party|recipient)[^.;]{0,60}(?:prior|before)"_s);
    static const Pattern thirdParty(
        u"\\b(?:from|by|through|via) (?:a |an |any |such |another |some |the )?(?:unaffiliated |independent |other )?(?:third[- ]+part|third person|source other than|other sources?|another source|independent source|person other than|party other than|others\\b|(?:a )?(?:person|party|entity) (?:who|which|that) (?:is|was) not)"
        u"|\\b(?:third[- ]+part(?:y|ies)|another source|other source)\\b[^.;]{0,40}\\b(?:without|not under|no) (?:\\w+ ){0,3}(?:restriction|obligation|duty|breach|confidential)"
        u"|\\bon a non-?confidential basis\\b"_s);
    static const Pattern independent(
        u"\\bindependently\\b(?! (?:known|from|verif\\w*|audit\\w*|assess\\w*|evaluat\\w*|review\\w*))|\\bindependent(?:ly)? (?:develop|creat|conceiv|deriv|generat|arriv|discover|acquir)"
        u"|\\bdevelop\\w* (?:\\w+ ){0,5}independent(?:ly)? (?:of|from)\\b"
        u"|\\bdevelop\\w*[^.;]{0,80}\\bwithout (?:the )?(?:use|reference|benefit|access|reliance|aid|recourse|utili[sz])"
        u"|\\bindependent development\\b|\\bdevelop\\w*\\b[^.;]{0,80}\\b(?:had no|have had no|has had no|did not have|with no|without) access\\b"_s);
    static const Pattern nothingPrevents(
        u"\\bnothing\\b[^.;]{0,160}\\b(?:prevent|restrict|preclude|limit|prohibit|impair|bar)\\w*\\b[^.;]{0,160}\\b(?:develop\\w*|acquir\\w*|creat\\w*)"_s);

    static const Pattern exclusionContext(
        u"\\b(?:not|no|except\\w*|exclud\\w*|exclusions?|exempt\\w*|free to disclose|permitting its disclosure|lawfully|rightfully|legitimately|properly|rightly|without (?:any )?(?:restriction|breach|obligation|duty|violation)|free (?:of|from)|non-?confidential|unless|other than|nothing|neither|nor)\\b"_s);
    const auto &ss = ctx.sentences();
    auto allFound = [&ctx] {
        return ctx.has(FactId::ExclusionPublic) && ctx.has(FactId::ExclusionKnown) && ctx.has(FactId::ExclusionThirdParty)
            && ctx.has(FactId::ExclusionIndependent);
    };
    for (int i = 0; i < ss.size() && !allFound(); ++i) {
        const Sentence &t = ss.at(i);
        if (!ctx.has(FactId::ExclusionPublic) && matches(t, publicInfo))
            ctx.add(FactId::ExclusionPublic, Fact::Polarity::Yes, i);
        if (!ctx.has(FactId::ExclusionKnown) && matches(t, knownInfo))
            ctx.add(FactId::ExclusionKnown, Fact::Polarity::Yes, i);
        // No negation test: exclusions sit under "shall not apply to information that ...". But
        // "Confidential Information includes information received from third parties" is the
        // opposite of an exclusion, so the sentence (or its lead-in) must exclude or qualify.
        if (!ctx.has(FactId::ExclusionThirdParty) && matches(t, thirdParty) && matches(ctx.withLeadIn(i), exclusionContext))
            ctx.add(FactId::ExclusionThirdParty, Fact::Polarity::Yes, i);
        if (!ctx.has(FactId::ExclusionIndependent) && (matches(t, independent) || matches(t, nothingPrevents)))
            ctx.add(FactId::ExclusionIndependent, Fact::Polarity::Yes, i);
    }
}

} // namespace Redliner::Review::FactRules
