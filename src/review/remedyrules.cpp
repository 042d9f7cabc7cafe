// SPDX-License-Identifier: GPL-3.0-or-later
#include "factrules.h"

#include <QStringList>

namespace Redliner::Review::FactRules {

using namespace Qt::Literals::StringLiterals;

namespace {

void injunctions(FactContext &ctx)
{
    // The remedy itself is better evidence than the "irreparable harm" acknowledgement before it.
    static const Pattern remedy(
        u"\\binjunct\\w*|\\bspecific performance\\b|\\bequitable (?:relief|remed\\w*)|\\brestraining order\\b"_s);
    static const Pattern harm(u"\\birreparabl\\w*"_s);
    static const QRegularExpression entitled(
        u"\\b(?:shall|will|is|are|be) (?:\\w+ ){0,2}entitled to (?:\\w+ ){0,3}(?:injunct|equitable|specific|relief|remed|restrain|an order)"
        u"|\\bshall be granted\\b|\\bentitled to obtain\\b"_s);
    static const QRegularExpression maySeek(
        u"\\b(?:may|can|right to|entitled to|free to|able to) (?:\\w+ ){0,2}(?:seek|apply|pursue|request|petition)\\b"_s);
    const auto &ss = ctx.sentences();
    int harmAt = -1;
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        const QString &t = s.text;
        const qsizetype pos = findIn(s, remedy);
        if (pos < 0 || isNegated(t, pos)) {
            if (harmAt < 0 && matches(s, harm))
                harmAt = i;
            continue;
        }
        ctx.add(FactId::Injunctive, Fact::Polarity::Yes, i);
        if (matches(t, maySeek))
            ctx.add(FactId::InjunctiveEntitled, Fact::Polarity::No, i);
        else if (matches(t, entitled))
            ctx.add(FactId::InjunctiveEntitled, Fact::Polarity::Yes, i);
        if (ctx.has(FactId::InjunctiveEntitled))
            return;
    }
    if (harmAt >= 0)
        ctx.add(FactId::Injunctive, Fact::Polarity::Yes, harmAt);
}

void damagesAndIndemnity(FactContext &ctx)
{
    // A stated sum in place of damages that "cannot be determined" is liquidated damages by
    // another name ("the maximum amount of [...]").
    static const Pattern liquidated(
        u"\\bliquidated damages\\b|\\bcontractual penalty\\b|\\bpay (?:a |the )?(?:penalty|fine) of\\b"
        u"|\\bdamages\\b[^.;]{0,80}\\b(?:cannot|can not|could not|impossible to) (?:be )?(?:determined|calculated|ascertained|quantified|assessed)\\b"
        u"[^.;]{0,160}\\b(?:(?:fixed|agreed|maximum|lump) (?:sum|amount)|(?:sum|amount) of (?:\\$|usd|eur|gbp|\\())"_s);
    static const Pattern indemnity(u"\\bindemnif\\w*|\\bindemnit\\w*|\\bhold\\w* (?:\\w+ ){0,4}harmless\\b"_s);
    const auto &ss = ctx.sentences();
    for (int i = 0; i < ss.size() && !(ctx.has(FactId::LiquidatedDamages) && ctx.has(FactId::Indemnity)); ++i) {
        const Sentence &s = ss.at(i);
        const QString &t = s.text;
        if (!ctx.has(FactId::LiquidatedDamages)) {
            const qsizetype pos = findIn(s, liquidated);
            if (pos >= 0)
                ctx.add(FactId::LiquidatedDamages, isNegated(t, pos) ? Fact::Polarity::No : Fact::Polarity::Yes, i);
        }
        if (!ctx.has(FactId::Indemnity)) {
            const qsizetype pos = findIn(s, indemnity);
            if (pos >= 0)
                ctx.add(FactId::Indemnity, isNegated(t, pos) ? Fact::Polarity::No : Fact::Polarity::Yes, i);
        }
    }
}

// "the laws of the State of New York, without regard to ..." -> "State of New York". Takes the
// capitalised words (with "of", "and", "the" between them) as written, and title-cases a name
// written in capitals.
QString jurisdictionAt(const QString &original, qsizetype from)
{
    static const QRegularExpression word(u"[\\p{L}][\\p{L}.'-]*"_s);
    static const QStringList joiners{u"of"_s, u"and"_s, u"the"_s, u"de"_s, u"du"_s};
    static const QStringList stops{u"without"_s, u"excluding"_s, u"applicable"_s, u"which"_s, u"as"_s, u"in"_s,
                                   u"except"_s, u"that"_s, u"regardless"_s, u"notwithstanding"_s, u"to"_s,
                                   u"for"_s, u"with"_s, u"shall"_s, u"will"_s, u"including"_s, u"irrespective"_s,
                                   u"other"_s, u"exclusive"_s, u"any"_s, u"its"_s, u"their"_s, u"laws"_s, u"law"_s};
    QStringList words;
    qsizetype pos = from;
    while (words.size() < 10) {
        const QRegularExpressionMatch m = word.match(original, pos);
        if (!m.hasMatch())
            break;
        // Only blanks may separate the words of one name.
        const QStringView gap = QStringView(original).sliced(pos, m.capturedStart() - pos);
        if (!gap.trimmed().isEmpty())
            break;
        QString w = m.captured();
        while (w.endsWith(u'.') && !(w.size() <= 4 && w.count(u'.') > 1))
            w.chop(1);
        const QString lower = w.toLower();
        // "the State of Governing Law": a defined term that points elsewhere, not a place.
        if ((lower == u"law" || lower == u"laws") && w.front().isUpper() && !words.isEmpty())
            return {};
        if (stops.contains(lower))
            break;
        if (!w.front().isUpper() && !joiners.contains(lower))
            break;
        // "... of California and the United States": a second law starts at "and the".
        if (lower == u"the" && !words.isEmpty() && words.last().toLower() == u"and")
            break;
        words.append(w);
        pos = m.capturedEnd();
        if (m.captured().endsWith(u'.') && m.captured().size() > 4)
            break;
    }
    // "the State of {governing_law}": a placeholder, not a jurisdiction.
    if (!words.isEmpty() && words.last().toLower() == u"of")
        return {};
    while (!words.isEmpty() && joiners.contains(words.last().toLower()))
        words.removeLast();
    while (!words.isEmpty() && words.first().toLower() == u"the")
        words.removeFirst();
    if (words.isEmpty())
        return {};
    const QString joined = words.join(u' ');
    if (joined == joined.toUpper()) {
        for (QString &w : words)
            w = joiners.contains(w.toLower()) ? w.toLower() : w.front() + w.mid(1).toLower();
        return words.join(u' ');
    }
    return joined;
}

void governingLaw(FactContext &ctx)
{
    static const Pattern governed(
        u"\\bgovern\\w*|\\bconstru\\w*|\\binterpret\\w*|\\bsubject to\\b|\\bin accordance with\\b|\\bapplicable law\\b|\\bgoverning law\\b"_s);
    static const QRegularExpression lawsOf(u"\\blaws? (?:in force |applicable )?(?:of|in) (?:the )?"_s);
    static const QRegularExpression adjectiveLaw(u"\\b(english|swiss|german|french|dutch|irish|scottish|indian|singapore|swedish|norwegian|danish|finnish|austrian|belgian|italian|spanish|japanese|chinese|israeli|canadian|australian|brazilian|mexican|south african|new zealand|luxembourg|polish|czech|hong kong) law\\b"_s);
    static const QList<std::pair<QString, QString>> adjectives{
        {u"english"_s, u"England and Wales"_s}, {u"swiss"_s, u"Switzerland"_s}, {u"german"_s, u"Germany"_s},
        {u"french"_s, u"France"_s}, {u"dutch"_s, u"the Netherlands"_s}, {u"irish"_s, u"Ireland"_s},
        {u"scottish"_s, u"Scotland"_s}, {u"indian"_s, u"India"_s}, {u"singapore"_s, u"Singapore"_s},
        {u"swedish"_s, u"Sweden"_s}, {u"norwegian"_s, u"Norway"_s}, {u"danish"_s, u"Denmark"_s},
        {u"finnish"_s, u"Finland"_s}, {u"austrian"_s, u"Austria"_s}, {u"belgian"_s, u"Belgium"_s},
        {u"italian"_s, u"Italy"_s}, {u"spanish"_s, u"Spain"_s}, {u"japanese"_s, u"Japan"_s},
        {u"chinese"_s, u"China"_s}, {u"israeli"_s, u"Israel"_s}, {u"canadian"_s, u"Canada"_s},
        {u"australian"_s, u"Australia"_s}, {u"brazilian"_s, u"Brazil"_s}, {u"mexican"_s, u"Mexico"_s},
        {u"south african"_s, u"South Africa"_s}, {u"new zealand"_s, u"New Zealand"_s},
        {u"luxembourg"_s, u"Luxembourg"_s}, {u"polish"_s, u"Poland"_s}, {u"czech"_s, u"Czech Republic"_s},
        {u"hong kong"_s, u"Hong Kong"_s}};
    const auto &ss = ctx.sentences();
    int firstBlank = -1;
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        const QString &t = s.text;
        if (!matches(s, governed))
            continue;
        const QRegularExpressionMatch m = lawsOf.match(t);
        if (m.hasMatch()) {
            const QString value = jurisdictionAt(ctx.original(i), m.capturedEnd());
            if (!value.isEmpty()) {
                ctx.add(FactId::GoverningLaw, Fact::Polarity::Yes, i, value);
                return;
            }
        }
        const QRegularExpressionMatch a = adjectiveLaw.match(t);
        if (a.hasMatch()) {
            for (const auto &[adjective, place] : adjectives) {
                if (a.captured(1) == adjective) {
                    ctx.add(FactId::GoverningLaw, Fact::Polarity::Yes, i, place);
                    return;
                }
            }
        }
        // A governing-law clause whose jurisdiction is left blank in a template.
        if (m.hasMatch() && (t.contains(u"governed by"_s) || t.contains(u"governing law"_s)) && firstBlank < 0)
            firstBlank = i;
    }
    if (firstBlank >= 0)
        ctx.add(FactId::GoverningLaw, Fact::Polarity::Yes, firstBlank);
}

void venue(FactContext &ctx)
{
    static const Pattern nonExclusive(u"\\bnon-?exclusive (?:jurisdiction|venue|forum)"_s);
    static const Pattern exclusive(
        u"\\bexclusive(?:ly)? (?:\\w+ ){0,2}(?:jurisdiction|venue|forum|courts?|place of jurisdiction)|\\bexclusively (?:\\w+ ){0,3}(?:in|before|by) the courts?"
        u"|\\bsole (?:and exclusive )?(?:jurisdiction|venue|forum)|\\bjurisdiction (?:\\w+ ){0,3}exclusively|\\bexclusive jurisdiction"_s);
    const auto &ss = ctx.sentences();
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        const QString &t = s.text;
        if (matches(s, nonExclusive)) {
            ctx.add(FactId::ExclusiveVenue, Fact::Polarity::No, i);
            return;
        }
        if (matches(s, exclusive) && (t.contains(u"court"_s) || t.contains(u"jurisdiction"_s) || t.contains(u"venue"_s))) {
            ctx.add(FactId::ExclusiveVenue, Fact::Polarity::Yes, i);
            return;
        }
    }
}

// Who may assign: "one-sided" when one party may assign freely (or only one party is restricted),
// "mutual-consent" when neither may assign without the other's consent.
void assignment(FactContext &ctx)
{
    static const Pattern assign(u"\\bassign(?:s|ed|ing|ment)?\\b"_s);
    static const Pattern assignee(u"\\b(?:this agreement|agreement|rights?|obligations?|interest|duties|benefit)\\b"_s);
    static const Pattern bothRestricted(
        u"\\b(?:neither|no) party\\b|\\bnone of the parties\\b|\\b(?:either|each|any|a) party (?:\\w+ ){0,2}(?:shall|may|will) not\\b"
        u"|\\bnot (?:be )?(?:\\w+ ){0,3}assign\\w* (?:\\w+ ){0,4}by (?:either|any|a|each) party\\b"
        u"|\\bwithout (?:the )?(?:prior )?(?:written )?consent of (?:the )?other part(?:y|ies)\\b"
        u"|^(?:\\w+ ){0,3}(?:this agreement|the rights|rights|obligations)\\b[^.;]{0,60}\\b(?:may|shall|will) not be (?:\\w+ )?assign"_s);
    static const Pattern freeAssign(
        u"\\b(?:may|can|shall be entitled to|is entitled to|has the right to|shall have the right to) (?:freely )?(?:\\w+ ){0,2}assign\\w*\\b[^.;]{0,120}\\bwithout (?:the )?(?:need for |requirement of |obtaining )?(?:any )?(?:prior )?(?:written )?(?:consent|approval)"
        u"|\\b(?:may|can) (?:freely )?assign\\b[^.;]{0,60}\\b(?:freely|at any time|to any (?:person|party|third party|entity))"_s);
    static const QRegularExpression genericSubject(u"\\b(?:either|each|any|neither|no|a|the other) part(?:y|ies)\\b|\\bparties\\b"_s);
    static const Pattern restrictedAssign(u"\\b(?:shall|may|will|must) not (?:\\w+ ){0,4}assign|\\bnot (?:be )?(?:entitled|permitted|allowed) to (?:\\w+ ){0,2}assign"_s);
    const auto &ss = ctx.sentences();
    int mutual = -1;
    int oneSided = -1;
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        const QString &t = s.text;
        const qsizetype pos = findIn(s, assign);
        if (pos < 0 || !matches(s, assignee))
            continue;
        const qsizetype freePos = findIn(s, freeAssign);
        if (freePos >= 0 && !isNegated(t, freePos + 1)) {
            const QString subject = t.left(freePos);
            if (!matches(subject, genericSubject) && oneSided < 0)
                oneSided = i;
            continue;
        }
        if (matches(s, bothRestricted)) {
            if (mutual < 0)
                mutual = i;
            continue;
        }
        const qsizetype r = findIn(s, restrictedAssign);
        if (r >= 0 && !matches(t.left(r), genericSubject) && oneSided < 0)
            oneSided = i;
    }
    if (oneSided >= 0 && mutual < 0)
        ctx.add(FactId::Assignment, Fact::Polarity::Yes, oneSided, u"one-sided"_s);
    else if (mutual >= 0)
        ctx.add(FactId::Assignment, Fact::Polarity::Yes, mutual, u"mutual-consent"_s);
}

void standardOfCare(FactContext &ctx)
{
    // "the highest degree of care" says it best; "the strictest confidence" says it too.
    static const Pattern highestCare(
        u"\\b(?:highest|utmost|strictest|maximum|greatest) (?:\\w+ ){0,2}(?:care|diligence|standard of (?:care|protection))"_s);
    static const Pattern highest(
        u"\\b(?:highest|utmost|strictest|maximum) (?:\\w+ ){0,2}(?:confidence|secrecy|degree)"_s);
    static const Pattern reasonable(
        u"\\breasonable (?:\\w+ ){0,3}(?:care|precautions|measures|steps|security|efforts|safeguards)|\\bsame (?:\\w+ ){0,3}(?:care|degree)"_s);
    const auto &ss = ctx.sentences();
    int highestAt = -1;
    int reasonableAt = -1;
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        const QString &t = s.text;
        if (matches(s, highestCare)) {
            ctx.add(FactId::StandardOfCare, Fact::Polarity::Yes, i, u"highest"_s);
            return;
        }
        if (highestAt < 0 && matches(s, highest))
            highestAt = i;
        if (reasonableAt < 0 && matches(s, reasonable) && (t.contains(u"care"_s) || t.contains(u"protect"_s)))
            reasonableAt = i;
    }
    if (highestAt >= 0)
        ctx.add(FactId::StandardOfCare, Fact::Polarity::Yes, highestAt, u"highest"_s);
    else if (reasonableAt >= 0)
        ctx.add(FactId::StandardOfCare, Fact::Polarity::Yes, reasonableAt, u"reasonable"_s);
}

} // namespace

void remedies(FactContext &ctx)
{
    injunctions(ctx);
    damagesAndIndemnity(ctx);
    governingLaw(ctx);
    venue(ctx);
    assignment(ctx);
    standardOfCare(ctx);
}

} // namespace Redliner::Review::FactRules
