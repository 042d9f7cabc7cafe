// SPDX-License-Identifier: GPL-3.0-or-later
#include "clauseheading.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isSmallWord(QStringView word)
{
    static const QSet<QString> small{
        u"a"_s, u"an"_s, u"the"_s, u"and"_s, u"or"_s, u"nor"_s, u"but"_s, u"of"_s, u"to"_s, u"in"_s,
        u"on"_s, u"for"_s, u"by"_s, u"with"_s, u"from"_s, u"at"_s, u"as"_s, u"into"_s, u"upon"_s,
        u"under"_s, u"per"_s, u"via"_s, u"vs"_s, u"its"_s, u"their"_s, u"this"_s, u"not"_s, u"no"_s,
        // French NDAs ("Article 4 - Exceptions à la Confidentialité").
        u"de"_s, u"des"_s, u"du"_s, u"la"_s, u"le"_s, u"les"_s, u"et"_s, u"en"_s, u"à"_s, u"au"_s,
        u"aux"_s, u"sur"_s, u"d"_s, u"l"_s};
    return small.contains(word.toString().toLower());
}

const QString quotesOpen = u"\"\u201C\u00AB'\u2018"_s;
const QString quotesClose = u"\"\u201D\u00BB'\u2019"_s;

} // namespace

int wordCount(QStringView text)
{
    int count = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++count;
        inWord = !space;
    }
    return count;
}

bool isAllCaps(QStringView text)
{
    int letters = 0;
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        if (c.isLower())
            return false;
        ++letters;
    }
    return letters >= 3;
}

bool isTitleCase(QStringView phrase)
{
    bool first = true;
    for (QStringView word : phrase.split(u' ', Qt::SkipEmptyParts)) {
        // Judge the word by its first letter: "(Non-Solicitation)", "“Affiliate”", "Access/Use".
        qsizetype k = 0;
        while (k < word.size() && !word.at(k).isLetterOrNumber())
            ++k;
        if (k == word.size())
            continue;
        const QChar c = word.at(k);
        if (c.isUpper() || c.isDigit()) {
            first = false;
            continue;
        }
        qsizetype e = k;
        while (e < word.size() && word.at(e).isLetter())
            ++e;
        if (first || !isSmallWord(word.mid(k, e - k)))
            return false;
    }
    return !first;
}

QString leadingHeading(QStringView body, QStringView *rest)
{
    // The first '.' or ':' that ends a phrase (followed by a space or the end), within reach.
    static const QRegularExpression end(u"\\s*[.:](?=\\s|$)"_s);
    const QRegularExpressionMatch m = end.match(body.left(120));
    if (!m.hasMatch())
        return {};
    const QStringView phrase = body.left(m.capturedStart()).trimmed();
    const int words = wordCount(phrase);
    if (words == 0 || words > 10 || phrase.contains(u';') || phrase.size() < 2)
        return {};
    if (!phrase.front().isUpper() || !(isTitleCase(phrase) || isAllCaps(phrase)))
        return {};
    if (rest)
        *rest = body.mid(m.capturedEnd()).trimmed();
    return phrase.toString();
}

QString capitalsHeading(QStringView body)
{
    const QList<QStringView> words = body.left(160).split(u' ', Qt::SkipEmptyParts);
    qsizetype k = 0;
    while (k < words.size() && k <= 10 && !std::any_of(words[k].begin(), words[k].end(), [](QChar c) { return c.isLower(); }))
        ++k;
    if (k < 2 || k > 10 || k == words.size())
        return {};
    // The sentence after it starts with a capital: "Each party", not "shall".
    const QStringView next = words[k];
    const auto letter = std::find_if(next.begin(), next.end(), [](QChar c) { return c.isLetter(); });
    if (letter == next.end() || !letter->isUpper())
        return {};
    QStringView phrase = body.left(words[k - 1].data() - body.data() + words[k - 1].size()).trimmed();
    while (!phrase.isEmpty() && QStringView(u".:-\u2013\u2014").contains(phrase.back()))
        phrase.chop(1);
    if (!isAllCaps(phrase) || wordCount(phrase) < 2)
        return {};
    return phrase.trimmed().toString();
}

QString definedTerm(QStringView body)
{
    if (body.isEmpty() || !quotesOpen.contains(body.front()))
        return {};
    const qsizetype close = body.indexOf(quotesClose.at(quotesOpen.indexOf(body.front())), 1);
    if (close < 2 || close > 80)
        return {};
    // What follows the term: `"X" means`, `"X" shall mean`, `"X" (or "Y") has the meaning`...
    static const QRegularExpression defines(
        u"^[\\s\\x{201D}\"',)]*(\\(.{0,60}?\\)\\s*)?(shall |will |does |do )?(mean|means|has the meaning|have the meaning|"
        "include|includes|refers? to|is defined|are defined|signifie|désigne)\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (!defines.match(body.mid(close + 1)).hasMatch())
        return {};
    return body.mid(1, close - 1).trimmed().toString();
}

QString wholeHeading(QStringView body, bool styled)
{
    QStringView phrase = body.trimmed();
    if (phrase.isEmpty() || phrase.endsWith(u',') || phrase.endsWith(u';'))
        return {};
    const bool period = phrase.endsWith(u'.');
    const bool colon = phrase.endsWith(u':');
    while (!phrase.isEmpty() && (phrase.endsWith(u'.') || phrase.endsWith(u':')))
        phrase.chop(1);
    phrase = phrase.trimmed();
    const int words = wordCount(phrase);
    if (words == 0 || words > (styled ? 15 : 10) || !phrase.front().isUpper())
        return {};
    // One phrase: a sentence ending inside it means the text goes on ("Term. This Agreement...").
    static const QRegularExpression sentence(u"[.;:!?](\\s|$)"_s);
    if (sentence.match(phrase).hasMatch())
        return {};
    // "(d) This Agreement may be signed in counterparts." is a short sentence and "1.2 In this
    // Agreement:" opens a list; neither is a heading.
    if (!styled && (period || colon) && !isTitleCase(phrase) && !isAllCaps(phrase))
        return {};
    return phrase.toString();
}

} // namespace Redliner::Review
