// SPDX-License-Identifier: GPL-3.0-or-later
// BodyMarkupReader: the blocks, paragraphs and their properties, zero-width markers, and the two
// readings' bookkeeping. A paragraph's content (wrappers, revisions, runs) is read in
// bodymarkupruns.cpp.
#include "bodymarkupreader.h"
#include "revisionscan.h"
#include "xmlnames.h"

#include <algorithm>

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;
using Kind = ExistingChange::Kind;

Outcome<BodyMarkup> BodyMarkupReader::read(const QString &file)
{
    m_out.originalText.reserve(m_body.text.size() + 64);
    while (m_xml.next() && !m_xml.isStart()) {
    }
    if (m_xml.isStart()) {
        walkBlocks();
        while (m_xml.next()) {
        }
    }
    if (m_xml.hasError())
        return m_xml.error(file);
    originalAt(qint32(m_body.text.size()));
    finishAnchors();
    return std::move(m_out);
}

Outcome<BodyMarkup> readBodyMarkup(const Story &body, const QString &file)
{
    const RevisionScan scan = scanForRevisions(body);
    if (!scan.anyMarkup) {
        BodyMarkup none;
        none.originalText = body.text;
        return none;
    }
    auto markup = BodyMarkupReader(body, scan.quiet).read(file);
    if (markup || scan.quiet.isEmpty())
        return markup;
    // The parser read this part, so this is not expected; should it happen, the whole part's
    // reading gives the line and column.
    return BodyMarkupReader(body).read(file);
}

// The parsed run (or object kept whole) whose start tag begins here, if any. Elements come in
// document order, so a cursor finds it; runs the walk did not meet are passed over.
const Run *BodyMarkupReader::parsedRunAt(qsizetype begin)
{
    const auto &runs = m_body.runs;
    while (m_nextRun < runs.size() && runs[m_nextRun].raw.begin < begin)
        ++m_nextRun;
    if (m_nextRun < runs.size() && runs[m_nextRun].raw.begin == begin)
        return &runs[m_nextRun++];
    return nullptr;
}

const Paragraph *BodyMarkupReader::parsedParagraphAt(qsizetype begin)
{
    const auto &paragraphs = m_body.paragraphs;
    while (m_nextParagraph < paragraphs.size() && paragraphs[m_nextParagraph].raw.begin < begin)
        ++m_nextParagraph;
    if (m_nextParagraph < paragraphs.size() && paragraphs[m_nextParagraph].raw.begin == begin)
        return &paragraphs[m_nextParagraph++];
    return nullptr;
}

qint32 BodyMarkupReader::originalAt(qint32 work)
{
    if (work > m_copied) {
        m_out.originalText += QStringView(m_body.text).sliced(m_copied, work - m_copied);
        m_copied = work;
    }
    return qint32(m_out.originalText.size());
}

// Between paragraphs: where the next one starts (the previous one may not have been read).
qint32 BodyMarkupReader::workAtBlock(qsizetype begin) const
{
    const auto &paragraphs = m_body.paragraphs;
    const auto next = std::lower_bound(paragraphs.cbegin(), paragraphs.cend(), begin,
                                       [](const Paragraph &p, qsizetype b) { return p.raw.begin < b; });
    return next == paragraphs.cend() ? qint32(m_body.text.size()) : next->textStart;
}

void BodyMarkupReader::leaveOut(qint32 from, qint32 to)
{
    originalAt(from);
    m_copied = qMax(m_copied, to);
}

// Text of deleted runs: in the original reading unless it was someone's insertion too.
void BodyMarkupReader::deleted(const QString &text)
{
    if (text.isEmpty())
        return;
    if (!m_deletions.isEmpty())
        m_out.changes[m_deletions.last()].text += text;
    if (m_inserted == 0) {
        originalAt(m_work);
        m_out.originalText += text;
    }
}

ExistingChange BodyMarkupReader::change(Kind kind) const
{
    ExistingChange c;
    c.kind = kind;
    bool ok = false;
    const qint64 id = m_xml.wordAttribute("id"_L1).toLongLong(&ok);
    c.id = ok ? id : -1;
    c.author = m_xml.wordAttribute("author"_L1).toString();
    c.date = revisionDate(m_xml.wordAttribute("date"_L1));
    c.within = m_open.isEmpty() ? -1 : qint32(m_open.last());
    c.raw.begin = m_xml.elementBegin(); // its end is set where the walk leaves it
    if (kind == Kind::MoveFrom || kind == Kind::MoveTo)
        c.moveName = moveName(kind);
    return c;
}

qsizetype BodyMarkupReader::add(ExistingChange change)
{
    m_out.changes.append(std::move(change));
    return m_out.changes.size() - 1;
}

QString BodyMarkupReader::moveName(Kind kind) const
{
    const QList<MoveRange> &open = kind == Kind::MoveFrom || kind == Kind::ParagraphDeletion ? m_moveFrom : m_moveTo;
    return open.isEmpty() ? QString() : open.last().name;
}

BodyMarkupReader::AnchorPoints &BodyMarkupReader::anchor(qint64 id)
{
    auto it = m_points.find(id);
    if (it == m_points.end()) {
        it = m_points.insert(id, {});
        it->order = qint32(m_points.size() - 1);
    }
    return *it;
}

void BodyMarkupReader::noteReference(qint32 work, qint32 original)
{
    bool ok = false;
    const qint64 id = m_xml.wordAttribute("id"_L1).toLongLong(&ok);
    if (!ok)
        return;
    AnchorPoints &a = anchor(id);
    if (a.reference < 0) {
        a.reference = work;
        a.referenceOriginal = original;
    }
}

// Block-level content: the body, tables, rows, cells, block content controls, custom XML.
void BodyMarkupReader::walkBlocks()
{
    while (m_xml.next()) {
        if (m_xml.isEnd())
            return;
        if (!m_xml.isStart())
            continue;
        if (!m_xml.isWord()) {
            if (Ns::isMarkupCompatibility(m_xml.xml().namespaceUri()) && m_xml.name() == u"AlternateContent")
                walkAlternateBlocks();
            else
                m_xml.skipElement();
            continue;
        }
        const QStringView name = m_xml.name();
        if (name == u"p") {
            if (const Paragraph *p = parsedParagraphAt(m_xml.elementBegin()))
                walkParagraph(*p);
            else
                m_xml.skipElement();
        } else if (name == u"body" || name == u"tbl" || name == u"tr" || name == u"tc" || name == u"sdt"
                   || name == u"sdtContent" || name == u"customXml") {
            walkBlocks();
        } else if (!marker()) {
            // Properties, and w:ins / w:del between paragraphs: the parser reads no text there.
            m_xml.skipElement();
        }
    }
}

// The parser reads the Fallback branch, which every consumer understands: so do we.
void BodyMarkupReader::walkAlternateBlocks()
{
    while (m_xml.next()) {
        if (m_xml.isEnd())
            return;
        if (!m_xml.isStart())
            continue;
        if (m_xml.name() == u"Fallback" && Ns::isMarkupCompatibility(m_xml.xml().namespaceUri()))
            walkBlocks();
        else
            m_xml.skipElement();
    }
}

void BodyMarkupReader::walkParagraph(const Paragraph &p)
{
    // After paragraphs left unread, the fields met so far may have gone on in them: start over.
    // (What is lost: deleted w:delText in the instructions of a field that begins in an unread
    // paragraph, which Word never writes (it writes w:delInstrText, no text either way).)
    const qsizetype paragraphIndex = &p - m_body.paragraphs.constData();
    if (paragraphIndex != m_lastParagraph + 1) {
        m_fieldInCode.clear();
        m_codeDepth = 0;
    }
    m_lastParagraph = paragraphIndex;
    m_paragraph = &p;
    m_markChanges.clear();
    m_propertyChange = -1;
    m_work = p.textStart;
    walkInline();
    m_work = p.textEnd;
    const qint32 original = originalAt(p.textEnd);
    if (m_propertyChange >= 0) {
        ExistingChange &c = m_out.changes[m_propertyChange];
        c.end = p.textEnd;
        c.originalEnd = original;
    }
    // The mark: '\n' in the working text unless deleted, in the original unless inserted.
    const qint32 inWorking = p.markDeleted ? 0 : 1;
    const qint32 inOriginal = p.markInserted ? 0 : 1;
    qsizetype markInsertion = -1;
    for (ExistingChange &c : m_markChanges) {
        c.start = p.textEnd;
        c.originalStart = original;
        c.end = c.kind == Kind::ParagraphDeletion ? p.textEnd : p.textEnd + inWorking;
        c.originalEnd = c.kind == Kind::ParagraphInsertion ? original : original + inOriginal;
        if (c.kind == Kind::ParagraphDeletion && markInsertion >= 0)
            c.within = qint32(markInsertion); // someone deleted the mark another inserted
        const bool insertion = c.kind == Kind::ParagraphInsertion;
        const qsizetype index = add(std::move(c));
        if (insertion)
            markInsertion = index;
    }
    m_markChanges.clear();
    if (p.markInserted && !p.markDeleted)
        leaveOut(p.textEnd, p.textEnd + 1);
    else if (p.markDeleted && !p.markInserted)
        m_out.originalText += u'\n';
    m_work = p.textEnd + inWorking;
    m_paragraph = nullptr;
}

// w:pPr: the mark's revisions (w:rPr/w:ins|w:del|w:moveFrom|w:moveTo|w:rPrChange) and w:pPrChange.
void BodyMarkupReader::walkParagraphProperties()
{
    while (m_xml.next()) {
        if (m_xml.isEnd())
            return;
        if (!m_xml.isStart())
            continue;
        if (!m_xml.isWord() || !m_paragraph) {
            m_xml.skipElement();
            continue;
        }
        const QStringView name = m_xml.name();
        if (name == u"rPr") {
            const XmlRange markProperties{m_xml.elementBegin(), -1};
            const qsizetype firstOfMark = m_markChanges.size();
            while (m_xml.next() && !m_xml.isEnd()) {
                if (!m_xml.isStart())
                    continue;
                const qsizetype before = m_markChanges.size();
                if (m_xml.isWord()) {
                    const QStringView mark = m_xml.name();
                    if (mark == u"ins" || mark == u"moveTo" || mark == u"del" || mark == u"moveFrom") {
                        const bool insertion = mark == u"ins" || mark == u"moveTo";
                        const Kind kind = insertion ? Kind::ParagraphInsertion : Kind::ParagraphDeletion;
                        ExistingChange c = change(kind);
                        if (mark == u"moveTo" || mark == u"moveFrom")
                            c.moveName = moveName(kind);
                        m_markChanges.append(std::move(c));
                    } else if (mark == u"rPrChange") {
                        m_markChanges.append(change(Kind::FormatChange));
                    }
                }
                m_xml.skipElement();
                if (m_markChanges.size() > before)
                    m_markChanges.last().raw.end = m_xml.offset();
            }
            for (qsizetype i = firstOfMark; i < m_markChanges.size(); ++i) {
                if (m_markChanges[i].kind == Kind::FormatChange)
                    m_markChanges[i].properties = {markProperties.begin, m_xml.offset()};
            }
        } else if (name == u"pPrChange" && m_propertyChange < 0) {
            ExistingChange c = change(Kind::ParagraphPropertyChange);
            c.start = c.end = m_paragraph->textStart;
            c.originalStart = c.originalEnd = originalAt(m_paragraph->textStart);
            c.properties = m_paragraph->properties;
            m_propertyChange = add(std::move(c));
            m_xml.skipElement();
            m_out.changes[m_propertyChange].raw.end = m_xml.offset();
        } else {
            m_xml.skipElement();
        }
    }
}

// Zero-width markers: comment ranges and move ranges. False when the element is none of them.
bool BodyMarkupReader::marker()
{
    const QStringView name = m_xml.name();
    const bool comment = name == u"commentRangeStart" || name == u"commentRangeEnd";
    const bool moveStart = name == u"moveFromRangeStart" || name == u"moveToRangeStart";
    const bool moveEnd = name == u"moveFromRangeEnd" || name == u"moveToRangeEnd";
    if (!comment && !moveStart && !moveEnd)
        return false;
    if (!m_paragraph)
        m_work = workAtBlock(m_xml.elementBegin());
    if (comment) {
        bool ok = false;
        const qint64 id = m_xml.wordAttribute("id"_L1).toLongLong(&ok);
        if (ok) {
            AnchorPoints &a = anchor(id);
            const qint32 original = originalAt(m_work);
            if (name == u"commentRangeStart" && a.start < 0) {
                a.start = m_work;
                a.startOriginal = original;
            } else if (name == u"commentRangeEnd" && a.end < 0) {
                a.end = m_work;
                a.endOriginal = original;
            }
        }
    } else if (moveStart) {
        QList<MoveRange> &open = name == u"moveFromRangeStart" ? m_moveFrom : m_moveTo;
        // Word has a few open at once; ranges never closed must not make each end a long search.
        if (open.size() >= 64)
            open.removeFirst();
        open.append({m_xml.wordAttribute("id"_L1).toString(), m_xml.wordAttribute("name"_L1).toString()});
    } else {
        QList<MoveRange> &open = name == u"moveFromRangeEnd" ? m_moveFrom : m_moveTo;
        const QStringView id = m_xml.wordAttribute("id"_L1);
        for (qsizetype i = open.size() - 1; i >= 0; --i) {
            if (open[i].id == id) {
                open.remove(i);
                break;
            }
        }
    }
    m_xml.skipElement();
    return true;
}

// A range from commentRangeStart to commentRangeEnd; what is missing is taken from the other end
// or from the reference (Word puts it after the range's end).
void BodyMarkupReader::finishAnchors()
{
    for (auto it = m_points.cbegin(); it != m_points.cend(); ++it) {
        const AnchorPoints &p = *it;
        CommentAnchor a;
        a.order = p.order;
        if (p.start >= 0) {
            a.start = a.end = p.start;
            a.originalStart = a.originalEnd = p.startOriginal;
            if (p.end >= p.start && p.endOriginal >= p.startOriginal) {
                a.end = p.end;
                a.originalEnd = p.endOriginal;
            } else if (p.end < 0 && p.reference >= p.start && p.referenceOriginal >= p.startOriginal) {
                a.end = p.reference;
                a.originalEnd = p.referenceOriginal;
            }
        } else if (p.end >= 0) {
            a.start = a.end = p.end;
            a.originalStart = a.originalEnd = p.endOriginal;
        } else if (p.reference >= 0) {
            a.start = a.end = p.reference;
            a.originalStart = a.originalEnd = p.referenceOriginal;
        }
        m_out.anchors.insert(it.key(), a);
    }
}

} // namespace Redliner::Docx
