// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Redliner::Docx {

// One tracked change someone already made in the body (the other side's redline), as Word shows
// it in its list of changes. Offsets are in the body's working text (as if every change were
// accepted) and in the original reading (as if every change were rejected), both half-open.
// Not listed: table row and cell revisions (w:trPr/w:ins|w:del, w:cellIns...), section, table and
// numbering property changes, and changes in headers, footers, notes and text boxes (not body text).
struct ExistingChange final {
    enum class Kind {
        Insertion,               // w:ins around runs: `text` was inserted
        Deletion,                // w:del: `text` (its w:delText) was deleted
        MoveFrom,                // w:moveFrom: `text` moved away from here
        MoveTo,                  // w:moveTo: `text` moved here
        ParagraphInsertion,      // an inserted paragraph mark (w:pPr/w:rPr/w:ins): paragraphs joined on
                                 //   reject; a mark moved here (w:moveTo there) too, with its moveName
        ParagraphDeletion,       // a deleted paragraph mark: paragraphs joined on accept; a mark moved
                                 //   away (w:moveFrom there) too, with its moveName
        FormatChange,            // w:rPrChange: one run's formatting changed (in w:pPr/w:rPr: the mark's)
        ParagraphPropertyChange, // w:pPrChange: the paragraph's properties changed
    };
    Kind kind = Kind::Insertion;
    qint64 id = -1;           // w:id
    QString author;           // w:author; empty when absent
    QDateTime date;           // w:date (UTC); invalid when absent or not a date
    qint32 start = 0;         // working text: an insertion's or move-to's text; a deletion's or
    qint32 end = 0;           //   move-from's position (start == end); a paragraph mark's '\n'
                              //   (or where it would be); a format change's run (or mark); a
                              //   paragraph property change's paragraph text (without its mark)
    qint32 originalStart = 0; // the same in the original reading: a deletion's text, an insertion's
    qint32 originalEnd = 0;   //   position (start == end)
    QString text;             // the inserted, deleted or moved text ("" for marks and property changes):
                              //   an insertion's as it stands in the working text, a deletion's all of
                              //   its w:delText (also what it took from someone's insertion)
    qint32 within = -1;       // index in ExistingMarkup::changes of the w:ins, w:del or move this
                              //   change lies inside, else -1. A deletion within an insertion removed
                              //   text that was never in the original: both its ranges are empty
    QString moveName;         // MoveFrom / MoveTo (and a moved paragraph mark): the w:name of the
                              //   move range around it, which pairs the two halves of one move
    XmlRange raw;             // in the body's Story::xml: the w:ins / w:del / move element, the mark's
                              //   w:ins / w:del, the w:rPrChange or w:pPrChange: what accepting or
                              //   rejecting it rewrites
    XmlRange properties;      // FormatChange: the w:rPr holding it; ParagraphPropertyChange: the w:pPr
};

// One comment of the comments part with where it is anchored in the body.
struct ExistingComment final {
    qint64 id = -1; // w:id
    QString author;
    QString initials;
    QDateTime date;            // invalid when absent
    QString text;              // its paragraphs' text joined with '\n'
    qint32 start = -1;         // the anchored range in the working text (commentRangeStart to
    qint32 end = -1;           //   commentRangeEnd, else its reference's position); -1 when not anchored in the body
    qint32 originalStart = -1; // the same range in the original reading (a comment on deleted text
    qint32 originalEnd = -1;   //   is empty in the working text but not here)
    qint64 parentId =
        -1;            // a reply: the comment it answers (commentsExtended w15:paraIdParent); -1 for a thread's first
    bool done = false; // w15:done="1": marked done (Word marks each comment of a resolved thread)
    QString paraId;    // w14:paraId of its last paragraph (upper case), by which replies name it; may be empty
};

// Everything the other side marked up in the body.
struct ExistingMarkup final {
    QList<ExistingChange> changes;   // in document order: a wrapper before what lies within it; a
                                     //   paragraph's property change first, its mark's changes last
    QList<ExistingComment> comments; // in the order of their anchors; each reply right after what it answers
    QString originalText;            // the body read as if every change were rejected ('\n' after each paragraph)
};

// Reads the body's existing tracked changes and comments (comments.xml, commentsExtended.xml).
// A pure function of the parsed document, safe in a worker thread; reads only, never writes. A
// comment it cannot place (no anchor in the body) is still listed, unplaced (-1); every change has
// its place. Only a part that is not well-formed (commentsExtended.xml, which the document reader
// does not read) is an error, naming the part, line and column.
Outcome<ExistingMarkup> readExistingMarkup(const Document &doc);

} // namespace Redliner::Docx
