// SPDX-License-Identifier: GPL-3.0-or-later
#include "sseframer.h"

#include "seededrandom.h"

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

namespace {

QByteArray lineEnd(LineEnding ending)
{
    switch (ending) {
    case LineEnding::Lf: return "\n"_ba;
    case LineEnding::CrLf: return "\r\n"_ba;
    case LineEnding::Cr: return "\r"_ba;
    }
    return "\n"_ba;
}

} // namespace

QList<QByteArray> frameSse(const QList<SseEvent> &events, const Framing &framing)
{
    const QByteArray eol = lineEnd(framing.lineEnding);
    QList<QByteArray> units;
    units.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const SseEvent &event = events.at(i);
        QByteArray unit;
        unit.reserve(event.event.size() + event.data.size() + event.rawLine.size() + 32);
        if (framing.comments && i % 4 == 1)
            unit += ": ping"_ba + eol + eol;
        if (!event.rawLine.isEmpty()) {
            unit += event.rawLine + eol;
        } else {
            if (!event.event.isEmpty())
                unit += "event: "_ba + event.event + eol;
            unit += "data: "_ba + event.data + eol;
        }
        const bool last = i == events.size() - 1;
        if (!event.openEnded && !(last && framing.bareDone))
            unit += eol;
        units.append(unit);
    }
    if (framing.bom && !units.isEmpty())
        units.first().prepend("\xEF\xBB\xBF"_ba);
    return units;
}

QList<QByteArray> frameNdjson(const QList<QByteArray> &lines)
{
    QList<QByteArray> units;
    units.reserve(lines.size());
    for (const QByteArray &line : lines)
        units.append(line + '\n');
    return units;
}

QList<QByteArray> sliceUnits(const QList<QByteArray> &units, Chunking chunking, quint64 seed)
{
    SeededRandom random(seed);
    QList<QByteArray> slices;
    switch (chunking) {
    case Chunking::Whole:
        return units;
    case Chunking::Coalesce:
        for (qsizetype i = 0; i < units.size();) {
            const int group = random.bounded(2, 6);
            QByteArray slice;
            for (int g = 0; g < group && i < units.size(); ++g, ++i)
                slice += units.at(i);
            slices.append(slice);
        }
        return slices;
    case Chunking::ByteByByte: {
        QByteArray all;
        for (const QByteArray &unit : units)
            all += unit;
        for (qsizetype at = 0; at < all.size(); ++at)
            slices.append(all.sliced(at, 1));
        return slices;
    }
    case Chunking::RandomSlices: {
        QByteArray all;
        for (const QByteArray &unit : units)
            all += unit;
        std::vector<qsizetype> cuts;
        for (qsizetype at = random.bounded(1, 24); at < all.size(); at += random.bounded(1, 24))
            cuts.push_back(at);
        // Chance alone may miss the cuts parsers get wrong, so a few of each are always made.
        const auto addCuts = [&](auto isCut) {
            int made = 0;
            for (qsizetype at = 1; at < all.size() && made < 3; ++at) {
                if (isCut(at)) {
                    cuts.push_back(at);
                    ++made;
                }
            }
        };
        const auto byte = [&](qsizetype at) { return quint8(all.at(at)); };
        addCuts([&](qsizetype at) { return (byte(at) & 0xC0) == 0x80 && byte(at - 1) >= 0xC0; }); // inside UTF-8
        addCuts([&](qsizetype at) { return all.at(at - 1) == '\r' && all.at(at) == '\n'; });       // CR | LF
        addCuts([&](qsizetype at) { return all.at(at - 1) == '\n' && all.at(at) == '\n'; });       // LF | LF
        addCuts([&](qsizetype at) { return all.at(at - 1) == '\r' && all.at(at) == '\r'; });       // CR | CR
        addCuts([&](qsizetype at) { return all.at(at - 1) == '\n' && all.at(at) == '\r'; });       // CRLF | CRLF
        addCuts([&](qsizetype at) { return at >= 2 && all.sliced(at - 2, std::min<qsizetype>(5, all.size() - at + 2)) == "data:"; });
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        qsizetype from = 0;
        for (const qsizetype cut : cuts) {
            slices.append(all.sliced(from, cut - from));
            from = cut;
        }
        if (from < all.size())
            slices.append(all.sliced(from));
        return slices;
    }
    }
    return units;
}

} // namespace Redliner::MockLlm
