// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange.h"
#include "failure.h"

#include <QDateTime>
#include <QNetworkReply>

namespace Redliner::Llm {

// Everything an exchange took from its QNetworkReply, as a value: the reply itself stays in the
// thread that owns the network manager, this goes to a worker to be decoded.
struct ReceivedAnswer final {
    ProviderKind kind = ProviderKind::OpenAI;
    QByteArray body;        // the bytes as they came: an SSE stream, a JSON body or an error body
    bool streaming = false; // status 2xx and an event stream
    int httpStatus = 0;
    bool http2 = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;                          // Qt's words for error, URLs not yet redacted
    QList<QPair<QByteArray, QByteArray>> headers; // read into ServerHints on the worker too
    QDateTime receivedAt;                         // UTC: what a Retry-After date is measured from
    bool tooLarge = false;                        // reading stopped at MaxAnswerBytes
    bool overBudget = false;                      // reading stopped: the run's answers together passed their total
    double budgetMb = 0;                          // that total, for the sentence
    bool pastDeadline = false;                    // aborted by the whole-exchange deadline, not by inactivity
    int deadlineMs = 0;
    int inactivityMs = 0;
};

// The answer or the failure in it. Decoding an SSE stream parses one JSON object per event (a
// batch's answer streams hundreds); hundreds of answers finishing together would hold up the
// thread that owns the network manager, so this is a pure function run on a worker thread.
ExchangeResult decodeAnswer(const ReceivedAnswer &received);

} // namespace Redliner::Llm
