// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace Redliner::Llm {

// When a delayed action (a retry, the end of a provider's pause) runs. The review uses real
// timers; tests substitute a scheduler that records the delay asked for and runs the action at
// once, so no test waits for real seconds.
class RetryScheduler {
public:
    virtual ~RetryScheduler() = default;
    // Runs action after delayMs unless context is destroyed first.
    virtual void schedule(qint64 delayMs, QObject *context, std::function<void()> action) = 0;
};

class TimerRetryScheduler final : public RetryScheduler {
public:
    void schedule(qint64 delayMs, QObject *context, std::function<void()> action) override;
};

} // namespace Redliner::Llm
