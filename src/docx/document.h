// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package.h"
#include "xmltext.h"

#include <QList>
#include <QString>

namespace Redliner::Docx {

// A range of characters in a part's decoded XML text (QString indices), half-open.
struct XmlRange final {
    qsizetype begin = -1;
    qsizetype end = -1;
    bool isValid() const { return begin >= 0 && end >= begin; }
    qsizetype length() const { return end - begin; }
};

// One child of a run, in document order.
struct RunPiece final {
    enum class Kind : quint8 {
        Text,       // w:t: characters that can be split
        Atom,       // tab, break, symbol, drawing, note reference...: one indivisible character
        FieldCode,  // w:instrText: field instructions, not visible text
        FieldChar,  // w:fldChar begin/separate/end
        Hidden,     // everything else without text (lastRenderedPageBreak, commentReference...)
    };
    Kind kind = Kind::Hidden;
    qint32 textStart = 0;  // offset in the story's working text where this piece starts
    qint32 textLength = 0; // 0 for FieldCode / FieldChar / Hidden, 1 for Atom
    XmlRange raw;          // the whole element, e.g. <w:t xml:space="preserve">abc</w:t>
};

// A w:r, with what the writer needs to rebuild it around an edit.
struct Run final {
    enum Flag : quint16 {
        Bold = 1 << 0,
        Italic = 1 << 1,
        Underline = 1 << 2,
        Strike = 1 << 3,
        InHyperlink = 1 << 4,
        InInsertion = 1 << 5,       // inside someone's w:ins / w:moveTo
        InFieldResult = 1 << 6,     // between fldChar separate and end, or inside w:fldSimple
        InContentControl = 1 << 7,  // inside a w:sdt
        Protected = 1 << 8,         // content control that is locked, data-bound or a placeholder
        InAlternateContent = 1 << 9,
        InFieldCode = 1 << 10,      // between fldChar begin and separate (never visible)
    };
    XmlRange raw;        // <w:r ...> ... </w:r>
    XmlRange startTag;   // <w:r ...>
    XmlRange properties; // <w:rPr>...</w:rPr>, invalid when absent
    qint32 firstPiece = 0;
    qint32 pieceCount = 0;
    qint32 textStart = 0;  // story offsets
    qint32 textEnd = 0;
    quint16 flags = 0;
    qint32 hyperlink = -1;  // index into Story::hyperlinks
    qint32 field = -1;      // innermost field (index into Story::fields) this run belongs to
    bool has(Flag f) const { return flags & f; }
};

struct Hyperlink final {
    XmlRange raw;            // the w:hyperlink element
    qint32 textStart = 0;
    qint32 textEnd = 0;
};

// A complex field (fldChar begin ... separate ... end) or a w:fldSimple.
struct Field final {
    qint32 resultStart = 0;  // visible result in story offsets
    qint32 resultEnd = 0;
    qint32 parent = -1;
    qint32 firstRun = -1;    // story run indices from the begin run to the end run, inclusive
    qint32 lastRun = -1;
    XmlRange raw;            // the w:fldSimple element (simple fields only)
    bool simple = false;     // w:fldSimple
    bool complete = false;   // begin, separate and end all seen
};

struct Paragraph final {
    XmlRange raw;           // <w:p ...> ... </w:p>
    XmlRange startTag;      // <w:p ...>
    XmlRange properties;    // <w:pPr>...</w:pPr>
    XmlRange markProperties;  // <w:pPr><w:rPr>...</w:rPr>: formatting of the paragraph mark
    XmlRange propertiesTail;  // where a new w:rPr must go inside w:pPr (before sectPr/pPrChange)
    qint32 textStart = 0;   // story offsets of the paragraph's text; its mark ('\n') is at textEnd,
                            // unless the mark is a tracked deletion (then the next paragraph follows)
    qint32 textEnd = 0;
    qint32 firstRun = 0;
    qint32 runCount = 0;
    qint32 container = 0;   // 0: the story itself; otherwise a table cell (or text frame) id
    qint16 tableDepth = 0;
    qint16 headingLevel = 0;  // 1..9, 0 when not a heading
    qint32 numId = 0;
    qint32 level = 0;
    bool hasSectionBreak = false;  // its w:pPr holds a w:sectPr: the mark must never be deleted
    bool lastInContainer = false;  // last paragraph of the body or a cell: the mark must stay
    bool markInserted = false;     // mark is an existing tracked insertion
    bool markDeleted = false;      // mark is an existing tracked deletion
    QString styleId;
    QString listLabel;       // "1.", "2.3", "(a)", "iv.", or "" — never part of the working text

    qint32 length() const { return textEnd - textStart; }
};

// A table row (w:tr): where a comparison marks a whole row as inserted or adds one it deleted.
struct TableRow final {
    XmlRange raw;               // <w:tr ...> ... </w:tr>
    XmlRange properties;        // <w:trPr>...</w:trPr>, invalid when absent
    qsizetype propertiesAt = 0; // where a w:trPr goes when absent: after <w:tr> and any w:tblPrEx
    qint32 firstParagraph = 0;  // its paragraphs (nested tables' included), in Story::paragraphs
    qint32 paragraphCount = 0;
    QList<qint32> cells;   // the first paragraph of each w:tc, in order
    QList<XmlRange> cellProperties; // each w:tc\'s w:tcPr, invalid when absent (parallel to cells)
    qint16 tableDepth = 1; // 1: a row of a table that is not inside another
    bool inserted = false; // already a tracked insertion or deletion (w:trPr/w:ins, w:del)
    bool deleted = false;

    // The paragraphs of cell k: [cellBegin(k), cellEnd(k)).
    qint32 cellBegin(qsizetype k) const { return cells.at(k); }
    qint32 cellEnd(qsizetype k) const
    {
        return k + 1 < cells.size() ? cells.at(k + 1) : firstParagraph + paragraphCount;
    }
};

// A text space: the body, or one header, footer, footnote, endnote or comment part.
struct Story final {
    enum class Kind { Body, Header, Footer, Footnotes, Endnotes, Comments };
    Kind kind = Kind::Body;
    QString partName;
    QString xml;            // the decoded part, for splicing
    XmlEncoding encoding = XmlEncoding::Utf8;  // re-encoded exactly as it came
    QString wordPrefix;     // prefix bound to the WordprocessingML namespace on the root ("w")
    QString rootElement;    // the root's local name: "document", "hdr", "comments"...
    QString wordNamespace;  // its URI (Transitional or Strict)

    QString text;  // working text: each paragraph's text followed by '\n' (its mark) as if all
                   // tracked changes were accepted
    QList<Paragraph> paragraphs;
    QList<Run> runs;
    QList<RunPiece> pieces;
    QList<Hyperlink> hyperlinks;
    QList<Field> fields;
    QList<TableRow> rows; // in document order of their start tags (a nested table's rows after its row)

    // The paragraph whose text or mark holds the offset; -1 when out of range.
    qsizetype paragraphAt(qsizetype offset) const;
    QStringView paragraphText(qsizetype index) const;
};

// Placeholders in the working text for things that are not letters.
namespace Glyph {
inline constexpr QChar Object = QChar(0xFFFC);       // drawing, picture, embedded object, math
inline constexpr QChar NoteReference = QChar(0xFFFC);
inline constexpr QChar LineBreak = QChar(0x2028);    // w:br / w:cr inside a paragraph
inline constexpr QChar PageBreak = QChar(0x000C);
inline constexpr QChar Tab = QChar(0x0009);
inline constexpr QChar NoBreakHyphen = QChar(0x2011);
inline constexpr QChar SoftHyphen = QChar(0x00AD);
} // namespace Glyph

struct Document final {
    Package package;
    QString mainPart;
    Story body;
    QList<Story> headers;
    QList<Story> footers;
    QList<Story> notes;     // footnotes and endnotes parts
    QList<Story> comments;  // the comments part, when present
    qint64 maxRevisionId = 0;  // largest w:id of any revision or comment in the parsed parts

    QString displayName() const { return package.displayName(); }
};

} // namespace Redliner::Docx
