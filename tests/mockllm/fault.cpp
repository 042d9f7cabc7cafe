// SPDX-License-Identifier: GPL-3.0-or-later
#include "fault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

namespace {

struct KindName {
    Fault::Kind kind;
    QStringView name;
};

constexpr std::array kindNames{
    KindName{Fault::Kind::Status, u"status"},
    KindName{Fault::Kind::Hang, u"hang"},
    KindName{Fault::Kind::Reset, u"reset"},
    KindName{Fault::Kind::Delay, u"delay"},
    KindName{Fault::Kind::HeadersThenSilence, u"headers-then-silence"},
    KindName{Fault::Kind::BrokenBody, u"broken-body"},
    KindName{Fault::Kind::BrokenAnswer, u"broken-answer"},
    KindName{Fault::Kind::WrongSchema, u"wrong-schema"},
    KindName{Fault::Kind::Truncate, u"truncate"},
    KindName{Fault::Kind::MidStreamError, u"midstream-error"},
    KindName{Fault::Kind::Length, u"length"},
    KindName{Fault::Kind::Refusal, u"refusal"},
    KindName{Fault::Kind::ContentFilter, u"content-filter"},
    KindName{Fault::Kind::Framing, u"framing"},
    KindName{Fault::Kind::Endless, u"endless"},
};

std::optional<bool> parseBool(QStringView text)
{
    if (text.isEmpty() || text == u"true" || text == u"1" || text == u"yes")
        return true;
    if (text == u"false" || text == u"0" || text == u"no")
        return false;
    return std::nullopt;
}

bool validRetryAfter(QStringView value)
{
    if (value.startsWith(u"date+")) {
        bool ok = false;
        return value.sliced(5).toInt(&ok) >= 0 && ok;
    }
    return !value.isEmpty();
}

// Shared by the spec and JSON readers: one key (spec spelling, '-' separated) and its text value.
bool applyKey(Fault &fault, QStringView key, QStringView value, bool hasValue, QString *error)
{
    const auto fail = [&](const QString &why) {
        *error = why;
        return false;
    };
    const auto toInt = [&](int min, int *out) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < min)
            return false;
        *out = n;
        return true;
    };
    const auto framing = [&]() -> Framing & {
        if (!fault.framing)
            fault.framing = Framing{};
        return *fault.framing;
    };

    if (key == u"dialect") {
        fault.dialect = parseDialect(value);
        if (!fault.dialect)
            return fail(u"unknown dialect \"%1\" (openai, anthropic, local)"_s.arg(value));
    } else if (key == u"match") {
        if (value.isEmpty())
            return fail(u"match needs a value"_s);
        fault.bodyContains = value.toUtf8();
    } else if (key == u"count") {
        if (value == u"forever" || value == u"all")
            fault.count = 0;
        else if (!toInt(0, &fault.count))
            return fail(u"count must be a number >= 0 or \"forever\""_s);
    } else if (key == u"status") {
        if (!toInt(100, &fault.status) || fault.status > 599)
            return fail(u"status must be 100..599"_s);
    } else if (key == u"retry-after") {
        if (value == u"none" || (hasValue && value.isEmpty()))
            fault.retryAfter = QByteArray();
        else if (validRetryAfter(value))
            fault.retryAfter = value.toUtf8();
        else
            return fail(u"retry-after needs seconds, a float, date+N or none"_s);
    } else if (key == u"retry-after-ms") {
        if (value.isEmpty())
            return fail(u"retry-after-ms needs a value"_s);
        fault.retryAfterMs = value.toUtf8();
    } else if (key == u"should-retry") {
        fault.shouldRetry = parseBool(value);
        if (!fault.shouldRetry)
            return fail(u"should-retry must be true or false"_s);
    } else if (key == u"quota" || key == u"html" || key == u"legacy") {
        const auto flag = parseBool(value);
        if (!flag)
            return fail(u"%1 must be true or false"_s.arg(key));
        if (key == u"quota")
            fault.quota = *flag;
        else if (key == u"html")
            fault.html = *flag;
        else
            fault.legacy = *flag;
    } else if (key == u"message") {
        fault.message = value.toString();
    } else if (key == u"error-type" || key == u"error-code") {
        if (value.isEmpty())
            return fail(u"%1 needs a value"_s.arg(key));
        (key == u"error-type" ? fault.errorType : fault.errorCode) = value.toString();
    } else if (key == u"moderation" || key == u"leading-whitespace") {
        const auto flag = parseBool(value);
        if (!flag)
            return fail(u"%1 must be true or false"_s.arg(key));
        (key == u"moderation" ? fault.moderation : fault.leadingWhitespace) = *flag;
    } else if (key == u"delay" || key == u"delay-ms") {
        if (!toInt(0, &fault.delayMs))
            return fail(u"delay must be milliseconds >= 0"_s);
    } else if (key == u"after" || key == u"after-bytes") {
        if (!toInt(0, &fault.afterBytes))
            return fail(u"after must be a byte count >= 0"_s);
    } else if (key == u"chunking") {
        const auto chunking = parseChunking(value);
        if (!chunking)
            return fail(u"chunking must be whole, coalesce, random or bytes"_s);
        framing().chunking = *chunking;
    } else if (key == u"line-ending") {
        const auto ending = parseLineEnding(value);
        if (!ending)
            return fail(u"line-ending must be lf, crlf or cr"_s);
        framing().lineEnding = *ending;
    } else if (key == u"seed") {
        int seed = 0;
        if (!toInt(0, &seed))
            return fail(u"seed must be a number >= 0"_s);
        framing().seed = quint32(seed);
    } else if (key == u"slice-delay") {
        int ms = 0;
        if (!toInt(0, &ms))
            return fail(u"slice-delay must be milliseconds >= 0"_s);
        framing().sliceDelayMs = ms;
    } else if (key == u"chunked" || key == u"close" || key == u"comments" || key == u"bare-done" || key == u"bom") {
        const auto flag = parseBool(value);
        if (!flag)
            return fail(u"%1 must be true or false"_s.arg(key));
        Framing &f = framing();
        bool &target = key == u"chunked"     ? f.chunkedBody
                       : key == u"close"     ? f.closeConnection
                       : key == u"comments"  ? f.comments
                       : key == u"bare-done" ? f.bareDone
                                             : f.bom;
        target = *flag;
    } else {
        return fail(u"unknown key \"%1\""_s.arg(key));
    }
    return true;
}

// The kind's optional ":ARG".
bool applyKindArgument(Fault &fault, QStringView argument, QString *error)
{
    switch (fault.kind) {
    case Fault::Kind::Status: return applyKey(fault, u"status", argument, true, error);
    case Fault::Kind::Delay: return applyKey(fault, u"delay", argument, true, error);
    case Fault::Kind::Reset: return applyKey(fault, u"after", argument, true, error);
    default:
        *error = u"%1 takes no \":\" argument"_s.arg(faultKindName(fault.kind));
        return false;
    }
}

} // namespace

bool Fault::matches(Dialect requestDialect, const QByteArray &body, const QString &userText) const
{
    if (dialect && *dialect != requestDialect)
        return false;
    return bodyContains.isEmpty() || body.contains(bodyContains)
        || (!userText.isEmpty() && userText.contains(QString::fromUtf8(bodyContains)));
}

bool Fault::isSpendLimit() const
{
    return errorCode == u"enforced_spend_limit_reached" || errorCode == u"contract_spend_limit_reached"
           || errorCode == u"linked_organization_spend_limit_reached";
}

QString faultKindName(Fault::Kind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind)
            return entry.name.toString();
    }
    return {};
}

std::optional<Fault::Kind> parseFaultKind(QStringView name)
{
    if (name == u"silence")
        return Fault::Kind::HeadersThenSilence;
    if (name == u"mid-stream-error")
        return Fault::Kind::MidStreamError;
    for (const auto &entry : kindNames) {
        if (entry.name == name)
            return entry.kind;
    }
    return std::nullopt;
}

std::optional<Fault> parseFaultSpec(QStringView spec, QString *error)
{
    const QList<QStringView> items = spec.trimmed().split(u',');
    Fault fault;
    QStringView head = items.first().trimmed();
    QStringView argument;
    bool hasArgument = false;
    if (const qsizetype colon = head.indexOf(u':'); colon >= 0) {
        argument = head.sliced(colon + 1).trimmed();
        head = head.first(colon).trimmed();
        hasArgument = true;
    }
    bool isNumber = false;
    if (head.toInt(&isNumber) > 0 && isNumber) {
        fault.kind = Fault::Kind::Status;
        if (!applyKey(fault, u"status", head, true, error))
            return std::nullopt;
    } else if (const auto kind = parseFaultKind(head)) {
        fault.kind = *kind;
    } else {
        *error = u"unknown fault kind \"%1\""_s.arg(head);
        return std::nullopt;
    }
    if (hasArgument && !applyKindArgument(fault, argument, error))
        return std::nullopt;
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QStringView item = items.at(i).trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf(u'=');
        const QStringView key = equals < 0 ? item : item.first(equals).trimmed();
        const QStringView value = equals < 0 ? QStringView() : item.sliced(equals + 1).trimmed();
        if (!applyKey(fault, key, value, equals >= 0, error))
            return std::nullopt;
    }
    if (fault.kind == Fault::Kind::Delay && fault.delayMs <= 0) {
        *error = u"delay needs milliseconds: delay:500"_s;
        return std::nullopt;
    }
    return fault;
}

QString faultToSpec(const Fault &fault)
{
    QStringList items;
    switch (fault.kind) {
    case Fault::Kind::Status: items << u"status:%1"_s.arg(fault.status); break;
    case Fault::Kind::Delay: items << u"delay:%1"_s.arg(fault.delayMs); break;
    case Fault::Kind::Reset:
        items << (fault.afterBytes >= 0 ? u"reset:%1"_s.arg(fault.afterBytes) : u"reset"_s);
        break;
    default: items << faultKindName(fault.kind); break;
    }
    if (fault.dialect)
        items << u"dialect="_s + dialectName(*fault.dialect);
    if (!fault.bodyContains.isEmpty())
        items << u"match="_s + QString::fromUtf8(fault.bodyContains);
    if (fault.count != 1)
        items << (fault.count <= 0 ? u"count=forever"_s : u"count=%1"_s.arg(fault.count));
    if (fault.retryAfter)
        items << u"retry-after="_s + (fault.retryAfter->isEmpty() ? u"none"_s : QString::fromUtf8(*fault.retryAfter));
    if (!fault.retryAfterMs.isEmpty())
        items << u"retry-after-ms="_s + QString::fromUtf8(fault.retryAfterMs);
    if (fault.shouldRetry)
        items << (*fault.shouldRetry ? u"should-retry=true"_s : u"should-retry=false"_s);
    if (fault.quota)
        items << u"quota"_s;
    if (fault.html)
        items << (*fault.html ? u"html"_s : u"html=false"_s);
    if (!fault.message.isEmpty())
        items << u"message="_s + fault.message;
    if (!fault.errorType.isEmpty())
        items << u"error-type="_s + fault.errorType;
    if (!fault.errorCode.isEmpty())
        items << u"error-code="_s + fault.errorCode;
    if (fault.moderation)
        items << u"moderation"_s;
    if (fault.leadingWhitespace)
        items << u"leading-whitespace"_s;
    if (fault.delayMs > 0 && fault.kind != Fault::Kind::Delay)
        items << u"delay=%1"_s.arg(fault.delayMs);
    if (fault.legacy)
        items << u"legacy"_s;
    if (fault.framing) {
        const Framing &f = *fault.framing;
        items << u"chunking="_s + chunkingName(f.chunking) << u"line-ending="_s + lineEndingName(f.lineEnding);
        if (f.seed != 0)
            items << u"seed=%1"_s.arg(f.seed);
        if (f.sliceDelayMs > 0)
            items << u"slice-delay=%1"_s.arg(f.sliceDelayMs);
        if (f.chunkedBody)
            items << u"chunked"_s;
        if (f.closeConnection)
            items << u"close"_s;
        if (f.comments)
            items << u"comments"_s;
        if (f.bareDone)
            items << u"bare-done"_s;
        if (f.bom)
            items << u"bom"_s;
    }
    return items.join(u',');
}

std::optional<Fault> faultFromJson(const QJsonValue &json, QString *error)
{
    if (json.isString())
        return parseFaultSpec(json.toString(), error);
    if (!json.isObject()) {
        *error = u"a fault is an object or a spec string"_s;
        return std::nullopt;
    }
    const QJsonObject object = json.toObject();
    const auto kind = parseFaultKind(object.value(u"kind").toString(u"status"_s));
    if (!kind) {
        *error = u"unknown fault kind \"%1\""_s.arg(object.value(u"kind").toString());
        return std::nullopt;
    }
    Fault fault;
    fault.kind = *kind;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == u"kind")
            continue;
        if (key == u"framing") {
            if (!value.isObject()) {
                *error = u"framing must be an object"_s;
                return std::nullopt;
            }
            const auto framing = framingFromJson(value.toObject(), Framing{}, error);
            if (!framing)
                return std::nullopt;
            fault.framing = framing;
            continue;
        }
        if (key == u"retry_after" && value.isNull()) {
            fault.retryAfter = QByteArray();
            continue;
        }
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isBool())
            text = value.toBool() ? u"true"_s : u"false"_s;
        else if (value.isDouble())
            text = QString::number(value.toDouble(), 'g', 15);
        else {
            *error = u"bad value for \"%1\""_s.arg(key);
            return std::nullopt;
        }
        QString specKey = key;
        specKey.replace(u'_', u'-');
        if (specKey == u"slice-delay-ms")
            specKey = u"slice-delay"_s;
        if (!applyKey(fault, specKey, text, true, error))
            return std::nullopt;
    }
    if (fault.kind == Fault::Kind::Delay && fault.delayMs <= 0) {
        *error = u"a delay fault needs delay_ms > 0"_s;
        return std::nullopt;
    }
    return fault;
}

QJsonObject faultToJson(const Fault &fault)
{
    QJsonObject json{{u"kind"_s, faultKindName(fault.kind)}, {u"count"_s, fault.count}};
    if (fault.kind == Fault::Kind::Status)
        json.insert(u"status"_s, fault.status);
    if (fault.dialect)
        json.insert(u"dialect"_s, dialectName(*fault.dialect));
    if (!fault.bodyContains.isEmpty())
        json.insert(u"match"_s, QString::fromUtf8(fault.bodyContains));
    if (fault.retryAfter)
        json.insert(u"retry_after"_s, fault.retryAfter->isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(*fault.retryAfter)));
    if (!fault.retryAfterMs.isEmpty())
        json.insert(u"retry_after_ms"_s, QString::fromUtf8(fault.retryAfterMs));
    if (fault.shouldRetry)
        json.insert(u"should_retry"_s, *fault.shouldRetry);
    if (fault.quota)
        json.insert(u"quota"_s, true);
    if (fault.html)
        json.insert(u"html"_s, *fault.html);
    if (!fault.message.isEmpty())
        json.insert(u"message"_s, fault.message);
    if (!fault.errorType.isEmpty())
        json.insert(u"error_type"_s, fault.errorType);
    if (!fault.errorCode.isEmpty())
        json.insert(u"error_code"_s, fault.errorCode);
    if (fault.moderation)
        json.insert(u"moderation"_s, true);
    if (fault.leadingWhitespace)
        json.insert(u"leading_whitespace"_s, true);
    if (fault.delayMs > 0)
        json.insert(u"delay_ms"_s, fault.delayMs);
    if (fault.afterBytes >= 0)
        json.insert(u"after_bytes"_s, fault.afterBytes);
    if (fault.legacy)
        json.insert(u"legacy"_s, true);
    if (fault.framing)
        json.insert(u"framing"_s, framingToJson(*fault.framing));
    return json;
}

std::optional<QList<Fault>> faultListFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"not JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    QJsonArray items;
    if (document.isArray())
        items = document.array();
    else if (document.object().contains(u"faults"))
        items = document.object().value(u"faults").toArray();
    else
        items.append(document.object());
    QList<Fault> faults;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto fault = faultFromJson(items.at(i), error);
        if (!fault) {
            *error = u"fault %1: %2"_s.arg(i).arg(*error);
            return std::nullopt;
        }
        faults.append(*fault);
    }
    return faults;
}

} // namespace Redliner::MockLlm
