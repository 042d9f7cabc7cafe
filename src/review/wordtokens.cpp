// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordtokens.h"

#include <QChar>

#include <algorithm>
#include <array>

namespace Redliner::Review {

namespace {

// The code point that starts at `at` (a lone surrogate stands for itself).
char32_t codePointAt(QStringView text, qsizetype at, qsizetype *length)
{
    const QChar c = text.at(at);
    if (c.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text.at(at + 1));
    }
    *length = 1;
    return c.unicode();
}

// The code point that ends just before `at`.
char32_t codePointBefore(QStringView text, qsizetype at)
{
    const QChar c = text.at(at - 1);
    if (c.isLowSurrogate() && at >= 2 && text.at(at - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(at - 2), c);
    return c.unicode();
}

} // namespace

WordToken::Kind wordTokenKind(char32_t codePoint)
{
    // ASCII without a trip through the Unicode tables: most contract text is ASCII.
    if (codePoint < 0x80) {
        const char c = char(codePoint);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            return WordToken::Kind::Word;
        if (c == '\n')
            return WordToken::Kind::Punct;  // a paragraph mark: a token of its own, see wordtokens.h
        if (c == ' ' || (c >= '\t' && c <= '\r'))
            return WordToken::Kind::Space;
        return WordToken::Kind::Punct;
    }
    if (QChar::isLetterOrNumber(codePoint) || QChar::isMark(codePoint))
        return WordToken::Kind::Word;
    if (codePoint == QChar::ParagraphSeparator)
        return WordToken::Kind::Punct;
    if (QChar::isSpace(codePoint))
        return WordToken::Kind::Space;
    return WordToken::Kind::Punct;
}

bool isWordTokenBoundary(QStringView text, qsizetype at)
{
    if (at <= 0 || at >= text.size())
        return true;
    if (text.at(at).isLowSurrogate() && text.at(at - 1).isHighSurrogate())
        return false;
    qsizetype length = 0;
    const WordToken::Kind after = wordTokenKind(codePointAt(text, at, &length));
    const WordToken::Kind before = wordTokenKind(codePointBefore(text, at));
    return after != before || after == WordToken::Kind::Punct;
}

QList<WordToken> wordTokens(QStringView text, qsizetype from, qsizetype to)
{
    // The hot loop of the diff: raw UTF-16 units, ASCII classified from a table, the hash built
    // as the token grows. Non-ASCII characters take the general path.
    static const auto ascii = [] {
        std::array<WordToken::Kind, 128> kinds{};
        for (char32_t c = 0; c < 128; ++c)
            kinds[c] = wordTokenKind(c);
        return kinds;
    }();
    const char16_t *units = text.utf16();
    const auto kindAt = [&](qsizetype at, qsizetype *length) {
        *length = 1;
        return units[at] < 128 ? ascii[units[at]] : wordTokenKind(codePointAt(text, at, length));
    };
    constexpr quint64 fnvOffset = 14695981039346656037ULL;
    constexpr quint64 fnvPrime = 1099511628211ULL;

    QList<WordToken> tokens;
    tokens.reserve((to - from) / 3 + 1);  // about a word and a space per six characters
    qsizetype at = from;
    while (at < to) {
        qsizetype length = 1;
        const WordToken::Kind kind = kindAt(at, &length);
        qsizetype end = at + length;
        if (kind != WordToken::Kind::Punct) {
            while (end < to && kindAt(end, &length) == kind)
                end += length;
        }
        end = std::min(end, to);  // a surrogate pair cut by `to` still ends the token at `to`
        quint64 hash = fnvOffset;
        for (qsizetype k = at; k < end; ++k)
            hash = (hash ^ units[k]) * fnvPrime;
        tokens.append(WordToken{qint32(at), qint32(end), kind, hash});
        at = end;
    }
    return tokens;
}

} // namespace Redliner::Review
