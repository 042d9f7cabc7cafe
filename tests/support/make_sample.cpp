// SPDX-License-Identifier: GPL-3.0-or-later
// redliner-make-sample IN.md OUT.docx: turns a sample document written in the markdown subset of
// markdownsubset.h into a .docx the way Word would store it: a Title paragraph, clauses numbered
// through numbering.xml (labels are never typed into the text), a bold heading run opening each
// clause, a CONFIDENTIAL header, a page-number footer and a borderless signature table.

#include "docxbuilder.h"
#include "markdownsubset.h"
#include "wordparts.h"

#include <QFile>

#include <algorithm>
#include <cstdio>

namespace {

using namespace Redliner::TestSupport;

QString textRun(const QString &text, bool bold)
{
    return (bold ? QStringView(u"<w:r><w:rPr><w:b/></w:rPr>") : QStringView(u"<w:r>"))
        % u"<w:t xml:space=\"preserve\">" % escapeXml(text) % u"</w:t></w:r>";
}

// Runs for text with **bold** spans; `allBold` makes every run bold (table header cells).
QString inlineRuns(const QString &text, bool allBold = false)
{
    QString xml;
    const QStringList parts = text.split(QStringLiteral("**"));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (!parts[i].isEmpty())
            xml += textRun(parts[i], allBold || i % 2 == 1);
    }
    return xml;
}

QString wordParagraph(const QString &pPrInner, const QString &runsXml)
{
    return u"<w:p>" % (pPrInner.isEmpty() ? QString() : QString(u"<w:pPr>" % pPrInner % u"</w:pPr>"))
        % runsXml % u"</w:p>";
}

QString styleProperty(QStringView style)
{
    return u"<w:pStyle w:val=\"" % style % u"\"/>";
}

QString clauseParagraph(const MarkdownBlock &block)
{
    // "Term." in bold, then the clause text in the same paragraph, as most NDAs are laid out.
    QString heading = block.heading;
    if (!heading.endsWith(u'.'))
        heading += u'.';
    QString runs = textRun(heading, true);
    if (!block.text.isEmpty())
        runs += textRun(QStringLiteral(" "), false) % inlineRuns(block.text);
    return wordParagraph(listParagraphProperties(0), runs);
}

// Signature blocks are laid out in a borderless table, one column per party; the first row
// (the party names) is bold and the rest get room above them for a signature.
QString signatureTable(const MarkdownBlock &block)
{
    qsizetype columns = 1;
    for (const QStringList &row : block.rows)
        columns = std::max(columns, row.size());
    const int width = int(9360 / columns);
    QString grid;
    for (qsizetype c = 0; c < columns; ++c)
        grid += u"<w:gridCol w:w=\"" % QString::number(width) % u"\"/>";
    QString xml = u"<w:tbl><w:tblPr><w:tblW w:w=\"9360\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
                  u"<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" "
                  u"w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"0\"/></w:tblPr><w:tblGrid>"
        % grid % u"</w:tblGrid>";
    for (qsizetype r = 0; r < block.rows.size(); ++r) {
        xml += u"<w:tr><w:trPr><w:cantSplit/></w:trPr>";
        for (qsizetype c = 0; c < columns; ++c) {
            const QString text = c < block.rows[r].size() ? block.rows[r][c] : QString();
            const QString pPr = r == 0 ? QStringLiteral("<w:keepNext/><w:jc w:val=\"left\"/>")
                                       : QStringLiteral("<w:spacing w:before=\"240\" w:after=\"0\"/>"
                                                        "<w:jc w:val=\"left\"/>");
            xml += u"<w:tc><w:tcPr><w:tcW w:w=\"" % QString::number(width) % u"\" w:type=\"dxa\"/></w:tcPr>"
                % wordParagraph(pPr, inlineRuns(text, r == 0)) % u"</w:tc>";
        }
        xml += u"</w:tr>";
    }
    return xml % u"</w:tbl>";
}

QString body(const QList<MarkdownBlock> &blocks)
{
    QString xml;
    for (const MarkdownBlock &block : blocks) {
        switch (block.kind) {
        case MarkdownBlock::Kind::Title:
            xml += wordParagraph(styleProperty(u"Title"), inlineRuns(block.text));
            break;
        case MarkdownBlock::Kind::Heading:
            xml += wordParagraph(styleProperty(u"Heading1"), inlineRuns(block.text));
            break;
        case MarkdownBlock::Kind::Paragraph:
            xml += wordParagraph({}, inlineRuns(block.text));
            break;
        case MarkdownBlock::Kind::Clause:
            xml += clauseParagraph(block);
            break;
        case MarkdownBlock::Kind::SubItem:
            xml += wordParagraph(listParagraphProperties(1), inlineRuns(block.text));
            break;
        case MarkdownBlock::Kind::Table:
            xml += signatureTable(block);
            break;
        }
    }
    if (!blocks.isEmpty() && blocks.last().kind == MarkdownBlock::Kind::Table)
        xml += u"<w:p/>";  // a body may not end with a table: Word wants a paragraph after it
    return xml;
}

DocxSpec sampleSpec(const QList<MarkdownBlock> &blocks)
{
    DocxSpec spec;
    spec.documentXml = wordDocument(body(blocks), sectionProperties(true, true));
    spec.stylesXml = stylesPart();
    spec.numberingXml = numberingPart({{QStringLiteral("decimal"), QStringLiteral("%1."), 720, 720},
                                       {QStringLiteral("lowerLetter"), QStringLiteral("(%2)"), 1440, 720}});
    spec.headers = {{QStringLiteral("header1.xml"), labelHeaderPart(QStringLiteral("CONFIDENTIAL"))}};
    spec.footers = {{QStringLiteral("footer1.xml"), pageNumberFooterPart()}};
    return spec;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fputs("usage: redliner-make-sample IN.md OUT.docx\n", stderr);
        return 2;
    }
    const QString in = QString::fromLocal8Bit(argv[1]);
    QFile file(in);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "redliner-make-sample: cannot read %s: %s\n", qPrintable(in),
                     qPrintable(file.errorString()));
        return 1;
    }
    QString error;
    const auto blocks = parseMarkdownSubset(QString::fromUtf8(file.readAll()), &error);
    if (!blocks) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(in), qPrintable(error));
        return 1;
    }
    if (!writeDocx(QString::fromLocal8Bit(argv[2]), sampleSpec(*blocks), &error)) {
        std::fprintf(stderr, "redliner-make-sample: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
