// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"
#include "playbook.h"

namespace Redliner::Review {

// The checks every proposal passes before it reaches the user, whoever drafted it (the offline
// playbook or a model): a redline never strikes words that protect the side the user acts for.
// Returns the reason a proposal fails, or "" when it passes.
QString protectionStruck(const Finding &finding, Side side);

// A proposal that fails the gate is not drafted: it becomes a point to raise (a comment), and the
// rationale says why, so the user still sees it and the other side never receives it as a redline.
void turnIntoComment(Finding *finding, const QString &reason);

} // namespace Redliner::Review
