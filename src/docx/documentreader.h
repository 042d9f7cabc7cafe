// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

namespace Redliner::Docx {

// path -> Package -> Document: the body and the other stories with their working text, heading
// levels and list labels. A pure function of its input, safe to run in a worker thread; never
// writes anything.
class DocumentReader final {
public:
    static Outcome<Document> read(const QString &path, const PackageLimits &limits = {});
    static Outcome<Document> read(Package package, const PackageLimits &limits = {});
};

} // namespace Redliner::Docx
