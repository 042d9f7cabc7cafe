// SPDX-License-Identifier: GPL-3.0-or-later
#include "framing.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

QString chunkingName(Chunking chunking)
{
    switch (chunking) {
    case Chunking::Whole: return u"whole"_s;
    case Chunking::Coalesce: return u"coalesce"_s;
    case Chunking::RandomSlices: return u"random"_s;
    case Chunking::ByteByByte: return u"bytes"_s;
    }
    return {};
}

std::optional<Chunking> parseChunking(QStringView name)
{
    if (name == u"whole")
        return Chunking::Whole;
    if (name == u"coalesce")
        return Chunking::Coalesce;
    if (name == u"random" || name == u"random-slices")
        return Chunking::RandomSlices;
    if (name == u"bytes" || name == u"byte-by-byte")
        return Chunking::ByteByByte;
    return std::nullopt;
}

QString lineEndingName(LineEnding ending)
{
    switch (ending) {
    case LineEnding::Lf: return u"lf"_s;
    case LineEnding::CrLf: return u"crlf"_s;
    case LineEnding::Cr: return u"cr"_s;
    }
    return {};
}

std::optional<LineEnding> parseLineEnding(QStringView name)
{
    if (name == u"lf")
        return LineEnding::Lf;
    if (name == u"crlf")
        return LineEnding::CrLf;
    if (name == u"cr")
        return LineEnding::Cr;
    return std::nullopt;
}

QJsonObject framingToJson(const Framing &framing)
{
    return QJsonObject{
        {u"chunking"_s, chunkingName(framing.chunking)},
        {u"line_ending"_s, lineEndingName(framing.lineEnding)},
        {u"seed"_s, qint64(framing.seed)},
        {u"slice_delay_ms"_s, framing.sliceDelayMs},
        {u"chunked"_s, framing.chunkedBody},
        {u"close"_s, framing.closeConnection},
        {u"comments"_s, framing.comments},
        {u"bare_done"_s, framing.bareDone},
        {u"bom"_s, framing.bom},
    };
}

std::optional<Framing> framingFromJson(const QJsonObject &json, const Framing &base, QString *error)
{
    Framing framing = base;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        bool ok = true;
        if (key == u"chunking") {
            const auto chunking = parseChunking(value.toString());
            ok = chunking.has_value();
            if (ok)
                framing.chunking = *chunking;
        } else if (key == u"line_ending") {
            const auto ending = parseLineEnding(value.toString());
            ok = ending.has_value();
            if (ok)
                framing.lineEnding = *ending;
        } else if (key == u"seed") {
            ok = value.isDouble() && value.toDouble() >= 0;
            framing.seed = quint32(value.toInteger());
        } else if (key == u"slice_delay_ms") {
            ok = value.isDouble() && value.toInt(-1) >= 0;
            framing.sliceDelayMs = value.toInt();
        } else if (key == u"chunked" || key == u"close" || key == u"comments" || key == u"bare_done" || key == u"bom") {
            ok = value.isBool();
            bool &flag = key == u"chunked"     ? framing.chunkedBody
                         : key == u"close"     ? framing.closeConnection
                         : key == u"comments"  ? framing.comments
                         : key == u"bare_done" ? framing.bareDone
                                               : framing.bom;
            flag = value.toBool();
        } else {
            *error = u"unknown framing key \"%1\""_s.arg(key);
            return std::nullopt;
        }
        if (!ok) {
            *error = u"bad value for framing key \"%1\""_s.arg(key);
            return std::nullopt;
        }
    }
    return framing;
}

} // namespace Redliner::MockLlm
