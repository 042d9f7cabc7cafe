// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementscan.h"

#include <QXmlStreamReader>

namespace Redliner::Docx {

namespace {

// The end of the start tag that begins at `begin`: the first '>' outside a quoted value.
qsizetype startTagEnd(const QString &xml, qsizetype begin, qsizetype limit)
{
    QChar quote;
    for (qsizetype i = begin + 1; i < limit; ++i) {
        const QChar c = xml[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    return limit;
}

} // namespace

XmlRange contentOf(const QString &xml, XmlRange element)
{
    const qsizetype tagEnd = startTagEnd(xml, element.begin, element.end);
    if (tagEnd >= 2 && xml[tagEnd - 2] == u'/')
        return {tagEnd, tagEnd};
    return {tagEnd, xml.lastIndexOf(u'<', element.end - 1)};
}

QList<ScannedElement> scanElements(const QString &xml, XmlRange element)
{
    return scanContent(xml, contentOf(xml, element));
}

QList<ScannedElement> scanContent(const QString &xml, XmlRange content, bool *text, bool *balanced)
{
    if (text)
        *text = false;
    if (balanced)
        *balanced = true;
    QList<ScannedElement> found;
    if (content.length() <= 0)
        return found;
    // The content alone is a sequence of elements and text: wrapped so that the reader sees one
    // root. Offsets are shifted back by the wrapper's length.
    static const QString open = QStringLiteral("<x>");
    QXmlStreamReader reader(open + QStringView(xml).sliced(content.begin, content.length()) + QStringLiteral("</x>"));
    reader.setNamespaceProcessing(false);
    const qsizetype shift = content.begin - open.size();
    QList<qsizetype> openElements; // indices into found, innermost last
    int depth = -1;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 0)
                continue; // the wrapper
            const qsizetype end = qsizetype(reader.characterOffset()) + shift;
            ScannedElement e;
            e.qualifiedName = reader.qualifiedName().toString();
            e.localName = reader.name().toString();
            e.startTag = {xml.lastIndexOf(u'<', end - 1), end};
            e.raw.begin = e.startTag.begin;
            e.depth = depth - 1;
            openElements.append(found.size());
            found.append(std::move(e));
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth-- == 0)
                break;
            ScannedElement &e = found[openElements.takeLast()];
            const qsizetype end = qsizetype(reader.characterOffset()) + shift;
            const bool empty = end == e.startTag.end && xml[end - 2] == u'/';
            e.endTag = empty ? e.startTag : XmlRange{xml.lastIndexOf(u'<', end - 1), end};
            e.raw.end = end;
        } else if (token == QXmlStreamReader::Characters && text && !reader.isWhitespace()) {
            *text = true;
        }
    }
    if (reader.hasError() || !openElements.isEmpty()) {
        if (balanced)
            *balanced = false;
        return {};
    }
    return found;
}

} // namespace Redliner::Docx
