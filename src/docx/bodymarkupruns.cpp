// SPDX-License-Identifier: GPL-3.0-or-later
// BodyMarkupReader, a paragraph's content: the inline wrappers and revisions, and the runs. A parsed
// run gives its offsets and its formatting changes; a deleted run (which the parser skipped) gives
// the text of the original reading, read as StoryParser::parseRun reads a visible one. The blocks
// around them are read in bodymarkupreader.cpp.
#include "bodymarkupreader.h"
#include "xmlnames.h"

#include <algorithm>

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;
using Kind = ExistingChange::Kind;

// Paragraph content and the inline wrappers, as StoryParser::parseInline descends them.
void BodyMarkupReader::walkInline()
{
    while (m_xml.next()) {
        if (m_xml.isEnd())
            return;
        if (!m_xml.isStart())
            continue;
        if (const Run *run = parsedRunAt(m_xml.elementBegin())) {
            walkParsedRun(*run);
            continue;
        }
        if (!m_xml.isWord()) {
            // Math and alternate content are one object to the parser: so is a deleted one.
            const QStringView ns = m_xml.xml().namespaceUri();
            if (!m_deletions.isEmpty() && m_codeDepth == 0
                && (Ns::isMath(ns) || (Ns::isMarkupCompatibility(ns) && m_xml.name() == u"AlternateContent")))
                deleted(QString(Glyph::Object));
            m_xml.skipElement();
            continue;
        }
        const QStringView name = m_xml.name();
        if (name == u"r") {
            if (m_deletions.isEmpty())
                m_xml.skipElement(); // a run the parser did not read (it reads every one it can see)
            else
                walkDeletedRun();
        } else if (name == u"pPr") {
            walkParagraphProperties();
        } else if (name == u"ins") {
            walkChange(Kind::Insertion);
        } else if (name == u"del") {
            walkChange(Kind::Deletion);
        } else if (name == u"moveTo") {
            walkChange(Kind::MoveTo);
        } else if (name == u"moveFrom") {
            walkChange(Kind::MoveFrom);
        } else if (name == u"hyperlink" || name == u"fldSimple" || name == u"sdt" || name == u"sdtContent"
                   || name == u"smartTag" || name == u"customXml" || name == u"dir" || name == u"bdo") {
            walkInline(); // an inline content control's w:sdtPr is skipped below, as the parser does
        } else if (!marker()) {
            m_xml.skipElement();
        }
    }
}

// w:ins, w:del, w:moveFrom, w:moveTo around runs.
void BodyMarkupReader::walkChange(Kind kind)
{
    const bool insertion = kind == Kind::Insertion || kind == Kind::MoveTo;
    const qsizetype index = add(change(kind));
    const qint32 work = m_work;
    const qint32 original = originalAt(m_work);
    m_open.append(index);
    if (insertion)
        ++m_inserted;
    else
        m_deletions.append(index);
    walkInline();
    m_out.changes[index].raw.end = m_xml.offset();
    m_open.removeLast();
    if (insertion)
        --m_inserted;
    else
        m_deletions.removeLast();
    ExistingChange &c = m_out.changes[index];
    c.start = work;
    c.end = qMax(work, m_work);
    c.originalStart = original;
    c.originalEnd = qMax(original, originalAt(m_work));
    if (insertion)
        c.text = m_body.text.sliced(c.start, c.end - c.start);
}

void BodyMarkupReader::walkParsedRun(const Run &run)
{
    m_work = run.textStart;
    const qint32 original = originalAt(run.textStart);
    const bool inserted = run.has(Run::InInsertion);
    if (inserted)
        leaveOut(run.textStart, run.textEnd);
    const qint32 originalEnd = inserted ? original : original + (run.textEnd - run.textStart);
    qsizetype format = -1;
    // Math or alternate content kept whole has nothing more for us.
    const bool isRun = m_xml.isWord() && m_xml.name() == u"r";
    while (isRun && m_xml.next()) {
        if (m_xml.isEnd())
            break;
        if (!m_xml.isStart())
            continue;
        const QStringView name = m_xml.isWord() ? m_xml.name() : QStringView();
        if (name == u"rPr") {
            format = walkRunProperties();
        } else if (name == u"fldChar") {
            fieldChar();
        } else if (name == u"commentReference") {
            // Its place among the run's pieces: text before it in the same run counts.
            const qsizetype begin = m_xml.elementBegin();
            const auto first = m_body.pieces.cbegin() + run.firstPiece;
            const auto last = first + run.pieceCount;
            const auto piece =
                std::lower_bound(first, last, begin, [](const RunPiece &p, qsizetype b) { return p.raw.begin < b; });
            const qint32 work = piece != last && piece->raw.begin == begin ? piece->textStart : run.textStart;
            noteReference(work, inserted ? original : original + (work - run.textStart));
            m_xml.skipElement();
        } else {
            m_xml.skipElement();
        }
    }
    if (!isRun)
        m_xml.skipElement();
    m_work = run.textEnd;
    if (format >= 0) {
        ExistingChange &c = m_out.changes[format];
        c.start = run.textStart;
        c.end = run.textEnd;
        c.originalStart = original;
        c.originalEnd = originalEnd;
    }
}

// A run inside w:del or w:moveFrom: not in the working text, so read here.
void BodyMarkupReader::walkDeletedRun()
{
    const qint32 original = originalAt(m_work);
    QString text;
    qsizetype format = -1;
    while (m_xml.next()) {
        if (m_xml.isEnd())
            break;
        if (!m_xml.isStart())
            continue;
        if (!m_xml.isWord()) {
            if (m_codeDepth == 0 && m_xml.name() == u"AlternateContent"
                && Ns::isMarkupCompatibility(m_xml.xml().namespaceUri()))
                text += Glyph::Object;
            m_xml.skipElement();
            continue;
        }
        const QStringView name = m_xml.name();
        if (name == u"rPr") {
            format = walkRunProperties();
        } else if (name == u"delText" || name == u"t") {
            readText(text);
        } else if (name == u"fldChar") {
            fieldChar();
        } else if (name == u"commentReference") {
            noteReference(m_work, original + (m_inserted ? 0 : qint32(text.size())));
            m_xml.skipElement();
        } else {
            // w:delInstrText (a deleted field's code) and every other child without text fall here.
            const QChar glyph = runGlyph();
            if (!glyph.isNull() && m_codeDepth == 0)
                text += glyph;
            m_xml.skipElement();
        }
    }
    deleted(text);
    if (format >= 0) {
        ExistingChange &c = m_out.changes[format];
        c.start = c.end = m_work;
        c.originalStart = original;
        c.originalEnd = original + (m_inserted ? 0 : qint32(text.size()));
    }
}

// w:rPr: the index of the w:rPrChange it holds, else -1.
qsizetype BodyMarkupReader::walkRunProperties()
{
    qsizetype format = -1;
    const qsizetype begin = m_xml.elementBegin();
    while (m_xml.next()) {
        if (m_xml.isEnd())
            break;
        if (!m_xml.isStart())
            continue;
        const bool isChange = format < 0 && m_xml.isWord() && m_xml.name() == u"rPrChange";
        if (isChange)
            format = add(change(Kind::FormatChange));
        m_xml.skipElement();
        if (isChange)
            m_out.changes[format].raw.end = m_xml.offset();
    }
    if (format >= 0)
        m_out.changes[format].properties = {begin, m_xml.offset()};
    return format;
}

// Text of w:t or w:delText; none inside a field's instructions.
void BodyMarkupReader::readText(QString &text)
{
    while (m_xml.next()) {
        if (m_xml.isEnd())
            break;
        if (m_xml.xml().isCharacters() && m_codeDepth == 0)
            text += m_xml.xml().text();
        else if (m_xml.isStart())
            m_xml.skipElement();
    }
}

// Complex fields in every run met, so that a deleted field's instructions stay out of the text
// and its result stays in, as the parser treats a visible one.
void BodyMarkupReader::fieldChar()
{
    const QStringView type = m_xml.wordAttribute("fldCharType"_L1);
    if (type == u"begin") {
        m_fieldInCode.append(true);
        ++m_codeDepth;
    } else if (type == u"separate" && !m_fieldInCode.isEmpty() && m_fieldInCode.last()) {
        m_fieldInCode.last() = false;
        --m_codeDepth;
    } else if (type == u"end" && !m_fieldInCode.isEmpty()) {
        if (m_fieldInCode.last())
            --m_codeDepth;
        m_fieldInCode.removeLast();
    }
    m_xml.skipElement();
}

// The character a run's child stands for, as StoryParser::parseRun maps it; null for none.
QChar BodyMarkupReader::runGlyph()
{
    const QStringView name = m_xml.name();
    if (name == u"tab" || name == u"ptab")
        return Glyph::Tab;
    if (name == u"br") {
        const QStringView type = m_xml.wordAttribute("type"_L1);
        return type == u"page" || type == u"column" ? Glyph::PageBreak : Glyph::LineBreak;
    }
    if (name == u"cr")
        return Glyph::LineBreak;
    if (name == u"noBreakHyphen")
        return Glyph::NoBreakHyphen;
    if (name == u"softHyphen")
        return Glyph::SoftHyphen;
    if (name == u"sym") {
        bool ok = false;
        uint code = m_xml.wordAttribute("char"_L1).toUInt(&ok, 16);
        if (code >= 0xF000 && code <= 0xF0FF)
            code -= 0xF000;
        return ok && code > 0x20 && code < 0xD800 ? QChar(char16_t(code)) : Glyph::Object;
    }
    if (name == u"drawing" || name == u"pict" || name == u"object" || name == u"ruby" || name == u"footnoteReference"
        || name == u"endnoteReference" || name == u"pgNum")
        return Glyph::Object;
    return {};
}

} // namespace Redliner::Docx
