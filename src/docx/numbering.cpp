// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbering.h"
#include "partxml.h"

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;

namespace {

// Reads the children of a w:lvl the reader is positioned on.
NumberingLevel readLevel(PartXml &xml)
{
    NumberingLevel level;
    level.defined = true;
    QXmlStreamReader &r = xml.reader();
    int depth = 1;
    while (depth > 0 && xml.next()) {
        if (r.isEndElement()) {
            --depth;
            continue;
        }
        if (!r.isStartElement())
            continue;
        ++depth;
        if (!xml.isWord())
            continue;
        const QStringView name = r.name();
        const QStringView val = xml.attr("val"_L1);
        if (name == u"start")
            level.start = val.toInt();
        else if (name == u"numFmt")
            level.format = val.toString();
        else if (name == u"lvlText")
            level.text = val.toString();
        else if (name == u"lvlRestart")
            level.restartAfter = val.toInt();
        else if (name == u"isLgl")
            level.legal = !(val == u"0" || val == u"false" || val == u"off");
        else if (name == u"pStyle")
            level.paragraphStyle = val.toString();
    }
    return level;
}

} // namespace

Outcome<Numbering> Numbering::parse(const QByteArray &bytes, const QString &file, const QString &part,
                                    const PackageLimits &limits)
{
    Numbering numbering;
    PartXml xml(bytes, limits);
    QXmlStreamReader &r = xml.reader();
    AbstractNumbering *abstract = nullptr;
    NumberingInstance *instance = nullptr;
    int overrideLevel = -1;
    while (xml.next()) {
        if (r.isEndElement() && xml.isWord()) {
            if (r.name() == u"abstractNum")
                abstract = nullptr;
            else if (r.name() == u"num")
                instance = nullptr;
            else if (r.name() == u"lvlOverride")
                overrideLevel = -1;
            continue;
        }
        if (!r.isStartElement() || !xml.isWord())
            continue;
        const QStringView name = r.name();
        if (name == u"abstractNum") {
            abstract = &numbering.m_abstracts[xml.attr("abstractNumId"_L1).toInt()];
        } else if (name == u"num") {
            instance = &numbering.m_instances[xml.attr("numId"_L1).toInt()];
        } else if (abstract && name == u"numStyleLink") {
            abstract->styleLink = xml.attr("val"_L1).toString();
        } else if (abstract && name == u"lvl") {
            const int ilvl = xml.attr("ilvl"_L1).toInt();
            NumberingLevel level = readLevel(xml);
            if (ilvl >= 0 && ilvl < 9)
                abstract->levels[ilvl] = level;
        } else if (instance && name == u"abstractNumId") {
            instance->abstractId = xml.attr("val"_L1).toInt();
        } else if (instance && name == u"lvlOverride") {
            overrideLevel = xml.attr("ilvl"_L1).toInt();
        } else if (instance && overrideLevel >= 0 && name == u"startOverride") {
            instance->startOverrides.insert(overrideLevel, xml.attr("val"_L1).toInt());
        } else if (instance && overrideLevel >= 0 && name == u"lvl") {
            instance->levelOverrides.insert(overrideLevel, readLevel(xml));
        }
    }
    if (xml.hasError())
        return xml.error(file, part);
    return numbering;
}

const NumberingInstance *Numbering::instance(int numId) const
{
    const auto it = m_instances.constFind(numId);
    return it == m_instances.constEnd() ? nullptr : &*it;
}

const AbstractNumbering *Numbering::abstract(int abstractId) const
{
    const auto it = m_abstracts.constFind(abstractId);
    return it == m_abstracts.constEnd() ? nullptr : &*it;
}

} // namespace Redliner::Docx
