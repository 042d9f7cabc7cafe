// SPDX-License-Identifier: GPL-3.0-or-later
//
// redliner-fuzz-seeds OUTDIR: writes the seed corpus of the reader fuzzer, small .docx files that
// between them reach every construct the reader and the revision writer handle (paragraphs,
// tables, hyperlinks, fields, tracked changes, numbering, content controls, headers, notes,
// comments). Most seeds are stored without compression, so that the fuzzer's byte mutations land
// in the XML instead of in deflate streams; two deflated copies keep the inflate path covered.

#include "docxbuilder.h"
#include "zipcraft.h"

#include <QDir>
#include <QFile>

#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>

using namespace Qt::Literals::StringLiterals;
namespace TS = Redliner::TestSupport;

namespace {

const QString kWordNs = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
const QString kRelNs = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s;

QString run(const QString &text, const QString &props = {})
{
    return u"<w:r>"_s + (props.isEmpty() ? QString() : u"<w:rPr>"_s + props + u"</w:rPr>"_s)
        + u"<w:t xml:space=\"preserve\">"_s + TS::escapeXml(text) + u"</w:t></w:r>"_s;
}

QString para(const QString &inner, const QString &pPr = {})
{
    return u"<w:p>"_s + (pPr.isEmpty() ? QString() : u"<w:pPr>"_s + pPr + u"</w:pPr>"_s) + inner + u"</w:p>"_s;
}

QString styles()
{
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\""_s + kWordNs
        + u"\"><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
          "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
          "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
          "<w:style w:type=\"paragraph\" w:styleId=\"ListClause\"><w:name w:val=\"List Clause\"/>"
          "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
          "</w:styles>"_s;
}

QString numbering()
{
    QString levels;
    const QStringList formats{u"decimal"_s, u"lowerLetter"_s, u"lowerRoman"_s, u"upperLetter"_s, u"upperRoman"_s};
    for (int i = 0; i < 5; ++i) {
        QString text;
        for (int j = 0; j <= i; ++j)
            text += u"%"_s + QString::number(j + 1) + (j < i ? u"."_s : QString());
        levels += u"<w:lvl w:ilvl=\"%1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"%2\"/><w:lvlText w:val=\"(%3)\"/>"
                  "</w:lvl>"_s.arg(i).arg(formats[i], text);
    }
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering xmlns:w=\""_s + kWordNs
        + u"\"><w:abstractNum w:abstractNumId=\"0\">"_s + levels
        + u"</w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"4\"/>"
          "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/><w:isLgl/></w:lvl></w:abstractNum>"
          "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
          "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
          "<w:startOverride w:val=\"7\"/></w:lvlOverride></w:num></w:numbering>"_s;
}

QString numbered(const QString &text, int numId, int level)
{
    return para(run(text), u"<w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr>"_s.arg(level).arg(numId));
}

QString commentsPart()
{
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\""_s + kWordNs
        + u"\"><w:comment w:id=\"7\" w:author=\"Counsel\" w:date=\"2025-01-01T00:00:00Z\" w:initials=\"C\">"_s
        + para(run(u"Why five years?"_s)) + u"</w:comment></w:comments>"_s;
}

QString footnotesPart()
{
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:footnotes xmlns:w=\""_s + kWordNs
        + u"\"><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
          "<w:footnote w:id=\"1\">"_s
        + para(u"<w:r><w:footnoteRef/></w:r>"_s + run(u" As defined in Schedule 1."_s)) + u"</w:footnote></w:footnotes>"_s;
}

struct Seed {
    QString name;
    TS::DocxSpec spec;
    bool deflated = false;
    std::function<QByteArray(const QByteArray &)> craft = {};  // plants what buildDocx cannot
};

QList<Seed> seeds()
{
    QList<Seed> out;
    const QString term = u"This Agreement remains in force for five (5) years from the Effective Date."_s;
    // The fuzz target deletes the middle third of the body and inserts at a sixth: this clause sits
    // there in most seeds, so that the unmutated seeds are written, not refused.
    const QString clause = u"The Receiving Party shall hold all Confidential Information in confidence and use it "
                           "solely for the Purpose, and shall not disclose it to any third party."_s;

    {  // plain paragraphs with a heading, formatting and an empty paragraph
        TS::DocxSpec s;
        s.documentXml = TS::wordDocument(
            TS::paragraph(u"Mutual Non-Disclosure Agreement"_s, u"Heading1"_s) + para(run(term))
            + para(run(u"Confidential Information"_s, u"<w:b/><w:i/>"_s) + run(u" means all information."_s, u"<w:u w:val=\"single\"/>"_s))
            + u"<w:p/>"_s + TS::paragraph(u"Tab\tand line\nbreak."_s));
        s.stylesXml = styles();
        out.append({u"paragraphs"_s, s});
        out.append({u"paragraphs-deflated"_s, s, true});
    }
    {  // a table, with a nested table and a merged cell
        const QString cell = u"<w:tc><w:tcPr><w:tcW w:w=\"4000\" w:type=\"dxa\"/></w:tcPr>%1</w:tc>"_s;
        const QString inner = u"<w:tbl><w:tr>"_s + cell.arg(TS::paragraph(u"inner A"_s)) + cell.arg(TS::paragraph(u"inner B"_s))
            + u"</w:tr></w:tbl>"_s;
        const QString table = u"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
                              "<w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"4000\"/></w:tblGrid><w:tr>"_s
            + cell.arg(TS::paragraph(u"Party"_s)) + cell.arg(TS::paragraph(u"Address"_s)) + u"</w:tr><w:tr>"_s
            + cell.arg(TS::paragraph(u"Northwind"_s) + TS::paragraph(clause + u" "_s + clause)) + cell.arg(inner + TS::paragraph(u""_s))
            + u"</w:tr><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>"_s + TS::paragraph(u"merged"_s)
            + u"</w:tc></w:tr></w:tbl>"_s;
        TS::DocxSpec s;
        s.documentXml = TS::wordDocument(TS::paragraph(u"Parties"_s) + table + TS::paragraph(u"After the table."_s));
        out.append({u"table"_s, s});
    }
    {  // hyperlinks: external (relationship) and internal (anchor)
        TS::DocxSpec s;
        s.documentXml = TS::wordDocument(
            para(run(u"See "_s) + u"<w:hyperlink r:id=\"rId9\" w:history=\"1\">"_s + run(u"the policy"_s, u"<w:rStyle w:val=\"Hyperlink\"/>"_s)
                 + run(u" online"_s) + u"</w:hyperlink>"_s + run(u" and "_s)
                 + u"<w:hyperlink w:anchor=\"Definitions\">"_s + run(u"clause 1"_s) + u"</w:hyperlink>"_s + run(u"."_s))
            + para(u"<w:bookmarkStart w:id=\"0\" w:name=\"Definitions\"/>"_s + run(u"Definitions."_s) + u"<w:bookmarkEnd w:id=\"0\"/>"_s));
        s.extraParts.append({u"word/_rels/document.xml.rels"_s,
                             (u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                              "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId9\" Type=\""_s
                              + kRelNs + u"/hyperlink\" Target=\"https://example.invalid/policy\" TargetMode=\"External\"/>"
                                         "</Relationships>"_s).toUtf8()});
        out.append({u"hyperlink"_s, s});
    }
    {  // a complex field with a nested field, and a simple field
        TS::DocxSpec s;
        s.documentXml = TS::wordDocument(
            para(run(u"Page "_s) + u"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                                   "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"_s + run(u"3"_s)
                 + u"<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"_s + run(u" of "_s)
                 + u"<w:fldSimple w:instr=\" NUMPAGES \">"_s + run(u"9"_s) + u"</w:fldSimple>"_s)
            + TS::paragraph(clause)
            + para(u"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>"
                   "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>"
                   "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"_s + run(u"2025"_s)
                   + u"<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"_s
                   + run(u"result"_s) + u"<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"_s + run(u" after fields."_s)));
        out.append({u"field"_s, s});
    }
    {  // existing tracked changes: insertion, deletion, move, paragraph-mark revisions, comment
        const QString rev = u"w:author=\"Counsel\" w:date=\"2025-01-01T00:00:00Z\""_s;
        TS::DocxSpec s;
        s.documentXml = TS::wordDocument(
            TS::paragraph(clause) + para(run(clause) + u"<w:commentRangeStart w:id=\"8\"/>"_s + run(u" Noted."_s)
                                         + u"<w:commentRangeEnd w:id=\"8\"/>"_s)
            + para(run(u"The term is "_s) + u"<w:del w:id=\"1\" "_s + rev + u"><w:r><w:delText>five (5)</w:delText></w:r></w:del>"_s
                 + u"<w:ins w:id=\"2\" "_s + rev + u">"_s + run(u"three (3)"_s) + u"</w:ins>"_s + run(u" years."_s),
                 u"<w:rPr><w:ins w:id=\"3\" "_s + rev + u"/></w:rPr>"_s)
            + para(u"<w:moveFrom w:id=\"4\" "_s + rev + u"><w:r><w:delText>moved away</w:delText></w:r></w:moveFrom>"_s
                       + u"<w:commentRangeStart w:id=\"7\"/>"_s + run(term) + u"<w:commentRangeEnd w:id=\"7\"/>"
                                                                             "<w:r><w:commentReference w:id=\"7\"/></w:r>"_s,
                   u"<w:rPr><w:del w:id=\"5\" "_s + rev + u"/></w:rPr>"_s)
            + para(u"<w:moveTo w:id=\"6\" "_s + rev + u">"_s + run(u"moved here"_s) + u"</w:moveTo>"_s));
        s.commentsXml = commentsPart();
        out.append({u"tracked"_s, s});
        out.append({u"tracked-deflated"_s, s, true});
    }
    {  // numbering: a multi-level list, a list via style, a restarted legal list
        TS::DocxSpec s;
        s.documentXml = TS::wordDocument(
            numbered(u"Definitions"_s, 1, 0) + numbered(u"Confidential Information"_s, 1, 1)
            + numbered(u"Purpose"_s, 1, 1) + numbered(u"sub-item"_s, 1, 2) + TS::paragraph(u"via style"_s, u"ListClause"_s)
            + numbered(u"Obligations"_s, 1, 0) + numbered(u"Term"_s, 2, 0) + numbered(u"Notices"_s, 2, 0));
        s.stylesXml = styles();
        s.numberingXml = numbering();
        out.append({u"numbering"_s, s});
    }
    {  // content controls (one locked), custom XML, alternate content
        TS::DocxSpec s;
        s.documentXml = TS::wordDocument(
            TS::paragraph(clause) + TS::paragraph(clause)
            + u"<w:sdt><w:sdtPr><w:alias w:val=\"Party\"/><w:lock w:val=\"sdtContentLocked\"/></w:sdtPr><w:sdtContent>"_s
            + TS::paragraph(u"Northwind Analytics Ltd."_s) + u"</w:sdtContent></w:sdt>"_s
            + para(run(u"Signed by "_s) + u"<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"_s
                   + run(u"Click to enter a name"_s) + u"</w:sdtContent></w:sdt>"_s)
            + u"<w:customXml w:element=\"clause\">"_s + TS::paragraph(term) + u"</w:customXml>"_s
            + para(u"<mc:AlternateContent><mc:Choice Requires=\"w14\">"_s + run(u"choice"_s)
                   + u"</mc:Choice><mc:Fallback>"_s + run(u"fallback"_s) + u"</mc:Fallback></mc:AlternateContent>"_s));
        out.append({u"contentcontrols"_s, s});
    }
    {  // header, footer, footnote
        TS::DocxSpec s;
        s.documentXml = TS::wordDocument(
            para(run(u"Terms"_s) + u"<w:r><w:footnoteReference w:id=\"1\"/></w:r>"_s + run(u" apply."_s)),
            TS::sectionProperties(true, true));
        s.headers.append({u"header1.xml"_s, TS::headerPart(TS::paragraph(u"CONFIDENTIAL"_s))});
        s.footers.append({u"footer1.xml"_s, TS::footerPart(TS::paragraph(u"Page footer"_s))});
        s.footnotesXml = footnotesPart();
        out.append({u"headerfooter"_s, s});
    }
    {  // symbols and atoms: sym, no-break and soft hyphens, page break, drawing placeholder
        TS::DocxSpec s;
        s.documentXml = TS::wordDocument(
            para(u"<w:r><w:t>A</w:t><w:noBreakHyphen/><w:t>B</w:t><w:softHyphen/><w:t>C</w:t>"
                 "<w:sym w:font=\"Symbol\" w:char=\"F0E3\"/><w:tab/><w:cr/><w:t>D</w:t></w:r>"_s)
            + para(u"<w:r><w:br w:type=\"page\"/></w:r><w:r><w:drawing><wp:inline><wp:extent cx=\"1\" cy=\"1\"/>"
                   "</wp:inline></w:drawing></w:r>"_s + run(u"after the picture"_s))
            + para(u"<w:r><w:lastRenderedPageBreak/><w:t>&#x201C;quoted&#x201D; &amp; &lt;escaped&gt;</w:t></w:r>"_s));
        out.append({u"atoms"_s, s});
    }
    {  // UTF-16 main part in the Strict namespace, under a non-default name
        TS::DocxSpec s;
        s.mainPartName = u"word/main.xml"_s;
        const QString xml = u"<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<w:document xmlns:w=\""
                            "http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body>"_s
            + para(run(u"Stricte confidentialit\u00e9 \u2014 \u6a5f\u5bc6"_s)) + TS::paragraph(term)
            + u"<w:sectPr/></w:body></w:document>"_s;
        s.documentXml = xml;  // replaced below by its UTF-16 bytes
        QByteArray utf16("\xFF\xFE", 2);
        utf16 += QByteArray(reinterpret_cast<const char *>(xml.utf16()), xml.size() * 2);
        s.extraParts.append({s.mainPartName, utf16});
        out.append({u"strict-utf16"_s, s});
    }
    {  // a main part declared ISO-8859-1: read as declared, written back as UTF-8
        TS::DocxSpec s;
        s.documentXml = TS::wordDocument(TS::paragraph(clause));
        s.extraParts.append({u"word/document.xml"_s, s.documentXml.toUtf8()
                                                         .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                                                         .replace("Receiving", "R\xE9" "ceiving")});
        out.append({u"latin1"_s, s});
    }
    {  // UTF-16LE without a byte order mark
        TS::DocxSpec s;
        const QString xml = TS::wordDocument(TS::paragraph(clause) + TS::paragraph(term)).replace(u"UTF-8"_s, u"UTF-16"_s);
        s.documentXml = xml;
        s.extraParts.append({u"word/document.xml"_s, QByteArray(reinterpret_cast<const char *>(xml.utf16()), xml.size() * 2)});
        out.append({u"utf16-nobom"_s, s});
    }
    {  // one element with more attributes, and one with more namespace declarations, than allowed
        QString attributes, namespaces;
        for (int i = 0; i < 1'100; ++i) {
            attributes += u" a%1=\"1\""_s.arg(i);
            namespaces += u" xmlns:n%1=\"urn:n%1\""_s.arg(i);
        }
        TS::DocxSpec s;
        s.documentXml = TS::wordDocument(TS::paragraph(clause) + u"<w:p"_s + attributes + u"/>"_s);
        out.append({u"attributes"_s, s});
        s.documentXml = TS::wordDocument(u"<w:p"_s + namespaces + u">"_s + run(clause) + u"</w:p>"_s);
        out.append({u"namespaces"_s, s});
    }
    {  // two directory entries sharing one entry's data (the overlapping-entry ZIP bomb)
        TS::DocxSpec s;
        s.documentXml = TS::wordDocument(TS::paragraph(clause));
        s.extraParts.append({u"customXml/item1.xml"_s, "<item/>"});
        out.append({u"overlapping"_s, s, false, [](const QByteArray &zip) {
                        return TS::shareEntryData(zip, "customXml/item1.xml", "word/document.xml");
                    }});
    }
    return out;
}

// The same archive with every entry stored uncompressed.
QByteArray stored(const QByteArray &zipBytes)
{
    void *copy = std::malloc(size_t(zipBytes.size()));
    if (!copy)
        return {};
    std::memcpy(copy, zipBytes.constData(), size_t(zipBytes.size()));
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *source = zip_source_buffer_create(copy, zip_uint64_t(zipBytes.size()), 1, &zerr);
    zip_t *archive = source ? zip_open_from_source(source, 0, &zerr) : nullptr;
    zip_error_fini(&zerr);
    if (!archive) {
        if (source)
            zip_source_free(source);
        else
            std::free(copy);
        return {};
    }
    zip_source_keep(source);
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i)
        zip_set_file_compression(archive, zip_uint64_t(i), ZIP_CM_STORE, 0);
    QByteArray out;
    if (zip_close(archive) == 0) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_source_stat(source, &st) == 0 && zip_source_open(source) == 0) {
            out.resize(qsizetype(st.size));
            if (zip_source_read(source, out.data(), st.size) != zip_int64_t(st.size))
                out.clear();
            zip_source_close(source);
        }
    } else {
        zip_discard(archive);
    }
    zip_source_free(source);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: redliner-fuzz-seeds OUTDIR\n");
        return 1;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "redliner-fuzz-seeds: cannot create %s\n", argv[1]);
        return 1;
    }
    int written = 0;
    for (const Seed &seed : seeds()) {
        QString error;
        QByteArray bytes = TS::buildDocx(seed.spec, &error);
        if (!bytes.isEmpty() && !seed.deflated)
            bytes = stored(bytes);
        if (!bytes.isEmpty() && seed.craft)
            bytes = seed.craft(bytes);
        if (bytes.isEmpty()) {
            std::fprintf(stderr, "redliner-fuzz-seeds: %s: cannot build: %s\n", qPrintable(seed.name), qPrintable(error));
            return 1;
        }
        QFile file(QDir(outDir).filePath(seed.name + u".docx"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "redliner-fuzz-seeds: cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
        ++written;
    }
    std::printf("wrote %d seeds to %s\n", written, argv[1]);
    return 0;
}
