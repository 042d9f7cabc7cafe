// SPDX-License-Identifier: GPL-3.0-or-later
// StoryParser: the reader's steps, the part's root and the blocks (paragraphs and their properties,
// tables, block content controls). The content of a paragraph is read in storyparserinline.cpp.
#include "storyparser.h"
#include "xmlnames.h"

namespace Redliner::Docx {

namespace {

using namespace Qt::Literals::StringLiterals;

bool isRevisionElement(QStringView name)
{
    // Called for every element: reject most names on their first letter.
    switch (name.isEmpty() ? u'\0' : name.front().unicode()) {
    case u'i': return name == u"ins";
    case u'd': return name == u"del";
    case u'm': return name == u"moveFrom" || name == u"moveTo";
    case u'c': return name == u"comment" || name == u"cellIns" || name == u"cellDel" || name == u"cellMerge";
    case u'r': case u'p': case u's': case u't': case u'n': return name.endsWith(u"Change");
    default: return false;
    }
}

} // namespace

namespace {

// QXmlStreamReader offsets count decoded characters, whether it reads bytes or a QString, so the
// bytes may be given to it (faster: a QString is re-encoded to UTF-8 internally) only when it
// will decode them exactly as decodeXmlPart did: UTF-8 or UTF-16 and nothing invalid in them.
bool readerDecodesLikeUs(const QByteArray &bytes, const QString &decoded)
{
    if (bytes.isEmpty())
        return false;
    const QByteArrayView head = QByteArrayView(bytes).first(qMin<qsizetype>(200, bytes.size()));
    const qsizetype enc = head.indexOf("encoding=");
    if (enc >= 0 && enc + 10 < head.size()) {
        const QByteArray name = head.sliced(enc + 10).toByteArray().left(6).toLower();
        if (!name.startsWith("utf-8") && !name.startsWith("utf8") && !name.startsWith("utf-16"))
            return false;
    }
    // Invalid UTF-8 is replaced by U+FFFD; how many per bad sequence differs between decoders.
    return !decoded.contains(QChar::ReplacementCharacter) || bytes.contains("\xEF\xBF\xBD");
}

} // namespace

StoryParser::StoryParser(Story &story, const PackageLimits &limits, const QByteArray &bytes)
    : m_story(story), m_safety(limits)
{
    if (readerDecodesLikeUs(bytes, m_story.xml))
        m_bytes = bytes;
    feed();
    m_safety.scan(m_xml, QStringView(m_story.xml));
    m_xml.setNamespaceProcessing(true);
}

bool StoryParser::feed()
{
    constexpr qsizetype Piece = 1 << 20;
    if (!m_bytes.isEmpty()) {
        if (m_fed >= m_bytes.size())
            return false;
        const qsizetype n = qMin(Piece, m_bytes.size() - m_fed);
        m_xml.addData(m_bytes.sliced(m_fed, n)); // the reader decodes across pieces
        m_fed += n;
        return true;
    }
    const QString &text = m_story.xml;
    if (m_fed >= text.size())
        return false;
    qsizetype n = qMin(Piece, text.size() - m_fed);
    if (m_fed + n < text.size() && text.at(m_fed + n - 1).isHighSurrogate())
        ++n; // never half a character
    m_xml.addData(text.sliced(m_fed, n));
    m_fed += n;
    return true;
}

bool StoryParser::next()
{
    if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        return false;
    if (m_xml.atEnd() && !feed())
        return false;
    m_xml.readNext();
    // The piece ran out mid-document: the next one continues it.
    while (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed())
        m_xml.readNext();
    if (!m_safety.check(m_xml))
        return false;
    if (m_xml.hasError())
        return false;
    // Whether the element is WordprocessingML is asked several times per element: decide once.
    const auto token = m_xml.tokenType();
    m_isWord = false;
    if (token == QXmlStreamReader::StartElement || token == QXmlStreamReader::EndElement) {
        // Comparing the 60-character URI for every element costs more than all our own work per
        // element; the reader keeps one copy of a declared URI, so a known address is a match.
        const QStringView uri = m_xml.namespaceUri();
        if (uri.data() == m_wordUri && uri.size() == m_story.wordNamespace.size() && !uri.isEmpty()) {
            m_isWord = true;
        } else if (Ns::isWord(uri)) {
            m_isWord = true;
            m_wordUri = uri.data();
        }
    }
    if (token == QXmlStreamReader::StartElement && m_isWord && isRevisionElement(m_xml.name()))
        noteRevisionId();
    return true;
}

bool StoryParser::atWordElement() const
{
    return m_isWord;
}

// QXmlStreamReader reports where a token ends. A start tag ends at characterOffset(); it begins at
// the last '<' before that, because '<' cannot occur inside a tag (not even in attribute values).
qsizetype StoryParser::elementBegin() const
{
    return m_story.xml.lastIndexOf(QLatin1Char('<'), offset() - 1);
}

void StoryParser::skipElement()
{
    int depth = 1;
    while (depth > 0 && next()) {
        if (m_xml.isStartElement())
            ++depth;
        else if (m_xml.isEndElement())
            --depth;
    }
}

QStringView StoryParser::wordAttribute(QLatin1StringView name) const
{
    // Attributes of WordprocessingML elements are in the part's WordprocessingML namespace.
    return m_xml.attributes().value(m_story.wordNamespace, name);
}

void StoryParser::noteRevisionId()
{
    bool ok = false;
    const qint64 id = wordAttribute("id"_L1).toLongLong(&ok);
    if (ok && id > m_maxRevisionId)
        m_maxRevisionId = id;
}

qint32 StoryParser::currentField() const
{
    if (!m_fieldStack.isEmpty())
        return m_fieldStack.last();
    return m_simpleField;
}

bool StoryParser::parse(DocxError &error)
{
    // Find the root element; remember the prefix the part uses for WordprocessingML.
    while (next()) {
        if (m_xml.isStartElement())
            break;
    }
    if (m_xml.isStartElement()) {
        m_story.wordNamespace = m_xml.namespaceUri().toString();
        m_story.rootElement = m_xml.name().toString();
        if (!Ns::isWord(m_story.wordNamespace))
            m_xml.raiseError(u"the root element is not WordprocessingML"_s);
        else
            m_story.wordPrefix = m_xml.prefix().toString();
        if (!m_xml.hasError())
            parseBlocks();
        while (!m_xml.hasError() && next()) {
        }
    } else if (!m_xml.hasError()) {
        m_xml.raiseError(u"the part has no root element"_s);
    }

    if (!m_xml.hasError()) {
        // Complex fields left open at the end of the part: their result runs to the end.
        for (qint32 f : std::as_const(m_fieldStack))
            m_story.fields[f].resultEnd = qint32(m_story.text.size());
        return true;
    }
    error.code = m_safety.failed() ? DocxError::Code::ForbiddenXml : DocxError::Code::MalformedXml;
    error.part = m_story.partName;
    error.line = m_safety.line(m_xml);
    error.column = m_safety.column(m_xml);
    error.reason = m_safety.failed() ? m_safety.reason()
                                     : u"is not well-formed XML: "_s + m_xml.errorString();
    return false;
}

void StoryParser::finishContainer(qsizetype firstParagraph)
{
    if (m_story.paragraphs.size() > firstParagraph)
        m_story.paragraphs.last().lastInContainer = true;
}

// Block-level content: document, body, cells, notes, comments, headers, content controls.
void StoryParser::parseBlocks()
{
    const qsizetype first = m_story.paragraphs.size();
    while (next()) {
        if (m_xml.isEndElement())
            break;
        if (!m_xml.isStartElement())
            continue;
        if (Ns::isMarkupCompatibility(m_xml.namespaceUri()) && m_xml.name() == u"AlternateContent") {
            // Read one branch: the Fallback, which every consumer understands.
            while (next() && !m_xml.isEndElement()) {
                if (!m_xml.isStartElement())
                    continue;
                if (m_xml.name() == u"Fallback") {
                    const quint16 saved = m_runFlags;
                    m_runFlags |= Run::InAlternateContent;
                    parseBlocks();
                    m_runFlags = saved;
                } else {
                    skipElement();
                }
            }
            continue;
        }
        if (!atWordElement()) {
            skipElement();
            continue;
        }
        const QStringView name = m_xml.name();
        if (name == u"p") {
            parseParagraph();
        } else if (name == u"tbl") {
            parseTable();
        } else if (name == u"sdt") {
            parseBlockContentControl();
        } else if (name == u"customXml" || name == u"body") {
            parseBlocks();
        } else if (name == u"tcPr" && m_cellRow >= 0 && !m_story.rows[m_cellRow].cellProperties.last().isValid()) {
            // A cell's own properties (a comparison puts a deleted row back in its shape).
            const qsizetype begin = elementBegin();
            skipElement();
            m_story.rows[m_cellRow].cellProperties.last() = {begin, offset()};
        } else if (name == u"footnote" || name == u"endnote" || name == u"comment") {
            const QStringView type = wordAttribute("type"_L1);
            if (type == u"separator" || type == u"continuationSeparator" || type == u"continuationNotice") {
                skipElement();
                continue;
            }
            const qint32 saved = m_container;
            m_container = m_nextContainer++;
            parseBlocks();
            m_container = saved;
        } else {
            skipElement();
        }
    }
    if (m_container == 0 && m_tableDepth == 0) {
        // Only the body's own last paragraph, not one that ends a nested wrapper (customXml, sdt).
        if (m_xml.isEndElement() && (m_xml.name() == u"body" || m_xml.name() == u"hdr" || m_xml.name() == u"ftr"))
            finishContainer(first);
    } else if (m_xml.isEndElement() && (m_xml.name() == u"tc" || m_xml.name() == u"footnote"
                                        || m_xml.name() == u"endnote" || m_xml.name() == u"comment")) {
        finishContainer(first);
    }
}

void StoryParser::parseTable()
{
    ++m_tableDepth;
    parseTableContent();
    --m_tableDepth;
}

void StoryParser::parseTableContent()
{
    while (next()) {
        if (m_xml.isEndElement())
            break;
        if (!m_xml.isStartElement())
            continue;
        const QStringView name = m_xml.name();
        if (atWordElement() && name == u"tr") {
            TableRow row;
            row.raw.begin = elementBegin();
            row.propertiesAt = offset();
            row.firstParagraph = qint32(m_story.paragraphs.size());
            row.tableDepth = m_tableDepth;
            const qsizetype index = m_story.rows.size();
            m_story.rows.append(std::move(row));
            parseTableRow(index);
            TableRow &done = m_story.rows[index];
            done.raw.end = offset();
            done.paragraphCount = qint32(m_story.paragraphs.size()) - done.firstParagraph;
        } else if (atWordElement() && (name == u"sdt" || name == u"sdtContent" || name == u"customXml"))
            parseTableContent(); // rows wrapped in a content control or custom XML: read through, same depth
        else
            skipElement();
    }
}

void StoryParser::parseTableRow(qsizetype row)
{
    while (next()) {
        if (m_xml.isEndElement())
            break;
        if (!m_xml.isStartElement())
            continue;
        const QStringView name = m_xml.name();
        if (atWordElement() && name == u"tc") {
            m_story.rows[row].cells.append(qint32(m_story.paragraphs.size()));
            m_story.rows[row].cellProperties.append(XmlRange{});
            const qsizetype saved = m_cellRow;
            m_cellRow = row;
            parseCell();
            m_cellRow = saved;
        } else if (atWordElement() && (name == u"sdt" || name == u"sdtContent" || name == u"customXml")) {
            parseTableRow(row);
        } else if (atWordElement() && name == u"trPr") {
            const qsizetype begin = elementBegin();
            while (next() && !m_xml.isEndElement()) {
                if (!m_xml.isStartElement())
                    continue;
                if (atWordElement() && m_xml.name() == u"ins")
                    m_story.rows[row].inserted = true;
                if (atWordElement() && m_xml.name() == u"del")
                    m_story.rows[row].deleted = true;
                skipElement();
            }
            m_story.rows[row].properties = {begin, offset()};
        } else {
            const bool exceptions = atWordElement() && name == u"tblPrEx";
            skipElement();
            if (exceptions) // a w:trPr goes after the row's table property exceptions
                m_story.rows[row].propertiesAt = offset();
        }
    }
}

void StoryParser::parseCell()
{
    const qint32 saved = m_container;
    m_container = m_nextContainer++;
    parseBlocks();
    m_container = saved;
}

quint16 StoryParser::parseContentControlProperties()
{
    quint16 flags = Run::InContentControl;
    while (next()) {
        if (m_xml.isEndElement())
            break;
        if (!m_xml.isStartElement())
            continue;
        const QStringView name = m_xml.name();
        if (atWordElement() && (name == u"dataBinding" || name == u"showingPlcHdr"))
            flags |= Run::Protected;
        if (atWordElement() && name == u"lock") {
            const QStringView v = wordAttribute("val"_L1);
            if (v == u"contentLocked" || v == u"sdtContentLocked")
                flags |= Run::Protected;
        }
        skipElement();
    }
    return flags;
}

void StoryParser::parseBlockContentControl()
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
            parseBlocks();
        else
            skipElement();
    }
    m_runFlags = saved;
}

void StoryParser::parseParagraph()
{
    Paragraph p;
    p.raw.begin = elementBegin();
    p.startTag = {p.raw.begin, offset()};
    p.textStart = qint32(m_story.text.size());
    p.firstRun = qint32(m_story.runs.size());
    p.container = m_container;
    p.tableDepth = m_tableDepth;
    p.numId = -1;  // -1: not set here, inherit from the style
    p.level = -1;
    p.headingLevel = -1;
    parseInline(p);
    p.raw.end = offset();
    p.textEnd = qint32(m_story.text.size());
    p.runCount = qint32(m_story.runs.size()) - p.firstRun;
    // A mark deleted as a tracked change joins this paragraph to the next in the accepted view.
    if (!p.markDeleted)
        m_story.text += QLatin1Char('\n');
    m_story.paragraphs.append(std::move(p));
}

void StoryParser::parseParagraphProperties(Paragraph &p)
{
    p.properties.begin = elementBegin();
    qsizetype tail = -1;
    while (next()) {
        if (m_xml.isEndElement())
            break;
        if (!m_xml.isStartElement())
            continue;
        if (!atWordElement()) {
            skipElement();
            continue;
        }
        const QStringView name = m_xml.name();
        if (name == u"pStyle") {
            p.styleId = wordAttribute("val"_L1).toString();
            skipElement();
        } else if (name == u"numPr") {
            while (next() && !m_xml.isEndElement()) {
                if (!m_xml.isStartElement())
                    continue;
                if (m_xml.name() == u"ilvl")
                    p.level = wordAttribute("val"_L1).toInt();
                else if (m_xml.name() == u"numId")
                    p.numId = wordAttribute("val"_L1).toInt();
                skipElement();
            }
        } else if (name == u"outlineLvl") {
            bool ok = false;
            const int lvl = wordAttribute("val"_L1).toInt(&ok);
            if (ok)
                p.headingLevel = qint16(lvl < 9 ? lvl + 1 : 0);
            skipElement();
        } else if (name == u"rPr") {
            p.markProperties.begin = elementBegin();
            while (next() && !m_xml.isEndElement()) {
                if (!m_xml.isStartElement())
                    continue;
                if (atWordElement() && (m_xml.name() == u"ins" || m_xml.name() == u"moveTo"))
                    p.markInserted = true;
                if (atWordElement() && (m_xml.name() == u"del" || m_xml.name() == u"moveFrom"))
                    p.markDeleted = true;
                skipElement();
            }
            p.markProperties.end = offset();
        } else if (name == u"sectPr" || name == u"pPrChange") {
            if (tail < 0)
                tail = elementBegin();
            if (name == u"sectPr")
                p.hasSectionBreak = true;
            skipElement();
        } else {
            skipElement();
        }
    }
    p.properties.end = offset();
    if (tail < 0)  // before "</w:pPr>" (or at the end of an empty <w:pPr/>)
        tail = m_story.xml.lastIndexOf(QLatin1Char('<'), p.properties.end - 1);
    p.propertiesTail = {tail, tail};
}

} // namespace Redliner::Docx
