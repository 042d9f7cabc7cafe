// SPDX-License-Identifier: GPL-3.0-or-later
// What the rule tests share: review a hand-made agreement and pick out one issue's finding.
#pragma once

#include "review/reviewer.h"

#include <optional>

namespace Redliner::Review::RuleCheck {

// A copy, not a pointer: the review it comes from is often a temporary.
inline std::optional<Finding> findingFor(const ReviewResult &r, const QString &issue)
{
    for (const Finding &f : r.findings) {
        if (f.issueId == issue)
            return f;
    }
    return std::nullopt;
}

// The offline review of `text` (plain text, one paragraph a line) for `side`.
inline ReviewResult reviewText(const QString &text, Side side)
{
    return reviewDocument(TextDocument::fromPlainText(text), Playbook::builtin(), {side});
}

} // namespace Redliner::Review::RuleCheck
