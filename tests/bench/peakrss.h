// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Peak memory of "open a document and write its redline", measured in a fresh process so that
// nothing the benchmarks (or the generator) allocated counts.

#include <QString>

namespace Redliner::Bench {

// Child side (`redliner-bench --measure-rss PAGES FILE`): resets the peak RSS, reads FILE, writes
// PAGES edits (one a page, as BM_WriteRedline does) and prints one line with the peak above the
// RSS before reading, the document.xml size and the target. Returns the process exit code.
int measurePeakRss(int pages, const QString &file);

// Parent side: writes each fixture to a temporary folder and runs `self --measure-rss` on it.
// Returns false when a child failed.
bool runPeakRssChildren(const char *self);

} // namespace Redliner::Bench
