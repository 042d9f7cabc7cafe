// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paragraphinfo.h"

namespace Redliner::Review {

// The words by which the parts of an agreement announce themselves. Each takes a paragraph's
// probe text (see paragraphinfo.h) and knows nothing of where the paragraph stands.

// "MUTUAL NON-DISCLOSURE AGREEMENT", "# Standard Terms": a title line.
bool looksLikeTitle(const ParagraphInfo &p);
// A second title line: "(TO BE SIGNED ELECTRONICALLY)", "TWO-WAY CONFIDENTIALITY AGREEMENT".
bool continuesTitle(const ParagraphInfo &p);
// "This Agreement is entered into ... between", "BETWEEN:".
bool opensPreamble(const ParagraphInfo &p);
// "AND:" between the parties of a preamble.
bool continuesPreamble(const ParagraphInfo &p);
// "WHEREAS", "RECITALS", "Background".
bool opensRecitals(const ParagraphInfo &p);
// "NOW, THEREFORE, the parties agree as follows:", "IT IS AGREED".
bool isOperativeWords(const ParagraphInfo &p);
// A heading line that is not numbered: a Word heading style, a markdown heading, or a short
// line in capitals outside a table.
bool isHeadingLine(const ParagraphInfo &p);
// "Definitions", "Interpretation", "Definitions and Interpretation".
bool isDefinitionsHeading(QStringView heading);
// "Exhibit A", "SCHEDULE 1", "Annex", "Appendix": material after the agreement proper.
bool isAttachmentHeading(const ParagraphInfo &p);

} // namespace Redliner::Review
