// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerflags.h"
#include "commandfiles.h"

#include <QFile>

#include <algorithm>
#include <climits>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;
using Llm::ProviderConfig;
using Llm::ProviderKind;

ProviderFlags::ProviderFlags()
    : m_provider(u"provider"_s,
                 u"Who reviews: offline (default; nothing leaves the machine), openai, anthropic, both, local."_s,
                 u"NAME"_s, u"offline"_s),
      m_model(u"model"_s, u"The model (one provider; with both: REDLINER_OPENAI_MODEL / REDLINER_ANTHROPIC_MODEL)."_s,
              u"M"_s),
      m_baseUrl(u"base-url"_s, u"The API base URL (one provider; with both: OPENAI_BASE_URL / ANTHROPIC_BASE_URL)."_s,
                u"URL"_s),
      m_keyFile(
          u"api-key-file"_s,
          u"Read the API key from the first line of FILE, trimmed (\"-\": standard input) instead of the environment."_s,
          u"FILE"_s),
      m_concurrency(u"concurrency"_s, u"Requests in flight at once per provider (default 100 cloud, 4 local)."_s,
                    u"N"_s),
      m_batchSize(u"batch-size"_s, u"Clauses per request (default 5)."_s, u"N"_s, u"5"_s),
      m_timeout(u"timeout"_s,
                u"The longest one request may take, in seconds, from sending to the last byte (1 to 86400; default 600 "
                u"cloud, 3000 local; "
                "without data a request is also abandoned after 60 s cloud, 300 s local, or S if shorter)."_s,
                u"S"_s),
      m_pseudonymise(u"pseudonymise"_s, u"Replace party names and addresses by placeholders before a cloud call."_s),
      m_noCache(u"no-cache"_s, u"Ask the provider again even for clauses reviewed before."_s),
      m_cacheDir(u"cache-dir"_s, u"Where clause results are cached (default: the user's cache directory)."_s, u"DIR"_s),
      m_http2(u"http2-prior-knowledge"_s, u"Speak HTTP/2 without upgrade to an http:// server on this machine."_s),
      m_anthropicVersion(
          u"anthropic-version"_s,
          u"The Anthropic API version to send: 2026-10-21 (default; the key as a bearer token) or 2023-06-01 "
          "(x-api-key; for gateways that know only it). A server that refuses one gets the other once."_s,
          u"V"_s)
{
}

void ProviderFlags::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_provider, m_model, m_baseUrl, m_keyFile, m_concurrency, m_batchSize, m_timeout, m_pseudonymise,
                       m_noCache, m_cacheDir, m_http2, m_anthropicVersion});
}

QString ProviderFlags::usage()
{
    return u"[--provider offline|openai|anthropic|both|local] [--model M] [--base-url URL] [--api-key-file FILE] "
           "[--concurrency N] [--batch-size N] [--timeout S] [--pseudonymise] [--no-cache] [--cache-dir DIR] "
           "[--http2-prior-knowledge] [--anthropic-version 2026-10-21|2023-06-01]"_s;
}

namespace {

// A day: longer than any answer takes, and far below where milliseconds overflow an int.
constexpr qint64 MaxTimeoutSeconds = 86'400;
// A key is a line of at most a few hundred characters; more is the wrong file.
constexpr qint64 MaxKeyFileBytes = 64 * 1024;

// A whole number in [1, max], read as 64 bits so that no value wraps around into range.
bool inRange(const QString &value, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < 1 || n > max)
        return false;
    *out = n;
    return true;
}

bool positive(const QString &value, int *out)
{
    qint64 n = 0;
    if (!inRange(value, INT_MAX, &n))
        return false;
    *out = int(n);
    return true;
}

// The key file's first line, trimmed: what follows it (a comment, a second key) is never sent.
bool readKeyFile(const QString &path, QString *key, Streams io)
{
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                        : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        io.err << u"--api-key-file: "_s << path << u": cannot be read: "_s << file.errorString() << Qt::endl;
        return false;
    }
    const QByteArray line = file.readLine(MaxKeyFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        io.err << u"--api-key-file: "_s << path << u": cannot be read: "_s << file.errorString() << Qt::endl;
        return false;
    }
    if (line.size() > MaxKeyFileBytes) {
        io.err << u"--api-key-file: "_s << path << u": the first line is longer than %1 KiB; is this a key file?"_s.arg(
            MaxKeyFileBytes / 1024)
               << Qt::endl;
        return false;
    }
    *key = QString::fromUtf8(line).trimmed();
    return true;
}

} // namespace

void ProviderFlags::addFiles(const QCommandLineParser &parser, CommandFiles *files) const
{
    if (parser.isSet(m_keyFile) && parser.value(m_keyFile) != u"-"_s)
        files->addInput(u"--api-key-file"_s, parser.value(m_keyFile));
    if (parser.isSet(m_cacheDir))
        files->addOutputDirectory(u"--cache-dir"_s, parser.value(m_cacheDir));
}

bool ProviderFlags::read(const QCommandLineParser &parser, const QProcessEnvironment &env,
                         QList<ProviderConfig> *providers, Llm::ReviewJob *job, Streams io) const
{
    const QString name = parser.value(m_provider).toLower();
    QList<ProviderKind> kinds;
    if (name == u"offline"_s) {
        if (parser.isSet(m_anthropicVersion)) {
            io.err << u"--anthropic-version needs --provider anthropic or both"_s << Qt::endl;
            return false;
        }
        for (const QCommandLineOption *o : {&m_model, &m_baseUrl, &m_keyFile, &m_concurrency, &m_timeout, &m_pseudonymise}) {
            if (parser.isSet(*o)) {
                io.err << u"--"_s << o->names().constFirst() << u" needs --provider openai, anthropic, both or local"_s << Qt::endl;
                return false;
            }
        }
        providers->clear();
        return true;
    }
    if (name == u"both"_s) {
        kinds = {ProviderKind::OpenAI, ProviderKind::Anthropic};
    } else {
        ProviderKind kind;
        if (!Llm::parseProviderKind(name, &kind)) {
            io.err << u"--provider: \""_s << name << u"\" is not offline, openai, anthropic, both or local"_s << Qt::endl;
            return false;
        }
        kinds = {kind};
    }
    if (kinds.size() > 1) {
        for (const QCommandLineOption *o : {&m_model, &m_baseUrl, &m_keyFile}) {
            if (parser.isSet(*o)) {
                io.err << u"--"_s << o->names().constFirst()
                       << u" is ambiguous with --provider both: set OPENAI_BASE_URL / ANTHROPIC_BASE_URL, "
                          "REDLINER_OPENAI_MODEL / REDLINER_ANTHROPIC_MODEL and the API keys in the environment"_s
                       << Qt::endl;
                return false;
            }
        }
    }
    QString key;
    if (parser.isSet(m_keyFile) && !readKeyFile(parser.value(m_keyFile), &key, io))
        return false;
    int concurrency = 0;
    qint64 timeout = 0;
    if (parser.isSet(m_concurrency) && !positive(parser.value(m_concurrency), &concurrency)) {
        io.err << u"--concurrency: expected a whole number of at least 1"_s << Qt::endl;
        return false;
    }
    if (parser.isSet(m_timeout) && !inRange(parser.value(m_timeout), MaxTimeoutSeconds, &timeout)) {
        io.err << u"--timeout: \""_s << parser.value(m_timeout) << u"\" is not a whole number of seconds from 1 to %1"_s.arg(
            MaxTimeoutSeconds)
               << Qt::endl;
        return false;
    }
    if (!positive(parser.value(m_batchSize), &job->batchSize)) {
        io.err << u"--batch-size: expected a whole number of at least 1"_s << Qt::endl;
        return false;
    }
    if (parser.isSet(m_anthropicVersion)) {
        if (!kinds.contains(ProviderKind::Anthropic)) {
            io.err << u"--anthropic-version needs --provider anthropic or both"_s << Qt::endl;
            return false;
        }
        if (!Llm::isKnownAnthropicVersion(parser.value(m_anthropicVersion).trimmed())) {
            io.err << u"--anthropic-version: \""_s << parser.value(m_anthropicVersion)
                   << u"\" is not %1 or %2"_s.arg(Llm::AnthropicVersionCurrent, Llm::AnthropicVersionLegacy)
                   << Qt::endl;
            return false;
        }
    }
    providers->clear();
    for (ProviderKind kind : std::as_const(kinds)) {
        ProviderConfig c = ProviderConfig::fromEnvironment(kind, env);
        if (parser.isSet(m_model))
            c.model = parser.value(m_model);
        if (parser.isSet(m_baseUrl))
            c.baseUrl = QUrl(parser.value(m_baseUrl));
        if (!key.isEmpty())
            c.apiKey = key;
        if (concurrency > 0)
            c.maxConcurrent = concurrency;
        if (timeout > 0) {
            // The whole request, however slowly bytes trickle in; and never longer without data.
            c.deadlineMs = int(timeout * 1000);
            c.timeoutMs = std::min(c.timeoutMs, c.deadlineMs);
        }
        c.http2PriorKnowledge = parser.isSet(m_http2);
        if (kind == ProviderKind::Anthropic && parser.isSet(m_anthropicVersion))
            c.anthropicVersion = parser.value(m_anthropicVersion).trimmed();
        if (const QString problem = c.problem(); !problem.isEmpty()) {
            io.err << problem << Qt::endl;
            return false;
        }
        providers->append(c);
    }
    job->pseudonymise = parser.isSet(m_pseudonymise);
    job->useCache = !parser.isSet(m_noCache);
    job->cacheDirectory = parser.value(m_cacheDir);
    return true;
}

} // namespace Redliner::Cli
