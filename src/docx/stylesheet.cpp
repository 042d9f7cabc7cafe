// SPDX-License-Identifier: GPL-3.0-or-later
#include "stylesheet.h"
#include "partxml.h"
#include "xmlnames.h"

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;

bool PartXml::isWord() const
{
    return Ns::isWord(m_xml.namespaceUri());
}

Outcome<StyleSheet> StyleSheet::parse(const QByteArray &bytes, const QString &file, const QString &part,
                                      const PackageLimits &limits)
{
    StyleSheet sheet;
    PartXml xml(bytes, limits);
    QString current;
    Style style;
    bool inStyle = false;
    bool inParagraphProps = false;
    while (xml.next()) {
        QXmlStreamReader &r = xml.reader();
        if (r.isEndElement() && xml.isWord()) {
            if (r.name() == u"style" && inStyle) {
                sheet.m_styles.insert(current, style);
                inStyle = false;
            } else if (r.name() == u"pPr") {
                inParagraphProps = false;
            }
            continue;
        }
        if (!r.isStartElement() || !xml.isWord())
            continue;
        const QStringView name = r.name();
        if (name == u"style") {
            inStyle = true;
            style = Style{};
            current = xml.attr("styleId"_L1).toString();
            const QStringView def = xml.attr("default"_L1);
            if (xml.attr("type"_L1) == u"paragraph" && (def == u"1" || def == u"true"))
                sheet.m_defaultParagraph = current;
        } else if (!inStyle) {
            continue;
        } else if (name == u"name") {
            style.name = xml.attr("val"_L1).toString();
        } else if (name == u"basedOn") {
            style.basedOn = xml.attr("val"_L1).toString();
        } else if (name == u"pPr") {
            inParagraphProps = true;
        } else if (inParagraphProps && name == u"outlineLvl") {
            style.outlineLevel = xml.attr("val"_L1).toInt();
        } else if (inParagraphProps && name == u"numId") {
            style.numId = xml.attr("val"_L1).toInt();
        } else if (inParagraphProps && name == u"ilvl") {
            style.level = xml.attr("val"_L1).toInt();
        }
    }
    if (xml.hasError())
        return xml.error(file, part);
    return sheet;
}

const StyleSheet::Style *StyleSheet::find(const QString &id) const
{
    const auto it = m_styles.constFind(id);
    return it == m_styles.constEnd() ? nullptr : &*it;
}

int StyleSheet::headingLevel(const QString &styleId) const
{
    QString id = styleId.isEmpty() ? m_defaultParagraph : styleId;
    for (int hops = 0; hops < 16 && !id.isEmpty(); ++hops) {
        const Style *s = find(id);
        if (!s)
            break;
        if (s->outlineLevel >= 0)
            return s->outlineLevel < 9 ? s->outlineLevel + 1 : 0;
        // Built-in heading styles may carry their level only in the name ("heading 2").
        if (s->name.startsWith(u"heading "_s, Qt::CaseInsensitive)) {
            bool ok = false;
            const int level = s->name.mid(8).toInt(&ok);
            if (ok && level >= 1 && level <= 9)
                return level;
        }
        id = s->basedOn;
    }
    return 0;
}

std::pair<int, int> StyleSheet::numbering(const QString &styleId) const
{
    QString id = styleId.isEmpty() ? m_defaultParagraph : styleId;
    int level = -1;
    for (int hops = 0; hops < 16 && !id.isEmpty(); ++hops) {
        const Style *s = find(id);
        if (!s)
            break;
        if (level < 0 && s->level >= 0)
            level = s->level;
        if (s->numId >= 0)
            return {s->numId, level < 0 ? 0 : level};
        id = s->basedOn;
    }
    return {-1, 0};
}

} // namespace Redliner::Docx
