// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace Redliner::Review {

// The three-character sequences of a text, hashed into a bit set. A literal with a trigram that is
// not in the set is not in the text; the set is cheap to test where running a pattern is not.
class Trigrams final {
public:
    Trigrams() = default;
    explicit Trigrams(QStringView text);

    static quint16 bit(QChar a, QChar b, QChar c)
    {
        const quint64 key = (quint64(a.unicode()) << 32) | (quint64(b.unicode()) << 16) | c.unicode();
        return quint16((key * 0x9E3779B97F4A7C15ULL) >> (64 - BitsLog2)); // Fibonacci hashing
    }
    bool has(quint16 bit) const { return (m_words[bit >> 6] >> (bit & 63)) & 1U; }

private:
    static constexpr int BitsLog2 = 11; // 2048 bits: a 500-character sentence sets about a fifth
    std::array<quint64, (1 << BitsLog2) / 64> m_words{};
};

// Folded text together with its trigrams, so that a pattern can rule itself out before running.
struct FoldedText {
    QString text;   // folded for matching (lower case, straight quotes, '-' for dashes)
    Trigrams grams; // of `text`
};

// A pattern for folded text (written in lower case) that knows literals its matches must hold,
// read from the pattern itself when it is built. Most sentences hold none of a rule's keywords,
// and the trigrams say so far faster than the regular expression can. A pattern the reader does
// not fully understand (or a case-insensitive one) is always run.
class Pattern final {
public:
    explicit Pattern(const QString &pattern,
                     QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption);

    const QRegularExpression &re() const { return m_re; }
    // False only when `text` cannot hold a match: it lacks literals every match needs. Also right
    // for any part of `text`, which holds no literal the whole does not.
    bool mayMatch(const FoldedText &text) const;

private:
    // Flat arrays, indexed by position: the test runs for most sentences and most patterns.
    struct Range {
        quint32 first = 0;
        quint32 count = 0;
    };
    struct Literal {
        Range grams;           // in m_grams, the first trigram first
        quint32 sameStart = 1; // this and the literals after it in its list that share the first trigram
    };
    // Literals one of which must be in the text: by their trigrams, or looked for when shorter
    // than three characters.
    struct OneOf {
        Range literals;      // in m_literals
        Range shortLiterals; // in m_shortLiterals
    };
    bool holds(const FoldedText &text, const OneOf &oneOf) const;

    QRegularExpression m_re;
    std::vector<quint16> m_grams;
    std::vector<Literal> m_literals;
    QStringList m_shortLiterals;
    std::vector<OneOf> m_oneOfs;       // each list once, though several alternatives need it
    std::vector<quint32> m_needs;      // indexes into m_oneOfs
    std::vector<Range> m_alternatives; // per alternative of the pattern, what its matches need
                                       // (in m_needs); none: the pattern is always run
    bool m_sharedLists = false;        // some list is needed by more than one alternative
};

// Lower case, straight quotes, '-' for every dash and ' ' for every blank: one character for one,
// so offsets survive.
QString foldForMatching(QStringView text);

// A pattern for folded text (written in lower case) with Unicode word boundaries.
inline Pattern foldedPattern(const QString &pattern)
{
    return Pattern(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

// Where `re` first matches in `text` at or after `from`, or -1.
qsizetype findIn(const QString &text, const QRegularExpression &re, qsizetype from = 0);
inline bool matches(const QString &text, const QRegularExpression &re)
{
    return findIn(text, re) >= 0;
}
// The same for folded text, skipping the match when the pattern's literals rule it out.
inline qsizetype findIn(const FoldedText &text, const Pattern &pattern, qsizetype from = 0)
{
    return pattern.mayMatch(text) ? findIn(text.text, pattern.re(), from) : -1;
}
inline bool matches(const FoldedText &text, const Pattern &pattern)
{
    return findIn(text, pattern) >= 0;
}

} // namespace Redliner::Review
