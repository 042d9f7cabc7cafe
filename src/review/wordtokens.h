// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Redliner::Review {

// The units the word diff compares: a run of letters/digits (with combining marks), a run of
// whitespace, or one punctuation/symbol character. A paragraph mark ('\n') is a token of its own,
// never part of a whitespace run, so paragraphs line up. A surrogate pair is one character, so no
// token boundary ever falls inside it.
struct WordToken final {
    enum class Kind : quint8 { Word, Space, Punct };
    qint32 start = 0;  // [start, end) in the tokenized string
    qint32 end = 0;
    Kind kind = Kind::Punct;
    quint64 hash = 0;  // FNV-1a of the UTF-16 code units: equal texts, equal hashes
};

WordToken::Kind wordTokenKind(char32_t codePoint);

// True when a token starts (or ends) at position `at` of `text`: never between the halves of a
// surrogate pair, nor inside a word or whitespace run. 0 and text.size() are always boundaries.
bool isWordTokenBoundary(QStringView text, qsizetype at);

// The tokens of text[from, to); `from` must be a boundary.
QList<WordToken> wordTokens(QStringView text, qsizetype from, qsizetype to);

} // namespace Redliner::Review
