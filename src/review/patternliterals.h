// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

namespace Redliner::Review {

// One literal of a list must be in every match; a list is written as the literals it holds.
using Literals = QStringList;

// Reads a pattern for the literals its matches must contain: per top-level alternative, the lists
// of literals one of each of which its matches hold; empty when the reader cannot tell (some
// alternative needs no literal, or the pattern uses syntax it does not read), and the pattern is
// then always run. Used by Pattern (foldedpattern.h).
QList<QList<Literals>> readPatternLiterals(QStringView pattern);

} // namespace Redliner::Review
