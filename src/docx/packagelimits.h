// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Redliner::Docx {

// Caps that keep a hostile or broken package (ZIP bomb, absurd XML) from exhausting the machine.
// The defaults are far above anything a real contract needs (the largest real .docx parts are a
// few MB of XML).
struct PackageLimits final {
    qint64 maxEntries = 10'000;
    qint64 maxEntrySize = 256ll * 1024 * 1024;      // uncompressed bytes of one part
    qint64 maxTotalSize = 1024ll * 1024 * 1024;     // uncompressed bytes of all parts
    qint64 maxCompressionRatio = 1'000;             // for entries above ratioFloor bytes
    qint64 ratioFloor = 1024 * 1024;
    int maxXmlDepth = 256;
};

} // namespace Redliner::Docx
