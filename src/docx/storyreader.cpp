// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyreader.h"
#include "xmlnames.h"

namespace Redliner::Docx {

StoryReader::StoryReader(const Story &story, const PackageLimits &limits, const QList<XmlRange> &omit)
    : m_story(story), m_safety(limits)
{
    qsizetype at = 0;
    qsizetype fed = 0;
    for (const XmlRange &gap : omit) {
        if (gap.begin > at) {
            m_pieces.append({at, gap.begin, fed});
            fed += gap.begin - at;
        }
        at = qMax(at, gap.end);
    }
    if (at < story.xml.size() || m_pieces.isEmpty())
        m_pieces.append({at, story.xml.size(), fed});
    feed();
    // No XmlSafety::scan: the StoryParser ran it over this very text before the Story existed (it
    // costs as much as a tenth of the reading). The checks of every token still run.
    m_xml.setNamespaceProcessing(true);
}

// Given a piece at a time, as the parser does: given all at once the reader keeps a second copy of
// the whole part for as long as it reads.
bool StoryReader::feed()
{
    constexpr qsizetype Chunk = 1 << 20;
    const QString &text = m_story.xml;
    while (m_feeding < m_pieces.size() && m_fedInPiece >= m_pieces[m_feeding].end - m_pieces[m_feeding].begin) {
        ++m_feeding;
        m_fedInPiece = 0;
    }
    if (m_feeding >= m_pieces.size())
        return false;
    const Piece &piece = m_pieces[m_feeding];
    const qsizetype from = piece.begin + m_fedInPiece;
    qsizetype n = qMin(Chunk, piece.end - from);
    if (from + n < piece.end && text.at(from + n - 1).isHighSurrogate())
        ++n; // never half a character
    m_xml.addData(text.sliced(from, n));
    m_fedInPiece += n;
    return true;
}

// A token ending where a piece ends belongs to that piece, not to the next (after an omission).
qsizetype StoryReader::storyOffset(qsizetype fedOffset) const
{
    if (m_found >= m_pieces.size() || m_pieces[m_found].fed >= fedOffset)
        m_found = 0;
    while (m_found + 1 < m_pieces.size() && m_pieces[m_found + 1].fed < fedOffset)
        ++m_found;
    const Piece &piece = m_pieces[m_found];
    return piece.begin + (fedOffset - piece.fed);
}

bool StoryReader::next()
{
    if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        return false;
    if (m_xml.atEnd() && !feed())
        return false;
    m_xml.readNext();
    while (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed())
        m_xml.readNext();
    if (!m_safety.check(m_xml) || m_xml.hasError())
        return false;
    const auto token = m_xml.tokenType();
    m_isWord = false;
    if (token == QXmlStreamReader::StartElement || token == QXmlStreamReader::EndElement) {
        // The reader keeps one copy of a declared URI: a known address is a match, without
        // comparing 60 characters for every element.
        const QStringView uri = m_xml.namespaceUri();
        if (uri.data() == m_wordUri && uri.size() == m_story.wordNamespace.size() && !uri.isEmpty()) {
            m_isWord = true;
        } else if (Ns::isWord(uri)) {
            m_isWord = true;
            m_wordUri = uri.data();
        }
    }
    return true;
}

// A start tag ends where the reader is; it begins at the last '<' before that ('<' cannot occur
// inside a tag), exactly as the parser computed the ranges it kept.
qsizetype StoryReader::elementBegin() const
{
    return m_story.xml.lastIndexOf(QLatin1Char('<'), offset() - 1);
}

void StoryReader::skipElement()
{
    int depth = 1;
    while (depth > 0 && next()) {
        if (m_xml.isStartElement())
            ++depth;
        else if (m_xml.isEndElement())
            --depth;
    }
}

DocxError StoryReader::error(const QString &file) const
{
    DocxError e;
    e.code = m_safety.failed() ? DocxError::Code::ForbiddenXml : DocxError::Code::MalformedXml;
    e.file = file;
    e.part = m_story.partName;
    e.line = m_safety.line(m_xml);
    e.column = m_safety.column(m_xml);
    e.reason = m_safety.failed() ? m_safety.reason() : QStringLiteral("is not well-formed XML: ") + m_xml.errorString();
    return e;
}

QDateTime revisionDate(QStringView text)
{
    text = text.trimmed();
    QDateTime date = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!date.isValid())
        return {};
    // A zone is "Z" or a signed offset after the time: a '+' or '-' past the 'T'.
    const qsizetype t = text.indexOf(u'T');
    const bool zoned = text.endsWith(u'Z') || text.endsWith(u'z')
                       || (t >= 0 && (text.indexOf(u'+', t) > 0 || text.indexOf(u'-', t) > 0));
    if (!zoned)
        date = QDateTime(date.date(), date.time(), Qt::UTC);
    return date.toUTC();
}

} // namespace Redliner::Docx
