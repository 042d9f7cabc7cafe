// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include <algorithm>

namespace Redliner::Docx {

qsizetype Story::paragraphAt(qsizetype offset) const
{
    if (offset < 0 || paragraphs.isEmpty())
        return -1;
    // The first paragraph that still has characters at or after the offset (its text, or its mark
    // unless that is a tracked deletion: then the paragraph runs on into the next one).
    const auto it = std::lower_bound(paragraphs.cbegin(), paragraphs.cend(), offset, [](const Paragraph &p, qsizetype o) {
        return p.textEnd + (p.markDeleted ? 0 : 1) <= o;
    });
    return it == paragraphs.cend() ? -1 : std::distance(paragraphs.cbegin(), it);
}

QStringView Story::paragraphText(qsizetype index) const
{
    const Paragraph &p = paragraphs.at(index);
    return QStringView(text).mid(p.textStart, p.length());
}

} // namespace Redliner::Docx
