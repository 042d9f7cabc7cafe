// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "edit.h"

namespace Redliner::Docx {

// Turns edits of the body's working text into Word tracked changes (w:ins / w:del, paragraph-mark
// revisions, comments) and returns the new package bytes. It splices new XML into the original
// part text: every byte outside the rebuilt runs stays as it was, every other part is copied
// untouched. All edits are written or none: an edit that cannot be written safely is refused
// with its index and a reason.
class RevisionWriter final {
public:
    struct Refusal {
        int edit = -1;   // index into the edits given
        QString reason;
    };

    // Checks that every edit can be written; returns the refusals (empty: all fine).
    static QList<Refusal> check(const Document &doc, const QList<Edit> &edits);

    // The new package; on refusal the error's reason names the edit.
    static Outcome<QByteArray> write(const Document &doc, const QList<Edit> &edits,
                                     const RevisionOptions &options = {}, QList<Refusal> *refusals = nullptr);
};

} // namespace Redliner::Docx
