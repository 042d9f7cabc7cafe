// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "xmlsafety.h"

#include <QXmlStreamReader>

namespace Redliner::Docx {

// Reads one WordprocessingML part (body, header, footer, notes, comments) into a Story: its
// paragraphs, runs and run pieces with their XML ranges, and the working text built from them.
// One pass of QXmlStreamReader; namespaces by URI; DTDs and absurd nesting refused.
class StoryParser final {
public:
    // bytes: the part as stored, when story.xml was decoded from it (the reader is faster on
    // bytes); empty to read story.xml itself.
    StoryParser(Story &story, const PackageLimits &limits, const QByteArray &bytes = {});

    // Parses story.xml. On failure returns false and fills error (part, line, column, reason).
    bool parse(DocxError &error);
    qint64 maxRevisionId() const { return m_maxRevisionId; }

private:
    bool next();
    // Gives the reader the next piece of the part; false when all of it has been given.
    bool feed();
    bool atWordElement() const;
    qsizetype elementBegin() const;
    qsizetype offset() const { return qsizetype(m_xml.characterOffset()); }
    void skipElement();
    QStringView wordAttribute(QLatin1StringView name) const;
    void noteRevisionId();

    void parseBlocks();
    void parseTable();
    void parseTableContent();
    void parseTableRow(qsizetype row);
    void parseCell();
    void parseBlockContentControl();
    void parseParagraph();
    void parseParagraphProperties(Paragraph &p);
    void parseInline(Paragraph &p);
    void parseInlineContentControl(Paragraph &p);
    void parseRun(Paragraph &p);
    void parseRunProperties(Run &run);
    void parseText(Run &run);
    void parseFieldChar(Run &run);
    quint16 parseContentControlProperties();
    void addAtom(Run &run, QChar glyph, RunPiece::Kind visibleKind = RunPiece::Kind::Atom);
    void addProtectedObject(Paragraph &p);
    void finishContainer(qsizetype firstParagraph);
    qint32 currentField() const;

    Story &m_story;
    QXmlStreamReader m_xml;
    // The reader is given the part a piece at a time: given all at once it decodes a copy of the
    // whole (twice the part's size in memory, for as long as the parse runs).
    QByteArray m_bytes;  // the part as stored, when the reader reads bytes; else empty
    qsizetype m_fed = 0; // how much of m_bytes (or of story.xml) the reader has been given
    XmlSafety m_safety;
    qint64 m_maxRevisionId = 0;
    bool m_isWord = false;      // the current element is in the WordprocessingML namespace
    const QChar *m_wordUri = nullptr;  // where the reader keeps the WordprocessingML URI (see next())

    quint16 m_runFlags = 0;     // inherited from the wrappers we are inside
    qint32 m_hyperlink = -1;
    qint32 m_simpleField = -1;
    QList<qint32> m_fieldStack;  // open complex fields, innermost last
    QList<bool> m_fieldInCode;   // parallel: still before its separate
    int m_codeDepth = 0;         // open fields still in their instructions
    qint32 m_container = 0;
    qint32 m_nextContainer = 1;
    qint16 m_tableDepth = 0;
    qsizetype m_cellRow = -1; // the row whose cell is being read (for its w:tcPr), or -1
};

} // namespace Redliner::Docx
