// SPDX-License-Identifier: GPL-3.0-or-later
// BodyRedliner's writing: the runs the plan touches rebuilt with their insertions, deletions and
// anchors, and every splice applied to the part text (bodyredliner.cpp makes the plan).
#include "bodyredliner.h"

#include <algorithm>
#include <climits>
#include <span>

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;

QString BodyRedliner::segmentXml(const Run &run, qint32 from, qint32 to, RangeMark mark, bool firstSegment,
                                 const QString *former)
{
    const bool deleted = mark == RangeMark::Deleted;
    const QString &xml = m_story.xml;
    QString content;
    const bool wholeRun = from == run.textStart && to == run.textEnd;
    for (qint32 i = run.firstPiece; i < run.firstPiece + run.pieceCount; ++i) {
        const RunPiece &piece = m_story.pieces.at(i);
        const qint32 ps = piece.textStart;
        if (piece.textLength == 0) {
            // Zero-width pieces belong to the segment they fall in; the last segment takes the end.
            const bool inside = (ps >= from && ps < to) || (ps == to && to == run.textEnd) || wholeRun;
            if (!inside)
                continue;
            if (deleted && piece.kind == RunPiece::Kind::FieldCode)
                content += m_markup.deletedInstruction(xml, piece.raw);
            else
                content += xml.mid(piece.raw.begin, piece.raw.length());
            continue;
        }
        const qint32 pe = ps + piece.textLength;
        const qint32 s = qMax(ps, from);
        const qint32 e = qMin(pe, to);
        if (s >= e)
            continue;
        if (piece.kind == RunPiece::Kind::Atom) {
            content += xml.mid(piece.raw.begin, piece.raw.length());
        } else if (!deleted && s == ps && e == pe) {
            content += xml.mid(piece.raw.begin, piece.raw.length());
        } else {
            content += m_markup.text(QStringView(m_story.text).mid(s, e - s), deleted);
        }
    }
    QString properties = !run.properties.isValid() ? QString()
                         : firstSegment            ? xml.mid(run.properties.begin, run.properties.length())
                                                   : m_markup.cleanProperties(xml, run.properties);
    if (former) {
        // The earlier properties, recorded last in w:rPr (no w:rPrChange was there: see planFormatting).
        const QString change = m_markup.openRevision(u"rPrChange"_s, m_nextId++) + m_markup.open(u"rPr"_s) + *former
                               + m_markup.close(u"rPr"_s) + m_markup.close(u"rPrChange"_s);
        if (properties.isEmpty() || isSelfClosing(properties, {0, properties.size()}))
            properties = m_markup.open(u"rPr"_s) + change + m_markup.close(u"rPr"_s);
        else
            properties.insert(properties.lastIndexOf(u'<'), change);
    }
    const QString runXml = xml.mid(run.startTag.begin, run.startTag.length()) + properties + content
                           + m_markup.closeLike(xml, run.startTag);
    switch (mark) {
    case RangeMark::Deleted: return m_markup.deletion(m_nextId++, runXml);
    case RangeMark::Inserted: return m_markup.openRevision(u"ins"_s, m_nextId++) + runXml + m_markup.close(u"ins"_s);
    case RangeMark::None: break;
    }
    return runXml;
}

namespace {

using Range = std::pair<qint32, qint32>;

// The ranges of a sorted, disjoint list that reach into [from, to): only those are looked at, so
// that 50,000 edits take a moment rather than half a minute.
std::span<const Range> reachingInto(const QList<Range> &ranges, qint32 from, qint32 to)
{
    const Range *end = ranges.constData() + ranges.size();
    const Range *reaching =
        std::lower_bound(ranges.constData(), end, from, [](const Range &d, qint32 at) { return d.second <= at; });
    const Range *past = reaching;
    while (past != end && past->first < to)
        ++past;
    return {reaching, past};
}

bool covers(std::span<const Range> ranges, qint32 from, qint32 to)
{
    return std::any_of(ranges.begin(), ranges.end(), [&](const Range &d) { return d.first <= from && to <= d.second; });
}

} // namespace

const QString *BodyRedliner::formerFormattingOf(qint32 from, qint32 to) const
{
    const auto found = std::lower_bound(m_formatting.cbegin(), m_formatting.cend(), from,
                                        [](const FormerFormatting &f, qint32 at) { return f.end <= at; });
    return found != m_formatting.cend() && found->start <= from && to <= found->end ? &found->properties : nullptr;
}

RangeMark BodyRedliner::markOf(qint32 runIndex, qint32 from, qint32 to) const
{
    if (from == to) {
        return m_forceDeleted.contains(runIndex)    ? RangeMark::Deleted
               : m_forceInserted.contains(runIndex) ? RangeMark::Inserted
                                                    : RangeMark::None;
    }
    if (covers(reachingInto(m_deletions, from, to), from, to))
        return RangeMark::Deleted;
    if (covers(reachingInto(m_markedInsertions, from, to), from, to))
        return RangeMark::Inserted;
    return RangeMark::None;
}

QString BodyRedliner::rebuildRun(qint32 runIndex)
{
    const Run &run = m_story.runs.at(runIndex);
    QList<Injection> injections = m_injections.value(runIndex);
    std::stable_sort(injections.begin(), injections.end(), [](const Injection &l, const Injection &r) {
        return std::tuple(l.position, l.edit, l.sub) < std::tuple(r.position, r.edit, r.sub);
    });
    QList<qint32> cuts{run.textStart, run.textEnd};
    for (const QList<Range> *ranges : {&m_deletions, &m_markedInsertions}) {
        for (const auto &[a, b] : reachingInto(*ranges, run.textStart, run.textEnd)) {
            if (a > run.textStart && a < run.textEnd)
                cuts.append(a);
            if (b > run.textStart && b < run.textEnd)
                cuts.append(b);
        }
    }
    for (const Injection &inj : std::as_const(injections))
        cuts.append(inj.position);
    for (auto f = std::lower_bound(m_formatting.cbegin(), m_formatting.cend(), run.textStart,
                                   [](const FormerFormatting &x, qint32 at) { return x.end <= at; });
         f != m_formatting.cend() && f->start < run.textEnd; ++f) {
        if (f->start > run.textStart && f->start < run.textEnd)
            cuts.append(f->start);
        if (f->end > run.textStart && f->end < run.textEnd)
            cuts.append(f->end);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QString out;
    qsizetype next = 0;
    auto flushInjections = [&](qint32 at) {
        while (next < injections.size() && injections[next].position <= at)
            out += injections[next++].xml;
    };
    if (run.textStart == run.textEnd) {
        flushInjections(run.textStart);
        const RangeMark mark = markOf(runIndex, run.textStart, run.textEnd);
        out += mark != RangeMark::None ? segmentXml(run, run.textStart, run.textEnd, mark, true)
                                       : m_story.xml.mid(run.raw.begin, run.raw.length());
        flushInjections(INT_MAX);
        return out;
    }
    bool first = true;
    for (qsizetype c = 0; c + 1 < cuts.size(); ++c) {
        flushInjections(cuts[c]);
        out += segmentXml(run, cuts[c], cuts[c + 1], markOf(runIndex, cuts[c], cuts[c + 1]), first,
                          formerFormattingOf(cuts[c], cuts[c + 1]));
        first = false;
    }
    flushInjections(INT_MAX);
    return out;
}

void BodyRedliner::writeParagraphFormatting()
{
    const QString &xml = m_story.xml;
    for (auto it = m_paragraphFormatting.cbegin(); it != m_paragraphFormatting.cend(); ++it) {
        const Paragraph &p = m_story.paragraphs.at(it.key());
        const QString change = m_markup.openRevision(u"pPrChange"_s, m_nextId++) + m_markup.open(u"pPr"_s) + it.value()
                               + m_markup.close(u"pPr"_s) + m_markup.close(u"pPrChange"_s);
        const bool markChanged = m_deletedMarks.contains(it.key()) || m_insertedMarks.contains(it.key());
        if (p.properties.isValid() && !isSelfClosing(xml, p.properties)) {
            // Last in w:pPr: after the mark's formatting a changed mark adds at the same place.
            const qsizetype at = xml.lastIndexOf(u'<', p.properties.end - 1);
            m_splices.append({at, at, change, m_order++});
        } else if (!markChanged) {
            // No w:pPr of its own (or an empty one), and no mark change writing one: a new one.
            const QString pPr = m_markup.open(u"pPr"_s) + change + m_markup.close(u"pPr"_s);
            if (p.properties.isValid())
                m_splices.append({p.properties.begin, p.properties.end, pPr, m_order++});
            else
                m_splices.append({p.startTag.end, p.startTag.end, pPr, m_order++});
        }
        // Otherwise the mark's change writes the paragraph's only w:pPr; the properties stay as
        // they are (the wording, which rejecting must give back, is the same).
    }
}

QString BodyRedliner::apply()
{
    const QString &xml = m_story.xml;
    for (qint32 r : std::as_const(m_affectedRuns))
        m_splices.append({m_story.runs.at(r).raw.begin, m_story.runs.at(r).raw.end, rebuildRun(r), m_order++});

    QSet<qint32> paragraphs = m_deletedMarks + m_insertedMarks;
    for (auto it = m_paragraphAppends.constBegin(); it != m_paragraphAppends.constEnd(); ++it)
        paragraphs.insert(it.key());
    for (qint32 i : std::as_const(paragraphs)) {
        const Paragraph &p = m_story.paragraphs.at(i);
        const QString mark = m_deletedMarks.contains(i)    ? m_markup.paragraphMark(u"del"_s, m_nextId++)
                             : m_insertedMarks.contains(i) ? m_markup.paragraphMark(u"ins"_s, m_nextId++)
                                                           : QString();
        const QString append = m_paragraphAppends.value(i);
        if (isSelfClosing(xml, p.raw)) {
            // <w:p/>: write it out in full.
            QString open = xml.mid(p.raw.begin, p.raw.length() - 2).trimmed() + u">"_s;
            QString props = mark.isEmpty() ? QString()
                                           : m_markup.open(u"pPr"_s) + m_markup.open(u"rPr"_s) + mark
                                                 + m_markup.close(u"rPr"_s) + m_markup.close(u"pPr"_s);
            m_splices.append(
                {p.raw.begin, p.raw.end, open + props + append + m_markup.closeLike(xml, p.startTag), m_order++});
            continue;
        }
        if (!append.isEmpty()) {
            const qsizetype closeTag = xml.lastIndexOf(u'<', p.raw.end - 1);
            m_splices.append({closeTag, closeTag, append, m_order++});
        }
        if (mark.isEmpty())
            continue;
        if (p.markProperties.isValid()) {
            if (isSelfClosing(xml, p.markProperties)) {
                m_splices.append({p.markProperties.begin, p.markProperties.end,
                                  m_markup.open(u"rPr"_s) + mark + m_markup.close(u"rPr"_s), m_order++});
            } else {
                const qsizetype afterOpen = xml.indexOf(u'>', p.markProperties.begin) + 1;
                m_splices.append({afterOpen, afterOpen, mark, m_order++});
            }
        } else if (p.properties.isValid()) {
            const QString rPr = m_markup.open(u"rPr"_s) + mark + m_markup.close(u"rPr"_s);
            if (isSelfClosing(xml, p.properties))
                m_splices.append({p.properties.begin, p.properties.end,
                                  m_markup.open(u"pPr"_s) + rPr + m_markup.close(u"pPr"_s), m_order++});
            else
                m_splices.append({p.propertiesTail.begin, p.propertiesTail.begin, rPr, m_order++});
        } else {
            m_splices.append({p.startTag.end, p.startTag.end,
                              m_markup.open(u"pPr"_s) + m_markup.open(u"rPr"_s) + mark + m_markup.close(u"rPr"_s)
                                  + m_markup.close(u"pPr"_s),
                              m_order++});
        }
    }

    writeParagraphFormatting();
    std::sort(m_splices.begin(), m_splices.end(), [](const Splice &l, const Splice &r) {
        return std::tuple(l.begin, l.end, l.order) < std::tuple(r.begin, r.end, r.order);
    });
    QString out;
    out.reserve(xml.size() + 4096);
    qsizetype at = 0;
    for (const Splice &s : std::as_const(m_splices)) {
        Q_ASSERT(s.begin >= at);
        if (s.begin < at)
            return {}; // overlapping splices would corrupt the part: refuse to write anything
        out += QStringView(xml).mid(at, s.begin - at);
        out += s.text;
        at = s.end;
    }
    out += QStringView(xml).mid(at);
    return out;
}

} // namespace Redliner::Docx
