// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "existingmarkup.h"

namespace Redliner::Docx {

// The comments of the comments part, in the part's order, with their text and reply threads
// (word/commentsExtended.xml: w15:commentEx ties the w14:paraId of a comment's last paragraph to
// its parent's and to w15:done). Not anchored: the body's markers give that.
Outcome<QList<ExistingComment>> readCommentThreads(const Document &doc);

} // namespace Redliner::Docx
