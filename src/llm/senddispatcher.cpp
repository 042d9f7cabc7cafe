// SPDX-License-Identifier: GPL-3.0-or-later
#include "senddispatcher.h"

#include <QThreadStorage>

namespace Redliner::Llm {

namespace {
// Long enough to send a few requests, short enough that two turns back to back (the zero timer can
// come round again before a waiting timer) and what arrived in between stay inside one 60 Hz frame.
// 3 ms gave the longest stalls of 10 documents streaming in 16-21 ms, 1.5 ms 12-15 ms, at the
// same wall time.
constexpr qint64 kTurnBudgetNs = 1'500'000;
}

SendDispatcher &SendDispatcher::forThisThread()
{
    static QThreadStorage<SendDispatcher *> dispatchers;
    if (!dispatchers.hasLocalData())
        dispatchers.setLocalData(new SendDispatcher);
    return *dispatchers.localData();
}

SendDispatcher::SendDispatcher()
{
    // A zero-interval timer runs once per event-loop turn, after the events already waiting.
    m_turn.setInterval(0);
    connect(&m_turn, &QTimer::timeout, this, &SendDispatcher::run);
}

void SendDispatcher::request(QObject *owner, int channel, std::function<bool()> step)
{
    for (const Sender &s : std::as_const(m_senders)) {
        if (s.owner && s.key == owner && s.channel == channel)
            return;
    }
    m_senders.append(Sender{owner, owner, channel, std::move(step)});
    if (!m_turn.isActive())
        m_turn.start();
}

void SendDispatcher::run()
{
    QElapsedTimer clock;
    clock.start();
    // Round robin, one request per sender at a time, so no review starves another; a turn that
    // ends part way round starts the next where it stopped, or the senders at the end of the list
    // would wait until those before them ran dry.
    while (!m_senders.isEmpty() && clock.nsecsElapsed() < kTurnBudgetNs) {
        if (m_next >= m_senders.size())
            m_next = 0;
        // A copy: the step may add a sender (only at the end: nothing but this loop removes one, so
        // m_next still names this sender afterwards), and the list may move its storage meanwhile.
        const Sender sender = m_senders.at(m_next);
        if (!sender.owner || !sender.step())
            m_senders.removeAt(m_next); // the sender after it now has its index
        else
            ++m_next;
    }
    if (m_senders.isEmpty())
        m_turn.stop();
}

} // namespace Redliner::Llm
