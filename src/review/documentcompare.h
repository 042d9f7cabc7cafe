// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/document.h"
#include "docx/edit.h"

#include <QList>
#include <QString>

namespace Redliner::Review {

// Every difference between an earlier version of a body and a newer document, as changes the
// newer document already holds (Edit::alreadyApplied): written as tracked changes, accepting them
// all reads as the newer version and rejecting them all as the earlier one.
struct DocumentComparison final {
    QList<Docx::Edit> edits;       // sorted, disjoint, in the newer document's working text
    qint32 editedParagraphs = 0;   // paragraphs of both versions with some words changed
    qint32 insertedParagraphs = 0; // paragraphs only the newer version has
    qint32 deletedParagraphs = 0;  // paragraphs only the earlier version had
    qint32 insertedRows = 0;       // table rows only the newer version has
    qint32 deletedRows = 0;        // table rows only the earlier version had
    qint32 formattedParagraphs = 0; // paragraphs of the same wording with some text formatted otherwise
    qint32 droppedObjects = 0;     // pictures or page breaks of deleted text that cannot be shown
    // Places where a difference cannot be written as a tracked change (a locked content control,
    // a field's instructions...): "paragraph 12 (“The Recipient shall…”): why". Empty: all fine.
    QStringList problems;
};

// older: the earlier version's body (its working text and its tables' rows and cells).
DocumentComparison compareDocuments(const Docx::Story &older, const Docx::Document &newer);

} // namespace Redliner::Review
