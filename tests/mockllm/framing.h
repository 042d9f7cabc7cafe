// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Redliner::MockLlm {

// How the body of a reply is cut into socket writes. Clients must not care; these policies make
// sure they do not (QNAM's readyRead boundaries bear no relation to event boundaries).
enum class Chunking {
    Whole,        // one write per SSE event / NDJSON line / non-stream body
    Coalesce,     // several events per write
    RandomSlices, // cuts at seeded random byte offsets (mid "data:", mid UTF-8 character, mid CRLF)
    ByteByByte,   // one byte per write
};

enum class LineEnding { Lf, CrLf, Cr };

struct Framing final {
    Chunking chunking = Chunking::Whole;
    LineEnding lineEnding = LineEnding::Lf;  // SSE only; NDJSON always uses LF
    quint32 seed = 0;                        // for Coalesce / RandomSlices; 0: the server's seed
    int sliceDelayMs = 0;                    // pause between writes (each write is flushed anyway)
    bool chunkedBody = false;                // non-stream replies chunked instead of Content-Length
    bool closeConnection = false;            // "connection: close", then close (HTTP/1.1)
    bool comments = false;                   // ": ping" SSE comments between events
    bool bareDone = false;                   // the terminator without its blank line, then EOF
    // A UTF-8 BOM (EF BB BF) before the first byte of an SSE stream: WHATWG parsers drop it, a naive
    // one loses the first field name.
    bool bom = false;

    bool operator==(const Framing &) const = default;
};

QString chunkingName(Chunking chunking);                  // "whole", "coalesce", "random", "bytes"
std::optional<Chunking> parseChunking(QStringView name);  // also "random-slices", "byte-by-byte"
QString lineEndingName(LineEnding ending);                 // "lf", "crlf", "cr"
std::optional<LineEnding> parseLineEnding(QStringView name);

QJsonObject framingToJson(const Framing &framing);
// Keys absent from `json` keep the value they have in `base`.
std::optional<Framing> framingFromJson(const QJsonObject &json, const Framing &base, QString *error);

} // namespace Redliner::MockLlm
