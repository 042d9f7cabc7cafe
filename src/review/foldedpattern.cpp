// SPDX-License-Identifier: GPL-3.0-or-later
// Patterns for folded text that rule themselves out by trigrams before running (what every match
// must contain is read by patternliterals.cpp), the trigram sets, and the folding itself.
#include "foldedpattern.h"
#include "patternliterals.h"

#include <QStringList>

#include <algorithm>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

Trigrams::Trigrams(QStringView text)
{
    const char16_t *c = text.utf16();
    for (qsizetype i = 0; i + 2 < text.size(); ++i) {
        const quint16 b = bit(c[i], c[i + 1], c[i + 2]);
        m_words[b >> 6] |= quint64(1) << (b & 63);
    }
}

Pattern::Pattern(const QString &pattern, QRegularExpression::PatternOptions options) : m_re(pattern, options)
{
    // Literals are compared exactly, so a pattern that ignores case (or blanks) is always run.
    if (options & (QRegularExpression::CaseInsensitiveOption | QRegularExpression::ExtendedPatternSyntaxOption))
        return;
    QList<Literals> lists; // the distinct lists, in m_oneOfs order
    for (QList<Literals> alternative : readPatternLiterals(pattern)) {
        // The shortest lists first: they cost least to test and rule out as much as any. A list
        // with a literal too short for trigrams goes last, as it has to search the text.
        std::stable_sort(alternative.begin(), alternative.end(), [](const Literals &a, const Literals &b) {
            const bool aShort = std::any_of(a.cbegin(), a.cend(), [](const QString &l) { return l.size() < 3; });
            const bool bShort = std::any_of(b.cbegin(), b.cend(), [](const QString &l) { return l.size() < 3; });
            return aShort != bShort ? bShort : a.size() < b.size();
        });
        m_alternatives.push_back({quint32(m_needs.size()), quint32(alternative.size())});
        for (Literals &literals : alternative) {
            // Sorted, literals that start alike sit together and one missing trigram rules
            // them all out.
            std::sort(literals.begin(), literals.end());
            const qsizetype known = lists.indexOf(literals);
            if (known >= 0) {
                m_needs.push_back(quint32(known));
                m_sharedLists = true;
                continue;
            }
            m_needs.push_back(quint32(lists.size()));
            lists.append(literals);
            OneOf oneOf;
            oneOf.literals.first = quint32(m_literals.size());
            oneOf.shortLiterals.first = quint32(m_shortLiterals.size());
            for (const QString &l : std::as_const(literals)) {
                if (l.size() < 3) {
                    m_shortLiterals.append(l);
                    continue;
                }
                m_literals.push_back({{quint32(m_grams.size()), quint32(l.size() - 2)}, 1});
                for (qsizetype i = 0; i + 2 < l.size(); ++i)
                    m_grams.push_back(Trigrams::bit(l[i], l[i + 1], l[i + 2]));
            }
            oneOf.literals.count = quint32(m_literals.size()) - oneOf.literals.first;
            oneOf.shortLiterals.count = quint32(m_shortLiterals.size()) - oneOf.shortLiterals.first;
            for (quint32 i = oneOf.literals.first + oneOf.literals.count; i-- > oneOf.literals.first + 1;) {
                if (m_grams[m_literals[i].grams.first] == m_grams[m_literals[i - 1].grams.first])
                    m_literals[i - 1].sameStart = m_literals[i].sameStart + 1;
            }
            m_oneOfs.push_back(oneOf);
        }
    }
}

bool Pattern::holds(const FoldedText &text, const OneOf &oneOf) const
{
    const quint32 end = oneOf.literals.first + oneOf.literals.count;
    for (quint32 l = oneOf.literals.first; l < end;) {
        const Literal &literal = m_literals[l];
        const quint32 last = literal.grams.first + literal.grams.count;
        if (!text.grams.has(m_grams[literal.grams.first])) {
            l += literal.sameStart;
            continue;
        }
        quint32 g = literal.grams.first + 1;
        while (g < last && text.grams.has(m_grams[g]))
            ++g;
        if (g == last)
            return true;
        ++l;
    }
    for (quint32 l = oneOf.shortLiterals.first; l < oneOf.shortLiterals.first + oneOf.shortLiterals.count; ++l) {
        if (text.text.contains(m_shortLiterals.at(l)))
            return true;
    }
    return false;
}

bool Pattern::mayMatch(const FoldedText &text) const
{
    if (m_alternatives.empty())
        return true;
    if (!m_sharedLists) {
        for (const Range &needs : m_alternatives) {
            quint32 n = needs.first;
            while (n < needs.first + needs.count && holds(text, m_oneOfs[m_needs[n]]))
                ++n;
            if (n == needs.first + needs.count)
                return true;
        }
        return false;
    }
    // Lists several alternatives need are tested once per text.
    constexpr quint32 MaxMemo = 256;
    std::array<quint64, MaxMemo / 64> tested{};
    std::array<quint64, MaxMemo / 64> held{};
    auto holdsOneOf = [&](quint32 n) {
        if (n >= MaxMemo)
            return holds(text, m_oneOfs[n]);
        const quint64 bit = quint64(1) << (n & 63);
        if (!(tested[n >> 6] & bit)) {
            tested[n >> 6] |= bit;
            if (holds(text, m_oneOfs[n]))
                held[n >> 6] |= bit;
        }
        return (held[n >> 6] & bit) != 0;
    };
    for (const Range &needs : m_alternatives) {
        quint32 n = needs.first;
        while (n < needs.first + needs.count && holdsOneOf(m_needs[n]))
            ++n;
        if (n == needs.first + needs.count)
            return true;
    }
    return false;
}

QString foldForMatching(QStringView text)
{
    // ASCII (nearly every character of an agreement) by table.
    static constexpr auto ascii = [] {
        std::array<char16_t, 128> t{};
        for (char16_t c = 0; c < 128; ++c)
            t[c] = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
        t[u'`'] = u'\'';
        t[u'\t'] = t[u'\n'] = t[u'\r'] = u' ';
        return t;
    }();
    QString out(text.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            d[i] = ascii[c];
            continue;
        }
        switch (c) {
        case 0x2018:
        case 0x2019:
        case 0x201a:
        case 0x201b:
        case 0x2032:
        case 0x00b4: d[i] = u'\''; break;
        case 0x201c:
        case 0x201d:
        case 0x201e:
        case 0x201f:
        case 0x2033:
        case 0x00ab:
        case 0x00bb: d[i] = u'"'; break;
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212: d[i] = u'-'; break;
        case 0x00a0:
        case 0x2007:
        case 0x202f:
        case 0x00ad: d[i] = u' '; break;
        default: d[i] = QChar(c).toLower(); // QChar::toLower maps one code unit to one
        }
    }
    return out;
}

qsizetype findIn(const QString &text, const QRegularExpression &re, qsizetype from)
{
    const QRegularExpressionMatch m = re.match(text, from);
    return m.hasMatch() ? m.capturedStart() : -1;
}

} // namespace Redliner::Review
