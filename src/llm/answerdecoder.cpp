// SPDX-License-Identifier: GPL-3.0-or-later
#include "answerdecoder.h"

#include "redactedurl.h"
#include "ssedecoder.h"

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

namespace {

Failure transportFailure(const ReceivedAnswer &r)
{
    Failure f;
    switch (r.error) {
    case QNetworkReply::OperationCanceledError: // our inactivity and deadline timers abort this way
    case QNetworkReply::TimeoutError:
        f.kind = Failure::Kind::Timeout;
        f.timeoutMs = r.pastDeadline ? r.deadlineMs : r.inactivityMs;
        break;
    default:
        f.kind = Failure::Kind::Transport;
        f.message = redactUrls(r.errorString); // Qt quotes the request URL, query and all
        break;
    }
    return f;
}

ModelReply decodeStream(const ReceivedAnswer &r, const Dialect &dialect)
{
    const std::unique_ptr<StreamReader> stream = dialect.streamReader();
    SseDecoder decoder;
    for (const SseEvent &event : decoder.feed(r.body))
        stream->onEvent(event);
    if (r.error != QNetworkReply::NoError && !stream->complete()) {
        // Reset or timed out mid-stream: what arrived is a fragment, whatever it parses as. (A
        // stream that reached its terminal event before the connection dropped is complete.)
        ModelReply reply;
        reply.failure = transportFailure(r);
        return reply;
    }
    for (const SseEvent &event : decoder.finish())
        stream->onEvent(event);
    ModelReply reply = stream->reply();
    if (!reply.failure && !stream->complete()) {
        // A clean EOF without the terminal event is just as incomplete.
        Failure f;
        f.kind = Failure::Kind::StreamCut;
        f.message = u"the answer stream ended early"_s;
        reply.failure = f;
    }
    return reply;
}

} // namespace

ExchangeResult decodeAnswer(const ReceivedAnswer &r)
{
    ExchangeResult result;
    result.httpStatus = r.httpStatus;
    result.http2 = r.http2;
    if (r.tooLarge) {
        Failure f;
        f.kind = Failure::Kind::TooLarge;
        f.message = u"answer larger than %1 MB; stopped reading"_s.arg(MaxAnswerBytes / (1024 * 1024));
        result.reply.failure = f;
    } else if (r.overBudget) {
        Failure f;
        f.kind = Failure::Kind::TooLarge;
        f.message = u"the answers being read together passed the run's %1 MB; stopped reading"_s.arg(r.budgetMb);
        result.reply.failure = f;
    } else if (r.httpStatus == 0) {
        result.reply.failure = transportFailure(r);
    } else if (r.httpStatus < 200 || r.httpStatus >= 300) {
        Failure f;
        f.kind = Failure::Kind::HttpStatus;
        f.httpStatus = r.httpStatus;
        readErrorBody(r.body, &f);
        result.reply.failure = f;
    } else if (r.streaming) {
        result.reply = decodeStream(r, *Dialect::forProvider(r.kind));
    } else if (r.error != QNetworkReply::NoError) {
        result.reply.failure = transportFailure(r);
    } else {
        result.reply = Dialect::forProvider(r.kind)->parseReply(r.body);
    }
    const ServerHints hints = readServerHints(r.headers, r.receivedAt);
    if (result.reply.failure) {
        Failure &f = *result.reply.failure;
        f.httpStatus = r.httpStatus;
        f.retryAfterMs = hints.retryAfterMs;
        f.shouldRetry = hints.shouldRetry;
        if (!hints.requestId.isEmpty()) // else what the error body said, if anything
            f.requestId = hints.requestId;
        result.requestId = f.requestId;
    } else {
        result.requestId = hints.requestId;
    }
    return result;
}

} // namespace Redliner::Llm
