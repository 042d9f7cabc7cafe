// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"
#include "framing.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Redliner::MockLlm {

// One scripted misbehaviour. Faults wait in a FIFO queue; a generation request (chat completions,
// messages, /api/chat) takes the first fault whose match fits it. A fault can also come with the
// request itself, in an X-Mock-Scenario header (same syntax as --fault), and then applies to that
// request only, whatever its endpoint.
struct Fault final {
    enum class Kind {
        Status,             // an HTTP error status with the provider-shaped body and headers
        Hang,               // accept the request and never answer
        Reset,              // abort the connection (HTTP/2: RST_STREAM), after afterBytes of body if >= 0
        Delay,              // the normal answer, after delayMs more
        HeadersThenSilence, // status line and headers, then nothing
        BrokenBody,         // 200 whose body (or one stream event) is not valid JSON
        BrokenAnswer,       // valid envelope; the answer text is not valid JSON
        WrongSchema,        // valid envelope and JSON; the answer does not match nda_clause_review
        Truncate,           // stream: half the events, no terminator, clean EOF; non-stream: half the body, then abort
        MidStreamError,     // an error event after the 200, in the provider's form, then the stream ends
                            //   (Anthropic: event "error", no message_stop; OpenAI: a {"error":{...}} chunk,
                            //   no [DONE]); errorType, message and errorCode replace the defaults
        Length,             // finish_reason "length" / stop_reason "max_tokens" / done_reason "length", JSON cut
        Refusal,            // message.refusal / stop_reason "refusal"
        ContentFilter,      // finish_reason "content_filter" (Anthropic: refusal; Ollama: empty content)
        Framing,            // the normal answer, only framed differently (see `framing`)
        Endless,            // 200 that never ends: stream: half the events, then one of them again and
                            //   again; non-stream: half the body, then padding; as fast as the socket takes it
    };

    Kind kind = Kind::Status;

    // Which requests it applies to.
    std::optional<Dialect> dialect;       // any when unset
    QByteArray bodyContains;              // a substring of the raw request body or of the user message
                                          // as the model reads it (unescaped): "c7", "\"id\":\"c7\""
    int count = 1;                        // how many matching requests; <= 0: all of them, forever

    // Status.
    int status = 500;
    std::optional<QByteArray> retryAfter; // header value, verbatim; "date+N": an HTTP-date N s from
                                          // now; unset: the default ("1" on a 429 that is not quota)
    QByteArray retryAfterMs;              // retry-after-ms, verbatim, when not empty
    std::optional<bool> shouldRetry;      // x-should-retry: true|false (any kind, any status)
    bool quota = false;                   // 429 that retrying cannot fix: OpenAI insufficient_quota,
                                          // Anthropic spend cap; no retry-after
    std::optional<bool> html;             // HTML body, text/html (default: 502 and 504)
    QString message;                      // replaces the default error message (status, mid-stream error)
    QString errorType;                    // replaces the default error.type (status, mid-stream error)
    QString errorCode;                    // Anthropic error.details.error_code, OpenAI error.code; empty:
                                          // the default (none). A spend-limit code (isSpendLimit) also
                                          // means x-should-retry: false and no retry-after by default

    int delayMs = 0;                      // extra delay before the status line (any kind)
    int afterBytes = -1;                  // Reset: body bytes sent first (-1: reset before any byte)
    bool legacy = false;                  // MidStreamError, local flavour: old llama.cpp "error:" line
    std::optional<Framing> framing;       // replaces the server's framing for this reply: the keys
                                          // chunking, line-ending, seed, slice-delay and the flags
                                          // chunked, close, comments, bare-done, bom (framing.h)

    // Flags on what a 200 says (any kind that answers, e.g. "framing,moderation"):
    bool moderation = false;        // OpenAI/local: a top-level "moderation" object (stream: one
                                    // chunk with "choices": [] before the finish chunk)
    bool leadingWhitespace = false; // text answers (OpenAI/local content, Anthropic text block,
                                    // Ollama) start with whitespace-only deltas "\n", "  \n"

    bool matches(Dialect requestDialect, const QByteArray &body, const QString &userText = {}) const;
    // Anthropic's spend-limit codes: retrying cannot help until someone raises the limit.
    bool isSpendLimit() const;
};

QString faultKindName(Fault::Kind kind);
std::optional<Fault::Kind> parseFaultKind(QStringView name);

// The --fault / X-Mock-Scenario syntax:  KIND[:ARG][,KEY=VALUE|,FLAG]...   (see --help)
std::optional<Fault> parseFaultSpec(QStringView spec, QString *error);
QString faultToSpec(const Fault &fault);

// The /mock/script syntax: an object with the fields of Fault in snake_case, or a spec string.
std::optional<Fault> faultFromJson(const QJsonValue &json, QString *error);
QJsonObject faultToJson(const Fault &fault);
// A list of faults: a JSON array, a single fault, or {"faults": [...]}.
std::optional<QList<Fault>> faultListFromJson(const QByteArray &json, QString *error);

} // namespace Redliner::MockLlm
