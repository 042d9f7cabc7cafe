// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrules.h"

namespace Redliner::Review {

const QHash<QString, Rule> &obligationRules()
{
    static const QHash<QString, Rule> rules;
    return rules;
}

} // namespace Redliner::Review
