// SPDX-License-Identifier: GPL-3.0-or-later
// BodyRedliner's plan: where each edit's deletions, insertions, paragraph marks and comment anchors
// go, or why an edit cannot be written safely. The new part text is written in bodyredlinerxml.cpp.
#include "bodyredliner.h"
#include "elementscan.h"
#include "xmltext.h"

#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;

QString unwritableText(QStringView text, const QString &what)
{
    const qsizetype at = invalidXmlCharacter(text);
    if (at < 0)
        return {};
    return u"%1 contains %2, a character that Word documents cannot hold; remove it"_s.arg(
        what, describeInvalidXmlCharacter(text, at));
}

QString unwritableEdit(const Edit &e, bool withComments)
{
    if (QString why = unwritableText(e.text, u"its new text"_s); !why.isEmpty())
        return why;
    return withComments ? unwritableText(e.comment, u"its comment"_s) : QString();
}

bool isSelfClosing(const QString &xml, const XmlRange &range)
{
    return range.length() >= 2 && xml.at(range.end - 2) == u'/';
}

qint32 BodyRedliner::runContaining(qint32 paragraph, qint32 offset) const
{
    const Paragraph &p = m_story.paragraphs.at(paragraph);
    for (qint32 r = p.firstRun; r < p.firstRun + p.runCount; ++r) {
        const Run &run = m_story.runs.at(r);
        if (run.textStart <= offset && offset < run.textEnd)
            return r;
    }
    return -1;
}

qint32 BodyRedliner::firstTextRun(qint32 paragraph) const
{
    const Paragraph &p = m_story.paragraphs.at(paragraph);
    for (qint32 r = p.firstRun; r < p.firstRun + p.runCount; ++r) {
        if (m_story.runs.at(r).textEnd > m_story.runs.at(r).textStart)
            return r;
    }
    return -1;
}

std::pair<qint32, qint32> BodyRedliner::deletedRunSpan(qint32 a, qint32 b) const
{
    const qint32 pa = qint32(m_story.paragraphAt(a));
    const qint32 pb = qint32(m_story.paragraphAt(b - 1));
    qint32 first = -1, last = -1;
    if (pa < 0 || pb < 0)
        return {first, last};
    const Paragraph &lastParagraph = m_story.paragraphs.at(pb);
    for (qint32 r = m_story.paragraphs.at(pa).firstRun; r < lastParagraph.firstRun + lastParagraph.runCount; ++r) {
        const Run &run = m_story.runs.at(r);
        if (run.textStart < b && run.textEnd > a) {
            if (first < 0)
                first = r;
            last = r;
        }
    }
    return {first, last};
}

QString BodyRedliner::checkRuns(qint32 firstParagraph, qint32 lastParagraph, qint32 a, qint32 b)
{
    const qint32 firstRun = m_story.paragraphs.at(firstParagraph).firstRun;
    const Paragraph &last = m_story.paragraphs.at(lastParagraph);
    for (qint32 r = firstRun; r < last.firstRun + last.runCount; ++r) {
        const Run &run = m_story.runs.at(r);
        // Runs without text (field characters, instructions) are judged by the field rules. Text
        // someone else inserted may be edited as Word does: our deletion nests in their w:ins.
        if (!(run.textStart < b && run.textEnd > a) || run.textEnd == run.textStart)
            continue;
        if (run.has(Run::Protected))
            return u"it touches a locked or data-bound content control, a placeholder, a math zone or an embedded object"_s;
        if (run.has(Run::InAlternateContent))
            return u"it touches content that Word stores in two alternative forms (a text box or shape)"_s;
        if (run.has(Run::InFieldCode))
            return u"it touches field instructions"_s;
    }
    return {};
}

// The paragraph marks inside [a, b) either go (deleted: the paragraphs merge) or become inserted
// marks (rejecting merges them); both need a mark that may change and a neighbour in the same cell.
QString BodyRedliner::checkMarks(qint32 pa, qint32 pb, qint32 a, qint32 b, RangeMark mark) const
{
    const bool deleting = mark == RangeMark::Deleted;
    const Paragraph &first = m_story.paragraphs.at(pa);
    for (qint32 i = pa; i <= pb; ++i) {
        const Paragraph &p = m_story.paragraphs.at(i);
        if (p.container != first.container)
            return u"it crosses a table cell or the edge of a table; edit each cell on its own"_s;
        if (p.markDeleted || p.textEnd < a || p.textEnd >= b)
            continue;
        if (m_insertedMarks.contains(i) || (!deleting && m_deletedMarks.contains(i)))
            return deleting ? u"it deletes a paragraph mark after which another edit adds paragraphs"_s
                            : u"it marks as inserted a paragraph mark that another edit deletes"_s;
        if (p.lastInContainer || i + 1 >= m_story.paragraphs.size())
            return deleting ? u"it would delete the last paragraph mark of the document or of a table cell"_s
                            : u"it would mark the last paragraph mark of the document or of a table cell as inserted"_s;
        const Paragraph &next = m_story.paragraphs.at(i + 1);
        if (next.container != p.container || next.tableDepth != p.tableDepth)
            return u"it crosses a table cell or the edge of a table; edit each cell on its own"_s;
        if (p.hasSectionBreak)
            return deleting
                       ? u"it would delete a section break (page layout) along with the paragraph mark"_s
                       : u"it would mark a section break (page layout) as inserted along with the paragraph mark"_s;
        if (p.markInserted)
            return u"the paragraph mark it changes already carries a tracked change"_s;
    }
    return {};
}

// Fields [a, b) holds whole take their invisible runs (field characters, instructions) along, so
// that accepting or rejecting leaves no half field; a range may not cross a field's edge.
QString BodyRedliner::planFields(qint32 a, qint32 b, QSet<qint32> &wholeFieldRuns)
{
    QList<qint32> wholeFields;
    for (qint32 f = 0; f < m_story.fields.size(); ++f) {
        const Field &field = m_story.fields.at(f);
        const qint32 s = field.resultStart;
        const qint32 e = field.resultEnd;
        bool whole = false;
        if (s == e)
            whole = a < s && s < b;
        else if (e <= a || s >= b)
            continue;
        else if (a <= s && e <= b)
            whole = true;
        else if (s <= a && b <= e)
            continue; // inside the visible result: edited like any text
        else
            return u"it crosses the edge of a field (a cross-reference, page number or similar); include the whole "
                   "field or stay inside it"_s;
        if (!whole)
            continue;
        if (!field.complete)
            return u"it changes a field whose end is missing"_s;
        if (field.simple)
            continue; // its result runs change with the text; the empty field stays harmless
        wholeFields.append(f);
    }
    for (qint32 f : std::as_const(wholeFields)) {
        const Field &field = m_story.fields.at(f);
        for (qint32 r = field.firstRun; r <= field.lastRun && r >= 0; ++r) {
            const Run &run = m_story.runs.at(r);
            if (run.has(Run::InInsertion) || run.has(Run::Protected))
                return u"it changes a field that contains a tracked change or protected content"_s;
            if (run.textEnd == run.textStart) {
                wholeFieldRuns.insert(r);
                m_affectedRuns.insert(r);
            }
        }
    }
    return {};
}

QString BodyRedliner::planRange(qint32 a, qint32 b, RangeMark mark)
{
    const qint32 pa = qint32(m_story.paragraphAt(a));
    const qint32 pb = qint32(m_story.paragraphAt(b - 1));
    if (pa < 0 || pb < 0)
        return u"the range is outside the document"_s;
    if (QString why = checkMarks(pa, pb, a, b, mark); !why.isEmpty())
        return why;
    if (QString why = checkRuns(pa, pb, a, b); !why.isEmpty())
        return why;
    const bool deleting = mark == RangeMark::Deleted;
    // Our deletion nests in their insertion as Word writes it; an insertion nested in theirs is
    // not shown by every application.
    for (qint32 r = m_story.paragraphs.at(pa).firstRun; !deleting && r < m_story.runs.size(); ++r) {
        const Run &run = m_story.runs.at(r);
        if (run.textStart >= b)
            break;
        if (run.textEnd > a && run.textEnd > run.textStart && run.has(Run::InInsertion))
            return u"it overlaps an existing tracked insertion; accept or reject that change in Word first"_s;
    }
    if (QString why = planFields(a, b, deleting ? m_forceDeleted : m_forceInserted); !why.isEmpty())
        return why;
    for (qint32 i = pa; i <= pb; ++i) {
        const Paragraph &p = m_story.paragraphs.at(i);
        if (!p.markDeleted && p.textEnd >= a && p.textEnd < b)
            (deleting ? m_deletedMarks : m_insertedMarks).insert(i);
        for (qint32 r = p.firstRun; r < p.firstRun + p.runCount; ++r) {
            const Run &run = m_story.runs.at(r);
            if (run.textStart < b && run.textEnd > a)
                m_affectedRuns.insert(r);
        }
    }
    (deleting ? m_deletions : m_markedInsertions).append({a, b});
    return {};
}

// A comparison's whole rows: an inserted row has its text, every paragraph mark (a cell's last
// one too: rejecting removes the row) and its w:trPr marked; deleted rows are new w:tr elements
// of deleted text and deleted marks before or after an existing row.
QString BodyRedliner::planRow(const Edit &e)
{
    if (!e.alreadyApplied)
        return u"only a comparison can show a whole table row as changed"_s;
    if (e.row == Edit::Row::Inserted) {
        const qint32 index = rowAt(e.start, true);
        if (index < 0
            || m_story.paragraphs.at(m_story.rows.at(index).firstParagraph + m_story.rows.at(index).paragraphCount - 1)
                       .textEnd
                   != e.end)
            return u"it is not the whole text of one table row"_s;
        const TableRow &row = m_story.rows.at(index);
        if (row.inserted || row.deleted)
            return u"the table row already carries a tracked change"_s;
        for (qint32 i = row.firstParagraph; i < row.firstParagraph + row.paragraphCount; ++i) {
            const Paragraph &p = m_story.paragraphs.at(i);
            if (p.textStart < p.textEnd)
                if (QString why = planRange(p.textStart, p.textEnd, RangeMark::Inserted); !why.isEmpty())
                    return why;
            if (p.markInserted || m_deletedMarks.contains(i))
                return u"a paragraph mark in the table row already carries a change"_s;
            if (!p.markDeleted)
                m_insertedMarks.insert(i);
        }
        const QString mark = m_markup.paragraphMark(u"ins"_s, m_nextId++);
        const QString &xml = m_story.xml;
        if (!row.properties.isValid())
            m_splices.append({row.propertiesAt, row.propertiesAt,
                              m_markup.open(u"trPr"_s) + mark + m_markup.close(u"trPr"_s), m_order++});
        else if (isSelfClosing(xml, row.properties))
            m_splices.append({row.properties.begin, row.properties.end,
                              m_markup.open(u"trPr"_s) + mark + m_markup.close(u"trPr"_s), m_order++});
        else {
            // Last in w:trPr, unless an earlier change of the row's properties must stay last.
            qsizetype at = xml.lastIndexOf(u'<', row.properties.end - 1);
            if (const qsizetype change = xml.indexOf(u"trPrChange"_s, row.properties.begin);
                change > 0 && change < row.properties.end)
                at = xml.lastIndexOf(u'<', change);
            m_splices.append({at, at, mark, m_order++});
        }
        return {};
    }
    if (e.start != e.end || e.deletedRows.isEmpty())
        return u"deleted rows need a place and at least one row"_s;
    for (const DeletedRow &row : e.deletedRows)
        for (const QString &text : row.cells + row.cellProperties + QStringList{row.rowProperties})
            if (QString why = unwritableText(text, u"a deleted row"_s); !why.isEmpty())
                return why;
    // Before the row that starts here, or after the row that ends here; the outermost one.
    const bool before = e.row == Edit::Row::DeletedBefore;
    const qint32 row = rowAt(e.start, before);
    if (row < 0)
        return before ? u"no table row starts there"_s : u"no table row ends there"_s;
    const qsizetype at = before ? m_story.rows.at(row).raw.begin : m_story.rows.at(row).raw.end;
    m_splices.append({at, at, deletedRowsXml(e.deletedRows), m_order++});
    return {};
}

qint32 BodyRedliner::rowAt(qint32 offset, bool starting)
{
    if (m_rowStarts.isEmpty() && m_rowEnds.isEmpty()) {
        // Rows are listed outermost first: the first one seen at an offset is kept.
        for (qint32 r = 0; r < m_story.rows.size(); ++r) {
            const TableRow &row = m_story.rows.at(r);
            if (row.paragraphCount == 0)
                continue;
            m_rowStarts.insert(m_story.paragraphs.at(row.firstParagraph).textStart, r);
            m_rowEnds.insert(m_story.paragraphs.at(row.firstParagraph + row.paragraphCount - 1).textEnd, r);
        }
    }
    const QHash<qint32, qint32> &rows = starting ? m_rowStarts : m_rowEnds;
    const auto found = rows.constFind(offset);
    return found == rows.cend() ? -1 : *found;
}

// A comparison's formatting difference: the runs of the range are cut at its edges and record
// the earlier properties; their text stays as it is.
QString BodyRedliner::planFormatting(const Edit &e)
{
    if (!e.alreadyApplied || !e.text.isEmpty() || e.start >= e.end)
        return u"only a comparison can show a change of formatting, and only of some text"_s;
    const qint32 pa = qint32(m_story.paragraphAt(e.start));
    if (pa < 0 || pa != m_story.paragraphAt(e.end - 1) || e.end > m_story.paragraphs.at(pa).textEnd)
        return u"a change of formatting must stay inside one paragraph"_s;
    if (QString why = unwritableText(*e.formerFormatting, u"the earlier formatting"_s); !why.isEmpty())
        return why;
    const Paragraph &p = m_story.paragraphs.at(pa);
    QList<qint32> runs;
    for (qint32 r = p.firstRun; r < p.firstRun + p.runCount; ++r) {
        const Run &run = m_story.runs.at(r);
        if (run.textEnd <= e.start || run.textStart >= e.end || run.textStart == run.textEnd)
            continue;
        if (run.has(Run::Protected) || run.has(Run::InAlternateContent) || run.has(Run::InFieldCode))
            return u"it touches a locked content control, a placeholder, a math zone or a shape"_s;
        if (run.properties.isValid()
            && QStringView(m_story.xml).mid(run.properties.begin, run.properties.length()).contains(u"rPrChange"))
            return u"the text's formatting already carries a tracked change"_s;
        runs.append(r);
    }
    for (qint32 r : std::as_const(runs))
        m_affectedRuns.insert(r);
    m_formatting.append({e.start, e.end, *e.formerFormatting});
    return {};
}

// A comparison's change of a paragraph's properties: written once the marks are (see apply), since
// w:pPrChange comes last in w:pPr, after a mark's w:rPr.
QString BodyRedliner::planParagraphFormatting(const Edit &e)
{
    const qint32 p = qint32(m_story.paragraphAt(e.start));
    if (!e.alreadyApplied || !e.text.isEmpty() || e.start != e.end || p < 0
        || m_story.paragraphs.at(p).textStart != e.start)
        return u"only a comparison can show a paragraph's change of properties, at the paragraph's start"_s;
    const Paragraph &para = m_story.paragraphs.at(p);
    if (QString why = unwritableText(*e.formerParagraphProperties, u"the earlier paragraph properties"_s);
        !why.isEmpty())
        return why;
    if (isSelfClosing(m_story.xml, para.raw))
        return u"the paragraph is empty and has no properties to change"_s;
    if (para.properties.isValid()
        && QStringView(m_story.xml).mid(para.properties.begin, para.properties.length()).contains(u"pPrChange"))
        return u"the paragraph's properties already carry a tracked change"_s;
    if (m_paragraphFormatting.contains(p))
        return u"the paragraph's properties are changed by another edit"_s;
    m_paragraphFormatting.insert(p, *e.formerParagraphProperties);
    return {};
}

QString BodyRedliner::deletedRowsXml(const QList<DeletedRow> &rows)
{
    QString out;
    for (const DeletedRow &row : rows) {
        // Its own properties first (w:del comes after them in w:trPr), then each cell's.
        out += m_markup.open(u"tr"_s) + m_markup.open(u"trPr"_s) + row.rowProperties
               + m_markup.paragraphMark(u"del"_s, m_nextId++) + m_markup.close(u"trPr"_s);
        for (qsizetype k = 0; k < row.cells.size(); ++k) {
            out += m_markup.open(u"tc"_s);
            if (k < row.cellProperties.size() && !row.cellProperties.at(k).isEmpty())
                out += m_markup.open(u"tcPr"_s) + row.cellProperties.at(k) + m_markup.close(u"tcPr"_s);
            for (const QString &line : row.cells.at(k).split(u'\n')) {
                out += m_markup.open(u"p"_s) + m_markup.open(u"pPr"_s) + m_markup.open(u"rPr"_s)
                       + m_markup.paragraphMark(u"del"_s, m_nextId++) + m_markup.close(u"rPr"_s)
                       + m_markup.close(u"pPr"_s);
                if (!line.isEmpty())
                    out += m_markup.deletedText(m_nextId++, QString(), line);
                out += m_markup.close(u"p"_s);
            }
            out += m_markup.close(u"tc"_s);
        }
        out += m_markup.close(u"tr"_s);
    }
    return out;
}

// deletedText: the text is written as deleted text (a comparison's earlier wording), and a
// paragraph mark it makes changes is a deleted one.
QString BodyRedliner::planInsertion(qint32 x, const QString &text, bool deletedText, Placement &where,
                                    QString &properties, TheirSplit &split)
{
    const qint32 pi = qint32(m_story.paragraphAt(x));
    if (pi < 0)
        return u"the position is outside the document"_s;
    const Paragraph &p = m_story.paragraphs.at(pi);

    auto usable = [](const Run &run) -> QString {
        if (run.has(Run::Protected) || run.has(Run::InAlternateContent))
            return u"it touches a locked content control, a placeholder, a math zone or a shape"_s;
        if (run.has(Run::InFieldCode))
            return u"it falls inside field instructions"_s;
        return {};
    };

    if (text.contains(u'\n')) {
        where.kind = Placement::NewParagraphs;
        where.paragraph = pi;
        if (x == p.textEnd && text.startsWith(u'\n') && !p.markDeleted) {
            // As Word does when Enter is pressed at the end of a paragraph: this paragraph's mark
            // becomes the inserted one and the last new paragraph carries the original mark, so
            // rejecting leaves the paragraph with its own properties in every application.
            if (p.markInserted)
                return u"the paragraph mark it adds after already carries a tracked change"_s;
            if (p.hasSectionBreak)
                return u"a paragraph cannot be added after a section break; add it before the next paragraph"_s;
            if (m_deletedMarks.contains(pi) || (deletedText && m_insertedMarks.contains(pi)))
                return u"it adds paragraphs after a paragraph mark that another edit changes"_s;
            (deletedText ? m_deletedMarks : m_insertedMarks).insert(pi);
            where.raw = p.raw.end;
            const qint32 anchor = p.textEnd > p.textStart ? runContaining(pi, x - 1) : -1;
            properties =
                anchor >= 0 ? m_markup.cleanProperties(m_story.xml, m_story.runs.at(anchor).properties) : QString();
            return {};
        }
        if (x == p.textStart && text.endsWith(u'\n')) {
            where.raw = p.raw.begin;
            const qint32 anchor = firstTextRun(pi);
            properties =
                anchor >= 0 ? m_markup.cleanProperties(m_story.xml, m_story.runs.at(anchor).properties) : QString();
            return {};
        }
        return u"a paragraph break can only be inserted at the start or the end of a paragraph"_s;
    }

    // New text inside someone's insertion would nest our w:ins in theirs, which not every reader
    // shows (pandoc drops it): it goes after their insertion when it ends there, and splits it
    // inside, as Word does. Where it cannot be split (a link or field inside it) it is refused.
    // Deleted text (a comparison's) nests in it as Word's own deletions do.
    const QString insideTheirs = u"it adds text inside someone else's tracked insertion where a link or field "
                                 "prevents splitting it; accept or reject their change first, or replace the whole "
                                 "of it"_s;
    if (x > p.textStart) {
        const qint32 r = runContaining(pi, x - 1);
        if (r < 0)
            return u"no run holds the text before the insertion point"_s;
        const Run &run = m_story.runs.at(r);
        if (QString why = usable(run); !why.isEmpty())
            return why;
        if (!deletedText && run.has(Run::InInsertion)) {
            const qint32 next = x < p.textEnd ? runContaining(pi, x) : -1;
            if (next < 0 && x == p.textEnd && !isSelfClosing(m_story.xml, p.raw)) {
                // At the paragraph's end: after everything in it, before </w:p>.
                properties = m_markup.cleanProperties(m_story.xml, run.properties);
                where = {Placement::Raw, -1, x, m_story.xml.lastIndexOf(u'<', p.raw.end - 1), pi};
                return {};
            }
            if (x < run.textEnd || (next >= 0 && m_story.runs.at(next).has(Run::InInsertion))) {
                // Inside their insertion: split it, when the run is its child (no link or field between).
                if (run.field >= 0 || !splitTheirInsertion(r, x < run.textEnd ? r : next, pi, split))
                    return insideTheirs;
                properties = m_markup.cleanProperties(m_story.xml, run.properties);
                where = {Placement::InRun, r, x, 0, pi};
                m_affectedRuns.insert(r);
                return {};
            }
            if (next < 0 || m_story.runs.at(next).textStart != x || m_story.runs.at(next).field >= 0)
                return insideTheirs;
            const Run &after = m_story.runs.at(next);
            if (QString why = usable(after); !why.isEmpty())
                return why;
            properties = m_markup.cleanProperties(m_story.xml, after.properties);
            if (after.hyperlink >= 0 && m_story.hyperlinks.at(after.hyperlink).textStart == x)
                where = {Placement::Raw, -1, x, m_story.hyperlinks.at(after.hyperlink).raw.begin, pi};
            else
                where = {Placement::InRun, next, x, 0, pi};
            if (where.kind == Placement::InRun)
                m_affectedRuns.insert(next);
            return {};
        }
        properties = m_markup.cleanProperties(m_story.xml, run.properties);
        // After the last character of a link or field, the new text goes after it: it must not
        // inherit the URL or vanish when the field updates.
        if (run.hyperlink >= 0 && m_story.hyperlinks.at(run.hyperlink).textEnd == x) {
            where = {Placement::Raw, -1, x, m_story.hyperlinks.at(run.hyperlink).raw.end, pi};
            return {};
        }
        qint32 outer = -1;
        for (qint32 f = run.field; f >= 0; f = m_story.fields.at(f).parent) {
            if (m_story.fields.at(f).resultEnd == x && m_story.fields.at(f).complete)
                outer = f;
        }
        if (outer >= 0) {
            const Field &field = m_story.fields.at(outer);
            if (field.simple) {
                where = {Placement::Raw, -1, x, field.raw.end, pi};
            } else {
                const Run &endRun = m_story.runs.at(field.lastRun);
                if (endRun.raw.end > p.raw.end)
                    return u"it falls at the end of a field that continues into the next paragraph"_s;
                if (m_affectedRuns.contains(field.lastRun))
                    where = {Placement::InRun, field.lastRun, endRun.textEnd, 0, pi};
                else
                    where = {Placement::Raw, -1, x, endRun.raw.end, pi};
            }
            return {};
        }
        where = {Placement::InRun, r, x, 0, pi};
        m_affectedRuns.insert(r);
        return {};
    }

    const qint32 r = firstTextRun(pi);
    if (r < 0) {
        where = {Placement::ParagraphEnd, -1, x, 0, pi};
        return {};
    }
    const Run &run = m_story.runs.at(r);
    if (QString why = usable(run); !why.isEmpty())
        return why;
    if (!deletedText && run.has(Run::InInsertion)) {
        // Before their insertion at the paragraph's start: right after the paragraph's properties.
        properties = m_markup.cleanProperties(m_story.xml, run.properties);
        where = {Placement::Raw, -1, x, p.properties.isValid() ? p.properties.end : p.startTag.end, pi};
        return {};
    }
    properties = m_markup.cleanProperties(m_story.xml, run.properties);
    if (run.hyperlink >= 0 && m_story.hyperlinks.at(run.hyperlink).textStart == x) {
        where = {Placement::Raw, -1, x, m_story.hyperlinks.at(run.hyperlink).raw.begin, pi};
        return {};
    }
    qint32 outer = -1;
    for (qint32 f = run.field; f >= 0; f = m_story.fields.at(f).parent) {
        if (m_story.fields.at(f).resultStart == x && m_story.fields.at(f).complete)
            outer = f;
    }
    if (outer >= 0) {
        const Field &field = m_story.fields.at(outer);
        const qsizetype at = field.simple ? field.raw.begin : m_story.runs.at(field.firstRun).raw.begin;
        if (at < p.raw.begin)
            return u"it falls at the start of a field that begins in the previous paragraph"_s;
        where = {Placement::Raw, -1, x, at, pi};
        return {};
    }
    where = {Placement::InRun, r, x, 0, pi};
    m_affectedRuns.insert(r);
    return {};
}

bool BodyRedliner::splitTheirInsertion(qint32 runIndex, qint32 nextRun, qint32 paragraph, TheirSplit &split)
{
    const QString &xml = m_story.xml;
    const Run &run = m_story.runs.at(runIndex);
    const Run &next = m_story.runs.at(nextRun);
    // The element holding the run directly, and the one holding the next run: the same w:ins.
    const QList<ScannedElement> inside = scanElements(xml, m_story.paragraphs.at(paragraph).raw);
    const auto parentOf = [&](const Run &r) -> const ScannedElement * {
        const ScannedElement *parent = nullptr;
        for (const ScannedElement &e : inside) {
            if (e.raw.begin < r.raw.begin && r.raw.end <= e.raw.end && (!parent || e.depth > parent->depth))
                parent = &e;
        }
        return parent;
    };
    const ScannedElement *parent = parentOf(run);
    if (!parent || parent->localName != u"ins" || parentOf(next) != parent)
        return false;
    const QString prefix = parent->qualifiedName.chopped(3);
    QString reopen = xml.mid(parent->startTag.begin, parent->startTag.length());
    static const QRegularExpression id(u"(\\s)([\\w.-]+:)?id=(\"[^\"]*\"|'[^']*')"_s);
    const QRegularExpressionMatch m = id.match(reopen);
    if (!m.hasMatch() || m.captured(2) != (prefix.isEmpty() ? QString() : prefix))
        return false;
    reopen.replace(m.capturedStart(), m.capturedLength(),
                   m.captured(1) + m.captured(2) + u"id=\"%1\""_s.arg(m_nextId++));
    split.close = u"</"_s + parent->qualifiedName + u">"_s;
    split.reopen = reopen;
    return true;
}

void BodyRedliner::place(const Placement &where, int edit, int sub, const QString &xml)
{
    switch (where.kind) {
    case Placement::InRun:
        m_injections[where.run].append({where.position, edit, sub, xml});
        m_affectedRuns.insert(where.run);
        break;
    case Placement::Raw:
    case Placement::NewParagraphs: m_splices.append({where.raw, where.raw, xml, m_order++}); break;
    case Placement::ParagraphEnd: m_paragraphAppends[where.paragraph] += xml; break;
    }
}

// A paragraph's w:pPr children fit to copy: style, numbering, indents; without the mark's own
// formatting, the section break and earlier property changes (their ids must stay unique).
QString BodyRedliner::innerProperties(const Paragraph &p) const
{
    const QString &xml = m_story.xml;
    if (!p.properties.isValid() || isSelfClosing(xml, p.properties))
        return {};
    const qsizetype open = xml.indexOf(u'>', p.properties.begin) + 1;
    QString out = xml.mid(open, p.propertiesTail.begin - open);
    if (p.markProperties.isValid() && p.markProperties.begin < p.propertiesTail.begin)
        out.remove(p.markProperties.begin - open, p.markProperties.length());
    return out;
}

// former: the properties the paragraph had before (a w:pPrChange records them, so rejecting the
// change restores them).
QString BodyRedliner::newParagraphProperties(const Paragraph &p, const QString &markKind, const Paragraph *former)
{
    if (former) {
        const QString change = m_markup.openRevision(u"pPrChange"_s, m_nextId++) + m_markup.open(u"pPr"_s)
                               + innerProperties(*former) + m_markup.close(u"pPr"_s) + m_markup.close(u"pPrChange"_s);
        return m_markup.open(u"pPr"_s) + innerProperties(p) + change + m_markup.close(u"pPr"_s);
    }
    const QString mark = markKind.isEmpty() ? QString() : m_markup.paragraphMark(markKind, m_nextId++);
    const QString &xml = m_story.xml;
    const QString markProperties =
        mark.isEmpty() ? QString() : m_markup.open(u"rPr"_s) + mark + m_markup.close(u"rPr"_s);
    if (!p.properties.isValid() || isSelfClosing(xml, p.properties))
        return markProperties.isEmpty() ? QString()
                                        : m_markup.open(u"pPr"_s) + markProperties + m_markup.close(u"pPr"_s);
    // Keep style and numbering (the new paragraph continues the list); drop the mark's own
    // formatting, the section break and any earlier property change.
    QString out = xml.mid(p.properties.begin, p.propertiesTail.begin - p.properties.begin);
    if (p.markProperties.isValid() && p.markProperties.begin < p.propertiesTail.begin)
        out.remove(p.markProperties.begin - p.properties.begin, p.markProperties.length());
    return out + markProperties + m_markup.close(u"pPr"_s);
}

namespace {

// Where an edit's text goes: after the text it replaces, as Word types over a selection; a
// comparison's earlier wording goes before the text that replaced it ("~~old~~ new"), unless it
// is whole paragraphs, which keep their place after the range.
qint32 insertionPoint(const Edit &e)
{
    return e.alreadyApplied && !e.text.contains(u'\n') ? e.start : e.end;
}

} // namespace

QList<RevisionWriter::Refusal> BodyRedliner::plan(const QList<Edit> &edits, bool withComments)
{
    QList<RevisionWriter::Refusal> refusals;
    QList<int> order(edits.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int l, int r) {
        return std::pair(edits[l].start, edits[l].end) < std::pair(edits[r].start, edits[r].end);
    });
    const qint32 length = qint32(m_story.text.size());
    // Position -> edit that inserts there, apart for text and for whole paragraphs: a sentence
    // added at the end of a paragraph goes into it and new paragraphs after its mark (or, at its
    // start, before it), so the two have one order in the file and in what a reader sees.
    QHash<std::pair<qint32, bool>, int> insertionPoints;
    for (qsizetype k = 0; k < order.size(); ++k) {
        const int i = order[k];
        const Edit &e = edits[i];
        auto refuse = [&](const QString &why) { refusals.append({i, why}); };
        if (e.start < 0 || e.end < e.start || e.end > length) {
            refuse(u"its range %1–%2 is outside the document's %3 characters"_s.arg(e.start).arg(e.end).arg(length));
            continue;
        }
        if (k > 0 && edits[order[k - 1]].end > e.start) {
            refuse(u"it overlaps another edit (#%1)"_s.arg(order[k - 1] + 1));
            continue;
        }
        auto splitsCharacter = [&](qint32 at) { return at > 0 && at < length && m_story.text.at(at).isLowSurrogate(); };
        if (splitsCharacter(e.start) || splitsCharacter(e.end)) {
            refuse(u"it would split a character in two"_s);
            continue;
        }
        if (QString why = unwritableEdit(e, withComments); !why.isEmpty()) {
            refuse(why);
            continue;
        }
        if (e.row != Edit::Row::None) {
            if (QString why = planRow(e); !why.isEmpty())
                refuse(why);
            continue;
        }
        if (e.formerFormatting) {
            if (QString why = planFormatting(e); !why.isEmpty())
                refuse(why);
            continue;
        }
        if (e.formerParagraphProperties) {
            if (QString why = planParagraphFormatting(e); !why.isEmpty())
                refuse(why);
            continue;
        }
        if (e.start == e.end && e.text.isEmpty())
            continue;
        if (!e.text.isEmpty()) {
            // Two insertions at one place have no order a reader could rely on: ask for one edit.
            if (const auto other = insertionPoints.constFind({insertionPoint(e), e.text.contains(u'\n')});
                other != insertionPoints.constEnd()) {
                refuse(u"it inserts at the same place as edit #%1; combine them into one edit"_s.arg(*other + 1));
                continue;
            }
        }
        if (e.start < e.end) {
            const RangeMark mark = e.alreadyApplied ? RangeMark::Inserted : RangeMark::Deleted;
            if (QString why = planRange(e.start, e.end, mark); !why.isEmpty()) {
                refuse(why);
                continue;
            }
        }
        // A comment needs a place for both of its range markers: the deleted runs and/or the insertion.
        const auto [firstDeleted, lastDeleted] = e.start < e.end ? deletedRunSpan(e.start, e.end) : std::pair(-1, -1);
        const bool comment = withComments && !e.comment.trimmed().isEmpty() && (firstDeleted >= 0 || !e.text.isEmpty());
        const qint64 commentId = comment ? m_nextId++ : -1;
        if (comment) {
            m_comments.append({commentId, e.comment, {}});
            if (firstDeleted >= 0) {
                const Run &run = m_story.runs.at(firstDeleted);
                place({Placement::InRun, firstDeleted, qMax(e.start, run.textStart), 0, -1}, k, 0,
                      m_markup.commentStart(commentId));
            }
        }
        Placement where;
        if (!e.text.isEmpty()) {
            QString properties;
            TheirSplit split;
            if (QString why = planInsertion(insertionPoint(e), e.text, e.alreadyApplied, where, properties, split);
                !why.isEmpty()) {
                refuse(why);
                continue;
            }
            insertionPoints.insert({insertionPoint(e), e.text.contains(u'\n')}, i);
            // The new text: proposed (inserted), or the earlier wording a comparison shows (deleted).
            const auto addedText = [&](QStringView text) {
                return e.alreadyApplied ? m_markup.deletedText(m_nextId++, properties, text)
                                        : m_markup.insertion(m_nextId++, properties, text);
            };
            if (comment && firstDeleted < 0 && where.kind != Placement::NewParagraphs)
                place(where, k, 0, m_markup.commentStart(commentId));
            if (where.kind == Placement::NewParagraphs) {
                const Paragraph &p = m_story.paragraphs.at(where.paragraph);
                const bool after = where.raw == p.raw.end;
                const qsizetype styleIndex = e.paragraphStyleFrom >= 0 ? m_story.paragraphAt(e.paragraphStyleFrom) : -1;
                const Paragraph &style = styleIndex >= 0 ? m_story.paragraphs.at(styleIndex) : p;
                QStringList lines = (after ? e.text.mid(1) : e.text.chopped(1)).split(u'\n');
                QString xml;
                for (qsizetype l = 0; l < lines.size(); ++l) {
                    QString content;
                    if (comment && l == 0 && firstDeleted < 0)
                        content += m_markup.commentStart(commentId);
                    if (!lines[l].isEmpty())
                        content += addedText(lines[l]);
                    if (comment && l == lines.size() - 1)
                        content += m_markup.commentEnd(commentId);
                    // After a paragraph, the last new one carries the original mark; before one, every
                    // new mark is an insertion.
                    // With another paragraph's style, the paragraph that keeps the original mark records
                    // the change of properties, so that rejecting restores this paragraph exactly.
                    const bool changedMark = !after || l + 1 < lines.size();
                    const Paragraph *former = !changedMark && &style != &p ? &p : nullptr;
                    const QString markKind = !changedMark ? QString() : e.alreadyApplied ? u"del"_s : u"ins"_s;
                    xml += m_markup.open(u"p"_s) + newParagraphProperties(style, markKind, former) + content
                           + m_markup.close(u"p"_s);
                }
                place(where, k, 1, xml);
            } else {
                place(where, k, 1, split.close + addedText(e.text) + split.reopen);
                if (comment)
                    place(where, k, 2, m_markup.commentEnd(commentId));
            }
        } else if (comment) {
            const Run &run = m_story.runs.at(lastDeleted);
            place({Placement::InRun, lastDeleted, qMin(e.end, run.textEnd), 0, -1}, k, 2,
                  m_markup.commentEnd(commentId));
        }
    }
    return refusals;
}

} // namespace Redliner::Docx
