// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Ready-made WordprocessingML parts and fragments shared by the fixture generators, so that the
// NDA benchmark generator and the sample converter produce the same kind of Word output.

#include <QList>
#include <QString>

namespace Redliner::TestSupport {

// The numId of the one list numberingPart() defines; paragraphs join it with w:numPr.
inline constexpr int kClauseListNumId = 1;

struct ListLevel {
    QString format;  // w:numFmt, e.g. "decimal", "lowerLetter"
    QString text;    // w:lvlText, e.g. "%1.", "%1.%2", "(%3)"
    int indentTwips = 720;   // left indent of the text
    int hangingTwips = 720;  // how far the label hangs to the left of it
};

// numbering.xml with one multi-level abstractNum (level i = levels[i]) and num kClauseListNumId.
QString numberingPart(const QList<ListLevel> &levels);

// styles.xml with the document defaults and the styles generated documents use: Normal, Title,
// Heading1, Heading2, ListParagraph, Header, Footer, TableGrid (plus Word's hidden defaults).
QString stylesPart();

// <w:pPr> content that puts a paragraph on level ilvl of the clause list, in the ListParagraph
// style as Word's numbering button does, or without it as in documents with numbered styles.
QString listParagraphProperties(int ilvl, bool listParagraphStyle = true);

// A complex field (fldChar begin / instrText / separate / result / end) as runs, each carrying
// rPrXml (the inner XML of w:rPr, may be empty).
QString complexField(const QString &instruction, const QString &result, const QString &rPrXml = {});

// Header/footer parts: a right-aligned bold label, and a centred "Page N of M" footer whose page
// number is a complex PAGE field and whose page count is a w:fldSimple NUMPAGES.
QString labelHeaderPart(const QString &label);
QString pageNumberFooterPart();

} // namespace Redliner::TestSupport
