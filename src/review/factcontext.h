// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clause.h"
#include "fact.h"
#include "textparagraph.h"

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
        return quint16((key * 0x9E3779B97F4A7C15ULL) >> (64 - BitsLog2));   // Fibonacci hashing
    }
    bool has(quint16 bit) const { return (m_words[bit >> 6] >> (bit & 63)) & 1U; }

private:
    static constexpr int BitsLog2 = 11;   // 2048 bits: a 500-character sentence sets about a fifth
    std::array<quint64, (1 << BitsLog2) / 64> m_words{};
};

// Folded text together with its trigrams, so that a pattern can rule itself out before running.
struct FoldedText {
    QString text;        // folded for matching (lower case, straight quotes, '-' for dashes)
    Trigrams grams;      // of `text`
};

// A sentence as the fact rules see it. `text` is the same length as the span, so a match
// position is an offset into the span.
struct Sentence final : FoldedText {
    qint32 start = 0;    // working-text span of the sentence
    qint32 end = 0;
    int paragraph = 0;
    int clause = -1;     // the innermost clause holding it, -1 when there are no clauses
    int leadIn = -1;     // for a list item: the sentence that introduces the list ("shall:"), else -1
    QString heading;     // folded headings of the clause and its parents, "" when none
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
        Range grams;              // in m_grams, the first trigram first
        quint32 sameStart = 1;    // this and the literals after it in its list that share the first trigram
    };
    // Literals one of which must be in the text: by their trigrams, or looked for when shorter
    // than three characters.
    struct OneOf {
        Range literals;           // in m_literals
        Range shortLiterals;      // in m_shortLiterals
    };
    bool holds(const FoldedText &text, const OneOf &oneOf) const;

    QRegularExpression m_re;
    std::vector<quint16> m_grams;
    std::vector<Literal> m_literals;
    QStringList m_shortLiterals;
    std::vector<OneOf> m_oneOfs;            // each list once, though several alternatives need it
    std::vector<quint32> m_needs;           // indexes into m_oneOfs
    std::vector<Range> m_alternatives;      // per alternative of the pattern, what its matches need
                                            // (in m_needs); none: the pattern is always run
    bool m_sharedLists = false;             // some list is needed by more than one alternative
};

// The working state of one extraction: the sentences of the document and the facts found so far.
// Rules run from the strongest evidence to the weakest, so the first fact recorded for an id wins.
// Headings set as sentences of their own ("6. Return of Materials.", "Liquidated Damages.") are
// left out: they name a clause without saying anything, and the clause's own sentences are the
// evidence a lawyer wants to read.
class FactContext final {
public:
    FactContext(const TextDocument &doc, const QList<Clause> &clauses);

    const QList<Sentence> &sentences() const { return m_sentences; }
    const TextDocument &document() const { return m_doc; }
    QString original(int sentence) const;       // the sentence as written
    // The list item with its lead-in (and the lead-in's own lead-in), folded: rules need the
    // subject and the verb, which the lead-in carries ("The Recipient shall not: (a) copy ...").
    // Built once per extraction: nearly every rule asks for it.
    const FoldedText &withLeadIn(int sentence) const
    {
        const int joined = m_joined.at(sentence);
        return joined < 0 ? m_sentences.at(sentence) : m_joinedTexts.at(joined);
    }

    const Fact *fact(const char *id) const;
    bool has(const char *id) const { return fact(id) != nullptr; }
    // Records a fact unless one with this id is already recorded; returns whether it did.
    bool add(const char *id, Fact::Polarity polarity, int sentence, const QString &value = {});
    // Records a fact, replacing an earlier one with the same id.
    void replace(const char *id, Fact::Polarity polarity, int sentence, const QString &value = {});

    FactSheet takeSheet() { return std::move(m_sheet); }

private:
    Fact makeFact(const char *id, Fact::Polarity polarity, int sentence, const QString &value) const;

    const TextDocument &m_doc;
    QList<Sentence> m_sentences;
    QList<int> m_joined;               // per sentence, its text with its lead-ins in m_joinedTexts, or -1
    QList<FoldedText> m_joinedTexts;
    FactSheet m_sheet;
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
inline bool matches(const QString &text, const QRegularExpression &re) { return findIn(text, re) >= 0; }
// The same for folded text, skipping the match when the pattern's literals rule it out.
inline qsizetype findIn(const FoldedText &text, const Pattern &pattern, qsizetype from = 0)
{
    return pattern.mayMatch(text) ? findIn(text.text, pattern.re(), from) : -1;
}
inline bool matches(const FoldedText &text, const Pattern &pattern) { return findIn(text, pattern) >= 0; }

// Whether a negation ("not", "no", "never", "neither", "nor", "prohibited from", "refrain from",
// "cannot", "prevent"; also "without" when asked; not "not limited to", "no less than") governs the word at `pos`. The scope of a negation ends at
// a ';' or a sentence end (not at ':', which opens a list the negation covers), and an exception ("except", "other than", "unless", "only",
// "solely", "save", "but", "provided") after it turns it around: in "shall not disclose to anyone
// other than its employees" the employees are not negated.
bool isNegated(QStringView text, qsizetype pos, bool withoutCounts = false);

} // namespace Redliner::Review
