// SPDX-License-Identifier: GPL-3.0-or-later
// StoryParser, the content of a paragraph: the inline wrappers (hyperlinks, simple fields, content
// controls), runs and their properties, text, complex fields and the objects kept whole. The blocks
// around them (paragraphs, tables, block content controls) are read in storyparser.cpp.
#include "storyparser.h"
#include "xmlnames.h"

namespace Redliner::Docx {

namespace {

using namespace Qt::Literals::StringLiterals;

bool isOff(QStringView v)
{
    return v == u"0" || v == u"false" || v == u"off" || v == u"none";
}

} // namespace

// Paragraph content and the inline wrappers that may nest inside it.
void StoryParser::parseInline(Paragraph &p)
{
    while (next()) {
        if (m_xml.isEndElement())
            break;
        if (!m_xml.isStartElement())
            continue;
        const QStringView ns = m_xml.namespaceUri();
        const QStringView name = m_xml.name();
        if (Ns::isMath(ns) || (Ns::isMarkupCompatibility(ns) && name == u"AlternateContent")) {
            addProtectedObject(p);
            continue;
        }
        if (!Ns::isWord(ns)) {
            skipElement();
            continue;
        }
        if (name == u"r") {
            parseRun(p);
        } else if (name == u"pPr") {
            parseParagraphProperties(p);
        } else if (name == u"hyperlink") {
            const qint32 savedLink = m_hyperlink;
            const quint16 savedFlags = m_runFlags;
            Hyperlink link;
            link.raw.begin = elementBegin();
            link.textStart = qint32(m_story.text.size());
            m_hyperlink = qint32(m_story.hyperlinks.size());
            m_story.hyperlinks.append(link);
            m_runFlags |= Run::InHyperlink;
            parseInline(p);
            m_story.hyperlinks[m_hyperlink].raw.end = offset();
            m_story.hyperlinks[m_hyperlink].textEnd = qint32(m_story.text.size());
            m_hyperlink = savedLink;
            m_runFlags = savedFlags;
        } else if (name == u"ins" || name == u"moveTo") {
            const quint16 saved = m_runFlags;
            m_runFlags |= Run::InInsertion;
            parseInline(p);
            m_runFlags = saved;
        } else if (name == u"del" || name == u"moveFrom") {
            skipElement(); // deleted text is not part of the working text
        } else if (name == u"fldSimple") {
            Field field;
            field.simple = true;
            field.raw.begin = elementBegin();
            field.parent = currentField();
            field.resultStart = qint32(m_story.text.size());
            field.firstRun = qint32(m_story.runs.size());
            const qint32 savedField = m_simpleField;
            const quint16 saved = m_runFlags;
            m_simpleField = qint32(m_story.fields.size());
            m_story.fields.append(field);
            m_runFlags |= Run::InFieldResult;
            parseInline(p);
            Field &f = m_story.fields[m_simpleField];
            f.resultEnd = qint32(m_story.text.size());
            f.raw.end = offset();
            f.lastRun = qint32(m_story.runs.size()) - 1;
            f.complete = true;
            m_simpleField = savedField;
            m_runFlags = saved;
        } else if (name == u"sdt") {
            parseInlineContentControl(p);
        } else if (name == u"smartTag" || name == u"customXml" || name == u"dir" || name == u"bdo"
                   || name == u"sdtContent") {
            parseInline(p);
        } else {
            skipElement(); // bookmarks, comment ranges, proofErr, permissions: zero-width markers
        }
    }
}

void StoryParser::parseInlineContentControl(Paragraph &p)
{
    const quint16 saved = m_runFlags;
    while (next()) {
        if (m_xml.isEndElement())
            break;
        if (!m_xml.isStartElement())
            continue;
        if (atWordElement() && m_xml.name() == u"sdtPr")
            m_runFlags |= parseContentControlProperties();
        else if (atWordElement() && m_xml.name() == u"sdtContent")
            parseInline(p);
        else
            skipElement();
    }
    m_runFlags = saved;
}

// Math and alternate content outside a run: shown as one object, never edited.
void StoryParser::addProtectedObject(Paragraph &)
{
    Run run;
    run.raw.begin = elementBegin();
    run.startTag = {run.raw.begin, offset()};
    run.flags = m_runFlags | Run::Protected;
    run.hyperlink = m_hyperlink;
    run.field = currentField();
    run.firstPiece = qint32(m_story.pieces.size());
    run.textStart = qint32(m_story.text.size());
    RunPiece piece;
    piece.raw.begin = run.raw.begin;
    skipElement();
    piece.raw.end = run.raw.end = offset();
    const bool visible = m_codeDepth == 0;
    piece.kind = visible ? RunPiece::Kind::Atom : RunPiece::Kind::Hidden;
    piece.textStart = run.textStart;
    piece.textLength = visible ? 1 : 0;
    if (visible)
        m_story.text += Glyph::Object;
    m_story.pieces.append(piece);
    run.pieceCount = 1;
    run.textEnd = qint32(m_story.text.size());
    m_story.runs.append(run);
}

void StoryParser::parseRun(Paragraph &)
{
    Run run;
    run.raw.begin = elementBegin();
    run.startTag = {run.raw.begin, offset()};
    run.flags = m_runFlags;
    run.hyperlink = m_hyperlink;
    run.field = currentField();
    run.firstPiece = qint32(m_story.pieces.size());
    run.textStart = qint32(m_story.text.size());
    if (m_codeDepth > 0)
        run.flags |= Run::InFieldCode;
    else if (!m_fieldStack.isEmpty())
        run.flags |= Run::InFieldResult;

    const qint32 runIndex = qint32(m_story.runs.size());
    while (next()) {
        if (m_xml.isEndElement())
            break;
        if (!m_xml.isStartElement())
            continue;
        const QStringView ns = m_xml.namespaceUri();
        const QStringView name = m_xml.name();
        if (Ns::isMarkupCompatibility(ns) && name == u"AlternateContent") {
            addAtom(run, Glyph::Object);
            continue;
        }
        if (!Ns::isWord(ns)) {
            RunPiece hidden;
            hidden.raw.begin = elementBegin();
            hidden.textStart = qint32(m_story.text.size());
            skipElement();
            hidden.raw.end = offset();
            m_story.pieces.append(hidden);
            continue;
        }
        if (name == u"rPr") {
            parseRunProperties(run);
        } else if (name == u"t") {
            parseText(run);
        } else if (name == u"tab" || name == u"ptab") {
            addAtom(run, Glyph::Tab);
        } else if (name == u"br") {
            const QStringView type = wordAttribute("type"_L1);
            addAtom(run, type == u"page" || type == u"column" ? Glyph::PageBreak : Glyph::LineBreak);
        } else if (name == u"cr") {
            addAtom(run, Glyph::LineBreak);
        } else if (name == u"noBreakHyphen") {
            addAtom(run, Glyph::NoBreakHyphen);
        } else if (name == u"softHyphen") {
            addAtom(run, Glyph::SoftHyphen);
        } else if (name == u"sym") {
            bool ok = false;
            uint code = wordAttribute("char"_L1).toUInt(&ok, 16);
            if (code >= 0xF000 && code <= 0xF0FF) // symbol fonts map their glyphs into this private range
                code -= 0xF000;
            addAtom(run, ok && code > 0x20 && code < 0xD800 ? QChar(char16_t(code)) : Glyph::Object);
        } else if (name == u"drawing" || name == u"pict" || name == u"object" || name == u"ruby"
                   || name == u"footnoteReference" || name == u"endnoteReference" || name == u"pgNum") {
            addAtom(run, Glyph::Object);
        } else if (name == u"fldChar") {
            parseFieldChar(run);
        } else if (name == u"instrText" || name == u"delInstrText") {
            RunPiece code;
            code.kind = RunPiece::Kind::FieldCode;
            code.raw.begin = elementBegin();
            code.textStart = qint32(m_story.text.size());
            skipElement();
            code.raw.end = offset();
            m_story.pieces.append(code);
        } else {
            // lastRenderedPageBreak, commentReference, annotationRef, footnoteRef, separator...
            RunPiece hidden;
            hidden.raw.begin = elementBegin();
            hidden.textStart = qint32(m_story.text.size());
            skipElement();
            hidden.raw.end = offset();
            m_story.pieces.append(hidden);
        }
    }
    run.raw.end = offset();
    run.pieceCount = qint32(m_story.pieces.size()) - run.firstPiece;
    run.textEnd = qint32(m_story.text.size());
    m_story.runs.append(run);
    for (qint32 f : std::as_const(m_fieldStack)) {
        Field &field = m_story.fields[f];
        if (field.firstRun < 0)
            field.firstRun = runIndex;
    }
}

void StoryParser::parseRunProperties(Run &run)
{
    run.properties.begin = elementBegin();
    while (next()) {
        if (m_xml.isEndElement())
            break;
        if (!m_xml.isStartElement())
            continue;
        if (atWordElement()) {
            const QStringView name = m_xml.name();
            const bool on = !isOff(wordAttribute("val"_L1));
            if (name == u"b" && on)
                run.flags |= Run::Bold;
            else if (name == u"i" && on)
                run.flags |= Run::Italic;
            else if (name == u"u" && on)
                run.flags |= Run::Underline;
            else if ((name == u"strike" || name == u"dstrike") && on)
                run.flags |= Run::Strike;
        }
        skipElement();
    }
    run.properties.end = offset();
}

void StoryParser::parseText(Run &run)
{
    RunPiece piece;
    piece.raw.begin = elementBegin();
    piece.textStart = qint32(m_story.text.size());
    const bool visible = m_codeDepth == 0;
    while (next()) {
        if (m_xml.isEndElement())
            break;
        if (m_xml.isCharacters() && visible)
            m_story.text += m_xml.text();
        else if (m_xml.isStartElement())
            skipElement();
    }
    piece.raw.end = offset();
    piece.kind = visible ? RunPiece::Kind::Text : RunPiece::Kind::FieldCode;
    piece.textLength = qint32(m_story.text.size()) - piece.textStart;
    m_story.pieces.append(piece);
    Q_UNUSED(run);
}

void StoryParser::addAtom(Run &, QChar glyph, RunPiece::Kind visibleKind)
{
    RunPiece piece;
    piece.raw.begin = elementBegin();
    piece.textStart = qint32(m_story.text.size());
    skipElement();
    piece.raw.end = offset();
    if (m_codeDepth == 0) {
        piece.kind = visibleKind;
        piece.textLength = 1;
        m_story.text += glyph;
    } else {
        piece.kind = RunPiece::Kind::FieldCode;
    }
    m_story.pieces.append(piece);
}

void StoryParser::parseFieldChar(Run &run)
{
    RunPiece piece;
    piece.kind = RunPiece::Kind::FieldChar;
    piece.raw.begin = elementBegin();
    piece.textStart = qint32(m_story.text.size());
    const QStringView type = wordAttribute("fldCharType"_L1);
    const qint32 runIndex = qint32(m_story.runs.size());
    if (type == u"begin") {
        Field field;
        field.parent = currentField();
        field.firstRun = runIndex;
        field.resultStart = field.resultEnd = qint32(m_story.text.size());
        m_fieldStack.append(qint32(m_story.fields.size()));
        m_fieldInCode.append(true);
        ++m_codeDepth;
        m_story.fields.append(field);
        run.flags |= Run::InFieldCode;
    } else if (type == u"separate" && !m_fieldStack.isEmpty() && m_fieldInCode.last()) {
        m_fieldInCode.last() = false;
        --m_codeDepth;
        m_story.fields[m_fieldStack.last()].resultStart = qint32(m_story.text.size());
    } else if (type == u"end" && !m_fieldStack.isEmpty()) {
        Field &field = m_story.fields[m_fieldStack.last()];
        if (m_fieldInCode.last()) {
            --m_codeDepth;
            field.resultStart = qint32(m_story.text.size());
        }
        field.resultEnd = qint32(m_story.text.size());
        field.lastRun = runIndex;
        field.complete = true;
        m_fieldStack.removeLast();
        m_fieldInCode.removeLast();
    }
    skipElement();
    piece.raw.end = offset();
    m_story.pieces.append(piece);
}

} // namespace Redliner::Docx
