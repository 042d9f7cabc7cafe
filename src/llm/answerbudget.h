// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Redliner::Llm {

// What one run's answers may hold in memory together while they are read. Each answer has its
// own limit (MaxAnswerBytes, exchange.h), but a hundred requests in flight could still hold 800 MB
// between them; the run's requests share this total, and the one that would pass it is cut like
// an answer over its own limit. Lives on the network thread with the exchanges that use it.
class AnswerBudget final {
public:
    explicit AnswerBudget(qint64 limit) : m_limit(limit) {}

    qint64 limit() const { return m_limit; }
    qint64 used() const { return m_used; }
    // Takes `bytes` for an answer being read; false, taking nothing, when the total would pass
    // the limit.
    bool take(qint64 bytes)
    {
        if (m_used + bytes > m_limit)
            return false;
        m_used += bytes;
        return true;
    }
    // Gives back what an answer took, once it has been read (or dropped).
    void give(qint64 bytes) { m_used = qMax<qint64>(0, m_used - bytes); }

private:
    qint64 m_limit;
    qint64 m_used = 0;
};

// A run's answers together: 32 answers at their own limit, far above what any real review holds
// (tens of KB an answer), far below what would exhaust a laptop.
inline constexpr qint64 DefaultRunAnswerBytes = 256 * 1024 * 1024;

} // namespace Redliner::Llm
