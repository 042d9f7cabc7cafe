// SPDX-License-Identifier: GPL-3.0-or-later
// Governing law and forum: a law left blank, no law at all, a law without courts for the owner of
// the information, and exclusive courts that stop it seeking an injunction or sit in the other
// party's home town.
#include "forumdrafting.h"

#include "obligationfacts.h"

namespace Redliner::Review::Forum {

using namespace Qt::Literals::StringLiterals;

namespace {

using Findings = QList<Finding>;

// Whether the courts an exclusive-venue sentence names sit where one of the parties is: a county
// or city that the opening of the agreement gives as a party's address. A neutral national forum
// ("the English courts") names no such place.
bool venueIsAPartysHome(const RuleContext &ctx, const Fact &venue)
{
    static const QRegularExpression place(
        uR"x(\b(?:in|of|at)\s+((?:[A-Z][a-z]+\.?\s+){0,2}[A-Z][a-z]+)\s*(?:County|City|Parish)?\b)x"_s);
    static const QRegularExpression countyOrCity(uR"x(\b(?:County|City|Parish|Borough)\b)x"_s);
    const QString sentence = ctx.doc.text.mid(venue.start, venue.end - venue.start);
    const QString opening = ctx.doc.text.left(1500);
    static const QStringList generic{u"State"_s, u"United States"_s, u"America"_s, u"England"_s,
                                     u"Wales"_s, u"Agreement"_s,     u"Section"_s, u"Clause"_s};
    for (auto it = place.globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1).trimmed();
        if (generic.contains(name) || name.size() < 4)
            continue;
        // A county or city court is a local court: someone's home.
        if (countyOrCity.match(sentence.mid(m.capturedStart(), m.capturedLength() + 12)).hasMatch())
            return true;
        if (opening.contains(name))
            return true;
    }
    return false;
}

// Whether the agreement says where disputes go: courts it names, a venue, a submission to a
// jurisdiction, arbitration. "A court of competent jurisdiction" in the compelled-disclosure clause
// chooses nothing.
bool forumChosen(const RuleContext &ctx)
{
    static const Pattern forum(
        uR"x(\bvenue\b|\bforum\b|\barbitrat\w*|\bplace\s+of\s+jurisdiction\b|\bsubmi(?:t|ts|tted|ssion)\b[^.;]{0,60}\bjurisdiction|\b(?:exclusive|non-exclusive)\s+jurisdiction)x"
        uR"x(|\bjurisdiction\s+of\s+the\s+(?:\w+\s+){0,3}courts?|\bcourts?\s+(?:of|in|located\s+in|sitting\s+in|situated\s+in)\s+(?!competent|law\b|equity\b|appropriate\b|any\b)(?:the\s+)?\w)x"_s);
    const ObligationText text(ctx);
    for (const Sentence &s : text.sentences()) {
        if (matches(s, forum))
            return true;
    }
    return false;
}

// The forum to add beside a governing law that names none: that law's courts, exclusive, with
// either party free to seek an injunction wherever a breach happens (the owner of the information
// needs it; asking it for both sides is easier to agree and avoids naming a role the document may
// not use).
QString forumSentence(const QString &place)
{
    static const QRegularExpression needsArticle(
        uR"x(^(?:State|Commonwealth|Province|Republic|Kingdom|District|Canton|Emirate)\s+of\b)x"_s);
    const QString where = needsArticle.match(place).hasMatch() ? u"the "_s + place : place;
    return u"The courts of "_s + where
           + u" have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement, "
             u"except "
             "that either party may seek injunctive or other equitable relief in any court of competent jurisdiction."_s;
}

} // namespace

Findings governingLaw(const RuleContext &ctx)
{
    const Fact *law = ctx.facts.find(QString::fromLatin1(FactId::GoverningLaw));
    const Fact *venue = ctx.facts.find(QString::fromLatin1(FactId::ExclusiveVenue));
    // A law left blank in a template is for the user to fill in, whichever side they act for.
    static const QRegularExpression blank(
        uR"x(\[[^\]]{0,40}\]|_{3,}|\{[a-z_]+\}|laws of\s*(?:the\s+)?(?:State\s+of\s*)?[,.;])x"_s);
    if (law && law->clause >= 0 && blank.match(law->evidence).hasMatch())
        return {ctx.comment(law->clause, law->evidence)};
    if (!law) {
        // No governing law at all: the parties do not know which law their obligations follow.
        return ctx.position.language.contains(u"[jurisdiction]"_s) && !ctx.incorporatesStandardTerms
                   ? Findings{ctx.finding(ctx.drafter.addClause(u"Governing Law"_s, ctx.position.language))}
                   : Findings{};
    }
    // A law without a forum: for the side that receives, no court is imposed on it, which lawyers
    // accept; the owner of the information wants to know where it can sue.
    if (ctx.side != Side::Receiving && !venue && law->clause >= 0 && !law->value.isEmpty()
        && !ctx.incorporatesStandardTerms && !forumChosen(ctx))
        return {ctx.finding(ctx.drafter.appendSentence(law->clause, forumSentence(law->value)))};
    if (!venue || !venue->yes() || venue->clause < 0)
        return {};
    if (ctx.side == Side::Disclosing) {
        // Exclusive courts must not stop the owner of the information from seeking an injunction
        // where the breach happens.
        static const QRegularExpression injunction(uR"x(\binjunct|\bequitable\s+relief)x"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        if (injunction.match(ctx.drafter.clauseText(venue->clause)).hasMatch())
            return {};
        return {ctx.finding(ctx.drafter.appendSentence(
            venue->clause,
            u"Nothing in this clause prevents the Disclosing Party from seeking injunctive or other equitable "
            "relief in any court of competent jurisdiction."_s))};
    }
    // For the side that receives, a neutral law and forum are fine; the other side's home courts,
    // made exclusive, are not: the smallest change keeps them but not as the only ones.
    if (!venueIsAPartysHome(ctx, *venue))
        return {};
    static const QRegularExpression exclusive(uR"x(\b(?:sole\s+and\s+exclusive|exclusive|sole)\b)x"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    auto f = ctx.drafter.replacePattern(venue->clause, exclusive, u"non-exclusive"_s, venue->start, venue->end);
    return f ? Findings{ctx.finding(*f)} : Findings{};
}

} // namespace Redliner::Review::Forum
