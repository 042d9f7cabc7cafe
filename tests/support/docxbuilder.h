// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small writer of minimal-but-valid .docx packages, for hand-made test fixtures and benchmark
// documents. It only packages XML the caller wrote; it never interprets it, so a test can put
// exactly the markup it wants to exercise into a part.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace Redliner::TestSupport {

struct DocxSpec {
    QString documentXml;   // the main part; required
    QString stylesXml;     // every part below is written (with its relationship) only when non-empty
    QString numberingXml;
    QList<QPair<QString, QString>> headers;  // part file name ("header1.xml"), xml
    QList<QPair<QString, QString>> footers;  // part file name ("footer1.xml"), xml
    QString footnotesXml;
    QString commentsXml;
    QString commentsExtendedXml; // word/commentsExtended.xml (Word 2013's reply threads and "done")
    QString mainPartName = QStringLiteral("word/document.xml");
    // Raw entries (name inside the ZIP, bytes) added as they are. An entry with the name of a
    // generated one replaces it, so a test can plant a broken [Content_Types].xml or .rels.
    QList<QPair<QString, QByteArray>> extraParts;
};

// Relationship ids buildDocx gives the main part's relationships. They are fixed (not counted) so
// that a caller can write w:headerReference r:id="..." before the package exists.
QString headerRelationshipId(qsizetype index);  // index into DocxSpec::headers
QString footerRelationshipId(qsizetype index);  // index into DocxSpec::footers

// The whole .docx as ZIP bytes (deflated, fixed timestamps so equal specs give equal bytes);
// empty on failure, with the reason in *error when given.
QByteArray buildDocx(const DocxSpec &spec, QString *error = nullptr);
bool writeDocx(const QString &path, const DocxSpec &spec, QString *error = nullptr);

// Escapes text for element content and attribute values.
QString escapeXml(QStringView text);

// Inner XML of a US Letter section with 1" margins; references the first header and/or footer
// of the spec (headerRelationshipId(0) / footerRelationshipId(0)) when asked.
QString sectionProperties(bool withHeader = false, bool withFooter = false);

// A full document.xml around body content, with the namespace declarations Word writes and a
// final <w:sectPr> holding sectPrInnerXml (pass sectionProperties(true, true) to get the header
// and footer on the page).
QString wordDocument(const QString &bodyInnerXml,
                     const QString &sectPrInnerXml = sectionProperties());

// <w:p> with one run of escaped text, optionally with a paragraph style id ("Heading1").
QString paragraph(const QString &text, const QString &style = {});

// A header (w:hdr) or footer (w:ftr) part around paragraph XML.
QString headerPart(const QString &paragraphsXml);
QString footerPart(const QString &paragraphsXml);

} // namespace Redliner::TestSupport
