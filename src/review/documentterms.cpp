// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentterms.h"

#include <QRegularExpression>
#include <QStringList>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Whole-word, case-sensitive occurrences: "Recipient" is not counted inside "Recipients".
int countWord(const QString &text, const QString &word)
{
    int n = 0;
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.size())) {
        const bool before = at == 0 || !isWordChar(text.at(at - 1));
        const qsizetype end = at + word.size();
        const bool after = end >= text.size() || !isWordChar(text.at(end));
        n += before && after;
    }
    return n;
}

// The candidate the document uses most (at least `minimum` times), or "".
QString mostUsed(const QString &text, const QStringList &candidates, int minimum)
{
    QString best;
    int bestCount = minimum - 1;
    for (const QString &c : candidates) {
        const int n = countWord(text, c);
        if (n > bestCount) {
            best = c;
            bestCount = n;
        }
    }
    return best;
}

// Terms a document defines by quoting them: (the "Recipient"), "Purpose" means ..., each a “Party”.
QList<QString> quotedTerms(const QString &text)
{
    static const QRegularExpression quoted(
        u"[\"\u201C]([A-Z][A-Za-z0-9&'\u2019.-]*(?: [A-Za-z0-9&'\u2019.-]+){0,4})[\"\u201D]"_s);
    QList<QString> terms;
    for (auto it = quoted.globalMatch(text); it.hasNext();) {
        const QString term = it.next().captured(1).trimmed();
        if (!term.isEmpty() && !term.endsWith(u'.') && !terms.contains(term))
            terms.append(term);
    }
    return terms;
}

// Quoted names the parties are given at the start of the document (before the first numbered
// clause): ("Acme"), (the "Company"). Words that name something other than a party are left out.
QStringList partyNames(const QString &text)
{
    static const QStringList notParties{
        u"Agreement"_s, u"NDA"_s, u"Effective Date"_s, u"Confidential Information"_s, u"Purpose"_s,
        u"Party"_s, u"Parties"_s, u"Transaction"_s, u"Project"_s, u"Business"_s, u"Representatives"_s,
        u"Affiliates"_s, u"Affiliate"_s, u"Proprietary Information"_s, u"Evaluation Material"_s,
        u"Information"_s, u"Discussions"_s, u"Opportunity"_s, u"Permitted Use"_s, u"Meeting"_s,
        u"Term"_s, u"Services"_s, u"Proposal"_s, u"Program"_s, u"Business Relationship"_s,
        u"Receiving Party"_s, u"Disclosing Party"_s, u"Recipient"_s, u"Discloser"_s, u"Receiver"_s,
    };
    static const QRegularExpression firstClause(u"\\n\\s*(?:1\\.|Article 1|ARTICLE 1|I\\.)\\s"_s);
    const QRegularExpressionMatch m = firstClause.match(text);
    const QString head = text.left(m.hasMatch() ? qMin<qsizetype>(m.capturedStart(), 3000) : 2000);
    QStringList names;
    for (const QString &term : quotedTerms(head)) {
        if (!notParties.contains(term, Qt::CaseInsensitive))
            names.append(term);
    }
    return names;
}

bool startsSentence(const QString &text, qsizetype at)
{
    qsizetype i = at - 1;
    while (i >= 0 && text.at(i) == u' ')
        --i;
    return i < 0 || text.at(i) == u'.' || text.at(i) == u'\n' || text.at(i) == u':' || text.at(i) == u';';
}

} // namespace

DocumentTerms::DocumentTerms(const QString &whole)
{
    // An agreement names its parties and defines its terms in its first pages; reading those is
    // enough, and keeps a long document's review fast.
    const QString text = whole.left(60000);
    m_defined = quotedTerms(text);

    // Roles first: most agreements name them; a one-way agreement between named parties may name
    // only one, and the other is then the other party's name.
    const QStringList receiving{u"Receiving Party"_s, u"receiving Party"_s, u"receiving party"_s, u"Recipient"_s,
                                u"Receiver"_s, u"Receiving Company"_s, u"Recipient Party"_s};
    const QStringList disclosing{u"Disclosing Party"_s, u"disclosing Party"_s, u"disclosing party"_s, u"Discloser"_s,
                                 u"Disclosing Company"_s, u"Originating Party"_s, u"Owner"_s, u"Furnishing Party"_s,
                                 u"Providing Party"_s};
    m_receiving = mostUsed(text, receiving, 2);
    m_disclosing = mostUsed(text, disclosing, 2);
    bool receivingIsName = false;
    bool disclosingIsName = false;
    const QStringList names = partyNames(text);
    if (m_receiving.isEmpty() != m_disclosing.isEmpty() && !names.isEmpty()) {
        // The one unnamed role is the party whose name is not the named role's.
        QStringList others;
        for (const QString &n : names) {
            if (n != m_receiving && n != m_disclosing && countWord(text, n) >= 2)
                others.append(n);
        }
        if (others.size() == 1) {
            const QString &name = others.first();
            // "the Company" keeps its article; "Acme" has none.
            const bool article = 2 * (countWord(text, u"the "_s + name) + countWord(text, u"The "_s + name)) >= countWord(text, name);
            (m_receiving.isEmpty() ? m_receiving : m_disclosing) = name;
            (m_receiving == name ? receivingIsName : disclosingIsName) = !article;
        }
    }
    if (m_receiving.isEmpty() && countWord(text, u"you"_s) + countWord(text, u"You"_s) + countWord(text, u"your"_s) >= 5) {
        m_receiving = u"you"_s;
        m_secondPerson = true;
    }

    // No role words at all (a mutual agreement of "each party"): plain descriptive words, which
    // need no definition, rather than capitalised terms the document never defines.
    if (m_receiving.isEmpty())
        m_receiving = u"receiving party"_s;
    if (m_disclosing.isEmpty())
        m_disclosing = u"disclosing party"_s;

    auto map = [&](const QString &standard, const QString &local, bool name = false) {
        if (!local.isEmpty() && local != standard && countWord(text, standard) == 0)
            m_mappings.append({standard, local, name});
    };
    map(u"Receiving Party"_s, m_receiving, receivingIsName);
    map(u"Disclosing Party"_s, m_disclosing, disclosingIsName);

    m_information = mostUsed(text, {u"Confidential Information"_s, u"Proprietary Information"_s, u"Evaluation Material"_s,
                                    u"Evaluation Materials"_s, u"Confidential Material"_s, u"Confidential Materials"_s,
                                    u"Confidential information"_s},
                             2);
    if (m_information.isEmpty() && m_defined.contains(u"Information"_s))
        m_information = u"Information"_s;
    map(u"Confidential Information"_s, m_information);

    // The purpose: the document's own defined term for it, else plain words.
    if (countWord(text, u"Purpose"_s) == 0) {
        QString purpose;
        for (const QString &t : {u"Permitted Purpose"_s, u"Permitted Use"_s, u"Business Purpose"_s, u"Proposed Transaction"_s,
                                 u"Transaction"_s, u"Project"_s, u"Business Opportunity"_s, u"Opportunity"_s})
            if (purpose.isEmpty() && m_defined.contains(t))
                purpose = t;
        m_mappings.append({u"the Purpose"_s, purpose.isEmpty() ? u"the purposes of this Agreement"_s : u"the "_s + purpose, false});
        m_mappings.append({u"Purpose"_s, purpose.isEmpty() ? u"purpose"_s : purpose, false});
    }
    if (countWord(text, u"Effective Date"_s) == 0)
        m_mappings.append({u"the Effective Date"_s, u"the date of this Agreement"_s, false});
    for (const QString &t : {u"Representatives"_s, u"Representative"_s, u"Affiliates"_s, u"Affiliate"_s}) {
        if (countWord(text, t) == 0)
            m_mappings.append({t, t.toLower(), false});
    }
    if (countWord(text, u"Agreement"_s) == 0) {
        const QString agreement = countWord(text, u"NDA"_s) >= 2 ? u"NDA"_s : u"agreement"_s;
        m_mappings.append({u"Agreement"_s, agreement, false});
    }
    // "each Party" where the document capitalises the parties.
    static const QRegularExpression capitalParty(u"\\b(?i:each|either|the other|any|neither|both|other|a) Part(?:y|ies)\\b"_s);
    static const QRegularExpression lowerParty(u"\\b(?i:each|either|the other|any|neither|both|other|a) part(?:y|ies)\\b"_s);
    int capital = 0, lower = 0;
    for (auto it = capitalParty.globalMatch(text); it.hasNext(); it.next())
        ++capital;
    for (auto it = lowerParty.globalMatch(text); it.hasNext(); it.next())
        ++lower;
    if (capital >= 2 && capital > lower) {
        m_mappings.append({u"party"_s, u"Party"_s, false});
        m_mappings.append({u"parties"_s, u"Parties"_s, false});
    }
    // Compiled once: every proposal and every comment of a review passes through adapt().
    for (Mapping &m : m_mappings)
        m.pattern = QRegularExpression(u"\\b(?:([Tt]he) )?"_s + QRegularExpression::escape(m.standard) + u"(['\u2019]s)?\\b"_s);
}

QString DocumentTerms::adapt(const QString &proposal) const
{
    QString out = proposal;
    for (const Mapping &m : m_mappings) {
        if (!out.contains(m.standard))
            continue;
        const bool you = m_secondPerson && m.local == u"you"_s;
        const bool lowerCaseParty = m.standard == u"party"_s || m.standard == u"parties"_s;
        const QRegularExpression &pattern = m.pattern;
        QString result;
        qsizetype last = 0;
        for (auto it = pattern.globalMatch(out); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            // "third party" is a different thing from the parties to the agreement.
            if (lowerCaseParty && out.mid(qMax<qsizetype>(0, match.capturedStart() - 6), 6).endsWith(u"third "_s))
                continue;
            const QString article = match.captured(1);
            const bool possessive = !match.captured(2).isEmpty();
            QString with;
            if (you) {
                with = possessive ? u"your"_s : u"you"_s;
                if (article == u"The"_s || startsSentence(out, match.capturedStart()))
                    with[0] = with.at(0).toUpper();
            } else if (m.name) {
                with = m.local + (possessive ? (m.local.endsWith(u's') ? u"'"_s : u"'s"_s) : QString());
            } else {
                with = (article.isEmpty() ? QString() : article + u' ') + m.local + match.captured(2);
                if (article.isEmpty() && startsSentence(out, match.capturedStart()) && !with.isEmpty())
                    with[0] = with.at(0).toUpper();
            }
            result += QStringView(out).mid(last, match.capturedStart() - last);
            result += with;
            last = match.capturedEnd();
        }
        result += QStringView(out).mid(last);
        out = result;
        if (you) {
            // The verb agrees with "you": "you is" reads as a mistake.
            static const QList<std::pair<QRegularExpression, QString>> verbs{
                {QRegularExpression(u"\\b([Yy]ou) is\\b"_s), u"\\1 are"_s},
                {QRegularExpression(u"\\b([Yy]ou) has\\b"_s), u"\\1 have"_s},
                {QRegularExpression(u"\\b([Yy]ou) was\\b"_s), u"\\1 were"_s},
                {QRegularExpression(u"\\b([Yy]ou) does\\b"_s), u"\\1 do"_s},
                {QRegularExpression(u"\\b([Yy]ou) itself\\b"_s), u"\\1 yourself"_s},
            };
            for (const auto &[re, replacement] : verbs)
                out.replace(re, replacement);
        }
    }
    return out;
}

} // namespace Redliner::Review
