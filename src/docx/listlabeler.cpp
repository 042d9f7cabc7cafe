// SPDX-License-Identifier: GPL-3.0-or-later
#include "listlabeler.h"
#include "numberformat.h"

#include <climits>

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;

const ListLabeler::StyleInfo &ListLabeler::styleInfo(const QString &styleId)
{
    auto it = m_styleCache.find(styleId);
    if (it == m_styleCache.end())
        it = m_styleCache.insert(styleId, {m_styles.headingLevel(styleId), m_styles.numbering(styleId)});
    return *it;
}

void ListLabeler::label(Story &story)
{
    for (Paragraph &p : story.paragraphs) {
        if (p.headingLevel < 0)
            p.headingLevel = qint16(styleInfo(p.styleId).headingLevel);
        p.listLabel = labelFor(p);
    }
}

const AbstractNumbering *ListLabeler::resolveAbstract(const NumberingInstance &instance) const
{
    const AbstractNumbering *abstract = m_numbering.abstract(instance.abstractId);
    // A numbering style's definition is reached through the style's own numId (one hop).
    if (abstract && !abstract->styleLink.isEmpty()) {
        const int linkedNum = m_styles.numbering(abstract->styleLink).first;
        if (const NumberingInstance *linked = m_numbering.instance(linkedNum)) {
            if (const AbstractNumbering *target = m_numbering.abstract(linked->abstractId))
                return target;
        }
    }
    return abstract;
}

QString ListLabeler::labelFor(Paragraph &p)
{
    if (p.numId < 0) {
        const auto [numId, level] = styleInfo(p.styleId).numbering;
        p.numId = numId;
        if (p.level < 0)
            p.level = level;
    }
    if (p.level < 0 || p.level > 8)
        p.level = 0;
    if (p.numId <= 0) {
        p.numId = 0;
        return {};
    }
    const NumberingInstance *instance = m_numbering.instance(p.numId);
    if (!instance)
        return {};
    const AbstractNumbering *abstract = resolveAbstract(*instance);
    if (!abstract)
        return {};

    auto levelDef = [&](int l) -> const NumberingLevel & {
        const auto it = instance->levelOverrides.constFind(l);
        return it != instance->levelOverrides.constEnd() && it->defined ? *it : abstract->levels[l];
    };
    auto startOf = [&](int l) {
        const auto it = instance->startOverrides.constFind(l);
        // Word numbers from 0 at the least; a negative start is damage, not a label.
        return qMax(0, it != instance->startOverrides.constEnd() ? *it : levelDef(l).start);
    };

    // Instances without overrides continue the abstract list's count, as Word does; an instance
    // with a start override is a restarted list with its own count.
    const bool ownCount = !instance->startOverrides.isEmpty() || !instance->levelOverrides.isEmpty();
    const qint64 key = ownCount ? (qint64(1) << 32) + p.numId : qint64(instance->abstractId);
    Counters &c = m_counters[key];

    const int level = p.level;
    // Saturates: a list started at 2147483647 stays there rather than wrap to a negative label.
    c.value[level] = c.used[level] ? (c.value[level] < INT_MAX ? c.value[level] + 1 : INT_MAX) : startOf(level);
    c.used[level] = true;
    for (int deeper = level + 1; deeper < 9; ++deeper) {
        const int restart = levelDef(deeper).restartAfter;
        if (restart < 0 || (restart > 0 && level < restart))
            c.used[deeper] = false;
    }

    const NumberingLevel &def = levelDef(level);
    if (def.format == u"bullet")
        return u"\u2022"_s;
    if (def.format == u"none" && !def.text.contains(QLatin1Char('%')))
        return def.text;
    QString out;
    out.reserve(def.text.size() + 8);
    for (qsizetype i = 0; i < def.text.size(); ++i) {
        const QChar ch = def.text.at(i);
        if (ch == QLatin1Char('%') && i + 1 < def.text.size() && def.text.at(i + 1).isDigit()) {
            const int ref = def.text.at(i + 1).digitValue() - 1;
            ++i;
            if (ref < 0 || ref > 8)
                continue;
            const int value = c.used[ref] ? c.value[ref] : startOf(ref);
            const QString format = def.legal ? u"decimal"_s : levelDef(ref).format;
            out += formatListNumber(value, format);
        } else {
            out += ch;
        }
    }
    return out;
}

} // namespace Redliner::Docx
