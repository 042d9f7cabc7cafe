// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Redliner::Docx {

// A table row an earlier version had, for a comparison to put back as a deleted row.
struct DeletedRow final {
    QStringList cells;          // each cell's text, its paragraphs joined by '\n'
    QStringList cellProperties; // each cell's w:tcPr children (widths, spans, merges); may be empty
    QString rowProperties;      // the row's w:trPr children (height, header row); may be empty
};

// A change to the body, in working-text coordinates: the characters [start, end) are deleted and
// text is inserted in their place. start == end is a pure insertion, empty text a pure deletion.
// Text may contain '\n' only to add whole paragraphs at a paragraph's start or end.
struct Edit final {
    qint32 start = 0;
    qint32 end = 0;
    QString text;
    QString comment;  // rationale shown as a Word comment on the change; empty for none
    // For added paragraphs: a working-text offset inside the paragraph whose style and numbering
    // they take (a new top-level clause after a sub-item, say); -1: the neighbour's, as Word does.
    qint32 paragraphStyleFrom = -1;
    // A change the document already holds, to be shown rather than proposed (a comparison of two
    // versions): [start, end) is text that was added and is marked as an insertion, paragraph marks
    // inside it included; text is what it replaced, written as deleted text ('\n' adds deleted
    // paragraphs as above). Rejecting everything gives the earlier version back.
    bool alreadyApplied = false;
    // A comparison's whole table rows (with alreadyApplied). Inserted: [start, end) is the whole
    // text of one row (first paragraph's start to last paragraph's end), marked as an inserted row.
    // DeletedBefore / DeletedAfter: start == end is where a row starts (its first paragraph's start)
    // or ends (its last paragraph's end); deletedRows are the earlier rows written before or after
    // that row as deleted rows, with their cells' text and the properties that keep their shape.
    // Accepting removes a deleted row and rejecting an inserted one, as Word does.
    enum class Row : quint8 { None, Inserted, DeletedBefore, DeletedAfter };
    Row row = Row::None;
    QList<DeletedRow> deletedRows = {};
    // A comparison's formatting-only difference (with alreadyApplied and no text): the runs of
    // [start, end), in one paragraph, record the earlier run properties in a w:rPrChange (the
    // children of the earlier w:rPr, spelled with the part's prefix; empty for plain text), so that
    // rejecting gives the earlier formatting back.
    std::optional<QString> formerFormatting = {};
    // A comparison's change of paragraph properties (with alreadyApplied, no text, start == end ==
    // the paragraph's text start): the paragraph records its earlier properties in a w:pPrChange (the
    // children of the earlier w:pPr without its mark's formatting, section break or earlier change).
    std::optional<QString> formerParagraphProperties = {};
};

struct RevisionOptions final {
    QString author = QStringLiteral("Redliner");
    QDateTime date;          // UTC; invalid means now
    bool comments = true;    // write each edit's comment
};

} // namespace Redliner::Docx
