// SPDX-License-Identifier: GPL-3.0-or-later
#include "fact.h"

namespace Redliner::Review {

// A sheet holds a few dozen facts at most, so a linear search beats keeping an index in sync.
const Fact *FactSheet::find(QStringView id) const
{
    for (const Fact &fact : facts) {
        if (fact.id == id)
            return &fact;
    }
    return nullptr;
}

} // namespace Redliner::Review
