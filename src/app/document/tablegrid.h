// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Redliner::Docx {
struct Story;
}

namespace Redliner::App {

// Where each body paragraph sits in a (top-level) table, for display. The document model knows a
// paragraph's cell (container) and table depth but not its row; the rows are read from the tags
// between consecutive paragraphs in the part's XML. Nested tables are flattened into the cell of
// the outer table that holds them.
struct TableCellPlace final {
    int table = -1;   // index of the top-level table; -1: not in a table
    int row = 0;
    int column = 0;
};

struct TableShape final {
    int firstParagraph = 0;
    int lastParagraph = 0;   // inclusive
    int rows = 0;
    int columns = 0;
};

struct TableGrid final {
    QList<TableCellPlace> places;  // one per body paragraph
    QList<TableShape> tables;

    static TableGrid fromStory(const Docx::Story &story);
};

} // namespace Redliner::App
