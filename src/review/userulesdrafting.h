// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewrules.h"

namespace Redliner::Review::UseDrafting {

// Who may receive the information: the document's own list of recipients, completed or narrowed
// with the fewest words (userulesdrafting.cpp).
QList<Finding> permittedRecipients(const RuleContext &ctx);
// An absolute or crown-jewel standard of care brought back to the market standard.
QList<Finding> standardOfCare(const RuleContext &ctx);
// For the side that receives: use limited to evaluating alone, or only with consent: a comment.
QList<Finding> narrowUse(const RuleContext &ctx);

} // namespace Redliner::Review::UseDrafting
