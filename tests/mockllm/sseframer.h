// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framing.h"

#include <QByteArray>
#include <QList>

namespace Redliner::MockLlm {

// One Server-Sent Event as the dialects describe it; the framer turns it into bytes.
struct SseEvent final {
    QByteArray event;        // the "event:" line; none when empty (OpenAI sends data only)
    QByteArray data;         // one "data:" line (compact JSON never holds a raw newline)
    QByteArray rawLine;      // instead of event/data: a line sent as is (llama.cpp's "error: {...}")
    bool openEnded = false;  // no blank line after it: "[DONE]" right before EOF

    static SseEvent dataOnly(QByteArray data) { return SseEvent{{}, std::move(data), {}, false}; }
    static SseEvent named(QByteArray event, QByteArray data) { return SseEvent{std::move(event), std::move(data), {}, false}; }
};

// Each event as one unit of bytes, lines ended as `framing` says; with framing.comments an SSE
// comment ": ping" precedes every fourth event. framing.bareDone leaves the last event open;
// framing.bom puts a UTF-8 BOM in front of the first unit.
QList<QByteArray> frameSse(const QList<SseEvent> &events, const Framing &framing);

// NDJSON (Ollama's stream): one unit per line, always LF.
QList<QByteArray> frameNdjson(const QList<QByteArray> &lines);

// The socket writes for these units under the framing's chunking policy. Deterministic in `seed`.
// RandomSlices cuts every 1..24 bytes and, on top, at the first places where a cut splits a UTF-8
// sequence, a CRLF, an event's blank line and a "data:" field name.
QList<QByteArray> sliceUnits(const QList<QByteArray> &units, Chunking chunking, quint64 seed);

} // namespace Redliner::MockLlm
