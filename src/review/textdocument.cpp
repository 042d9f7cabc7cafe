// SPDX-License-Identifier: GPL-3.0-or-later
#include "textparagraph.h"

#include "docx/document.h"

namespace Redliner::Review {

TextDocument TextDocument::fromStory(const Docx::Story &body)
{
    TextDocument doc;
    doc.text = body.text;
    doc.paragraphs.reserve(body.paragraphs.size());
    for (qsizetype i = 0; i < body.paragraphs.size(); ++i) {
        const Docx::Paragraph &p = body.paragraphs.at(i);
        TextParagraph out;
        out.start = p.textStart;
        out.text = body.paragraphText(i).toString();
        out.listLabel = p.listLabel;
        out.headingLevel = p.headingLevel;
        // ilvl only means something for a numbered paragraph; a stray w:ilvl without a label
        // must not make a body paragraph look nested.
        out.listLevel = p.listLabel.isEmpty() ? 0 : p.level;
        out.inTable = p.tableDepth > 0;
        doc.paragraphs.append(out);
    }
    return doc;
}

TextDocument TextDocument::fromPlainText(const QString &text)
{
    TextDocument doc;
    doc.text = text;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        qsizetype textEnd = lineEnd;
        // A CRLF file keeps its '\r' in the working text, but it is not part of the paragraph.
        if (textEnd > lineStart && text.at(textEnd - 1) == u'\r')
            --textEnd;
        const QStringView line = QStringView(text).mid(lineStart, textEnd - lineStart);
        if (!line.trimmed().isEmpty()) {
            TextParagraph p;
            p.start = qint32(lineStart);
            p.text = line.toString();
            doc.paragraphs.append(p);
        }
        lineStart = lineEnd + 1;
    }
    return doc;
}

} // namespace Redliner::Review
