// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Redliner::Docx {

struct TextMatch final {
    qint32 start = -1;
    qint32 end = -1;
    bool found() const { return start >= 0; }
};

// Finds the n-th (1-based) occurrence of needle in the working text. Exact matches first; failing
// that, a tolerant match where any run of whitespace (space, no-break space, tab, line break)
// matches any other and curly quotes match straight ones, because what a person types rarely has
// the document's exact spacing and quotes.
TextMatch findOccurrence(QStringView text, QStringView needle, int occurrence);

// How many times needle occurs (with the same tolerance), for messages such as "found 2 times".
int countOccurrences(QStringView text, QStringView needle);

} // namespace Redliner::Docx
