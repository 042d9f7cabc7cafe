// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Redliner::Llm {

// The longest wait a server may ask for that we honour (the Anthropic SDK's value; §8 of
// llm-wire.md). A longer one parks the work and tells the user "rate limited until ...".
inline constexpr qint64 defaultMaxServerDelayMs = 60000;

// What went wrong in one attempt (one HTTP exchange), with what the server said about it.
struct Failure final {
    enum class Kind {
        Transport,      // connection refused or reset, DNS, TLS, proxy: `message` holds the reason
        Timeout,        // our own connect, inactivity or total deadline fired (timeoutMs, or
                        //   `message` saying which)
        HttpStatus,     // a non-2xx reply
        StreamCut,      // EOF without the terminal event ([DONE], message_stop, response.completed)
        StreamError,    // an error event inside a 200 stream
        Truncated,      // finish_reason "length" / stop_reason "max_tokens"
        Refusal,        // the model declined; `message` may hold its refusal text
        ContentFilter,  // finish_reason "content_filter"
        BadAnswer,      // not JSON, or not the schema; `message` empty means "not valid JSON",
                        //   otherwise it says what does not fit ("clause c7 is missing")
        TooLarge,       // the answer grew past the limit (a server streaming forever); `message` says which
        Cancelled,      // the user stopped the review
    };

    Kind kind = Kind::Transport;
    int httpStatus = 0;
    QString errorType;                  // "rate_limit_error", "insufficient_quota", "tokens"...
    QString errorCode;                  // "invalid_api_key", "rate_limit_exceeded", "503" (llama.cpp)
    QString message;                    // the server's message, secrets masked (maskSecrets)
    std::optional<qint64> retryAfterMs; // what the server asked for (negative when a date is past)
    std::optional<bool> shouldRetry;    // x-should-retry
    QString requestId;                  // x-request-id / request-id, for the log
    qint64 timeoutMs = 0;               // Timeout: the limit that fired, for the message
};

// What a reply's headers say about retrying, read the way the official SDKs read them.
struct ServerHints final {
    std::optional<qint64> retryAfterMs;
    std::optional<bool> shouldRetry;
    QString requestId;
};

// Header names compare case-insensitively. The delay comes from retry-after-ms (float
// milliseconds) when present, else retry-after as float seconds ("1.5"), else retry-after as an
// HTTP-date minus `now`; fractions round up to the next millisecond, so a positive wait never
// becomes 0. x-should-retry "true"/"false"; x-request-id, else request-id.
ServerHints readServerHints(const QList<QPair<QByteArray, QByteArray>> &headers, const QDateTime &now);

// Fills errorType, errorCode (the body's code, else Anthropic's error.details.error_code) and message (and requestId
// when the body has one and it is empty) from an error body of any dialect: OpenAI {"error":{message,type,param,code}},
// Anthropic
// {"type":"error","error":{type,message,details},"request_id"}, llama.cpp (integer code), Ollama
// {"error":"text"}, or the fields at the top level. A body that is not JSON and not HTML (a
// gateway's plain text) becomes the message when there is none; other bodies (an HTML page from a
// CDN, a JSON array) leave the fields as they are. The message has its secrets masked.
void readErrorBody(const QByteArray &body, Failure *f);

// An OpenAI 429 (or error event) whose type or code is insufficient_quota: the plan or billing,
// not a rate, is the limit; waiting does not help.
bool isQuotaExhausted(const Failure &f);
// A spend limit: error code enforced_spend_limit_reached, contract_spend_limit_reached,
// linked_organization_spend_limit_reached or linked_organization_billing_unavailable (2026-10-21),
// or an Anthropic-style 429 without retry-after whose message speaks of a spend, usage or credit
// limit: the account's own cap, which lifts at the end of the month, not in seconds.
bool isSpendLimit(const Failure &f);

// The account has no money left: 402, billing_error, or 2023-06-01's 400 "credit balance is too
// low". Not when an error code names a more precise cause (a spend limit).
bool isOutOfCredit(const Failure &f);
// The provider as a whole is overloaded: 529 or overloaded_error (also compaction_unavailable,
// which the API sends as a 529).
bool isOverloaded(const Failure &f);
// The request was too large for the server: 413, request_too_large,
// request_body_too_large_after_decoding. A smaller batch passes.
bool isRequestTooLarge(const Failure &f);

// `text` with anything that looks like a credential replaced by "…": URLs' user info and query
// values (redactUrls), sk-… and sk-ant-… keys,
// "Bearer <token>", and long [A-Za-z0-9_-] runs of 20 or more characters that mix letters and
// digits. OpenAI's 401 message echoes part of the key it was sent.
QString maskSecrets(const QString &text);

// The sentence the user reads: provider first, the status in brackets, "; retried once/twice/N
// times" when retries were made. "Anthropic is overloaded (529); retried twice", "OpenAI rejected
// the API key (401)", "OpenAI asked to wait 300 s (rate limit) — try again after 14:05" (when the
// server asked for more than `maxServerDelayMs`; the time is `now` plus the wait, in `now`'s time
// zone), and, when the user can do something about it, what: "Anthropic is overloaded (529);
// retried twice — try again in a few minutes, or review with another provider". Never contains an
// API key, even one the server echoed.
QString describeFailure(const QString &providerDisplayName, const Failure &f, int retriesMade,
                        const QDateTime &now = QDateTime::currentDateTime(), qint64 maxServerDelayMs = defaultMaxServerDelayMs);
// One attempt's failure before a retry, for a progress notice: the sentence without retries or
// advice ("Anthropic is overloaded (529)"), since what follows is the retry itself.
QString describeAttempt(const QString &providerDisplayName, const Failure &f);

} // namespace Redliner::Llm
