// SPDX-License-Identifier: GPL-3.0-or-later
#include "failure.h"
#include "redactedurl.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<QByteArray> header(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return std::nullopt;
}

std::optional<double> parseNumber(const QByteArray &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// A fractional millisecond rounds up: waiting a little longer is always safe, and a positive wait
// must not become 0.
qint64 wholeMs(double ms)
{
    return qint64(std::ceil(ms));
}

// The three date forms HTTP allows (RFC 9110 §5.6.7): IMF-fixdate, RFC 850 and asctime.
std::optional<QDateTime> parseHttpDate(const QByteArray &text)
{
    // The weekday says nothing the date does not; Qt would reject it when a two-digit year makes
    // the date a different day of the week.
    QString s = QString::fromLatin1(text).simplified();
    s = s.sliced(std::max<qsizetype>(0, s.indexOf(u' ') + 1));
    const QLocale c = QLocale::c();
    for (const QString &format : {u"dd MMM yyyy HH:mm:ss 'GMT'"_s, u"dd-MMM-yy HH:mm:ss 'GMT'"_s, u"MMM d HH:mm:ss yyyy"_s}) {
        QDateTime date = c.toDateTime(s, format);
        if (!date.isValid())
            continue;
        // Two-digit RFC 850 years: Qt reads them as 19xx; HTTP says a year more than 50 years in
        // the future is in the past century, so today's dates are 20xx.
        if (!format.contains(u"yyyy"_s) && date.date().year() < 1970)
            date = date.addYears(100);
        date.setTimeZone(QTimeZone::utc());
        return date;
    }
    return std::nullopt;
}

QString jsonString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));  // llama.cpp's integer "code"
    return {};
}

// The server's words, fit for one line of a status bar.
QString serverMessage(const Failure &f)
{
    QString text = maskSecrets(f.message).simplified();
    constexpr qsizetype limit = 200;
    if (text.size() > limit) {
        text.truncate(limit - 1);
        text.append(u'\x2026');
    }
    return text;
}

QString withMessage(const QString &sentence, const Failure &f)
{
    const QString said = serverMessage(f);
    if (said.isEmpty())
        return sentence;
    return sentence % u": "_s % said;
}

QString retried(int retriesMade)
{
    if (retriesMade <= 0)
        return {};
    if (retriesMade == 1)
        return u"; retried once"_s;
    if (retriesMade == 2)
        return u"; retried twice"_s;
    return u"; retried %1 times"_s.arg(retriesMade);
}

// "45 s", "12 min", "3 h": seconds while they read easily, then coarser units, always rounded up.
QString duration(qint64 ms)
{
    const qint64 seconds = (std::max<qint64>(ms, 0) + 999) / 1000;
    if (seconds < 600)
        return u"%1 s"_s.arg(seconds);
    if (seconds < 3 * 3600)
        return u"%1 min"_s.arg((seconds + 59) / 60);
    return u"%1 h"_s.arg((seconds + 3599) / 3600);
}

bool retryableStatus(int status)
{
    return status == 408 || status == 409 || status == 429 || status >= 500;
}

// The sentence for an error code of the 2026-10-21 API (error.details.error_code) that says the
// account, not the request, is the problem; empty for other codes. What to do is in advice().
QString accountSentence(const QString &p, const Failure &f)
{
    const QString status = f.kind == Failure::Kind::HttpStatus ? QString::number(f.httpStatus) % u' ' : QString();
    const QString code = u" ("_s % status % f.errorCode % u')';
    if (f.errorCode == u"enforced_spend_limit_reached")
        return p % u": the organization crossed the monthly usage limit of its API tier"_s % code;
    if (f.errorCode == u"contract_spend_limit_reached")
        return p % u": the organization reached the spend limit of its contract"_s % code;
    if (f.errorCode == u"linked_organization_spend_limit_reached")
        return p % u": the organization billed for this key reached its spend limit or has no credit"_s % code;
    if (f.errorCode == u"linked_organization_billing_unavailable")
        return p % u": the organization billed for this key cannot be billed at the moment"_s % code;
    return {};
}

QString statusSentence(const QString &p, const Failure &f)
{
    if (const QString account = accountSentence(p, f); !account.isEmpty())
        return account;
    if (isOutOfCredit(f))
        return p % u": the account is out of credit ("_s % QString::number(f.httpStatus) % u')';
    const QString code = QString::number(f.httpStatus);
    switch (f.httpStatus) {
    case 400: return withMessage(p % u" rejected the request (400)"_s, f);
    case 401: return p % u" rejected the API key (401)"_s;  // its message would echo the key
    case 402: return p % u": billing problem (402) — check your plan and billing"_s;
    case 403: return withMessage(p % u" denied access (403)"_s, f);
    case 404: return withMessage(p % u" does not know the model or address (404)"_s, f);
    case 408: return p % u" timed out waiting for the request (408)"_s;
    case 409: return p % u" reported a conflict (409)"_s;
    case 412: return withMessage(p % u" refused the request: a precondition failed (412)"_s, f);
    case 413: return p % u" rejected the request as too large (413)"_s;
    case 422: return withMessage(p % u" could not process the request (422)"_s, f);
    case 429:
        if (isQuotaExhausted(f))
            return p % u": quota exhausted (429 insufficient_quota) — check your plan and billing"_s;
        if (isSpendLimit(f)) {
            const QString said = serverMessage(f);
            return p % u": usage limit reached (429) — "_s % (said.isEmpty() ? u"check your plan and billing"_s : said);
        }
        if (f.errorCode == u"ramp_limit_exceeded")
            return p % u": usage is growing faster than the account's ramp limit allows (429 ramp_limit_exceeded)"_s;
        return p % u" rate-limited the review (429)"_s;
    case 431: return p % u" rejected the request's headers as too large (431)"_s;
    case 499: return p % u" closed the request before answering (499)"_s;
    case 500: return p % u" had an internal error (500)"_s;
    case 501: return withMessage(p % u" does not support this request (501)"_s, f);
    case 502: return p % u"'s gateway failed (502)"_s;
    case 503: return withMessage(p % u" is unavailable (503)"_s, f);  // llama.cpp: "Loading model"
    case 504: return p % u" timed out (504)"_s;
    case 529: return p % u" is overloaded (529)"_s;
    default: break;
    }
    if (f.httpStatus >= 500)
        return p % u" had a server error ("_s % code % u')';
    if (f.httpStatus >= 400)
        return withMessage(p % u" rejected the request ("_s % code % u')', f);
    return p % u" answered with an unexpected status ("_s % code % u')';
}

QString streamErrorSentence(const QString &p, const Failure &f)
{
    if (const QString account = accountSentence(p, f); !account.isEmpty())
        return account;
    if (isOutOfCredit(f))
        return p % u": the account is out of credit (mid-answer)"_s;
    if (f.errorType == u"overloaded_error")
        return p % u" is overloaded (mid-answer)"_s;
    if (f.errorType == u"rate_limit_error" || f.errorCode == u"rate_limit_exceeded")
        return p % u" rate-limited the review (mid-answer)"_s;
    if (isQuotaExhausted(f))
        return p % u": quota exhausted (insufficient_quota) — check your plan and billing"_s;
    const QString type = f.errorType.isEmpty() ? QString() : QString(u" ("_s % f.errorType % u')');
    return withMessage(p % u" reported an error mid-answer"_s % type, f);
}

// What the user can do about a failure, once it is final: after the retries, so it ends the line.
QString advice(const Failure &f)
{
    if (f.errorCode == u"enforced_spend_limit_reached")
        return u" — move to a higher usage tier in the provider's console, or wait until next month"_s;
    if (f.errorCode == u"contract_spend_limit_reached")
        return u" — ask your account administrator to raise it"_s;
    if (f.errorCode == u"linked_organization_spend_limit_reached"
        || f.errorCode == u"linked_organization_billing_unavailable")
        return u" — ask that organization's administrator"_s;
    if (isOutOfCredit(f))
        return u" — add credit or check your plan and billing, then review again"_s;
    if (isOverloaded(f))
        return u" — try again in a few minutes, or review with another provider"_s;
    if (isRequestTooLarge(f))
        return u" — send fewer clauses per request (batch size) and review again"_s;
    if (f.errorCode == u"ramp_limit_exceeded")
        return u" — lower the concurrency if it persists"_s;
    return {};
}

// The server asked for a wait longer than we honour: say how long and until when.
std::optional<QString> waitSentence(const QString &p, const Failure &f, const QDateTime &now, qint64 maxServerDelayMs)
{
    if (f.kind != Failure::Kind::HttpStatus || !f.retryAfterMs || *f.retryAfterMs <= maxServerDelayMs
        || !retryableStatus(f.httpStatus) || isQuotaExhausted(f) || isSpendLimit(f) || isOutOfCredit(f)
        || f.shouldRetry == false)
        return std::nullopt;
    QString why;
    if (f.httpStatus == 429)
        why = u"rate limit"_s;
    else if (f.httpStatus == 529)
        why = u"overloaded"_s;
    else if (f.httpStatus == 503)
        why = u"unavailable"_s;
    else
        why = QString::number(f.httpStatus);
    const QDateTime until = now.addMSecs(*f.retryAfterMs);
    const QString when = until.date() == now.date() ? until.toString(u"HH:mm"_s) : until.toString(u"yyyy-MM-dd HH:mm"_s);
    return QString(p % u" asked to wait "_s % duration(*f.retryAfterMs) % u" ("_s % why % u") — try again after "_s % when);
}

} // namespace

ServerHints readServerHints(const QList<QPair<QByteArray, QByteArray>> &headers, const QDateTime &now)
{
    ServerHints hints;
    if (const auto ms = header(headers, "retry-after-ms")) {
        if (const auto value = parseNumber(*ms))
            hints.retryAfterMs = wholeMs(*value);
    }
    if (!hints.retryAfterMs) {
        if (const auto after = header(headers, "retry-after")) {
            if (const auto seconds = parseNumber(*after))
                hints.retryAfterMs = wholeMs(*seconds * 1000.0);
            else if (const auto date = parseHttpDate(*after))
                hints.retryAfterMs = now.msecsTo(*date);
        }
    }
    if (const auto should = header(headers, "x-should-retry")) {
        if (should->compare("true", Qt::CaseInsensitive) == 0)
            hints.shouldRetry = true;
        else if (should->compare("false", Qt::CaseInsensitive) == 0)
            hints.shouldRetry = false;
    }
    if (const auto id = header(headers, "x-request-id"))
        hints.requestId = QString::fromLatin1(*id);
    else if (const auto anthropicId = header(headers, "request-id"))
        hints.requestId = QString::fromLatin1(*anthropicId);
    return hints;
}

void readErrorBody(const QByteArray &body, Failure *f)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // A gateway's plain-text answer ("anthropic-version: unsupported") is its message; an HTML
        // page from a CDN is not one.
        const QString text = QString::fromUtf8(body.first(std::min<qsizetype>(body.size(), 400))).simplified();
        if (!text.isEmpty() && !text.startsWith(u'<') && f->message.isEmpty())
            f->message = maskSecrets(text);
        return;
    }
    if (!doc.isObject())
        return;
    const QJsonObject top = doc.object();
    const QJsonValue nested = top.value(u"error"_s);
    QJsonObject fields = top;
    if (nested.isObject()) {
        fields = nested.toObject();
    } else if (nested.isString()) {
        // Ollama: {"error":"model 'x' not found"}
        f->message = maskSecrets(nested.toString());
        fields = {};
    }
    QString type = jsonString(fields.value(u"type"_s));
    if (fields == top && type == u"error")
        type.clear();  // the Responses "error" event: the envelope's type, not the error's
    if (!type.isEmpty())
        f->errorType = type;
    QString code = jsonString(fields.value(u"code"_s));
    if (code.isEmpty()) // Anthropic 2026-10-21: {"error":{"type","message","details":{"error_code"}}}
        code = jsonString(fields.value(u"details"_s).toObject().value(u"error_code"_s));
    if (!code.isEmpty())
        f->errorCode = code;
    QString message = jsonString(fields.value(u"message"_s));
    if (message.isEmpty())
        message = jsonString(fields.value(u"detail"_s));  // FastAPI-style servers
    if (!message.isEmpty())
        f->message = maskSecrets(message);
    const QString requestId = jsonString(top.value(u"request_id"_s));
    if (f->requestId.isEmpty() && !requestId.isEmpty())
        f->requestId = requestId;
}

bool isQuotaExhausted(const Failure &f)
{
    const bool rejected = (f.kind == Failure::Kind::HttpStatus && f.httpStatus == 429) || f.kind == Failure::Kind::StreamError;
    return rejected && (f.errorType == u"insufficient_quota" || f.errorCode == u"insufficient_quota");
}

bool isSpendLimit(const Failure &f)
{
    if (f.kind != Failure::Kind::HttpStatus && f.kind != Failure::Kind::StreamError)
        return false;
    static const QStringList codes{u"enforced_spend_limit_reached"_s, u"contract_spend_limit_reached"_s,
                                   u"linked_organization_spend_limit_reached"_s,
                                   u"linked_organization_billing_unavailable"_s};
    if (codes.contains(f.errorCode))
        return true;
    if (f.kind != Failure::Kind::HttpStatus || f.httpStatus != 429 || f.retryAfterMs)
        return false;
    static const QRegularExpression limit(
        u"\\b(?:spend(?:ing)?|usage|credit|billing)\\b[^.]{0,40}?\\b(?:limits?|caps?|balance)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return limit.match(f.message).hasMatch();
}

bool isOutOfCredit(const Failure &f)
{
    if (f.kind != Failure::Kind::HttpStatus && f.kind != Failure::Kind::StreamError)
        return false;
    if (!f.errorCode.isEmpty() && f.errorCode != u"billing_error")
        return false; // a code says more precisely what is wrong
    if (f.errorType == u"billing_error" || (f.kind == Failure::Kind::HttpStatus && f.httpStatus == 402))
        return true;
    // 2023-06-01 answers 400 invalid_request_error "Your credit balance is too low ..."
    return f.message.contains(u"credit balance"_s, Qt::CaseInsensitive);
}

bool isOverloaded(const Failure &f)
{
    return (f.kind == Failure::Kind::HttpStatus && f.httpStatus == 529)
           || ((f.kind == Failure::Kind::HttpStatus || f.kind == Failure::Kind::StreamError)
               && f.errorType == u"overloaded_error");
}

bool isRequestTooLarge(const Failure &f)
{
    return (f.kind == Failure::Kind::HttpStatus && f.httpStatus == 413)
           || ((f.kind == Failure::Kind::HttpStatus || f.kind == Failure::Kind::StreamError)
               && (f.errorType == u"request_too_large" || f.errorCode == u"request_body_too_large_after_decoding"));
}

QString maskSecrets(const QString &text)
{
    static const QRegularExpression bearer(u"\\bBearer\\s+[^\\s\"',;]+"_s, QRegularExpression::CaseInsensitiveOption);
    // OpenAI ("sk-proj-…", "sk-…") and Anthropic ("sk-ant-api03-…") keys, also when the server
    // already starred part of them out.
    static const QRegularExpression prefixed(u"\\bsk-[A-Za-z0-9_*\\x{2026}-]{3,}"_s);
    // Any other long token that mixes letters and digits: keys of local servers and proxies.
    static const QRegularExpression token(
        u"(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])"_s);
    QString out = redactUrls(text);
    out.replace(bearer, u"Bearer \x2026"_s);
    out.replace(prefixed, u"\x2026"_s);
    out.replace(token, u"\x2026"_s);
    return out;
}

namespace {

// The failure in one sentence, without retries or advice.
QString failureSentence(const QString &p, const Failure &f)
{
    switch (f.kind) {
    case Failure::Kind::Transport: {
        const QString reason = serverMessage(f);
        return reason.isEmpty() ? QString(u"Connection to "_s % p % u" failed"_s)
                                : QString(u"Connection to "_s % p % u" failed: "_s % reason);
    }
    case Failure::Kind::Timeout:
        return f.timeoutMs > 0 ? QString(p % u" timed out after "_s % duration(f.timeoutMs))
                               : withMessage(p % u" timed out"_s, f);
    case Failure::Kind::HttpStatus: return statusSentence(p, f);
    case Failure::Kind::StreamCut: return p % u"'s stream ended before the answer was complete"_s;
    case Failure::Kind::StreamError: return streamErrorSentence(p, f);
    case Failure::Kind::Truncated: return p % u"'s answer was cut off (max tokens)"_s;
    case Failure::Kind::Refusal: return withMessage(p % u" refused to answer"_s, f);
    case Failure::Kind::ContentFilter: return p % u"'s content filter blocked the answer"_s;
    case Failure::Kind::BadAnswer:
        return f.message.isEmpty() ? QString(p % u" sent an answer that is not valid JSON"_s)
                                   : withMessage(p % u" sent an answer that does not fit the expected format"_s, f);
    case Failure::Kind::TooLarge: return withMessage(p % u" sent an answer too large to read"_s, f);
    case Failure::Kind::Cancelled: return p % u" request cancelled"_s;
    }
    return {};
}

} // namespace

QString describeFailure(const QString &providerDisplayName, const Failure &f, int retriesMade, const QDateTime &now,
                        qint64 maxServerDelayMs)
{
    if (const auto wait = waitSentence(providerDisplayName, f, now, maxServerDelayMs))
        return *wait % retried(retriesMade); // it already says when to try again
    return failureSentence(providerDisplayName, f) % retried(retriesMade) % advice(f);
}

QString describeAttempt(const QString &providerDisplayName, const Failure &f)
{
    return failureSentence(providerDisplayName, f);
}

} // namespace Redliner::Llm
