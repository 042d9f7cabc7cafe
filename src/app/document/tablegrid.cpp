// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablegrid.h"

#include "docx/document.h"

#include <algorithm>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {

enum class Tag { TableStart, TableEnd, RowStart, CellStart };

// The table, row and cell tags of WordprocessingML in xml[from, to), in order. Only tags in the
// word namespace's prefix count; text never holds '<', so a scan for tags is exact.
template<typename Fn>
void scanTags(QStringView xml, const QString &prefix, Fn &&onTag)
{
    const QString open = prefix.isEmpty() ? u"<"_s : u"<"_s + prefix + u":"_s;
    const QString close = prefix.isEmpty() ? u"</"_s : u"</"_s + prefix + u":"_s;
    qsizetype at = 0;
    while ((at = xml.indexOf(u'<', at)) >= 0) {
        const auto nameAfter = [&](qsizetype pos, QStringView name) {
            if (!xml.mid(pos).startsWith(name))
                return false;
            const qsizetype end = pos + name.size();
            return end < xml.size() && (xml.at(end) == u'>' || xml.at(end) == u' ' || xml.at(end) == u'/'
                                        || xml.at(end) == u'\t' || xml.at(end) == u'\n' || xml.at(end) == u'\r');
        };
        if (xml.mid(at).startsWith(close)) {
            if (nameAfter(at + close.size(), u"tbl"))
                onTag(Tag::TableEnd);
        } else if (xml.mid(at).startsWith(open)) {
            const qsizetype name = at + open.size();
            if (nameAfter(name, u"tbl"))
                onTag(Tag::TableStart);
            else if (nameAfter(name, u"tr"))
                onTag(Tag::RowStart);
            else if (nameAfter(name, u"tc"))
                onTag(Tag::CellStart);
        }
        ++at;
    }
}

} // namespace

TableGrid TableGrid::fromStory(const Docx::Story &story)
{
    TableGrid grid;
    grid.places.resize(story.paragraphs.size());
    int depth = 0;         // table depth at the current scan position
    int table = -1, row = -1, column = -1;
    qsizetype scanFrom = 0;
    for (qsizetype i = 0; i < story.paragraphs.size(); ++i) {
        const Docx::Paragraph &p = story.paragraphs.at(i);
        if (p.raw.isValid() && p.raw.begin >= scanFrom && p.raw.begin <= story.xml.size()) {
            scanTags(QStringView(story.xml).mid(scanFrom, p.raw.begin - scanFrom), story.wordPrefix, [&](Tag tag) {
                switch (tag) {
                case Tag::TableStart:
                    if (++depth == 1) {
                        grid.tables.append(TableShape{int(i), int(i), 0, 0});
                        table = int(grid.tables.size()) - 1;
                        row = -1;
                    }
                    break;
                case Tag::TableEnd:
                    depth = std::max(0, depth - 1);
                    break;
                case Tag::RowStart:
                    if (depth == 1) {
                        ++row;
                        column = -1;
                    }
                    break;
                case Tag::CellStart:
                    if (depth == 1)
                        ++column;
                    break;
                }
            });
            scanFrom = p.raw.end;
        }
        // The model's own table depth is the truth; the scan only adds rows and columns.
        if (p.tableDepth > 0 && table >= 0 && depth > 0) {
            TableShape &shape = grid.tables[table];
            grid.places[i] = TableCellPlace{table, std::max(0, row), std::max(0, column)};
            shape.lastParagraph = int(i);
            shape.rows = std::max(shape.rows, std::max(0, row) + 1);
            shape.columns = std::max(shape.columns, std::max(0, column) + 1);
        }
    }
    // A table whose paragraphs the scan could not place (odd markup) is shown as plain paragraphs.
    for (int t = 0; t < grid.tables.size(); ++t) {
        const TableShape &shape = grid.tables.at(t);
        const bool used = std::any_of(grid.places.cbegin(), grid.places.cend(),
                                      [t](const TableCellPlace &c) { return c.table == t; });
        if (!used || shape.rows == 0 || shape.columns == 0) {
            for (TableCellPlace &c : grid.places) {
                if (c.table == t)
                    c = {};
            }
        }
    }
    return grid;
}

} // namespace Redliner::App
