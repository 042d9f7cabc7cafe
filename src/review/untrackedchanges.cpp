// SPDX-License-Identifier: GPL-3.0-or-later
#include "untrackedchanges.h"

#include "worddiff.h"

#include <algorithm>

namespace Redliner::Review {

QList<UntrackedChange> untrackedChanges(QStringView sent, const QList<std::pair<qint32, qint32>> &sentChanges,
                                        QStringView received)
{
    QList<std::pair<qint32, qint32>> ranges = sentChanges;
    std::sort(ranges.begin(), ranges.end());
    // reach[i]: the furthest end among ranges[0..i], so that "a range starting at or before x
    // reaches y" is one search.
    QList<qint32> reach;
    reach.reserve(ranges.size());
    for (const auto &r : std::as_const(ranges))
        reach.append(reach.isEmpty() ? r.second : std::max(reach.last(), r.second));
    QList<UntrackedChange> out;
    qint32 paragraph = 0;
    qint32 counted = 0; // sent text up to here has its paragraph marks counted
    for (const Docx::Edit &e : wordDiff(sent, received)) {
        // Touching a change we sent (its edges included): explained by accepting or rejecting it.
        const qsizetype startingBefore =
            std::upper_bound(ranges.cbegin(), ranges.cend(), e.end,
                             [](qint32 at, const std::pair<qint32, qint32> &r) { return at < r.first; })
            - ranges.cbegin();
        const bool explained = startingBefore > 0 && reach.at(startingBefore - 1) >= e.start;
        if (explained)
            continue;
        paragraph += qint32(sent.mid(counted, e.start - counted).count(u'\n'));
        counted = e.start;
        out.append({e.start, e.end, paragraph, sent.mid(e.start, e.end - e.start).toString(), e.text});
    }
    return out;
}

} // namespace Redliner::Review
