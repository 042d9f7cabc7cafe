// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failure.h"

#include <functional>

namespace Redliner::Llm {

struct RetryDecision final {
    bool retry = false;
    qint64 delayMs = 0;           // > 0 whenever retry is true: never retry immediately
    bool pauseProvider = false;   // 429/529 (or an overloaded / rate-limit event): hold the provider's whole queue
    bool rateLimitedBeyondCap = false;  // the server asked for more than maxServerDelayMs: park and tell the user
};

// Whether and when to try an attempt again, after the official SDKs (llm-wire.md §4) adjusted for
// a batch that fans out (§8). A value type: copy it into each provider's queue.
class RetryPolicy final {
public:
    int maxRetries = 2;                                // as the official SDKs: up to 3 attempts
    qint64 maxServerDelayMs = defaultMaxServerDelayMs; // a longer server-asked wait: no retry
    qint64 baseDelayMs = 500;
    qint64 maxBackoffMs = 8000;
    // Uniform [0, 1); by default a generator seeded for this policy (and reseeded in a copy);
    // tests inject their own.
    std::function<double()> random = seededRandom();

    // Retried: Transport, Timeout, StreamCut; StreamError of a transient or unknown type; HTTP
    // 408, 409, 429 and 5xx. Not retried: other statuses, quota exhaustion and spend limits (by message or by
    // 2026-10-21 error code, even on a retryable status),
    // Truncated, TooLarge, Refusal, ContentFilter, Cancelled. BadAnswer gets one model-quality retry, only as
    // the first retry. x-should-retry "false" forbids any retry; "true" retries any status. The
    // delay is the server's when it asked for (0, maxServerDelayMs], exactly; otherwise
    // min(base·2^n, maxBackoff) × (1 − 0.25·random()) with n = retriesSoFar.
    RetryDecision decide(const Failure &f, int retriesSoFar) const;

private:
    static std::function<double()> seededRandom();
};

} // namespace Redliner::Llm
