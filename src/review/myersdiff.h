// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

namespace Redliner::Review {

// Which elements of two sequences lie outside a longest common subsequence: deleted[i] for a[i],
// inserted[j] for b[j]. Myers' O(ND) algorithm, bisecting on the middle snake so memory stays
// linear in the input however different the sequences are.
struct SequenceDiff final {
    std::vector<bool> deleted;
    std::vector<bool> inserted;
};

SequenceDiff myersDiff(const std::vector<size_t> &a, const std::vector<size_t> &b);

} // namespace Redliner::Review
