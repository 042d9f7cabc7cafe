// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docxbuilder.h"

#include <QtGlobal>

namespace Redliner::TestSupport {

// A realistic NDA-like document of about `pages` pages (about 3 numbered clauses and 450-550
// words a page), with the untidy markup real Word output has: runs split mid-word with different
// rsids, proofing marks, bookmarks, a REF field, a table, a header and a PAGE-field footer.
// The same pages and seed always give the same spec; different seeds give different prose.
DocxSpec generateNda(int pages, quint32 seed = 1);

} // namespace Redliner::TestSupport
