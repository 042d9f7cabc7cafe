// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/edit.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Redliner::Review {

// The smallest word-level changes that turn `original` into `revised`, as a lawyer reads a redline:
// tokens are words, whitespace runs and single punctuation marks (see wordtokens.h); changes
// separated only by spaces or punctuation become one replacement, and a change that would leave
// a bracket or quote unbalanced takes in its partner, so "five (5) years" -> "three (3) years" is
// one edit "five (5)" -> "three (3)". Edits are sorted, disjoint and never touch; start/end are
// positions in `original` plus `offset` (the clause's place in the working text); text comes from
// `revised`; comment is empty. No edit splits a surrogate pair.
QList<Docx::Edit> wordDiff(QStringView original, QStringView revised, qint32 offset = 0);

// `original` with the edits applied (edits in the same coordinates as wordDiff returns them).
QString applyEdits(QStringView original, const QList<Docx::Edit> &edits, qint32 offset = 0);

} // namespace Redliner::Review
