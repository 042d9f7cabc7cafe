// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paragraphinfo.h"

#include <QList>

namespace Redliner::Review {

// Where the parties sign: from "IN WITNESS WHEREOF" (or a cluster of "By:", "Name:", "Title:"
// lines) to the end of the document, or to the next numbered section when a cover page is signed
// before the terms that follow it. Paragraph indices, inclusive, in document order.
struct SignatureBlock final {
    int first = 0;
    int last = 0;
};

QList<SignatureBlock> findSignatureBlocks(const QList<ParagraphInfo> &paragraphs);

} // namespace Redliner::Review
