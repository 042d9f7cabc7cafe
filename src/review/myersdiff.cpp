// SPDX-License-Identifier: GPL-3.0-or-later
#include "myersdiff.h"

#include <utility>

namespace Redliner::Review {

namespace {

struct Range {
    int aLo, aHi, bLo, bHi;
};

class Differ {
public:
    Differ(const std::vector<size_t> &a, const std::vector<size_t> &b) : m_a(a), m_b(b)
    {
        m_out.deleted.assign(a.size(), false);
        m_out.inserted.assign(b.size(), false);
    }

    SequenceDiff run()
    {
        // An explicit work list instead of recursion: a pathological input cannot overflow the stack.
        std::vector<Range> work{{0, int(m_a.size()), 0, int(m_b.size())}};
        while (!work.empty()) {
            Range r = work.back();
            work.pop_back();
            while (r.aLo < r.aHi && r.bLo < r.bHi && m_a[r.aLo] == m_b[r.bLo]) {
                ++r.aLo;
                ++r.bLo;
            }
            while (r.aLo < r.aHi && r.bLo < r.bHi && m_a[r.aHi - 1] == m_b[r.bHi - 1]) {
                --r.aHi;
                --r.bHi;
            }
            if (r.aLo == r.aHi || r.bLo == r.bHi) {
                markAll(r);
                continue;
            }
            const auto [x, y] = bisect(r);
            // A split at a corner would repeat the same range forever; it cannot happen after the
            // trimming above, but a plain replacement is the safe answer if it ever did.
            if (x < 0 || (x == r.aLo && y == r.bLo) || (x == r.aHi && y == r.bHi)) {
                markAll(r);
                continue;
            }
            work.push_back({r.aLo, x, r.bLo, y});
            work.push_back({x, r.aHi, y, r.bHi});
        }
        return std::move(m_out);
    }

private:
    void markAll(const Range &r)
    {
        for (int i = r.aLo; i < r.aHi; ++i)
            m_out.deleted[i] = true;
        for (int j = r.bLo; j < r.bHi; ++j)
            m_out.inserted[j] = true;
    }

    // Runs the forward and the reverse search at once until they overlap; the overlap is a point
    // on an optimal edit path, so both halves can be solved on their own. (-1, -1): nothing in
    // common. The shape follows diff-match-patch's bisect, which is well proven.
    std::pair<int, int> bisect(const Range &r)
    {
        const int n = r.aHi - r.aLo;
        const int m = r.bHi - r.bLo;
        const int maxD = (n + m + 1) / 2;
        const int offset = maxD;
        const int length = 2 * maxD + 2;
        m_forward.assign(length, -1);
        m_reverse.assign(length, -1);
        m_forward[offset + 1] = 0;
        m_reverse[offset + 1] = 0;
        const int delta = n - m;
        const bool front = delta % 2 != 0;  // odd delta: the forward path detects the overlap
        int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        for (int d = 0; d < maxD; ++d) {
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const int k1Offset = offset + k1;
                int x1 = (k1 == -d || (k1 != d && m_forward[k1Offset - 1] < m_forward[k1Offset + 1]))
                    ? m_forward[k1Offset + 1]
                    : m_forward[k1Offset - 1] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && m_a[r.aLo + x1] == m_b[r.bLo + y1]) {
                    ++x1;
                    ++y1;
                }
                m_forward[k1Offset] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (front) {
                    const int k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && m_reverse[k2Offset] != -1
                        && x1 >= n - m_reverse[k2Offset])
                        return {r.aLo + x1, r.bLo + y1};
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const int k2Offset = offset + k2;
                int x2 = (k2 == -d || (k2 != d && m_reverse[k2Offset - 1] < m_reverse[k2Offset + 1]))
                    ? m_reverse[k2Offset + 1]
                    : m_reverse[k2Offset - 1] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && m_a[r.aHi - 1 - x2] == m_b[r.bHi - 1 - y2]) {
                    ++x2;
                    ++y2;
                }
                m_reverse[k2Offset] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const int k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && m_forward[k1Offset] != -1) {
                        const int x1 = m_forward[k1Offset];
                        const int y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2)
                            return {r.aLo + x1, r.bLo + y1};
                    }
                }
            }
        }
        return {-1, -1};
    }

    const std::vector<size_t> &m_a;
    const std::vector<size_t> &m_b;
    SequenceDiff m_out;
    std::vector<int> m_forward;
    std::vector<int> m_reverse;
};

} // namespace

SequenceDiff myersDiff(const std::vector<size_t> &a, const std::vector<size_t> &b)
{
    return Differ(a, b).run();
}

} // namespace Redliner::Review
