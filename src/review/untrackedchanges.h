// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Redliner::Review {

// Text that changed between a version we sent and the version that came back without being
// tracked: `before` at [start, end) of what we sent became `after`.
struct UntrackedChange final {
    qint32 start = 0; // in the sent text (its original reading)
    qint32 end = 0;
    qint32 paragraph = 0; // 0-based paragraph of the sent text
    QString before;
    QString after;
};

// The changes nobody tracked. `sent` is the original reading of the file we exported (every
// tracked change rejected) and `sentChanges` the ranges of its tracked changes in that reading
// (an insertion's position as an empty range); `received` is the original reading of the file
// that came back. A difference touching one of the sent changes is the other side accepting (or
// answering) it; any other difference was made with tracking off.
QList<UntrackedChange> untrackedChanges(QStringView sent, const QList<std::pair<qint32, qint32>> &sentChanges,
                                        QStringView received);

} // namespace Redliner::Review
