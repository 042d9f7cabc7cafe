// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Redliner::Docx {

// Formats a list counter the way Word's w:numFmt values do: decimal, upperRoman, lowerLetter,
// ordinal, cardinalText... Unknown formats fall back to decimal, as Word does.
QString formatListNumber(int value, QStringView numFmt);

} // namespace Redliner::Docx
