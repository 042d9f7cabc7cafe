// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "numberlabel.h"
#include "textparagraph.h"

#include <QList>
#include <QString>

namespace Redliner::Review {

// What the clause segmenter reads off one paragraph before it decides anything.
struct ParagraphInfo final {
    bool blank = true;
    // The text as recognisers see it: markdown heading marks, bullets and emphasis markers
    // removed (a .md file is read as plain text, and "**Term**." is a bold heading), trimmed.
    // Only for recognising: offsets are never taken from it.
    QString probe;
    int markdownHeading = 0;  // 1 for "# ", 2 for "## "...
    int headingLevel = 0;     // from the Word style
    bool inTable = false;
    NumberLabel number;       // Word's list label, or a typed one at the start of the text
    QString body;             // the probe after a typed label and its separators ("- ", ": ")

    int words() const;
};

ParagraphInfo inspectParagraph(const TextParagraph &paragraph);
// Every paragraph of a document, in order: read once per review and shared by the segmenter and
// the rules that look at paragraphs (reading them is a tenth of a review).
QList<ParagraphInfo> inspectParagraphs(const QList<TextParagraph> &paragraphs);

} // namespace Redliner::Review
