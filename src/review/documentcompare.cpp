// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison of two versions: paragraphs are lined up first (Myers on whole paragraphs),
// edited ones paired by shared wording, then each pair compared word by word. Paragraphs only one
// version has become whole inserted or deleted paragraphs.
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

// A paragraph of working text: [start, end), its mark at end.
struct Unit {
    qint32 start = 0;
    qint32 end = 0;
};

QList<Unit> unitsOf(QStringView text)
{
    QList<Unit> units;
    qint32 start = 0;
    for (qint32 i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            units.append({start, i});
            start = i + 1;
        }
    }
    if (start < text.size())
        units.append({start, qint32(text.size())});
    return units;
}

std::vector<size_t> unitHashes(QStringView text, const QList<Unit> &units)
{
    std::vector<size_t> out;
    out.reserve(size_t(units.size()));
    for (const Unit &u : units)
        out.push_back(qHash(text.mid(u.start, u.end - u.start), size_t(0x5eed)));
    return out;
}

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

class Comparer {
public:
    Comparer(QStringView older, const Docx::Document &newer)
        : m_older(older), m_newer(newer.body), m_a(unitsOf(older)), m_b(unitsOf(m_newer.text))
    {}

    DocumentComparison run()
    {
        const SequenceDiff diff = myersDiff(unitHashes(m_older, m_a), unitHashes(m_newer.text, m_b));
        qsizetype i = 0, j = 0;
        while (i < m_a.size() || j < m_b.size()) {
            const bool changedA = i < m_a.size() && diff.deleted[size_t(i)];
            const bool changedB = j < m_b.size() && diff.inserted[size_t(j)];
            if (!changedA && !changedB) {
                // A common paragraph; a hash collision makes it an edited pair.
                if (olderText(i) != newerText(j))
                    editedPair(i, j);
                ++i;
                ++j;
                continue;
            }
            const qsizetype i0 = i, j0 = j;
            while (i < m_a.size() && diff.deleted[size_t(i)])
                ++i;
            while (j < m_b.size() && diff.inserted[size_t(j)])
                ++j;
            changedBlock(i0, i, j0, j);
        }
        return std::move(m_result);
    }

private:
    QStringView olderText(qsizetype i) const { return m_older.mid(m_a[i].start, m_a[i].end - m_a[i].start); }
    QStringView newerText(qsizetype j) const
    {
        return QStringView(m_newer.text).mid(m_b[j].start, m_b[j].end - m_b[j].start);
    }
    const Docx::Paragraph *paragraphOf(qsizetype j) const
    {
        const qsizetype p = m_newer.paragraphAt(m_b[j].start);
        return p < 0 ? nullptr : &m_newer.paragraphs.at(p);
    }

    void editedPair(qsizetype i, qsizetype j)
    {
        ++m_result.editedParagraphs;
        for (Docx::Edit e : wordDiff(newerText(j), olderText(i), m_b[j].start)) {
            e.alreadyApplied = true;
            e.text = writableDeletedText(e.text, &m_result.droppedObjects);
            if (e.start < e.end || !e.text.isEmpty())
                m_result.edits.append(e);
        }
    }

    // Whether rejecting may remove the paragraph's mark: the next paragraph is in the same cell.
    bool markCanBeInserted(qsizetype j) const
    {
        const qsizetype p = m_newer.paragraphAt(m_b[j].start);
        if (p < 0 || p + 1 >= m_newer.paragraphs.size())
            return false;
        const Docx::Paragraph &here = m_newer.paragraphs.at(p);
        const Docx::Paragraph &next = m_newer.paragraphs.at(p + 1);
        return !here.lastInContainer && !here.hasSectionBreak && !here.markInserted && !here.markDeleted
               && next.container == here.container && next.tableDepth == here.tableDepth;
    }

    // Older paragraphs [i0, i1) became newer paragraphs [j0, j1).
    void changedBlock(qsizetype i0, qsizetype i1, qsizetype j0, qsizetype j1)
    {
        QList<QStringView> olderRun, newerRun;
        for (qsizetype i = i0; i < i1; ++i)
            olderRun.append(olderText(i));
        for (qsizetype j = j0; j < j1; ++j)
            newerRun.append(newerText(j));
        qsizetype i = i0, j = j0;
        for (const auto &[pi, pj] : pairEditedParagraphs(olderRun, newerRun)) {
            gap(i, i0 + pi, j, j0 + pj);
            editedPair(i0 + pi, j0 + pj);
            i = i0 + pi + 1;
            j = j0 + pj + 1;
        }
        gap(i, i1, j, j1);
    }

    // Older paragraphs [i0, i1) deleted and newer paragraphs [j0, j1) inserted at one place.
    void gap(qsizetype i0, qsizetype i1, qsizetype j0, qsizetype j1)
    {
        if (i0 == i1 && j0 == j1)
            return;
        m_result.deletedParagraphs += qint32(i1 - i0);
        m_result.insertedParagraphs += qint32(j1 - j0);
        QStringList deleted;
        for (qsizetype i = i0; i < i1; ++i)
            deleted.append(writableDeletedText(olderText(i), &m_result.droppedObjects));
        const QString lines = deleted.join(u'\n');
        if (j0 == j1) {
            // Only deletions: before the next paragraph, or after the last one.
            if (j1 < m_b.size())
                append(m_b[j1].start, m_b[j1].start, lines + u'\n');
            else if (j0 > 0)
                append(m_b[j0 - 1].end, m_b[j0 - 1].end, u'\n' + lines);
            else // never "no differences" for a newer version without a paragraph of text
                m_result.problems.append(u"the newer document has no paragraph to show the earlier text in"_s);
            return;
        }
        // Inserted paragraphs, one group per table cell; the deleted ones go with the last group.
        qsizetype from = j0;
        while (from < j1) {
            const Docx::Paragraph *first = paragraphOf(from);
            qsizetype to = from + 1;
            while (to < j1 && paragraphOf(to) && first && paragraphOf(to)->container == first->container)
                ++to;
            const bool last = to == j1;
            // With its mark when the mark may go (rejecting removes the paragraph). The last mark of
            // a cell or the document must stay: then the mark before the group is marked instead
            // (rejecting joins the paragraph before to that last mark), or, at a cell's start, only
            // the text, and an empty paragraph stays behind on rejecting.
            const bool withMark = markCanBeInserted(to - 1);
            const bool markBefore = !withMark && from > 0 && markCanBeInserted(from - 1)
                                    && paragraphOf(from - 1)->container == first->container;
            const qint32 start = m_b[from].start - (markBefore ? 1 : 0);
            const qint32 end = m_b[to - 1].end + (withMark ? 1 : 0);
            // The deleted paragraphs: before the next paragraph, or after the group's last one (in its
            // cell), unless that one holds a section break, which no paragraph may follow.
            const bool separately = last && i0 < i1 && !withMark && j1 < m_b.size() && paragraphOf(to - 1)
                                    && paragraphOf(to - 1)->hasSectionBreak;
            QString text;
            if (last && i0 < i1 && !separately)
                text = withMark ? QString(lines + u'\n') : QString(u'\n' + lines);
            if (start < end || !text.isEmpty())
                append(start, end, text);
            if (separately)
                append(m_b[j1].start, m_b[j1].start, lines + u'\n');
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

    QStringView m_older;
    const Docx::Story &m_newer;
    QList<Unit> m_a, m_b;
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
        if (!paragraphs.contains(p) || !withinParagraph(body, e, p)) {
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

DocumentComparison compareDocuments(QStringView olderText, const Docx::Document &newer)
{
    DocumentComparison result = Comparer(olderText, newer).run();
    if (result.edits.isEmpty())
        return result;
    // A difference the writer cannot place word by word (it crosses a field's edge, say) is shown
    // as its whole paragraph replaced; what still cannot be written is named for the user.
    const Docx::Story &body = newer.body;
    QList<Docx::RevisionWriter::Refusal> refused = Docx::RevisionWriter::check(newer, result.edits);
    QSet<qsizetype> widen;
    for (const auto &r : std::as_const(refused)) {
        const Docx::Edit &e = result.edits.at(r.edit);
        if (const qsizetype p = body.paragraphAt(e.start); withinParagraph(body, e, p))
            widen.insert(p);
    }
    if (!widen.isEmpty()) {
        result.edits = wholeParagraphs(body, result.edits, widen);
        refused = Docx::RevisionWriter::check(newer, result.edits);
    }
    for (const auto &r : std::as_const(refused))
        result.problems.append(placeOf(body, result.edits.at(r.edit).start) + u": "_s + r.reason);
    return result;
}

} // namespace Redliner::Review
