// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison of two versions: paragraphs outside tables and whole table rows are lined up
// first (Myers), edited ones paired by shared wording (rows only with rows of as many cells), then
// each pair compared word by word, a row cell by cell. Paragraphs only one version has become whole
// inserted or deleted paragraphs, and rows inserted or deleted rows.
#include "documentcompare.h"

#include "myersdiff.h"
#include "paragraphpairing.h"
#include "worddiff.h"

#include "docx/revisionwriter.h"

#include <QHash>
#include <QSet>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

// A paragraph of working text: [start, end), its mark at end; the table row (of a table not
// inside another) and the cell it is in, or -1.
struct Unit {
    qint32 start = 0;
    qint32 end = 0;
    qint32 row = -1;
    qint32 cell = -1;
};

// What the versions are lined up by: a paragraph outside tables, or a whole table row (units
// [first, last)), so that a paragraph is only ever paired with one in the same cell.
struct Block {
    qint32 first = 0;
    qint32 last = 0;
    qint32 row = -1;
    bool isRow() const { return row >= 0; }
};

// One version: its working text cut into units and blocks.
class Side {
public:
    explicit Side(const Docx::Story &body) : story(body)
    {
        QList<qint32> rowOf(body.paragraphs.size(), -1), cellOf(body.paragraphs.size(), -1);
        for (qint32 r = 0; r < body.rows.size(); ++r) {
            const Docx::TableRow &row = body.rows.at(r);
            if (row.tableDepth != 1)
                continue;
            for (qsizetype k = 0; k < row.cells.size(); ++k)
                for (qint32 p = row.cellBegin(k); p < row.cellEnd(k); ++p) {
                    rowOf[p] = r;
                    cellOf[p] = qint32(k);
                }
        }
        const QString &text = body.text;
        qint32 start = 0;
        auto add = [&](qint32 end) {
            const qsizetype p = body.paragraphAt(start);
            units.append({start, end, p < 0 ? -1 : rowOf.at(p), p < 0 ? -1 : cellOf.at(p)});
        };
        for (qint32 i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'\n') {
                add(i);
                start = i + 1;
            }
        }
        if (start < text.size())
            add(qint32(text.size()));
        for (qint32 u = 0; u < units.size();) {
            qint32 last = u + 1;
            if (units.at(u).row >= 0)
                while (last < units.size() && units.at(last).row == units.at(u).row)
                    ++last;
            blocks.append({u, last, units.at(u).row});
            u = last;
        }
    }

    QStringView text(qsizetype unit) const
    {
        return QStringView(story.text).mid(units[unit].start, units[unit].end - units[unit].start);
    }
    qsizetype cellCount(const Block &b) const { return b.isRow() ? story.rows.at(b.row).cells.size() : 0; }
    // The units of cell k of a row block (units are in cell order).
    std::pair<qint32, qint32> cellUnits(const Block &b, qint32 k) const
    {
        qint32 from = b.first;
        while (from < b.last && units[from].cell < k)
            ++from;
        qint32 to = from;
        while (to < b.last && units[to].cell == k)
            ++to;
        return {from, to};
    }
    // A row's text for pairing (its cells' words), or a paragraph's.
    QString pairingText(const Block &b) const
    {
        QString out;
        for (qint32 u = b.first; u < b.last; ++u)
            out += text(u) + u' ';
        return out;
    }
    std::vector<size_t> blockHashes() const
    {
        std::vector<size_t> out;
        out.reserve(size_t(blocks.size()));
        for (const Block &b : blocks) {
            size_t h = b.isRow() ? qHash(cellCount(b), size_t(0x70a5)) : size_t(0x5eed);
            for (qint32 u = b.first; u < b.last; ++u)
                h = b.isRow() ? qHashMulti(h, units[u].cell, text(u)) : qHash(text(u), h);
            out.push_back(h);
        }
        return out;
    }
    std::vector<size_t> unitHashes(qint32 from, qint32 to) const
    {
        std::vector<size_t> out;
        out.reserve(size_t(to - from));
        for (qint32 u = from; u < to; ++u)
            out.push_back(qHash(text(u), size_t(0x5eed)));
        return out;
    }
    const Docx::Paragraph *paragraphOf(qsizetype unit) const
    {
        const qsizetype p = story.paragraphAt(units[unit].start);
        return p < 0 ? nullptr : &story.paragraphs.at(p);
    }

    const Docx::Story &story;
    QList<Unit> units;
    QList<Block> blocks;
};

// Deleted text is written as w:delText: a picture or a page break of the earlier version has no
// characters to write there, so it is left out (counted, and said in the result).
QString writableDeletedText(QStringView text, qint32 *dropped)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == Docx::Glyph::Object || c == Docx::Glyph::PageBreak)
            ++*dropped;
        else
            out.append(c);
    }
    return out;
}

// The children of a properties element (w:rPr, w:pPr, w:tcPr...) as written, in order, but those
// of the local names `left` out; `prefix` keeps only children in that namespace prefix ("w").
// formattingOf: formatting as a comparison sees it, without what is not formatting of the text
// (proofing language, spelling marks, a paragraph mark's own formatting, a section break) or is
// someone's tracked change of it.
QStringList childrenOf(const QString &xml, const Docx::XmlRange &properties, QStringView prefix,
                       std::initializer_list<QStringView> left)
{
    QStringList out;
    if (!properties.isValid())
        return out;
    const QStringView rPr = QStringView(xml).mid(properties.begin, properties.length());
    qsizetype at = rPr.indexOf(u'>') + 1;
    if (at <= 0 || rPr.at(at - 2) == u'/')
        return out; // <w:rPr/>
    while (true) {
        const qsizetype open = rPr.indexOf(u'<', at);
        if (open < 0 || open + 1 >= rPr.size() || rPr.at(open + 1) == u'/')
            break; // the end tag of w:rPr
        qsizetype nameEnd = open + 1;
        while (nameEnd < rPr.size() && !rPr.at(nameEnd).isSpace() && rPr.at(nameEnd) != u'/' && rPr.at(nameEnd) != u'>')
            ++nameEnd;
        const QStringView name = rPr.mid(open + 1, nameEnd - open - 1);
        const qsizetype tagEnd = rPr.indexOf(u'>', nameEnd);
        if (tagEnd < 0)
            break;
        qsizetype end = tagEnd + 1;
        if (rPr.at(tagEnd - 1) != u'/') {
            const QString close = u"</"_s + name + u'>';
            const qsizetype closeAt = rPr.indexOf(close, end);
            if (closeAt < 0)
                break;
            end = closeAt + close.size();
        }
        const qsizetype colon = name.indexOf(u':');
        const QStringView local = colon < 0 ? name : name.mid(colon + 1);
        const bool wanted = std::find(left.begin(), left.end(), local) == left.end()
                            && (prefix.isEmpty() || (colon > 0 && name.left(colon) == prefix));
        if (wanted)
            out.append(rPr.mid(open, end - open).toString());
        at = end;
    }
    return out;
}

QStringList formattingOf(const QString &xml, const Docx::XmlRange &properties, QStringView prefix = {})
{
    return childrenOf(xml, properties, prefix, {u"lang", u"noProof", u"rPrChange", u"rPr", u"sectPr", u"pPrChange"});
}

// Earlier paragraphs that are gone, to be shown as deleted text where the newer version has a place.
struct Deleted {
    QStringList lines;
    bool isEmpty() const { return lines.isEmpty(); }
};

class Comparer {
public:
    Comparer(const Docx::Story &older, const Docx::Story &newer)
        : m_a(older), m_b(newer),
          // Earlier run properties are copied into the newer part: only when both spell the
          // WordprocessingML namespace with the same prefix.
          m_formatting(!older.wordPrefix.isEmpty() && older.wordPrefix == newer.wordPrefix
                       && older.wordNamespace == newer.wordNamespace)
    {}

    DocumentComparison run()
    {
        const SequenceDiff diff = myersDiff(m_a.blockHashes(), m_b.blockHashes());
        const qsizetype na = m_a.blocks.size(), nb = m_b.blocks.size();
        qsizetype i = 0, j = 0;
        while (i < na || j < nb) {
            const bool changedA = i < na && diff.deleted[size_t(i)];
            const bool changedB = j < nb && diff.inserted[size_t(j)];
            if (!changedA && !changedB) {
                sameBlock(i++, j++);
                continue;
            }
            const qsizetype i0 = i, j0 = j;
            while (i < na && diff.deleted[size_t(i)])
                ++i;
            while (j < nb && diff.inserted[size_t(j)])
                ++j;
            changedBlocks(i0, i, j0, j);
        }
        return std::move(m_result);
    }

private:
    // Blocks the diff found equal: the same unless their hashes collided.
    void sameBlock(qsizetype i, qsizetype j)
    {
        const Block &a = m_a.blocks[i], &b = m_b.blocks[j];
        if (a.isRow() != b.isRow() || m_a.cellCount(a) != m_b.cellCount(b)) {
            blockGap(i, i + 1, j, j + 1);
        } else if (a.isRow()) {
            pairedRows(a, b);
        } else if (m_a.text(a.first) != m_b.text(b.first)) {
            editedPair(a.first, b.first);
        } else {
            sameText(a.first, b.first);
        }
    }

    // Older blocks [i0, i1) became newer blocks [j0, j1): paragraphs paired with paragraphs and rows
    // with rows of as many cells, by shared wording; the rest deleted or inserted.
    void changedBlocks(qsizetype i0, qsizetype i1, qsizetype j0, qsizetype j1)
    {
        QStringList olderTexts, newerTexts;
        QList<QStringView> olderRun, newerRun;
        for (qsizetype i = i0; i < i1; ++i)
            olderTexts.append(m_a.pairingText(m_a.blocks[i]));
        for (qsizetype j = j0; j < j1; ++j)
            newerTexts.append(m_b.pairingText(m_b.blocks[j]));
        for (const QString &t : std::as_const(olderTexts))
            olderRun.append(t);
        for (const QString &t : std::as_const(newerTexts))
            newerRun.append(t);
        qsizetype i = i0, j = j0;
        for (const auto &[pi, pj] : pairEditedParagraphs(olderRun, newerRun)) {
            const Block &a = m_a.blocks[i0 + pi], &b = m_b.blocks[j0 + pj];
            if (a.isRow() != b.isRow() || m_a.cellCount(a) != m_b.cellCount(b))
                continue;
            rowsInPlace(i, i0 + pi, j, j0 + pj);
            if (a.isRow())
                pairedRows(a, b);
            else
                editedPair(a.first, b.first);
            i = i0 + pi + 1;
            j = j0 + pj + 1;
        }
        rowsInPlace(i, i1, j, j1);
    }

    // Rows with as many cells, half of them the same, are one row edited; so are as many rows
    // changed as there were, each with as many cells (a schedule's entries rewritten). Such rows are
    // compared cell by cell; the rest are rows deleted and inserted.
    void rowsInPlace(qsizetype i0, qsizetype i1, qsizetype j0, qsizetype j1)
    {
        qsizetype i = i0, j = j0;
        // Every row against every other is too many for a table of thousands rewritten wholesale.
        constexpr qsizetype Limit = 40000;
        for (qsizetype a = i0; a < i1 && (i1 - i0) * (j1 - j0) <= Limit; ++a) {
            for (qsizetype b = j; b < j1; ++b) {
                if (!alikeRows(m_a.blocks[a], m_b.blocks[b]))
                    continue;
                sameRowsOrGap(i, a, j, b);
                pairedRows(m_a.blocks[a], m_b.blocks[b]);
                i = a + 1;
                j = b + 1;
                break;
            }
        }
        sameRowsOrGap(i, i1, j, j1);
    }

    bool alikeRows(const Block &a, const Block &b) const
    {
        const qsizetype cells = m_a.cellCount(a);
        if (!a.isRow() || !b.isRow() || cells != m_b.cellCount(b))
            return false;
        qsizetype same = 0;
        for (qint32 k = 0; k < cells; ++k) {
            const auto [a0, a1] = m_a.cellUnits(a, k);
            const auto [b0, b1] = m_b.cellUnits(b, k);
            bool equal = a1 - a0 == b1 - b0;
            for (qint32 u = 0; equal && u < a1 - a0; ++u)
                equal = m_a.text(a0 + u) == m_b.text(b0 + u);
            same += equal ? 1 : 0;
        }
        return same > 0 && 2 * same >= cells;
    }

    void sameRowsOrGap(qsizetype i0, qsizetype i1, qsizetype j0, qsizetype j1)
    {
        bool inPlace = i1 - i0 == j1 - j0 && i0 < i1;
        for (qsizetype k = 0; inPlace && k < i1 - i0; ++k) {
            const Block &a = m_a.blocks[i0 + k], &b = m_b.blocks[j0 + k];
            inPlace = a.isRow() && b.isRow() && m_a.cellCount(a) == m_b.cellCount(b);
        }
        if (!inPlace) {
            blockGap(i0, i1, j0, j1);
            return;
        }
        for (qsizetype k = 0; k < i1 - i0; ++k)
            pairedRows(m_a.blocks[i0 + k], m_b.blocks[j0 + k]);
    }

    // Two versions of one row: compared cell by cell, each cell's paragraphs as a document's.
    void pairedRows(const Block &a, const Block &b)
    {
        for (qint32 k = 0; k < m_b.cellCount(b); ++k) {
            const auto [a0, a1] = m_a.cellUnits(a, k);
            const auto [b0, b1] = m_b.cellUnits(b, k);
            compareUnits(a0, a1, b0, b1);
        }
    }

    void compareUnits(qint32 a0, qint32 a1, qint32 b0, qint32 b1)
    {
        const SequenceDiff diff = myersDiff(m_a.unitHashes(a0, a1), m_b.unitHashes(b0, b1));
        qint32 i = a0, j = b0;
        while (i < a1 || j < b1) {
            const bool changedA = i < a1 && diff.deleted[size_t(i - a0)];
            const bool changedB = j < b1 && diff.inserted[size_t(j - b0)];
            if (!changedA && !changedB) {
                if (m_a.text(i) != m_b.text(j)) // a hash collision
                    editedPair(i, j);
                else
                    sameText(i, j);
                ++i;
                ++j;
                continue;
            }
            const qint32 i0 = i, j0 = j;
            while (i < a1 && diff.deleted[size_t(i - a0)])
                ++i;
            while (j < b1 && diff.inserted[size_t(j - b0)])
                ++j;
            changedUnits(i0, i, j0, j, b0, b1);
        }
    }

    // Older units [i0, i1) became newer units [j0, j1), all in one cell whose newer units are [lo, hi).
    void changedUnits(qint32 i0, qint32 i1, qint32 j0, qint32 j1, qint32 lo, qint32 hi)
    {
        QList<QStringView> olderRun, newerRun;
        for (qint32 i = i0; i < i1; ++i)
            olderRun.append(m_a.text(i));
        for (qint32 j = j0; j < j1; ++j)
            newerRun.append(m_b.text(j));
        qint32 i = i0, j = j0;
        for (const auto &[pi, pj] : pairEditedParagraphs(olderRun, newerRun)) {
            unitGap(i, i0 + qint32(pi), j, j0 + qint32(pj), lo, hi);
            editedPair(i0 + qint32(pi), j0 + qint32(pj));
            i = i0 + qint32(pi) + 1;
            j = j0 + qint32(pj) + 1;
        }
        unitGap(i, i1, j, j1, lo, hi);
    }

    void unitGap(qint32 i0, qint32 i1, qint32 j0, qint32 j1, qint32 lo, qint32 hi)
    {
        Deleted deleted;
        for (qint32 i = i0; i < i1; ++i)
            deleted.lines.append(writableDeletedText(m_a.text(i), &m_result.droppedObjects));
        m_result.deletedParagraphs += qint32(deleted.lines.size());
        if (j0 < j1)
            insertedUnits(j0, j1, deleted);
        else if (!deleted.isEmpty())
            onlyDeleted(deleted, j1 < hi ? j1 : -1, j0 > lo ? j0 - 1 : -1);
    }

    // Older blocks [i0, i1) deleted and newer blocks [j0, j1) inserted at one place.
    void blockGap(qsizetype i0, qsizetype i1, qsizetype j0, qsizetype j1)
    {
        if (i0 == i1 && j0 == j1)
            return;
        // The rows that are gone stay rows when a newer row is there to stand beside; otherwise
        // their cells' text is shown as deleted paragraphs. Rows that followed a row (the same table
        // going on) follow the newer row before the gap; the others go before the first newer row in
        // the gap, or the row after it, or after the row before it.
        struct Anchor {
            qint32 unit = -1; // a newer row's first unit (before it) or last unit (after it)
            bool before = true;
            bool valid() const { return unit >= 0; }
        };
        Anchor general, afterPrevious;
        if (j0 > 0 && m_b.blocks[j0 - 1].isRow())
            afterPrevious = {m_b.blocks[j0 - 1].last - 1, false};
        for (qsizetype j = j0; j < j1 && !general.valid(); ++j)
            if (m_b.blocks[j].isRow())
                general = {m_b.blocks[j].first, true};
        if (!general.valid() && j1 < m_b.blocks.size() && m_b.blocks[j1].isRow())
            general = {m_b.blocks[j1].first, true};
        if (!general.valid())
            general = afterPrevious;
        const Anchor leading = i0 > 0 && m_a.blocks[i0 - 1].isRow() && afterPrevious.valid() ? afterPrevious : general;
        const bool rowsAsRows = general.valid();

        Deleted deleted;
        QList<Docx::DeletedRow> deletedRows, leadingRows;
        bool olderRows = false;
        for (qsizetype i = i0; i < i1; ++i) {
            const Block &a = m_a.blocks[i];
            olderRows = olderRows || a.isRow();
            if (!a.isRow()) {
                deleted.lines.append(writableDeletedText(m_a.text(a.first), &m_result.droppedObjects));
                ++m_result.deletedParagraphs;
                continue;
            }
            Docx::DeletedRow gone;
            QStringList &cells = gone.cells;
            if (m_formatting) {
                // Its shape (widths, spans, merges, height), when the parts spell WordprocessingML alike.
                const Docx::TableRow &row = m_a.story.rows.at(a.row);
                const QString &xml = m_a.story.xml;
                const QStringView prefix = m_a.story.wordPrefix;
                gone.rowProperties =
                    childrenOf(xml, row.properties, prefix, {u"ins", u"del", u"trPrChange"}).join(QString());
                for (const Docx::XmlRange &cell : row.cellProperties)
                    gone.cellProperties.append(
                        childrenOf(xml, cell, prefix, {u"tcPrChange", u"cellIns", u"cellDel", u"cellMerge"})
                            .join(QString()));
            }
            for (qint32 k = 0; k < m_a.cellCount(a); ++k) {
                const auto [u0, u1] = m_a.cellUnits(a, k);
                QStringList lines;
                for (qint32 u = u0; u < u1; ++u)
                    lines.append(writableDeletedText(m_a.text(u), &m_result.droppedObjects));
                if (rowsAsRows) {
                    cells.append(lines.join(u'\n'));
                } else {
                    deleted.lines += lines;
                    m_result.deletedParagraphs += qint32(lines.size());
                }
            }
            if (rowsAsRows) {
                (deleted.isEmpty() ? leadingRows : deletedRows).append(gone);
                ++m_result.deletedRows;
            }
        }
        if (leading.unit == general.unit && leading.before == general.before) {
            deletedRows = leadingRows + deletedRows;
            leadingRows.clear();
        }
        for (const auto &[rows, at] : {std::pair{&leadingRows, leading}, std::pair{&deletedRows, general}}) {
            if (rows->isEmpty())
                continue;
            Docx::Edit e;
            e.start = e.end = at.before ? m_b.units[at.unit].start : m_b.units[at.unit].end;
            e.alreadyApplied = true;
            e.row = at.before ? Docx::Edit::Row::DeletedBefore : Docx::Edit::Row::DeletedAfter;
            e.deletedRows = *rows;
            m_result.edits.append(e);
        }

        // The newer blocks: inserted rows, and runs of inserted paragraphs (the last run takes the
        // deleted paragraphs along).
        qsizetype lastParagraphs = -1;
        for (qsizetype j = j0; j < j1; ++j)
            if (!m_b.blocks[j].isRow())
                lastParagraphs = j;
        for (qsizetype j = j0; j < j1;) {
            const Block &b = m_b.blocks[j];
            if (b.isRow()) {
                insertedRow(b);
                ++j;
                continue;
            }
            qsizetype to = j + 1;
            while (to < j1 && !m_b.blocks[to].isRow())
                ++to;
            const bool last = to > lastParagraphs;
            insertedUnits(b.first, m_b.blocks[to - 1].last, last ? deleted : Deleted{});
            j = to;
        }
        if (lastParagraphs < 0 && !deleted.isEmpty()) {
            // Only deletions here: before the next paragraph outside a table, or after the one
            // before; in a cell only when there is no such paragraph.
            const bool nextIsParagraph = j1 < m_b.blocks.size() && !m_b.blocks[j1].isRow();
            const bool previousIsParagraph = j0 > 0 && !m_b.blocks[j0 - 1].isRow();
            const qint32 next = j1 < m_b.blocks.size() ? m_b.blocks[j1].first : -1;
            const qint32 previous = j0 > 0 ? m_b.blocks[j0 - 1].last - 1 : -1;
            // Paragraphs that came before the rows gone go after the paragraph before them.
            const bool paragraphsFirst = olderRows && !m_a.blocks[i0].isRow();
            if ((nextIsParagraph && !(paragraphsFirst && previousIsParagraph)) || (!previousIsParagraph && next >= 0))
                onlyDeleted(deleted, next, -1);
            else
                onlyDeleted(deleted, -1, previous);
        }
    }

    // The same wording in both versions: where its runs are formatted otherwise (bold added, a
    // font changed), a formatting change recording the earlier run properties.
    void sameText(qint32 i, qint32 j)
    {
        if (!m_formatting)
            return;
        const Docx::Story &a = m_a.story, &b = m_b.story;
        // The paragraph's own properties (alignment, indents, style, numbering), for a unit that is
        // one paragraph in both versions.
        const qsizetype pa = a.paragraphAt(m_a.units[i].start), pb = b.paragraphAt(m_b.units[j].start);
        if (pa >= 0 && pb >= 0 && a.paragraphs.at(pa).textEnd == m_a.units[i].end
            && b.paragraphs.at(pb).textEnd == m_b.units[j].end && b.paragraphs.at(pb).textStart == m_b.units[j].start) {
            const Docx::Paragraph &x = a.paragraphs.at(pa), &y = b.paragraphs.at(pb);
            const bool sameRaw = x.properties.isValid() == y.properties.isValid()
                                 && (!x.properties.isValid()
                                     || QStringView(a.xml).mid(x.properties.begin, x.properties.length())
                                            == QStringView(b.xml).mid(y.properties.begin, y.properties.length()));
            if (!sameRaw && formattingOf(a.xml, x.properties) != formattingOf(b.xml, y.properties)) {
                Docx::Edit e;
                e.start = e.end = y.textStart;
                e.alreadyApplied = true;
                e.formerParagraphProperties = formattingOf(a.xml, x.properties, a.wordPrefix).join(QString());
                m_result.edits.append(e);
            }
        }
        const qint32 aBase = m_a.units[i].start, bBase = m_b.units[j].start;
        const qint32 length = m_b.units[j].end - bBase;
        auto runAt = [](const Docx::Story &story, qint32 at) {
            return qint32(std::lower_bound(story.runs.cbegin(), story.runs.cend(), at,
                                           [](const Docx::Run &r, qint32 x) { return r.textEnd <= x; })
                          - story.runs.cbegin());
        };
        qint32 ra = runAt(a, aBase), rb = runAt(b, bBase);
        Docx::Edit pending;
        auto flush = [&] {
            if (pending.formerFormatting && b.paragraphAt(pending.start) == b.paragraphAt(pending.end - 1))
                m_result.edits.append(pending);
            pending = Docx::Edit{};
        };
        qint32 pos = 0;
        while (pos < length) {
            while (ra < a.runs.size() && a.runs.at(ra).textEnd - aBase <= pos)
                ++ra;
            while (rb < b.runs.size() && b.runs.at(rb).textEnd - bBase <= pos)
                ++rb;
            if (ra >= a.runs.size() || rb >= b.runs.size())
                break;
            const Docx::Run &x = a.runs.at(ra), &y = b.runs.at(rb);
            if (x.textStart - aBase > pos || y.textStart - bBase > pos) {
                flush(); // text outside runs (a protected object): left as it is
                pos = qMax(x.textStart - aBase, y.textStart - bBase);
                continue;
            }
            const qint32 segmentEnd = qMin(qMin(x.textEnd - aBase, y.textEnd - bBase), length);
            const bool writable = !y.has(Docx::Run::Protected) && !y.has(Docx::Run::InAlternateContent)
                                  && !y.has(Docx::Run::InFieldCode)
                                  && !QStringView(b.xml)
                                          .mid(y.properties.begin, qMax<qsizetype>(0, y.properties.length()))
                                          .contains(u"rPrChange");
            const bool sameRaw = x.properties.isValid() == y.properties.isValid()
                                 && (!x.properties.isValid()
                                     || QStringView(a.xml).mid(x.properties.begin, x.properties.length())
                                            == QStringView(b.xml).mid(y.properties.begin, y.properties.length()));
            if (!writable || sameRaw || formattingOf(a.xml, x.properties) == formattingOf(b.xml, y.properties)) {
                flush();
            } else {
                const QString former = formattingOf(a.xml, x.properties, a.wordPrefix).join(QString());
                if (pending.formerFormatting && (*pending.formerFormatting != former || pending.end != bBase + pos))
                    flush();
                if (!pending.formerFormatting) {
                    pending.start = bBase + pos;
                    pending.alreadyApplied = true;
                    pending.formerFormatting = former;
                }
                pending.end = bBase + segmentEnd;
            }
            pos = segmentEnd;
        }
        flush();
    }

    void insertedRow(const Block &b)
    {
        ++m_result.insertedRows;
        Docx::Edit e;
        e.start = m_b.units[b.first].start;
        e.end = m_b.units[b.last - 1].end;
        e.alreadyApplied = true;
        e.row = Docx::Edit::Row::Inserted;
        m_result.edits.append(e);
    }

    // Deleted paragraphs with no inserted ones: before the next unit, or after the previous one.
    void onlyDeleted(const Deleted &deleted, qint32 next, qint32 previous)
    {
        const QString lines = deleted.lines.join(u'\n');
        if (next >= 0)
            append(m_b.units[next].start, m_b.units[next].start, lines + u'\n');
        else if (previous >= 0)
            append(m_b.units[previous].end, m_b.units[previous].end, u'\n' + lines);
        else // never "no differences" for a newer version without a paragraph of text
            m_result.problems.append(u"the newer document has no paragraph to show the earlier text in"_s);
    }

    void editedPair(qint32 i, qint32 j)
    {
        ++m_result.editedParagraphs;
        for (Docx::Edit e : wordDiff(m_b.text(j), m_a.text(i), m_b.units[j].start)) {
            e.alreadyApplied = true;
            e.text = writableDeletedText(e.text, &m_result.droppedObjects);
            if (e.start < e.end || !e.text.isEmpty())
                m_result.edits.append(e);
        }
    }

    // Whether rejecting may remove the paragraph's mark: the next paragraph is in the same cell.
    bool markCanBeInserted(qsizetype unit) const
    {
        const qsizetype p = m_b.story.paragraphAt(m_b.units[unit].start);
        if (p < 0 || p + 1 >= m_b.story.paragraphs.size())
            return false;
        const Docx::Paragraph &here = m_b.story.paragraphs.at(p);
        const Docx::Paragraph &next = m_b.story.paragraphs.at(p + 1);
        return !here.lastInContainer && !here.hasSectionBreak && !here.markInserted && !here.markDeleted
               && next.container == here.container && next.tableDepth == here.tableDepth;
    }

    // Newer units [j0, j1) inserted (one table cell or none), with the deleted paragraphs.
    void insertedUnits(qint32 j0, qint32 j1, const Deleted &deleted)
    {
        m_result.insertedParagraphs += j1 - j0;
        const QString lines = deleted.lines.join(u'\n');
        // One group per container (a nested table's cells); the deleted ones go with the last group.
        qint32 from = j0;
        while (from < j1) {
            const Docx::Paragraph *first = m_b.paragraphOf(from);
            qint32 to = from + 1;
            while (to < j1 && m_b.paragraphOf(to) && first && m_b.paragraphOf(to)->container == first->container)
                ++to;
            const bool last = to == j1;
            // With its mark when the mark may go (rejecting removes the paragraph). The last mark of
            // a cell or the document must stay: then the mark before the group is marked instead
            // (rejecting joins the paragraph before to that last mark), or, at a cell's start, only
            // the text, and an empty paragraph stays behind on rejecting.
            const bool withMark = markCanBeInserted(to - 1);
            const bool markBefore = !withMark && from > 0 && markCanBeInserted(from - 1)
                                    && m_b.paragraphOf(from - 1)->container == first->container;
            const qint32 start = m_b.units[from].start - (markBefore ? 1 : 0);
            const qint32 end = m_b.units[to - 1].end + (withMark ? 1 : 0);
            // The deleted paragraphs: with its mark, before the next paragraph. When the group's last
            // mark stays, the last deleted paragraph's text goes into the group (rejecting leaves that
            // paragraph with its earlier wording) and the others before it; when the mark before the
            // group is marked instead, after the group's last paragraph, unless that one holds a
            // section break, which no paragraph may follow: then before the next paragraph.
            QString text;
            bool separately = false;
            if (last && !deleted.isEmpty()) {
                if (withMark) {
                    text = lines + u'\n';
                } else if (!markBefore) {
                    text = deleted.lines.last();
                    if (deleted.lines.size() > 1)
                        append(m_b.units[from].start, m_b.units[from].start,
                               deleted.lines.mid(0, deleted.lines.size() - 1).join(u'\n') + u'\n');
                } else if (j1 < m_b.units.size() && m_b.paragraphOf(to - 1)
                           && m_b.paragraphOf(to - 1)->hasSectionBreak) {
                    separately = true;
                } else {
                    text = u'\n' + lines;
                }
            }
            if (start < end || !text.isEmpty())
                append(start, end, text);
            if (separately)
                append(m_b.units[j1].start, m_b.units[j1].start, lines + u'\n');
            from = to;
        }
    }

    void append(qint32 start, qint32 end, const QString &text)
    {
        Docx::Edit e;
        e.start = start;
        e.end = end;
        e.text = text;
        e.alreadyApplied = true;
        m_result.edits.append(e);
    }

    Side m_a, m_b;
    const bool m_formatting;
    DocumentComparison m_result;
};

QString placeOf(const Docx::Story &story, qint32 offset)
{
    const qsizetype p = story.paragraphAt(offset);
    if (p < 0)
        return u"the end of the document"_s;
    QString words = story.paragraphText(p).toString().simplified();
    if (words.size() > 60)
        words = words.left(59) + QChar(0x2026);
    return words.isEmpty() ? u"paragraph %1 (empty)"_s.arg(p + 1)
                           : u"paragraph %1 (\u201C%2\u201D)"_s.arg(p + 1).arg(words);
}

// Whether an edit changes only the text of one paragraph (no mark, no added paragraph).
bool withinParagraph(const Docx::Story &body, const Docx::Edit &e, qsizetype p)
{
    return p >= 0 && !e.text.contains(u'\n') && e.start >= body.paragraphs.at(p).textStart
           && e.end <= body.paragraphs.at(p).textEnd;
}

// The paragraphs' edits replaced by one edit each: the whole paragraph marked as inserted, its
// earlier wording (the paragraph with its edits undone) as deleted text.
QList<Docx::Edit> wholeParagraphs(const Docx::Story &body, const QList<Docx::Edit> &edits,
                                  const QSet<qsizetype> &paragraphs)
{
    QList<Docx::Edit> out;
    QHash<qsizetype, QList<Docx::Edit>> own;
    QHash<qsizetype, qsizetype> placeholder;
    for (const Docx::Edit &e : edits) {
        const qsizetype p = body.paragraphAt(e.start);
        if (!paragraphs.contains(p) || !withinParagraph(body, e, p) || e.formerFormatting || e.formerParagraphProperties
            || e.row != Docx::Edit::Row::None) {
            out.append(e);
            continue;
        }
        own[p].append(e);
        if (!placeholder.contains(p)) {
            placeholder.insert(p, out.size());
            out.append(Docx::Edit{});
        }
    }
    for (auto it = placeholder.constBegin(); it != placeholder.constEnd(); ++it) {
        const Docx::Paragraph &para = body.paragraphs.at(it.key());
        Docx::Edit &whole = out[it.value()];
        whole.start = para.textStart;
        whole.end = para.textEnd;
        whole.text = applyEdits(body.paragraphText(it.key()), own.value(it.key()), para.textStart);
        whole.alreadyApplied = true;
    }
    return out;
}

} // namespace

DocumentComparison compareDocuments(const Docx::Story &older, const Docx::Document &newer)
{
    DocumentComparison result = Comparer(older, newer.body).run();
    if (result.edits.isEmpty())
        return result;
    // Edits of a cell and a row's deletion beside it may come in any order: the writer wants them sorted.
    std::stable_sort(result.edits.begin(), result.edits.end(), [](const Docx::Edit &l, const Docx::Edit &r) {
        return std::pair(l.start, l.end) < std::pair(r.start, r.end);
    });
    // A difference the writer cannot place word by word (it crosses a field's edge, say) is shown
    // as its whole paragraph replaced; what still cannot be written is named for the user.
    const Docx::Story &body = newer.body;
    QList<Docx::RevisionWriter::Refusal> refused = Docx::RevisionWriter::check(newer, result.edits);
    // A formatting change that cannot be recorded is left out: the wording is the same either way.
    QSet<int> unformatted;
    for (const auto &r : std::as_const(refused))
        if (result.edits.at(r.edit).formerFormatting || result.edits.at(r.edit).formerParagraphProperties)
            unformatted.insert(r.edit);
    if (!unformatted.isEmpty()) {
        QList<Docx::Edit> kept;
        for (int k = 0; k < result.edits.size(); ++k)
            if (!unformatted.contains(k))
                kept.append(result.edits.at(k));
        result.edits = kept;
        refused = Docx::RevisionWriter::check(newer, result.edits);
    }
    QSet<qsizetype> widen;
    for (const auto &r : std::as_const(refused)) {
        const Docx::Edit &e = result.edits.at(r.edit);
        if (const qsizetype p = body.paragraphAt(e.start);
            withinParagraph(body, e, p) && e.row == Docx::Edit::Row::None)
            widen.insert(p);
    }
    if (!widen.isEmpty()) {
        result.edits = wholeParagraphs(body, result.edits, widen);
        refused = Docx::RevisionWriter::check(newer, result.edits);
    }
    for (const auto &r : std::as_const(refused))
        result.problems.append(placeOf(body, result.edits.at(r.edit).start) + u": "_s + r.reason);
    QSet<qsizetype> formatted;
    for (const Docx::Edit &e : std::as_const(result.edits))
        if (e.formerFormatting || e.formerParagraphProperties)
            formatted.insert(body.paragraphAt(e.start));
    result.formattedParagraphs = qint32(formatted.size());
    return result;
}

} // namespace Redliner::Review
