// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Redliner::Review {

// How alike two paragraphs' wording is, for pairing: the Dice coefficient of their words (2 ×
// common words / all words; 1 for the same words) when they share at least half their words or
// 60 % of the shorter one's (of three words or more), otherwise 0 (too different: one deleted, the other inserted).
// Case counts, punctuation does not.
double pairingScore(QStringView a, QStringView b);

// Between two runs of changed paragraphs (the earlier version's `older`, the newer's `newer`), which
// are one paragraph edited rather than one deleted and another inserted: the pairs (index into
// older, index into newer), in order, with a pairing score above 0 whose scores add up to the
// most. A lawyer reads an edited clause as a few changed words, not as a struck and a new clause.
QList<std::pair<qsizetype, qsizetype>> pairEditedParagraphs(const QList<QStringView> &older,
                                                            const QList<QStringView> &newer);

} // namespace Redliner::Review
