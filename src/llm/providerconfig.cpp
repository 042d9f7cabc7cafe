// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerconfig.h"
#include "redactedurl.h"

#include <QHostAddress>

#include <algorithm>
#include <climits>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

QString providerKindName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAI: return u"openai"_s;
    case ProviderKind::Anthropic: return u"anthropic"_s;
    case ProviderKind::Local: return u"local"_s;
    }
    return {};
}

QString providerDisplayName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAI: return u"OpenAI"_s;
    case ProviderKind::Anthropic: return u"Anthropic"_s;
    case ProviderKind::Local: return u"Local server"_s;
    }
    return {};
}

bool isKnownAnthropicVersion(QStringView version)
{
    return version == AnthropicVersionCurrent || version == AnthropicVersionLegacy;
}

QString otherAnthropicVersion(QStringView version)
{
    return version == AnthropicVersionLegacy ? QString(AnthropicVersionCurrent) : QString(AnthropicVersionLegacy);
}

bool parseProviderKind(QStringView name, ProviderKind *kind)
{
    for (ProviderKind k : {ProviderKind::OpenAI, ProviderKind::Anthropic, ProviderKind::Local}) {
        if (name.compare(providerKindName(k), Qt::CaseInsensitive) == 0) {
            *kind = k;
            return true;
        }
    }
    return false;
}

ProviderConfig ProviderConfig::defaults(ProviderKind kind)
{
    ProviderConfig c;
    c.kind = kind;
    switch (kind) {
    case ProviderKind::OpenAI:
        c.baseUrl = QUrl(u"https://api.openai.com/v1"_s);
        c.model = u"gpt-4.1-mini"_s;
        break;
    case ProviderKind::Anthropic:
        c.baseUrl = QUrl(u"https://api.anthropic.com"_s);
        c.model = u"claude-sonnet-4-5"_s;
        break;
    case ProviderKind::Local:
        c.baseUrl = QUrl(u"http://localhost:11434/v1"_s);
        c.model = u"llama3.1"_s;
        break;
    }
    // Cloud providers multiplex requests over one HTTP/2 connection, which servers let carry 100
    // streams; a paid tier allows hundreds of requests a minute. 100 in flight sends a 25-page NDA
    // (45 batches) in one wave and a 100-page one (about 180) in two. A local server usually runs
    // one or a few generation slots; more would only queue there.
    c.maxConcurrent = c.isCloud() ? 100 : 4;
    // Inactivity, not total time: a streamed answer keeps the timer alive while tokens arrive;
    // a local model loading into memory can be silent for a while.
    c.timeoutMs = c.isCloud() ? 60'000 : 300'000;
    c.temperature = 0.0;
    return c;
}

ProviderConfig ProviderConfig::fromEnvironment(ProviderKind kind, const QProcessEnvironment &env)
{
    ProviderConfig c = defaults(kind);
    const auto read = [&env](const char *name) -> QString { return env.value(QString::fromLatin1(name)).trimmed(); };
    QString key, base, model;
    switch (kind) {
    case ProviderKind::OpenAI:
        key = read("OPENAI_API_KEY");
        base = read("OPENAI_BASE_URL");
        model = read("REDLINER_OPENAI_MODEL");
        break;
    case ProviderKind::Anthropic:
        key = read("ANTHROPIC_API_KEY");
        base = read("ANTHROPIC_BASE_URL");
        model = read("REDLINER_ANTHROPIC_MODEL");
        if (const QString version = read("REDLINER_ANTHROPIC_VERSION"); !version.isEmpty())
            c.anthropicVersion = version;
        break;
    case ProviderKind::Local:
        key = read("REDLINER_LOCAL_API_KEY");
        base = read("REDLINER_LOCAL_BASE_URL");
        model = read("REDLINER_LOCAL_MODEL");
        break;
    }
    c.apiKey = key;
    if (!base.isEmpty())
        c.baseUrl = QUrl(base);
    if (!model.isEmpty())
        c.model = model;
    return c;
}

int ProviderConfig::effectiveDeadlineMs() const
{
    if (deadlineMs > 0)
        return deadlineMs;
    // As the SDKs' 600 s overall default, and never shorter than ten silences in a row.
    return int(std::min<qint64>(std::max<qint64>(qint64(timeoutMs) * 10, 600'000), INT_MAX));
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host.endsWith(u".localhost"_s, Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ProviderConfig::problem() const
{
    const QString name = providerDisplayName(kind);
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return name + u": the base URL \""_s + redactedUrl(baseUrl) + u"\" is not a valid URL"_s;
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return name + u": the base URL must start with https:// (or http:// for this machine)"_s;
    if (scheme == u"http"_s && !isLoopback(baseUrl))
        return name + u": refusing plain http to "_s + baseUrl.host()
             + u" — the API key and the NDA text would travel unencrypted; use https:// (http:// is only allowed for this machine)"_s;
    if (model.trimmed().isEmpty())
        return name + u": no model is configured"_s;
    // A line break in a key would end the header it is sent in and start another (header injection).
    if (std::any_of(apiKey.cbegin(), apiKey.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return name + u": the API key contains a line break or another control character; check the key's source "
                      "(its environment variable, or the first line of the key file)"_s;
    if (kind == ProviderKind::Anthropic && !isKnownAnthropicVersion(anthropicVersion))
        return name + u": the API version \""_s + anthropicVersion
               + u"\" is not one Redliner speaks (%1 or %2)"_s.arg(AnthropicVersionCurrent, AnthropicVersionLegacy);
    if (isCloud() && apiKey.isEmpty())
        return name + (kind == ProviderKind::OpenAI ? u": no API key (set OPENAI_API_KEY or configure one)"_s
                                                    : u": no API key (set ANTHROPIC_API_KEY or configure one)"_s);
    if (maxConcurrent < 1)
        return name + u": concurrency must be at least 1"_s;
    if (timeoutMs < 1)
        return name + u": the timeout must be positive"_s;
    if (maxOutputTokens < 256)
        return name + u": at least 256 output tokens are needed for a batch of clauses"_s;
    return {};
}

} // namespace Redliner::Llm
