// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "edit.h"
#include "existingmarkup.h"

namespace Redliner::Docx {

// Our answer to one of the comments already in the document (by its w:id).
struct CommentReply final {
    qint64 commentId = -1;
    QString text;
};

// Adds replies to existing comments as Word writes them: each is a comment of its own, anchored
// where the one it answers is (its range markers beside that comment's, its reference run after
// that comment's reference run) and threaded under it in commentsExtended.xml by the w14:paraId of
// the comment's last paragraph. Where the document has no thread part or the comment no
// paragraph id, the reply is still anchored beside it, as a comment of its own. Every other byte
// of the package stays as it was. A reply to a comment that is not anchored in the body has no
// place: it is left out and *skipped names it and why (the others are written).
Outcome<QByteArray> addCommentReplies(const Document &doc, const ExistingMarkup &markup,
                                      const QList<CommentReply> &replies, const RevisionOptions &options = {},
                                      QStringList *skipped = nullptr);

} // namespace Redliner::Docx
