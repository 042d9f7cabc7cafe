// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Redliner::Docx {

// Checks the ZIP's own layout, which libzip takes on trust: every entry's local header and
// compressed data must lie in its own range of the file. Entries that share their data are how
// overlapping-entry ZIP bombs reach 1000:1 per entry over and over (1 MB in, 1 GB out); the
// ZIP specification's readers (Info-ZIP's unzip among them) refuse them, and so do we.
// Returns why the layout is refused, or an empty string.
QString checkZipLayout(const QByteArray &zip);

} // namespace Redliner::Docx
