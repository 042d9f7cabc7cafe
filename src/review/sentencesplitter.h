// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textparagraph.h"

#include <QList>

namespace Redliner::Review {

// A sentence of the working text, [start, end) without surrounding blanks.
struct SentenceSpan final {
    qint32 start = 0;
    qint32 end = 0;
    int paragraph = 0;  // the paragraph it starts in
};

// Splits the working text into sentences. A paragraph end is a sentence end, except where text
// extracted from a PDF broke a sentence across lines (a line without closing punctuation followed
// by one that starts in lower case). Inside a paragraph a sentence ends at '.', '?' or '!' followed
// by a blank and a capital, a digit, a quote or a bracket, but not after abbreviations ("Inc.",
// "e.g.", "No.") or a leading section number ("1.", "iv.").
QList<SentenceSpan> splitSentences(const TextDocument &doc);

} // namespace Redliner::Review
