// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

namespace Redliner::Docx {

// Which parsed paragraphs of a story a second reading for revisions and comment anchors can leave
// out: those whose XML names none of the elements it looks for. Found by one pass over the tag
// names (no XML reader), so that a document with a few changes is not tokenized whole again.
struct RevisionScan final {
    bool anyMarkup = false; // any revision, comment anchor or move range in the story at all
    QList<XmlRange> quiet;  // paragraphs to leave out (their text is the same in both readings),
                            // in document order, adjacent ones merged
};

RevisionScan scanForRevisions(const Story &story);

} // namespace Redliner::Docx
