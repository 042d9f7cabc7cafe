// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fault.h"
#include "replyplan.h"
#include "seededrandom.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

namespace Redliner::MockLlm {

// Building blocks shared by the dialects. Stream events are written from templates rather than
// QJsonObjects: a benchmark sends hundreds of requests at once and per-request work must stay cheap.

QByteArray jsonString(QStringView text);          // quoted and escaped, UTF-8; U+2028 kept raw
QByteArray compactJson(const QJsonObject &object);

ReplyPlan bodyReply(int status, HeaderList headers, const QByteArray &contentType, const QByteArray &body);
ReplyPlan jsonReply(int status, HeaderList headers, const QJsonObject &body);
ReplyPlan streamReply(HeaderList headers, const QByteArray &contentType, QList<QByteArray> units);

// An HTML error page as a CDN in front of the API sends it (502, 504, Cloudflare 413).
QByteArray htmlErrorPage(int status);

// Text cut into stream deltas of 1..20 characters, never inside a surrogate pair.
QList<QString> splitDeltas(QStringView text, SeededRandom &random, int minSize = 1, int maxSize = 20);

// Where a structured answer gets cut by a token cap: past the middle, inside a JSON string.
qsizetype cutPoint(QStringView text);

// Retry-After as the fault wants it: the header values to send (empty: none) and the delay they mean.
// Unless the fault names one, a 429 or 529 status fault gets "1", except for quota and spend limits.
struct RetryAfter final {
    QByteArray header;     // retry-after
    QByteArray headerMs;   // retry-after-ms
    double seconds = 0;    // what the rate-limit reset headers are set to
};
RetryAfter resolveRetryAfter(const Fault &fault, QDateTime nowUtc);

QByteArray goDuration(double seconds);            // OpenAI reset headers: "6ms", "1s", "1.5s", "2m5s"
QByteArray rfc3339(const QDateTime &utc);         // Anthropic reset headers: "2025-08-21T12:40:59Z"

} // namespace Redliner::MockLlm
