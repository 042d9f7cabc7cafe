// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordparts.h"

#include "docxbuilder.h"

namespace Redliner::TestSupport {

namespace {

QString partStart(QStringView root)
{
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:" % root
        % u" xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          u" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
}

QString paragraphStyle(QStringView id, QStringView name, QStringView pPr, QStringView rPr,
                       bool heading)
{
    // Child order follows CT_Style: name, basedOn, next, uiPriority, qFormat, pPr, rPr.
    QString xml = u"<w:style w:type=\"paragraph\" w:styleId=\"" % id % u"\"><w:name w:val=\"" % name
        % u"\"/><w:basedOn w:val=\"Normal\"/>";
    if (heading)
        xml += u"<w:next w:val=\"Normal\"/>";
    xml += u"<w:qFormat/>";
    if (!pPr.isEmpty())
        xml += u"<w:pPr>" % pPr % u"</w:pPr>";
    if (!rPr.isEmpty())
        xml += u"<w:rPr>" % rPr % u"</w:rPr>";
    return xml % u"</w:style>";
}

} // namespace

QString numberingPart(const QList<ListLevel> &levels)
{
    // Word writes multilevel lists with nsid/multiLevelType; LibreOffice and pandoc only need
    // numFmt/lvlText, but keeping Word's shape makes the fixtures realistic.
    QString xml = partStart(u"numbering")
        % u"<w:abstractNum w:abstractNumId=\"0\"><w:nsid w:val=\"4E2A1C37\"/>"
          u"<w:multiLevelType w:val=\"multilevel\"/><w:tmpl w:val=\"0409001F\"/>";
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const ListLevel &level = levels[i];
        xml += u"<w:lvl w:ilvl=\"" % QString::number(i) % u"\"><w:start w:val=\"1\"/><w:numFmt w:val=\""
            % escapeXml(level.format) % u"\"/><w:lvlText w:val=\"" % escapeXml(level.text)
            % u"\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\""
            % QString::number(level.indentTwips) % u"\" w:hanging=\""
            % QString::number(level.hangingTwips) % u"\"/></w:pPr>";
        // The top level's label is bold like the clause heading next to it.
        if (i == 0)
            xml += u"<w:rPr><w:b/></w:rPr>";
        xml += u"</w:lvl>";
    }
    return xml % u"</w:abstractNum><w:num w:numId=\"" % QString::number(kClauseListNumId)
        % u"\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
}

QString stylesPart()
{
    return partStart(u"styles")
        % u"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" "
          u"w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
          u"<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-GB\" w:eastAsia=\"en-US\" "
          u"w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" "
          u"w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
          u"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
          u"<w:qFormat/><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>"
          u"<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
          u"<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
          u"<w:unhideWhenUsed/></w:style>"
          u"<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal "
          u"Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd "
          u"w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" "
          u"w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
          u"</w:tblCellMar></w:tblPr></w:style>"
          u"<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No "
          u"List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
        % paragraphStyle(u"Title", u"Title", u"<w:spacing w:before=\"240\" w:after=\"360\"/><w:jc "
                                              u"w:val=\"center\"/>",
                         u"<w:b/><w:caps/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>", true)
        % paragraphStyle(u"Heading1", u"heading 1", u"<w:keepNext/><w:spacing w:before=\"240\" "
                                                     u"w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
                         u"<w:b/><w:caps/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>", true)
        % paragraphStyle(u"Heading2", u"heading 2", u"<w:keepNext/><w:spacing w:before=\"200\" "
                                                     u"w:after=\"80\"/><w:outlineLvl w:val=\"1\"/>",
                         u"<w:b/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>", true)
        % paragraphStyle(u"ListParagraph", u"List Paragraph", u"<w:ind w:left=\"720\"/>", {}, false)
        % paragraphStyle(u"Header", u"header", u"<w:tabs><w:tab w:val=\"center\" w:pos=\"4680\"/>"
                                                u"<w:tab w:val=\"right\" w:pos=\"9360\"/></w:tabs>"
                                                u"<w:spacing w:after=\"0\"/>",
                         {}, false)
        % paragraphStyle(u"Footer", u"footer", u"<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>",
                         u"<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>", false)
        % u"<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
          u"<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/><w:pPr><w:spacing "
          u"w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:tblPr><w:tblBorders>"
          u"<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:left "
          u"w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"single\" "
          u"w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\" w:sz=\"4\" "
          u"w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" "
          u"w:color=\"auto\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
          u"</w:tblBorders></w:tblPr></w:style></w:styles>";
}

QString listParagraphProperties(int ilvl, bool listParagraphStyle)
{
    return (listParagraphStyle ? QStringView(u"<w:pStyle w:val=\"ListParagraph\"/>") : QStringView())
        % u"<w:numPr><w:ilvl w:val=\"" % QString::number(ilvl) % u"\"/><w:numId w:val=\""
        % QString::number(kClauseListNumId) % u"\"/></w:numPr>";
}

QString complexField(const QString &instruction, const QString &result, const QString &rPrXml)
{
    const QString rPr = rPrXml.isEmpty() ? QString() : QString(u"<w:rPr>" % rPrXml % u"</w:rPr>");
    return u"<w:r>" % rPr % u"<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>" % rPr
        % u"<w:instrText xml:space=\"preserve\">" % escapeXml(instruction) % u"</w:instrText></w:r><w:r>"
        % rPr % u"<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>" % rPr % u"<w:t>"
        % escapeXml(result) % u"</w:t></w:r><w:r>" % rPr % u"<w:fldChar w:fldCharType=\"end\"/></w:r>";
}

QString labelHeaderPart(const QString &label)
{
    return headerPart(u"<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"right\"/></w:pPr><w:r>"
                      u"<w:rPr><w:b/></w:rPr><w:t>" % escapeXml(label) % u"</w:t></w:r></w:p>");
}

QString pageNumberFooterPart()
{
    return footerPart(u"<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:r><w:t xml:space=\"preserve\">"
                      u"Page </w:t></w:r>" % complexField(QStringLiteral(" PAGE "), QStringLiteral("1"))
                      % u"<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r><w:fldSimple "
                        u"w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>");
}

} // namespace Redliner::TestSupport
