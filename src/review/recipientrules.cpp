// SPDX-License-Identifier: GPL-3.0-or-later
#include "factrules.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace Redliner::Review::FactRules {

using namespace Qt::Literals::StringLiterals;

namespace {

struct RecipientKind {
    const char *id;
    Pattern words;
};

// "Representatives" is a defined term in most agreements; what it covers is read from its definition.
constexpr char Representatives[] = "representatives";

// Where the clause holding `pos` starts: after the last ';' or sentence end.
qsizetype clauseStart(const QString &text, qsizetype pos)
{
    for (qsizetype i = pos - 1; i > 0; --i) {
        if (text.at(i) == u';' || (text.at(i) == u'.' && i + 1 < text.size() && text.at(i + 1) == u' '))
            return i + 1;
    }
    return 0;
}

// The people a disclosure verb sends information to: the words after its "to" (or "with",
// "among"), up to the end of the list. "other than", "except" and "including" continue the list
// (what follows them is still a recipient); a relative clause or a condition ends it.
struct ObjectPhrase {
    qsizetype begin = -1;
    qsizetype end = -1;
};

ObjectPhrase objectPhraseAfter(const QString &text, qsizetype verbEnd)
{
    static const QRegularExpression to(u"\\b(?:to|with|among|amongst)\\b"_s);
    static const QRegularExpression stop(
        u"[;]|\\.(?:\\s|$)|\\b(?:who|whom|which|that|provided|unless|if|without|for|in order|so that|on a|subject to|in accordance|in connection|pursuant|under|during|at any time|in any|until|whether|where|when|as (?:is|are|may|required|necessary|needed|permitted)|shall|will|must|may|is|are|be|agrees?|undertakes?|by)\\b"_s);
    const QRegularExpressionMatch m = to.match(text, verbEnd);
    if (!m.hasMatch() || m.capturedStart() - verbEnd > 140)
        return {};
    // The gap between verb and "to" stays inside the clause.
    const QStringView gap = QStringView(text).sliced(verbEnd, m.capturedStart() - verbEnd);
    if (gap.contains(u';') || gap.contains(u". "_s))
        return {};
    const qsizetype begin = m.capturedEnd();
    const QRegularExpressionMatch s = stop.match(text, begin);
    qsizetype end = s.hasMatch() ? s.capturedStart() : text.size();
    end = qMin(end, begin + 260);
    return {begin, end};
}

} // namespace

// Who may receive the information. A category is permitted where the sentence lets the recipient
// share with it ("may disclose to", "only to", "other than", "need to know"), prohibited where a
// negation governs it ("shall not disclose to any third party"). One permission is enough for
// "may share with some", so a permission anywhere wins over prohibitions elsewhere. Sharing only
// with employees ("shall not disclose except to its employees") shuts out every third party.
void recipients(FactContext &ctx)
{
    static const Pattern disclosureVerb(
        u"\\b(?:disclos(?:e|ed|es|ure|ures)|disclosing(?! part)|divulg\\w*|communicat\\w*|reveal\\w*|make (?:\\w+ ){0,3}available|made available|availability|provid\\w*|furnish\\w*|shar(?:e|ed|es|ing)|transmit\\w*|disseminat\\w*|access|circulat\\w*|give|given|pass|passed|release|released|distribut\\w*|transfer\\w*|deliver\\w*)\\b"_s);
    static const Pattern needToKnow(
        u"\\bneed[- ]to[- ]know\\b|\\bneeds? to know\\b|\\bhave a (?:\\w+ )?need\\b|\\bhas a (?:\\w+ )?need\\b|\\b(?:reasonably |legitimately )?requires? (?:such |the |access|knowledge|to know)"
        u"|\\b(?:directly |actively )?(?:involved|engaged|participating|concerned) (?:in|with)\\b|\\bto the extent (?:necessary|required|needed|reasonably)"
        u"|\\bwho (?:need|needs|require|must have)\\b|\\bneed (?:for|of) (?:access|the|such)\\b|\\bstrictly necessary\\b|\\breason to know\\b|\\bon a need\\b|\\b(?:who|which|that) (?:are|is) required\\b"_s);
    static const QRegularExpression permission(
        u"\\b(?:may|can|is permitted to|are permitted to|be permitted to|shall be entitled to|is entitled to|are entitled to|be free to|has the right to|have the right to)\\b(?: \\w+){0,5} (?:disclos|shar|provid|communicat|make|furnish|give|reveal|transmit|divulg|releas|pass|distribut|allow)"
        u"|\\b(?:disclosures?|disclosing) (?:\\w+ ){0,5}to (?:\\w+ ){0,6}(?:is|are|shall be) (?:permitted|allowed)\\b|\\bpermitted (?:disclosure|recipients?)\\b|\\bexcept\\b(?! (?:as |where |to the extent )(?:\\w+ )?(?:provided|permitted|set forth|authori[sz]ed|allowed|stated|specified|described|contemplated))|\\bother than\\b|\\b(?:only|solely|exclusively) to\\b|\\b(?:limit|restrict|confine)\\w* (?:\\w+ ){0,8}to\\b|\\baside from\\b|\\bsave\\b"_s);
    static const QRegularExpression conditionAfter(u"^[^.;,]{0,60}\\b(?:unless (?:they|such|the|each|he|she|it)|other than (?:those|such)|except (?:those|such)|aside from (?:those|the)|(?:who|that) (?:do|does) not|not having|without (?:a |any )?(?:reasonable )?need)\\b"_s);
    static const QRegularExpression exclusive(u"\\b(?:only|solely|exclusively|except|other than|restrict\\w*|limit\\w*|confine\\w*|aside from|save)\\b"_s);
    static const Pattern consentOnly(
        u"\\bwithout (?:the |first obtaining the |first obtaining |obtaining the )?(?:express |explicit )?(?:prior )?(?:express |explicit )?(?:written )?(?:consent|approval|permission|authori[sz]ation|ascent|agreement)"_s);
    static const Pattern representativesDefinition(
        u"\"representatives?\" (?:shall )?(?:means?|includes?)\\b|^\\W*(?:the )?(?:term )?representatives? (?:shall )?(?:means?|includes?)\\b"_s);
    static const Pattern representativesWord(u"\"representatives?\"|\\brepresentatives?\\b"_s);
    // Sentences where a recipient word is no permission: recitals, exclusions, the secrecy of the
    // talks ("not disclose to any person the fact that ...") and residuals.
    static const Pattern setting(
        u"\\bthe fact that\\b|\\bthe existence of\\b|\\bresidual\\w*|\\bwhereas\\b|\\bpublic domain\\b|\\bpublicly\\b|\\bgenerally (?:available|known)|\\bindependently\\b|\\bfrom a third party\\b|\\bwithout (?:any )?(?:obligation|restriction|breach)"_s);

    static const QList<RecipientKind> kinds{
        {FactId::ShareEmployees, foldedPattern(u"\\b(?:employees?|staff|personnel|officers?|directors?|workers?|members of (?:its|their) (?:staff|team|organi[sz]ation)|persons? employed|(?:individuals|persons|those) (?:who are )?employed (?:or retained )?by|board members?|(?:individuals|persons|people) within (?:its|their|your|the recipient's|the receiving party's) (?:own )?(?:organi[sz]ation|company|business))\\b"_s)},
        {FactId::ShareAffiliates, foldedPattern(u"\\b(?:affiliat\\w*|subsidiar\\w*|parent compan\\w*|group compan\\w*|holding compan\\w*|related (?:compan|entit|bod)\\w*|associated compan\\w*)\\b"_s)},
        {FactId::ShareAdvisers, foldedPattern(u"\\b(?:advis[eo]rs?|attorneys?|lawyers?|counsel|accountants?|auditors?|bankers?|financing sources?|(?:potential |prospective )?(?:investors|lenders|financiers)|insurers?)\\b"_s)},
        {FactId::ShareContractors, foldedPattern(u"\\b(?:contractors?|subcontractors?|sub-contractors?|consultants?|agents?|service providers?|outsourc\\w*)\\b"_s)},
        {Representatives, foldedPattern(u"\\brepresentatives?\\b"_s)},
        {FactId::ShareThirdParties, foldedPattern(u"\\b(?:third[- ]part(?:y|ies)|third persons?|any (?:other )?(?:person|entity|individual|firm|corporation|organi[sz]ation)s?|another (?:person|entity|party)|anyone|anybody|others|outside (?:parties|persons|entities)|any (?:other )?third)\\b"_s)},
    };

    const auto &ss = ctx.sentences();
    QHash<QString, int> prohibitedAt;
    QList<int> permittedRepresentatives;
    int employeesOnly = -1;
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &own = ss.at(i);
        const FoldedText &lead = ctx.withLeadIn(i);
        const QString &text = lead.text;
        const qsizetype ownFrom = text.size() - own.text.size();
        // A sentence without a disclosure verb, or without any word for a recipient (the object
        // phrases are parts of the text), says nothing here; the cheap tests go first.
        if (!disclosureVerb.mayMatch(lead)
            || std::none_of(kinds.cbegin(), kinds.cend(), [&lead](const RecipientKind &k) { return k.words.mayMatch(lead); })
            || matches(own, representativesDefinition) || matches(own, setting))
            continue;
        // Read once a verb is found to send the information to someone, which few sentences do.
        std::optional<bool> needs;
        bool consent = false;
        for (auto verbs = disclosureVerb.re().globalMatch(text); verbs.hasNext();) {
            const QRegularExpressionMatch verb = verbs.next();
            const ObjectPhrase phrase = objectPhraseAfter(text, verb.capturedEnd());
            if (phrase.begin < 0 || phrase.end <= ownFrom)
                continue;
            if (!needs) {
                needs = matches(lead, needToKnow);
                consent = matches(lead, consentOnly);
            }
            const QStringView object = QStringView(text).sliced(phrase.begin, phrase.end - phrase.begin);
            bool employeesPermitted = false;
            bool othersNamed = false;
            for (const RecipientKind &kind : kinds) {
                // The object phrase is part of the text: a word missing there is missing here.
                if (!kind.words.mayMatch(lead))
                    continue;
                for (auto it = kind.words.re().globalMatch(object); it.hasNext();) {
                    const QRegularExpressionMatch w = it.next();
                    const qsizetype pos = phrase.begin + w.capturedStart();
                    // A permission counts in the verb's own clause: "shall not use it except for
                    // the Purpose and shall not disclose it to any third party" permits nobody.
                    const qsizetype scope = qMax<qsizetype>(clauseStart(text, verb.capturedStart()), verb.capturedStart() - 60);
                    const QStringView before = QStringView(text).sliced(scope, pos - scope);
                    const bool condition = conditionAfter.match(QStringView(text).sliced(pos + w.capturedLength())).hasMatch();
                    if (kind.id != FactId::ShareEmployees)
                        othersNamed = true;
                    if (isNegated(text, pos) && !condition && !(*needs && kind.id == FactId::ShareEmployees)) {
                        const QString id = QString::fromLatin1(kind.id);
                        if (kind.id != Representatives && !prohibitedAt.contains(id))
                            prohibitedAt.insert(id, i);
                        continue;
                    }
                    const bool permitted = *needs || condition || permission.match(before).hasMatch();
                    // "disclose to third parties with the Discloser's consent" permits nothing.
                    if (!permitted || (consent && !*needs && kind.id == FactId::ShareThirdParties))
                        continue;
                    if (kind.id == FactId::ShareEmployees)
                        employeesPermitted = true;
                    if (kind.id == Representatives)
                        permittedRepresentatives.append(i);
                    else
                        ctx.add(kind.id, Fact::Polarity::Yes, i);
                    break;
                }
            }
            if (employeesPermitted && !othersNamed && employeesOnly < 0
                && matches(text.mid(verb.capturedStart(), phrase.begin - verb.capturedStart() + 20), exclusive))
                employeesOnly = i;
        }
    }
    // "Representatives" defined as directors, employees, advisers...: permitting them permits those.
    // Undefined, the word still means at least the recipient's own directors, officers and
    // employees, as it does in every definition of it.
    if (!permittedRepresentatives.isEmpty()) {
        ctx.add(FactId::ShareEmployees, Fact::Polarity::Yes, permittedRepresentatives.constFirst());
        for (int i = 0; i < ss.size(); ++i) {
            const Sentence &t = ss.at(i);
            if (!matches(t, representativesWord) || !(matches(t, representativesDefinition) || t.text.contains(u"\"representative"_s)))
                continue;
            for (const RecipientKind &kind : kinds) {
                if (kind.id != FactId::ShareThirdParties && kind.id != Representatives && matches(t, kind.words))
                    ctx.add(kind.id, Fact::Polarity::Yes, i);
            }
        }
    }
    if (employeesOnly >= 0 && !prohibitedAt.contains(QString::fromLatin1(FactId::ShareThirdParties)))
        prohibitedAt.insert(QString::fromLatin1(FactId::ShareThirdParties), employeesOnly);
    for (const RecipientKind &kind : kinds) {
        if (kind.id == Representatives)
            continue;
        const int at = prohibitedAt.value(QString::fromLatin1(kind.id), -1);
        if (at >= 0)
            ctx.add(kind.id, Fact::Polarity::No, at);
    }
}

} // namespace Redliner::Review::FactRules
