// SPDX-License-Identifier: GPL-3.0-or-later
#include "wireformat.h"

#include "httpstatus.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

QByteArray jsonString(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 8);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""_ba; break;
        case '\\': out += "\\\\"_ba; break;
        case '\n': out += "\\n"_ba; break;
        case '\r': out += "\\r"_ba; break;
        case '\t': out += "\\t"_ba; break;
        case '\b': out += "\\b"_ba; break;
        case '\f': out += "\\f"_ba; break;
        default:
            if (quint8(c) < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                out += "\\u00"_ba;
                out += hex[(quint8(c) >> 4) & 0xf];
                out += hex[quint8(c) & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ReplyPlan bodyReply(int status, HeaderList headers, const QByteArray &contentType, const QByteArray &body)
{
    ReplyPlan plan;
    plan.status = status;
    headers.prepend({"content-type"_ba, contentType});
    plan.headers = std::move(headers);
    plan.body = {body};
    return plan;
}

ReplyPlan jsonReply(int status, HeaderList headers, const QJsonObject &body)
{
    return bodyReply(status, std::move(headers), "application/json"_ba, compactJson(body));
}

ReplyPlan streamReply(HeaderList headers, const QByteArray &contentType, QList<QByteArray> units)
{
    ReplyPlan plan;
    plan.status = 200;
    headers.prepend({"cache-control"_ba, "no-cache"_ba});
    headers.prepend({"content-type"_ba, contentType});
    plan.headers = std::move(headers);
    plan.streamed = true;
    plan.body = std::move(units);
    return plan;
}

QByteArray htmlErrorPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return "<html>\r\n<head><title>"_ba + title + "</title></head>\r\n<body>\r\n<center><h1>"_ba + title
         + "</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n"_ba;
}

QList<QString> splitDeltas(QStringView text, SeededRandom &random, int minSize, int maxSize)
{
    QList<QString> deltas;
    deltas.reserve(text.size() / ((minSize + maxSize) / 2) + 1);
    for (qsizetype at = 0; at < text.size();) {
        qsizetype size = std::min<qsizetype>(random.bounded(minSize, maxSize), text.size() - at);
        if (at + size < text.size() && text.at(at + size - 1).isHighSurrogate())
            ++size;
        deltas.append(text.sliced(at, size).toString());
        at += size;
    }
    return deltas;
}

qsizetype cutPoint(QStringView text)
{
    qsizetype cut = text.size() * 3 / 5;
    // Prefer a cut inside a string value, as a token cap mid-sentence leaves it.
    for (qsizetype i = cut; i < text.size(); ++i) {
        if (text.at(i).isLetter()) {
            cut = i + 1;
            break;
        }
    }
    if (cut > 0 && cut < text.size() && text.at(cut - 1).isHighSurrogate())
        ++cut;
    return std::min(cut, text.size());
}

RetryAfter resolveRetryAfter(const Fault &fault, QDateTime nowUtc)
{
    RetryAfter result;
    if (fault.retryAfter) {
        const QByteArray value = *fault.retryAfter;
        if (value.startsWith("date+")) {
            const int seconds = value.sliced(5).toInt();
            result.header = httpDate(nowUtc.addSecs(seconds));
            result.seconds = seconds;
        } else {
            result.header = value;
            bool ok = false;
            const double seconds = value.toDouble(&ok);
            result.seconds = ok ? seconds : 1;
        }
    } else if (fault.kind == Fault::Kind::Status && (fault.status == 429 || fault.status == 529) && !fault.quota
               && !fault.isSpendLimit()) {
        // Rate limits and overload say when to come back; a spent quota or limit does not (the user must act).
        result.header = "1"_ba;
        result.seconds = 1;
    }
    result.headerMs = fault.retryAfterMs;
    if (!result.headerMs.isEmpty()) {
        bool ok = false;
        const double ms = result.headerMs.toDouble(&ok);
        if (ok)
            result.seconds = ms / 1000.0;
    }
    return result;
}

QByteArray goDuration(double seconds)
{
    if (seconds < 1.0)
        return QByteArray::number(qint64(std::llround(seconds * 1000))) + "ms"_ba;
    const qint64 whole = qint64(seconds);
    const double fraction = seconds - double(whole);
    QByteArray out;
    if (whole >= 3600)
        out += QByteArray::number(whole / 3600) + 'h';
    if (whole >= 60)
        out += QByteArray::number((whole % 3600) / 60) + 'm';
    const double rest = double(whole % 60) + fraction;
    out += QByteArray::number(rest, 'g', 6) + 's';
    return out;
}

QByteArray rfc3339(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate).toLatin1();
}

} // namespace Redliner::MockLlm
