// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrules.h"

namespace Redliner::Review {

QList<Finding> draftingDefects(const RuleContext &)
{
    return {};
}

} // namespace Redliner::Review
