// SPDX-License-Identifier: GPL-3.0-or-later
#include "redlinerenderer.h"

#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QChar LabelGap = QChar(0x2002);     // en space between a list label and the text
constexpr QChar MarkerGap = QChar(0x2009);    // thin space before a comment marker
constexpr QChar DeletedMark = QChar(0x00B6);  // pilcrow: a paragraph mark is deleted

// The working text of a paragraph as it is drawn: one character for one, so that a position in
// the original pane maps back to the working text; things that are not letters become visible
// placeholders or spaces (a QTextDocument would turn some of them into blocks).
QString displayText(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c == Docx::Glyph::Object)
            c = QChar(0x25A1);  // white square: a picture, object or note reference
        else if (c == u'\n' || c == u'\r' || c == Docx::Glyph::PageBreak || c == QChar::ParagraphSeparator
                 || (c.unicode() < 0x20 && c != u'\t'))
            c = u' ';
    }
    return out;
}

void applyRunFlags(QTextCharFormat &format, quint16 flags)
{
    if (flags & Docx::Run::Bold)
        format.setFontWeight(QFont::Bold);
    if (flags & Docx::Run::Italic)
        format.setFontItalic(true);
    if (flags & Docx::Run::Underline)
        format.setFontUnderline(true);
    if (flags & Docx::Run::Strike)
        format.setFontStrikeOut(true);
}

QTextBlockFormat roleFormat(int paragraph, RedlineRenderer::BlockRole role)
{
    QTextBlockFormat f;
    f.setProperty(RedlineRenderer::ParagraphProperty, paragraph);
    f.setProperty(RedlineRenderer::RoleProperty, int(role));
    f.setProperty(RedlineRenderer::LabelLengthProperty, 0);
    return f;
}

} // namespace

namespace {

std::optional<bool> answerTo(const QHash<int, bool> *answers, int change)
{
    if (!answers)
        return std::nullopt;
    const auto it = answers->constFind(change);
    return it == answers->cend() ? std::nullopt : std::optional<bool>(*it);
}

} // namespace

// Who made the change and when, for its tooltip: made when it is drawn, a slice at a time, since
// formatting 800 dates while the document opens is a stall of its own.
QString RedlineRenderer::toolTipOf(const TheirMark &mark) const
{
    using Kind = Docx::ExistingChange::Kind;
    const Docx::ExistingChange &c = m_document->markup.changes.at(mark.change);
    const QString who = c.author.isEmpty() ? tr("an unnamed author") : c.author;
    QString tip = c.kind == Kind::Insertion  ? tr("Inserted by %1").arg(who)
                  : c.kind == Kind::MoveTo   ? tr("Moved here by %1").arg(who)
                  : c.kind == Kind::Deletion ? tr("Deleted by %1").arg(who)
                                             : tr("Moved away by %1").arg(who);
    if (c.date.isValid())
        tip += u", "_s + QLocale().toString(c.date.toLocalTime(), QLocale::ShortFormat);
    return tip;
}

RedlineRenderer::RedlineRenderer(LoadedDocumentPtr document)
    : m_document(std::move(document)), m_earlierReading(m_document->comparison.has_value())
{
    // The other side's insertions and deletions, each author in a colour of its own (in order of
    // their first change). Paragraph marks and formatting changes are listed in Their Changes only.
    QStringList authors;
    const auto &changes = m_document->markup.changes;
    for (qsizetype index = 0; index < changes.size(); ++index) {
        const Docx::ExistingChange &c = changes[index];
        using Kind = Docx::ExistingChange::Kind;
        const bool inserted = (c.kind == Kind::Insertion || c.kind == Kind::MoveTo) && c.end > c.start;
        const bool deleted = (c.kind == Kind::Deletion || c.kind == Kind::MoveFrom) && !c.text.isEmpty();
        if (!inserted && !deleted)
            continue;
        if (!authors.contains(c.author))
            authors.append(c.author);
        TheirMark mark;
        mark.start = c.start;
        mark.end = inserted ? c.end : c.start;
        mark.deletedText = deleted ? c.text : QString();
        mark.author = int(authors.indexOf(c.author));
        mark.change = int(index);
        m_theirs.append(mark);
    }
    // An insertion is cut where deletions lie inside it (someone deleting part of it), so that the
    // struck text is drawn at its place, between the two parts; at one place a deletion comes first.
    QList<qint32> deletions;
    for (const TheirMark &m : std::as_const(m_theirs)) {
        if (m.start == m.end)
            deletions.append(m.start);
    }
    std::sort(deletions.begin(), deletions.end());
    QList<TheirMark> cut;
    for (const TheirMark &m : std::as_const(m_theirs)) {
        if (m.start == m.end) {
            cut.append(m);
            continue;
        }
        TheirMark part = m;
        for (auto d = std::upper_bound(deletions.cbegin(), deletions.cend(), m.start);
             d != deletions.cend() && *d < m.end; ++d) {
            TheirMark head = part;
            head.end = *d;
            cut.append(head);
            part.start = *d;
        }
        cut.append(part);
    }
    m_theirs = std::move(cut);
    std::stable_sort(m_theirs.begin(), m_theirs.end(), [](const TheirMark &l, const TheirMark &r) {
        return std::pair(l.start, l.start != l.end) < std::pair(r.start, r.start != r.end);
    });
}

int RedlineRenderer::paragraphCount() const
{
    return int(m_document->docx.body.paragraphs.size());
}

QTextBlockFormat RedlineRenderer::blockFormat(int paragraph, BlockRole role) const
{
    const Docx::Paragraph &p = m_document->docx.body.paragraphs.at(paragraph);
    QTextBlockFormat f = roleFormat(paragraph, role);
    const bool labelled = !p.listLabel.isEmpty() && role == BlockRole::Source;
    f.setProperty(LabelLengthProperty, labelled ? int(p.listLabel.size()) + 1 : 0);
    f.setBottomMargin(p.headingLevel > 0 ? 4 : 6);
    f.setTopMargin(p.headingLevel > 0 ? 10 : 0);
    if (p.headingLevel > 0)
        f.setHeadingLevel(p.headingLevel);
    const int level = p.listLabel.isEmpty() ? 0 : std::clamp(int(p.level), 0, 8);
    f.setLeftMargin(24.0 * level);
    return f;
}

QTextCharFormat RedlineRenderer::baseFormat(int paragraph) const
{
    const Docx::Paragraph &p = m_document->docx.body.paragraphs.at(paragraph);
    QTextCharFormat f;
    if (p.headingLevel > 0) {
        f.setFontWeight(QFont::Bold);
        f.setProperty(QTextFormat::FontSizeAdjustment, std::max(0, 3 - int(p.headingLevel)));
    }
    return f;
}

QTextDocument *RedlineRenderer::newDocument(QObject *parent)
{
    auto *doc = new QTextDocument(parent);
    doc->setUndoRedoEnabled(false);
    doc->setDocumentMargin(16);
    return doc;
}

QTextDocument *RedlineRenderer::renderPlain() const
{
    QTextDocument *doc = newDocument();
    Writer writer(*this, doc);
    writer.cursor().beginEditBlock();
    while (!writer.atEnd())
        writer.append(nullptr, nullptr);
    writer.finish();
    writer.cursor().endEditBlock();
    return doc;
}

RedlineRenderer::Writer::Writer(const RedlineRenderer &renderer, QTextDocument *doc)
    : m_renderer(renderer), m_cursor(doc)
{
    m_cursor.movePosition(QTextCursor::End);
}

void RedlineRenderer::Writer::markFiller(QTextCursor &cursor, int paragraph)
{
    cursor.setBlockFormat(roleFormat(paragraph, BlockRole::Filler));
}

void RedlineRenderer::Writer::finishTable()
{
    if (!m_tableFrame)
        return;
    // Empty cells (merged or missing) get the paragraph before them, so that the paragraph
    // index never decreases from block to block and a paragraph is found by bisection.
    const TableShape &shape = m_renderer.m_document->tables.tables.at(m_table);
    int last = shape.firstParagraph - 1;
    for (int r = 0; r < m_tableFrame->rows(); ++r) {
        for (int c = 0; c < m_tableFrame->columns(); ++c) {
            const int key = r * m_tableFrame->columns() + c;
            if (const auto it = m_lastInCell.constFind(key); it != m_lastInCell.constEnd()) {
                last = *it;
                continue;
            }
            QTextCursor cell = m_tableFrame->cellAt(r, c).firstCursorPosition();
            markFiller(cell, last);
        }
    }
    m_cursor = m_tableFrame->lastCursorPosition();
    m_cursor.movePosition(QTextCursor::NextBlock);
    m_tableFrame = nullptr;
    m_table = -1;
    m_fresh = true;
}

void RedlineRenderer::Writer::append(const ChangeSet *changes, const RedlineStyle *style)
{
    if (atEnd())
        return;
    const int i = m_next++;
    const TableGrid &grid = m_renderer.m_document->tables;
    const TableCellPlace place = i < grid.places.size() ? grid.places.at(i) : TableCellPlace{};
    if (place.table >= 0) {
        if (place.table != m_table) {
            finishTable();
            if (m_fresh)
                markFiller(m_cursor, i - 1);
            const TableShape &shape = grid.tables.at(place.table);
            QTextTableFormat format;
            format.setBorder(1);
            format.setBorderCollapse(true);
            format.setCellPadding(4);
            format.setCellSpacing(0);
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            format.setBottomMargin(8);
            m_tableFrame = m_cursor.insertTable(shape.rows, shape.columns, format);
            m_table = place.table;
            m_cellRow = m_cellColumn = -1;
            m_lastInCell.clear();
        }
        if (place.row != m_cellRow || place.column != m_cellColumn) {
            m_cursor = m_tableFrame->cellAt(place.row, place.column).firstCursorPosition();
            m_cellRow = place.row;
            m_cellColumn = place.column;
        } else {
            m_cursor.insertBlock();
        }
        m_renderer.writeParagraph(m_cursor, i, changes, style);
        m_lastInCell.insert(place.row * m_tableFrame->columns() + place.column, i);
        if (i == grid.tables.at(m_table).lastParagraph)
            finishTable();
        return;
    }
    finishTable();
    if (!m_fresh)
        m_cursor.insertBlock();
    m_renderer.writeParagraph(m_cursor, i, changes, style);
    m_fresh = false;
}

void RedlineRenderer::Writer::finish()
{
    finishTable();
    if (m_fresh)
        markFiller(m_cursor, m_renderer.paragraphCount() - 1);
    m_fresh = false;
}

// [from, to) of a paragraph with the other side's changes in it: their insertions underlined and
// their deleted text struck at its place, in the author's colour. A deletion at `to` is left to
// the next call, and one at the paragraph's end to writeTheirDeletionsAt. `extra` (our own
// deletion) is drawn over theirs.
void RedlineRenderer::writeOriginal(QTextCursor &cursor, int paragraph, qint32 from, qint32 to,
                                    const QTextCharFormat &extra, const QHash<int, bool> *answers) const
{
    if (m_theirs.isEmpty()) {
        writeRuns(cursor, paragraph, from, to, extra);
        return;
    }
    auto mark = std::lower_bound(m_theirs.cbegin(), m_theirs.cend(), from,
                                 [](const TheirMark &m, qint32 at) { return m.start < at; });
    // An insertion that began before `from` and reaches into it (the constructor cut insertions at
    // the deletions inside them, so the one just before is the only candidate).
    if (mark != m_theirs.cbegin() && std::prev(mark)->end > from)
        --mark;
    qint32 at = from;
    for (; mark != m_theirs.cend() && mark->start < to; ++mark) {
        const qint32 start = std::max(mark->start, at);
        if (start > at)
            writeRuns(cursor, paragraph, at, start, extra);
        at = std::max(at, start);
        if (mark->start == mark->end) {
            if (mark->start >= from)
                writeTheirDeletion(cursor, paragraph, *mark, answers);
            continue;
        }
        const qint32 end = std::min(mark->end, to);
        if (end > at && !answers && m_earlierReading) {
            at = end; // the earlier version did not have it
            continue;
        }
        if (end > at) {
            // Accepted, it reads as plain text, as it will in the export; rejected, it is struck.
            const std::optional<bool> answer = answerTo(answers, mark->change);
            QTextCharFormat inserted;
            if (answer != true) {
                inserted.setFontUnderline(!answer);
                inserted.setFontStrikeOut(answer == false);
                inserted.setForeground(RedlineStyle::authorColor(mark->author));
                inserted.setToolTip(answer ? tr("%1 (you rejected it)").arg(toolTipOf(*mark)) : toolTipOf(*mark));
            }
            inserted.merge(extra);
            writeRuns(cursor, paragraph, at, end, inserted);
            at = end;
        }
    }
    if (at < to)
        writeRuns(cursor, paragraph, at, to, extra);
}

void RedlineRenderer::writeTheirDeletion(QTextCursor &cursor, int paragraph, const TheirMark &mark,
                                         const QHash<int, bool> *answers) const
{
    // Accepted, the text is gone; rejected, it is back as plain text (still not working text).
    const std::optional<bool> answer = answerTo(answers, mark.change);
    if (answer == true)
        return;
    if (!answers && m_earlierReading) {
        // The earlier version's own text: plain, its paragraphs on lines of their own.
        QTextCharFormat earlier = baseFormat(paragraph);
        earlier.setToolTip(toolTipOf(mark));
        earlier.setProperty(ChangeKindProperty, int(ChangeKind::TheirDeletion));
        QString text = mark.deletedText;
        text.replace(u'\n', QChar::LineSeparator);
        cursor.insertText(displayText(text), earlier);
        return;
    }
    QTextCharFormat deleted = baseFormat(paragraph);
    if (!answer) {
        deleted.setFontStrikeOut(true);
        deleted.setForeground(RedlineStyle::authorColor(mark.author));
    }
    deleted.setToolTip(answer ? tr("%1 (you rejected it)").arg(toolTipOf(mark)) : toolTipOf(mark));
    deleted.setProperty(ChangeKindProperty, int(ChangeKind::TheirDeletion));
    QString text = mark.deletedText;
    text.replace(u'\n', DeletedMark);
    cursor.insertText(displayText(text), deleted);
}

// Their deletions at the end of a paragraph, once. When the paragraph's own mark is deleted, its
// end is the next paragraph's start, and that paragraph draws them.
void RedlineRenderer::writeTheirDeletionsAt(QTextCursor &cursor, int paragraph, const QHash<int, bool> *answers) const
{
    const Docx::Paragraph &p = m_document->docx.body.paragraphs.at(paragraph);
    if (m_theirs.isEmpty() || p.markDeleted)
        return;
    auto mark = std::lower_bound(m_theirs.cbegin(), m_theirs.cend(), p.textEnd,
                                 [](const TheirMark &m, qint32 at) { return m.start < at; });
    for (; mark != m_theirs.cend() && mark->start == p.textEnd; ++mark) {
        if (mark->start == mark->end)
            writeTheirDeletion(cursor, paragraph, *mark, answers);
    }
}

void RedlineRenderer::writeRuns(QTextCursor &cursor, int paragraph, qint32 from, qint32 to,
                                const QTextCharFormat &extra) const
{
    if (to <= from)
        return;
    const Docx::Story &body = m_document->docx.body;
    const Docx::Paragraph &p = body.paragraphs.at(paragraph);
    const QTextCharFormat base = baseFormat(paragraph);
    const auto put = [&](qint32 start, qint32 end, quint16 flags) {
        if (end <= start)
            return;
        QTextCharFormat f = base;
        applyRunFlags(f, flags);
        f.merge(extra);
        cursor.insertText(displayText(QStringView(body.text).mid(start, end - start)), f);
    };
    // Runs split by revision ids or proofing marks often share their look: draw each stretch of
    // one look at once.
    qint32 at = from;
    qint32 stretch = from;
    quint16 stretchFlags = 0;
    constexpr quint16 look = Docx::Run::Bold | Docx::Run::Italic | Docx::Run::Underline | Docx::Run::Strike;
    for (qint32 r = p.firstRun; r < p.firstRun + p.runCount && r < body.runs.size(); ++r) {
        const Docx::Run &run = body.runs.at(r);
        const qint32 start = std::max(run.textStart, at);
        const qint32 end = std::min(run.textEnd, to);
        if (end <= start)
            continue;
        const quint16 flags = run.flags & look;
        if (start > at || flags != stretchFlags) {
            put(stretch, at, stretchFlags);
            if (start > at)
                put(at, start, 0);  // text outside any run (should not happen; drawn plain)
            stretch = start;
            stretchFlags = flags;
        }
        at = end;
    }
    put(stretch, at, stretchFlags);
    put(at, to, 0);
}

void RedlineRenderer::writeParagraph(QTextCursor &cursor, int paragraph, const ChangeSet *changes,
                                     const RedlineStyle *style) const
{
    const Docx::Paragraph &p = m_document->docx.body.paragraphs.at(paragraph);
    const qint32 from = p.textStart;
    const qint32 to = p.textEnd;
    const QTextCharFormat base = baseFormat(paragraph);
    cursor.setBlockFormat(blockFormat(paragraph, BlockRole::Source));
    cursor.setBlockCharFormat(base);
    if (!p.listLabel.isEmpty())
        cursor.insertText(p.listLabel + LabelGap, base);
    if (!changes) {
        writeOriginal(cursor, paragraph, from, to, {}, nullptr);
        writeTheirDeletionsAt(cursor, paragraph, nullptr);
        return;
    }
    const QHash<int, bool> *answers = &changes->theirDecisions;

    qint32 at = from;
    for (int index : changes->touching(from, to)) {
        const RedlineChange &c = changes->changes.at(index);
        const bool proposed = c.state == RedlineChange::State::Proposed;
        QTextCharFormat change;
        change.setProperty(FindingProperty, c.findingId);
        change.setToolTip(c.toolTip);

        const qint32 start = std::max(c.edit.start, from);
        if (start > at)
            writeOriginal(cursor, paragraph, at, start, {}, answers);
        at = std::max(at, start);
        if (c.state != RedlineChange::State::Rejected && c.edit.end > c.edit.start) {
            QTextCharFormat deleted = change;
            deleted.setFontStrikeOut(true);
            deleted.setForeground(style->deleted);
            deleted.setProperty(ChangeKindProperty, int(ChangeKind::Deleted));
            const qint32 end = std::min(c.edit.end, to);
            writeOriginal(cursor, paragraph, start, end, deleted, answers);
            if (c.edit.end > to) {
                QTextCharFormat mark = base;
                mark.merge(deleted);
                cursor.insertText(QString(DeletedMark), mark);
            }
            at = std::max(at, end);
        }
        if (c.edit.start < from)
            continue;  // began in an earlier paragraph, which drew its insertion and marker
        if (c.state != RedlineChange::State::Rejected && !c.edit.text.isEmpty()) {
            QTextCharFormat inserted = base;
            inserted.merge(change);
            inserted.setForeground(style->inserted);
            inserted.setFontUnderline(true);
            // A proposal is dashed until the lawyer accepts it, then drawn as Word draws it.
            inserted.setUnderlineStyle(proposed ? QTextCharFormat::DashUnderline : QTextCharFormat::SingleUnderline);
            inserted.setProperty(ChangeKindProperty, int(ChangeKind::Inserted));
            const QStringList lines = c.edit.text.split(u'\n');
            for (qsizetype l = 0; l < lines.size(); ++l) {
                if (l > 0)
                    cursor.insertBlock(blockFormat(paragraph, BlockRole::Inserted), base);
                if (!lines.at(l).isEmpty())
                    cursor.insertText(displayText(lines.at(l)), inserted);
            }
        }
        QTextCharFormat marker;
        marker.setProperty(FindingProperty, c.findingId);
        marker.setProperty(ChangeKindProperty, int(ChangeKind::Marker));
        marker.setToolTip(c.toolTip);
        marker.setAnchor(true);
        marker.setAnchorHref(u"finding:"_s + c.findingId);
        marker.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        marker.setForeground(style->markerText);
        marker.setFontWeight(QFont::DemiBold);
        marker.setBackground(c.state == RedlineChange::State::Accepted ? style->acceptedMarker
                             : c.state == RedlineChange::State::Rejected ? style->rejectedMarker
                                                                         : style->pendingMarker);
        const QString symbol = c.state == RedlineChange::State::Accepted ? u"\u2713"_s
                               : c.state == RedlineChange::State::Rejected ? u"\u2717"_s
                                                                           : QString();
        cursor.insertText(QString(MarkerGap), base);
        cursor.insertText(symbol + c.findingId, marker);
    }
    if (at < to)
        writeOriginal(cursor, paragraph, at, to, {}, answers);
    writeTheirDeletionsAt(cursor, paragraph, answers);
}

void RedlineRenderer::redraw(QTextDocument *doc, int first, int last, const ChangeSet &changes,
                             const RedlineStyle &style) const
{
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (int p = std::max(0, first); p <= last && p < paragraphCount(); ++p) {
        const QTextBlock start = blockOf(doc, p);
        if (!start.isValid() || paragraphOf(start) != p || roleOf(start) != BlockRole::Source)
            continue;
        QTextBlock end = start;
        while (end.next().isValid() && paragraphOf(end.next()) == p && roleOf(end.next()) == BlockRole::Inserted)
            end = end.next();
        cursor.setPosition(start.position());
        cursor.setPosition(end.position() + end.length() - 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.setCharFormat(QTextCharFormat());
        writeParagraph(cursor, p, &changes, &style);
    }
    cursor.endEditBlock();
}

std::pair<int, int> RedlineRenderer::paragraphsOf(const Docx::Edit &edit) const
{
    const Docx::Story &body = m_document->docx.body;
    const auto at = [&](qint32 offset) {
        const qsizetype p = body.paragraphAt(offset);
        return p >= 0 ? int(p) : offset <= 0 ? 0 : int(body.paragraphs.size()) - 1;
    };
    const int first = at(edit.start);
    const int last = edit.end > edit.start ? at(edit.end - 1) : first;
    return {first, std::max(first, last)};
}

int RedlineRenderer::paragraphOf(const QTextBlock &block)
{
    const QVariant v = block.blockFormat().property(ParagraphProperty);
    return v.isValid() ? v.toInt() : -1;
}

RedlineRenderer::BlockRole RedlineRenderer::roleOf(const QTextBlock &block)
{
    return BlockRole(block.blockFormat().intProperty(RoleProperty));
}

QTextBlock RedlineRenderer::blockOf(const QTextDocument *doc, int paragraph)
{
    // Paragraph indexes never decrease from block to block: bisect for the first block >= it.
    int low = 0, high = doc->blockCount();
    while (low < high) {
        const int mid = low + (high - low) / 2;
        if (paragraphOf(doc->findBlockByNumber(mid)) < paragraph)
            low = mid + 1;
        else
            high = mid;
    }
    QTextBlock block = doc->findBlockByNumber(std::min(low, doc->blockCount() - 1));
    if (paragraphOf(block) != paragraph && block.previous().isValid() && paragraphOf(block) > paragraph)
        block = block.previous();
    return block;
}

qint32 RedlineRenderer::insertedBetween(qint32 from, qint32 to) const
{
    auto mark = std::lower_bound(m_theirs.cbegin(), m_theirs.cend(), from,
                                 [](const TheirMark &m, qint32 at) { return m.start < at; });
    if (mark != m_theirs.cbegin() && std::prev(mark)->end > from)
        --mark;
    qint32 count = 0;
    for (; mark != m_theirs.cend() && mark->start < to; ++mark)
        count += std::max(0, std::min(mark->end, to) - std::max(mark->start, from));
    return count;
}

int RedlineRenderer::plainPosition(const QTextDocument *doc, qint32 offset) const
{
    return workingTextPosition(doc, offset, false);
}

int RedlineRenderer::redlinePosition(const QTextDocument *doc, qint32 offset) const
{
    return workingTextPosition(doc, offset, true);
}

// Steps over what is drawn but not in the working text: their deleted text (both panes), and in
// the redline our proposed insertions and markers; struck-out deletions of ours are in it.
int RedlineRenderer::workingTextPosition(const QTextDocument *doc, qint32 offset, bool skipInsertions) const
{
    const Docx::Story &body = m_document->docx.body;
    const qsizetype p = body.paragraphAt(offset);
    if (p < 0)
        return offset <= 0 ? 0 : doc->characterCount() - 1;
    const QTextBlock block = blockOf(doc, int(p));
    int position = block.position() + block.blockFormat().intProperty(LabelLengthProperty);
    int remaining = std::max(0, int(offset - body.paragraphs.at(p).textStart));
    if (!skipInsertions && m_earlierReading) // the earlier reading draws no inserted text
        remaining = std::max(0, remaining - int(insertedBetween(body.paragraphs.at(p).textStart, qint32(offset))));
    if (!skipInsertions && m_theirs.isEmpty()) // one character for one
        return std::min(position + remaining, block.position() + std::max(0, block.length() - 1));
    for (auto it = block.begin(); !it.atEnd() && remaining > 0; ++it) {
        const QTextFragment f = it.fragment();
        const int from = std::max(f.position(), position);
        const int to = f.position() + f.length();
        if (to <= from)
            continue;
        const auto kind = ChangeKind(f.charFormat().intProperty(ChangeKindProperty));
        if (kind == ChangeKind::TheirDeletion
            || (skipInsertions && (kind == ChangeKind::Inserted || kind == ChangeKind::Marker))) {
            position = to;
            continue;
        }
        const int take = std::min(remaining, to - from);
        position = from + take;
        remaining -= take;
    }
    // Text the other side deleted at the offset itself is passed too: what starts there is drawn after it.
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment f = it.fragment();
        if (f.position() == position
            && ChangeKind(f.charFormat().intProperty(ChangeKindProperty)) == ChangeKind::TheirDeletion)
            position = f.position() + f.length();
    }
    return std::min(position, block.position() + std::max(0, block.length() - 1));
}

} // namespace Redliner::App
