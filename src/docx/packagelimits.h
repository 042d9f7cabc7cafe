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
    // The XML of one story (document.xml, a header, the notes). Reading holds a part several
    // times over (bytes, decoded text, working text, runs, the rewritten copy): measured on 19 MB,
    // 8x for `text` and 13x for `review`. Past this a document is refused rather than read until
    // memory runs out (a 200 MB .docx took 3 GB to review); a 1,000-page contract has about 10 MB.
    qint64 maxStorySize = 64ll * 1024 * 1024;
    int maxXmlDepth = 256;
    // QXmlStreamReader is quadratic in both (see markupscan.h); Word writes a few dozen of each.
    int maxAttributes = 1'000;                      // on one element
    int maxNamespaces = 1'000;                      // declarations in scope at once
};

} // namespace Redliner::Docx
