// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewrules.h"

// Governing law and forum, for each side (forumdrafting.cpp); reviewrules.cpp registers it.
namespace Redliner::Review::Forum {

QList<Finding> governingLaw(const RuleContext &ctx);

} // namespace Redliner::Review::Forum
