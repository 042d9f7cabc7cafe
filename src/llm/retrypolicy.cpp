// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

namespace {

// Error types an error event inside a 200 stream carries when the request itself was at fault
// or can never succeed: sending it again gives the same answer.
bool permanentErrorType(const QString &type)
{
    static const QStringList permanent{
        u"invalid_request_error"_s, u"authentication_error"_s, u"permission_error"_s, u"not_found_error"_s,
        u"billing_error"_s, u"request_too_large"_s, u"insufficient_quota"_s, u"invalid_api_key"_s,
        u"exceed_context_size_error"_s, u"context_length_exceeded"_s, u"not_supported_error"_s,
    };
    return permanent.contains(type);
}

bool retryableByKind(const Failure &f, int retriesSoFar)
{
    switch (f.kind) {
    case Failure::Kind::Transport:
    case Failure::Kind::Timeout:
    case Failure::Kind::StreamCut:
        return true;
    case Failure::Kind::StreamError:
        // overloaded_error, api_error, rate_limit_error, timeout_error, server_error and types we
        // do not know (llama.cpp's unavailable_error, OpenAI's "tokens") are worth another try.
        return !isQuotaExhausted(f) && !isSpendLimit(f) && !permanentErrorType(f.errorType)
               && !permanentErrorType(f.errorCode);
    case Failure::Kind::HttpStatus:
        if (isSpendLimit(f))
            return false; // unlike the SDKs, which retry any 429: a monthly limit does not lift in seconds
        if (f.httpStatus == 429)
            return !isQuotaExhausted(f);
        return f.httpStatus == 408 || f.httpStatus == 409 || f.httpStatus >= 500;
    case Failure::Kind::BadAnswer:
        return retriesSoFar == 0;  // one model-quality retry: a second bad answer is the model's level
    case Failure::Kind::Truncated:      // the same cap truncates again
    case Failure::Kind::TooLarge:       // a server that answers without end does so again
    case Failure::Kind::Refusal:
    case Failure::Kind::ContentFilter:
    case Failure::Kind::Cancelled:
        return false;
    }
    return false;
}

// Failures that say the provider as a whole is saturated, not just this request.
bool providerSaturated(const Failure &f)
{
    if (f.kind == Failure::Kind::HttpStatus)
        return f.httpStatus == 429 || f.httpStatus == 529;
    if (f.kind == Failure::Kind::StreamError)
        return f.errorType == u"overloaded_error" || f.errorType == u"rate_limit_error"
            || f.errorCode == u"rate_limit_exceeded";
    return false;
}

} // namespace

RetryDecision RetryPolicy::decide(const Failure &f, int retriesSoFar) const
{
    RetryDecision decision;
    retriesSoFar = std::max(retriesSoFar, 0);
    if (retriesSoFar >= maxRetries || f.kind == Failure::Kind::Cancelled)
        return decision;
    bool retry = retryableByKind(f, retriesSoFar);
    // x-should-retry outranks the status rules, as in the SDKs; it describes the reply, so "true"
    // cannot make a model's refusal or a truncated answer worth repeating.
    if (f.shouldRetry == false)
        retry = false;
    else if (f.shouldRetry == true && (f.kind == Failure::Kind::HttpStatus || f.kind == Failure::Kind::StreamError))
        retry = true;
    if (!retry)
        return decision;

    if (f.retryAfterMs && *f.retryAfterMs > 0) {
        if (*f.retryAfterMs > maxServerDelayMs) {
            // Do not spin and do not fall back to a short backoff: the server will refuse again.
            decision.rateLimitedBeyondCap = true;
            return decision;
        }
        decision.delayMs = *f.retryAfterMs;  // the server's value as is, no jitter
    } else {
        const double u = std::clamp(random ? random() : 0.0, 0.0, 1.0);
        const double exponential = double(baseDelayMs) * std::ldexp(1.0, std::min(retriesSoFar, 60));
        const double capped = std::min(exponential, double(maxBackoffMs));
        decision.delayMs = std::max<qint64>(1, std::llround(capped * (1.0 - 0.25 * u)));
    }
    decision.retry = true;
    decision.pauseProvider = providerSaturated(f);
    return decision;
}

namespace {

// A generator of its own for each policy, so that parallel queues do not draw the same jitter in
// lockstep; a copy (a policy handed to another queue) is seeded afresh for the same reason.
class Jitter final {
public:
    Jitter() = default;
    Jitter(const Jitter &) {}
    Jitter &operator=(const Jitter &)
    {
        m_generator.seed(QRandomGenerator::global()->generate());
        return *this;
    }
    double operator()() { return m_generator.generateDouble(); }

private:
    QRandomGenerator m_generator{QRandomGenerator::global()->generate()};
};

} // namespace

std::function<double()> RetryPolicy::seededRandom()
{
    return Jitter();
}

} // namespace Redliner::Llm
