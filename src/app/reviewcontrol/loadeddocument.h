// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/tablegrid.h"

#include "docx/document.h"
#include "docx/existingmarkup.h"
#include "review/clause.h"
#include "review/textparagraph.h"

#include <QString>

#include <memory>
#include <optional>

namespace Redliner::App {

// A .docx as read in the background: immutable once loaded, shared between the UI thread and
// the workers that review, render and export it.
struct LoadedDocument final {
    QString path;            // absolute path of the file the user opened
    QString sha256;          // hex digest of its bytes: the key of its decisions
    Docx::Document docx;
    Review::TextDocument text;
    QList<Review::Clause> clauses;
    TableGrid tables;
    Docx::ExistingMarkup markup; // the other side's tracked changes and comments, as found
    QString markupError;         // why they could not be read (the document itself still opens)

    // Set when this is the comparison of the file at `path` with an earlier version (File ›
    // Compare with Previous Version): the newer file with every difference as a tracked change.
    struct Comparison {
        QString olderPath;
        qint32 changes = 0;
        qint32 edited = 0;   // paragraphs with words changed
        qint32 inserted = 0; // paragraphs only the newer version has
        qint32 deleted = 0;  // paragraphs only the earlier version had
        qint32 insertedRows = 0; // table rows only the newer version has
        qint32 deletedRows = 0;  // table rows only the earlier version had
        qint32 formatted = 0;    // paragraphs of the same wording formatted otherwise
        qint32 droppedObjects = 0;
    };
    std::optional<Comparison> comparison;

    QString fileName() const;
};

using LoadedDocumentPtr = std::shared_ptr<const LoadedDocument>;

} // namespace Redliner::App
