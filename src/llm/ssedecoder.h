// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Redliner::Llm {

// One Server-Sent Event. The fields stay bytes: a caller decodes `data` as UTF-8 (or parses it as
// JSON) only once the whole event is there, so a character cut across network reads survives.
struct SseEvent final {
    QByteArray event;   // the "event:" name; empty for OpenAI Chat Completions streams
    QByteArray data;    // the "data:" lines joined with "\n"
    QByteArray id;      // the last "id:" seen in the stream (it carries over, as in the WHATWG model)
};

// Turns a text/event-stream byte stream into events, following the WHATWG grammar the official
// OpenAI and Anthropic SDKs implement: lines end at LF, CRLF or a lone CR (bytes 0x0A/0x0D only, so
// U+2028 inside JSON never breaks a line), ":" starts a comment, one space after the colon is
// dropped, data lines are joined with "\n", unknown fields and "retry:" are ignored, a blank line
// dispatches. Bytes may arrive in any chunking, including a CR at the end of one chunk and its LF
// at the start of the next. A leading UTF-8 byte order mark is skipped.
class SseDecoder final {
public:
    // The events completed by these bytes, in order.
    QList<SseEvent> feed(QByteArrayView bytes);
    // End of stream: the last line even without its terminator, and the pending event even without
    // its blank line (llama.cpp may end with "data: [DONE]" and nothing after it). Resets the
    // decoder for another stream.
    QList<SseEvent> finish();
    // Whether bytes or fields wait for a blank line: a stream that ends here was cut mid-event.
    bool hasPendingData() const;

private:
    void takeLine(QByteArrayView line, QList<SseEvent> *out);
    void dispatch(QList<SseEvent> *out);

    QByteArray m_line;          // the current line, not yet terminated
    QByteArray m_event;
    QByteArray m_data;          // each data line followed by "\n"
    QByteArray m_lastId;
    bool m_hasData = false;     // a data line was seen (even an empty one)
    bool m_skipLf = false;      // the previous byte was a CR: an LF right after it ends nothing
    bool m_bomChecked = false;
    QByteArray m_head;          // the first bytes, until they show whether a BOM is there
};

// Newline-delimited JSON (Ollama's native /api/chat): one value per line. Empty lines are skipped
// and a CR before the LF is dropped.
class NdjsonDecoder final {
public:
    QList<QByteArray> feed(QByteArrayView bytes);
    // End of stream: the last line even without its LF. Resets the decoder.
    QList<QByteArray> finish();
    bool hasPendingData() const { return !m_line.isEmpty(); }

private:
    static void emitLine(QByteArray line, QList<QByteArray> *out);
    QByteArray m_line;
};

} // namespace Redliner::Llm
