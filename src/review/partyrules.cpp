// SPDX-License-Identifier: GPL-3.0-or-later
#include "factrules.h"

namespace Redliner::Review::FactRules {

using namespace Qt::Literals::StringLiterals;

namespace {

// The name a defined-term parenthetical gives a party: ("Northwind" or the "Disclosing Party")
// names Northwind; otherwise the words before the bracket back to "between", "and", "by" or a
// line start, up to the first comma ("Acme Corp., a Delaware corporation (the "Discloser")").
QString partyNameBefore(const QString &original, const QString &folded, qsizetype bracket, qsizetype roleQuote)
{
    // A quoted short name inside the same parenthetical, before the role.
    static const QRegularExpression quoted(u"\"([^\"]{2,40})\""_s);
    const QString inside = folded.mid(bracket, roleQuote - bracket);
    const QRegularExpressionMatch q = quoted.match(inside);
    if (q.hasMatch()) {
        const QString name = original.mid(bracket + q.capturedStart(1), q.capturedLength(1)).trimmed();
        if (!name.isEmpty())
            return name;
    }
    static const QRegularExpression opener(u"(?:\\bbetween\\b|\\band\\b|\\bby\\b|\\bfrom\\b|[:;\\n])"_s);
    qsizetype from = 0;
    for (auto it = opener.globalMatch(folded.left(bracket)); it.hasNext();)
        from = it.next().capturedEnd();
    QString name = original.mid(from, bracket - from).trimmed();
    const qsizetype comma = name.indexOf(u',');
    if (comma > 0)
        name.truncate(comma);
    // The name is the run of capitalised words (or a "[NAME]" placeholder) that ends at the
    // bracket: "This Agreement allows [NAME OF FIRST PARTY]" names only the placeholder.
    static const QStringList joiners{u"of"_s, u"and"_s, u"&"_s, u"de"_s, u"the"_s};
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    qsizetype first = words.size();
    while (first > 0) {
        const QString &w = words.at(first - 1);
        const bool partOfName = w.front().isUpper() || w.front().isDigit() || w.startsWith(u'[') || w.endsWith(u']')
            || joiners.contains(w.toLower());
        if (!partOfName)
            break;
        --first;
    }
    while (first < words.size() && joiners.contains(words.at(first).toLower()))
        ++first;
    name = words.mid(first).join(u' ').trimmed();
    while (!name.isEmpty() && !name.front().isLetterOrNumber() && name.front() != u'[')
        name.remove(0, 1);
    if (name.size() > 80 || name.isEmpty() || !(name.front().isUpper() || name.front() == u'['))
        return {};
    return name;
}

// A one-way agreement that defines no roles: every confidentiality obligation binds the same named
// party ("EFCA shall maintain ...", "the Provider agrees as follows: ... not divulge"), none binds
// "each party" or a role either party plays. The evidence is the recital that says who discloses
// ("PHCS will disclose confidential information to ..."), where a lawyer raises the point; without
// one, the first obligation. -1 when the agreement does not read so.
int onlyOnePartyBound(const FactContext &ctx)
{
    // A duty of confidence: the verb within a few words of the modal, the information after it.
    // Disclosing is a duty only when it is forbidden or limited: "Acme will disclose ... to Beta"
    // in a recital says who discloses, not who is bound.
    static const Pattern obligation(
        uR"x(\b(?:shall|will|must|agrees?|undertakes?|covenants?)\b(?:\s+[\w,]+){0,5}?\s+)x"
        uR"x((?:(?:keep|hold|maintain|protect|treat|safeguard|accept)\b|(?:not|neither|never|only)\s+(?:\w+\s+){0,2}?(?:disclose|divulge|reveal|communicate|use)\b)x"
        uR"x(|(?:disclose|divulge|reveal|communicate|use)\b[^.;]{0,80}\bonly\b))x"
        uR"x([^.;]{0,200}\b(?:confidential|secret|proprietary))x"_s);
    static const QRegularExpression subjectVerb(
        uR"x(^(?:\(?[0-9a-z.]{1,8}\)?\s+)?(?:(?:accordingly|further|furthermore|in\s+addition|additionally|moreover|also|therefore|thus),?\s+)?(?:(?:the|each)\s+)?([\w&'.-]+(?:\s+[\w&'.-]+){0,2}?)\s+(?:further\s+|hereby\s+|also\s+|\w+ly\s+){0,2})x"
        uR"x((?:shall|will|must|agrees?|undertakes?|covenants?)\b)x"_s);
    // Subjects that say nothing about who is bound.
    static const QRegularExpression generic(
        uR"x(^(?:it|they|he|she|we|this|that|such|which|who|none|any|all|no|nothing|[a-z]+ing)$)x"
        uR"x(|\b(?:obligations?|information|agreement|provisions?|sections?|clauses?|terms?|restrictions?|notices?)\b)x"
        uR"x(|\b(?:disclosures?|materials?|documents?|data|rights?|party's|parties')\b)x"
        uR"x(|^(?:its|his|her|their|our|your|any|such|all)\b)x"
        uR"x(|\b(?:employees?|officers?|directors?|representatives?|agents?|affiliates?|advis[eo]rs?|contractors?|consultants?|persons?|staff|personnel)$)x"_s);
    // Subjects either party may be: the agreement binds both.
    static const QRegularExpression mutualSubject(uR"x(^(?:each|either|both|neither)\b|\bpart(?:y|ies)$)x"_s);
    // The receiving role as the one bound; one-way unless the role is defined as either party.
    static const QRegularExpression role(uR"x(^(?:recipient|receiving party|receiver)$)x"_s);
    static const Pattern roleForEither(
        uR"x(\b(?:recipient|receiving party|receiver)"?\s*(?:shall\s+)?(?:means?|refers?\s+to)\s+(?:the|a|any|each|either)\s+(?:party|person)|\bparty\s+(?:receiving|that\s+receives|who\s+receives))x"_s);
    const auto &ss = ctx.sentences();
    // A party is named where the agreement opens; "copies shall not be made" names nobody.
    QString opening;
    for (int i = 0; i < ss.size() && opening.size() < 1500; ++i)
        opening += ss.at(i).text + u' ';
    QString named;
    int count = 0, roleCount = 0;
    int first = -1, firstRole = -1;
    for (int i = 0; i < ss.size(); ++i) {
        if (matches(ss.at(i), roleForEither))
            return -1;
        const FoldedText &whole = ctx.withLeadIn(i);
        if (!matches(whole, obligation))
            continue;
        const QRegularExpressionMatch m = subjectVerb.match(whole.text);
        if (!m.hasMatch())
            continue;
        const QString subject = m.captured(1);
        if (subject.contains(mutualSubject))
            return -1;
        if (subject.contains(role)) {
            ++roleCount;
            if (firstRole < 0)
                firstRole = i;
            continue;
        }
        if (subject.contains(generic)
            || !QRegularExpression(u"\\b"_s + QRegularExpression::escape(subject) + u"\\b"_s).match(opening).hasMatch())
            continue;
        if (!named.isEmpty() && subject != named)
            return -1; // two named parties bound: mutual in substance
        named = subject;
        ++count;
        if (first < 0)
            first = i;
    }
    if (count < 2 && roleCount < 2)
        return -1;
    if (count < 2)
        first = firstRole;
    static const Pattern whoDiscloses(uR"x(\b(?:disclos|exchang|shar|furnish|transferr)(?:e|es|ed|ing)\b)x"_s);
    for (int i = 0; i < first; ++i) {
        if (matches(ss.at(i), whoDiscloses) && ss.at(i).text.contains(u"information"_s))
            return i;
    }
    return first;
}

} // namespace

void parties(FactContext &ctx)
{
    // "... (the "Disclosing Party")" or ""Discloser" means ...": where a role is defined.
    static const Pattern roleDefinition(
        u"\"(?:disclosing party|discloser|disclosing parties|owner|furnishing party|providing party)\""_s);
    // Words that make the defined role one that either party plays.
    static const QRegularExpression eitherParty(
        u"\\b(?:each|either|any|a|the|whichever|such|one|other) party\\b|\\bparty (?:that|which|who|whose|disclosing|providing|furnishing)\\b|\\bas (?:the |a )?(?:\"?disclosing|\"?receiving|recipient)|\\bas applicable\\b|\\bas the case may be\\b|\\beach,|\\bwhen (?:it|such party) discloses\\b"_s);
    // Sentences that give both parties both roles.
    static const Pattern mutualSignal(
        u"\\bmutual (?:non-?disclosure|confidentiality|nda|exchange|disclosure)\\b"
        u"|\\b(?:each|either) party (?:\\w+ ){0,6}(?:discloses?|receives?|disclosing|receiving)\\b"
        u"|\\b(?:by|from) (?:one|either|each|a) party to (?:the other|another|any other)\\b"
        u"|\\b(?:each|either) party(?:'s)? (?:\\w+ ){0,3}(?:may|might|will|shall|wishes|wish|desires?|intends?|anticipates?) (?:\\w+ ){0,4}(?:disclose|exchange|share|provide|furnish|receive)"
        u"|\\bboth parties (?:\\w+ ){0,4}(?:disclose|exchange|share|receive)"
        u"|\\b(?:as|in its capacity as|acting as) (?:the |a )?(?:disclosing|receiving) party\\b"
        u"|\\bthe other party's (?:confidential|proprietary) information\\b"
        u"|\\b(?:disclosing|receiving) party (?:shall )?means? (?:the|a|each|either|any) party\\b"
        u"|\\btwo-way\\b|\\bbilateral\\b|\\breciprocal\\b"_s);
    static const Pattern confidentialContext(u"\\b(?:confidential|proprietary|disclos|exchang|recipient|receiving)"_s);
    static const QRegularExpression meansClause(u"^\\s*(?:shall\\s+)?(?:mean|means|refers? to)\\b"_s);

    const auto &ss = ctx.sentences();
    int oneWaySentence = -1;
    QString discloser;
    for (int i = 0; i < ss.size() && oneWaySentence < 0; ++i) {
        const QString &t = ss.at(i).text;
        if (!roleDefinition.mayMatch(ss.at(i)))
            continue;
        for (auto it = roleDefinition.re().globalMatch(t); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype bracket = t.lastIndexOf(u'(', m.capturedStart());
            const qsizetype after = m.capturedEnd();
            // ""Disclosing Party" means Acme Corp." names the party after the term.
            if (meansClause.match(QStringView(t).sliced(after)).hasMatch()) {
                const QString rest = t.mid(after, 80);
                if (eitherParty.match(rest.left(30)).hasMatch())
                    continue;
                const QString original = ctx.original(i).mid(after);
                static const QRegularExpression verb(u"^\\s*(?:shall\\s+)?(?:means?|refers? to)\\s+(?:the\\s+)?"_s,
                                                     QRegularExpression::CaseInsensitiveOption);
                const QRegularExpressionMatch v = verb.match(original);
                QString name = original.mid(v.capturedEnd()).section(u',', 0, 0).section(u'(', 0, 0).trimmed();
                if (name.isEmpty() || !name.front().isUpper() || name.size() > 80)
                    continue;
                oneWaySentence = i;
                discloser = name;
                break;
            }
            if (bracket < 0 || m.capturedStart() - bracket > 120)
                continue;
            // Who the parenthetical is about: the words just before it and inside it.
            const qsizetype contextFrom = qMax<qsizetype>(0, bracket - 60);
            const QString around = t.mid(contextFrom, m.capturedStart() - contextFrom);
            if (eitherParty.match(around).hasMatch())
                continue;
            const QString name = partyNameBefore(ctx.original(i), t, bracket, m.capturedStart());
            if (name.isEmpty())
                continue;
            oneWaySentence = i;
            discloser = name;
            break;
        }
    }
    // A named discloser decides it: a "mutual" title or "the parties wish to exchange" recital
    // does not make the obligations run both ways when only one party is ever the discloser.
    if (oneWaySentence >= 0) {
        ctx.add(FactId::Mutual, Fact::Polarity::No, oneWaySentence);
        ctx.add(FactId::DisclosingParty, Fact::Polarity::Yes, oneWaySentence, discloser);
        return;
    }
    // "This One-Way Non-Disclosure Agreement": the agreement says what it is.
    static const Pattern oneWayTitle(u"\\b(?:one-way|unilateral) (?:non-?disclosure|nda|confidentiality)\\b"_s);
    for (int i = 0; i < ss.size(); ++i) {
        if (matches(ss.at(i), oneWayTitle)) {
            ctx.add(FactId::Mutual, Fact::Polarity::No, i);
            return;
        }
    }
    for (int i = 0; i < ss.size(); ++i) {
        if (!matches(ss.at(i), mutualSignal) || !matches(ss.at(i), confidentialContext))
            continue;
        // "in consideration of the mutual covenants" is about consideration, not disclosure.
        ctx.add(FactId::Mutual, Fact::Polarity::Yes, i);
        return;
    }
    // A one-way agreement without a defined discloser: a "Recipient" defined by name and no
    // sign that either party discloses.
    static const Pattern recipientDefinition(u"\\(\\s*(?:hereinafter\\s+(?:referred\\s+to\\s+as\\s+)?|the\\s+)?\"(?:recipient|receiving party)\"\\s*\\)"_s);
    for (int i = 0; i < ss.size(); ++i) {
        const QString &t = ss.at(i).text;
        if (!recipientDefinition.mayMatch(ss.at(i)))
            continue;
        const QRegularExpressionMatch m = recipientDefinition.re().match(t);
        if (!m.hasMatch())
            continue;
        const QString around = t.mid(qMax<qsizetype>(0, m.capturedStart() - 60), 60);
        if (eitherParty.match(around).hasMatch())
            continue;
        ctx.add(FactId::Mutual, Fact::Polarity::No, i);
        return;
    }
    if (const int i = onlyOnePartyBound(ctx); i >= 0)
        ctx.add(FactId::Mutual, Fact::Polarity::No, i);
}

} // namespace Redliner::Review::FactRules
