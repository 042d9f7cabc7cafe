// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

namespace Redliner::Llm {

// The three wire dialects Redliner speaks. Local servers (Ollama, llama.cpp, LM Studio, vLLM)
// speak OpenAI's Chat Completions with their own quirks.
enum class ProviderKind { OpenAI, Anthropic, Local };

// The Messages API versions Redliner speaks to Anthropic. 2026-10-21 is what the official clients
// send since SDK 1.0 (the key as "Authorization: Bearer", no sampling parameters); 2023-06-01 is
// what gateways and proxies built before it know (the key as x-api-key). Both are documented and
// neither has a retirement date.
inline constexpr QLatin1StringView AnthropicVersionCurrent{"2026-10-21"};
inline constexpr QLatin1StringView AnthropicVersionLegacy{"2023-06-01"};
bool isKnownAnthropicVersion(QStringView version);
// The version to fall back to when a server refuses `version`.
QString otherAnthropicVersion(QStringView version);

QString providerKindName(ProviderKind kind);          // "openai", "anthropic", "local"
QString providerDisplayName(ProviderKind kind);       // "OpenAI", "Anthropic", "Local server"
bool parseProviderKind(QStringView name, ProviderKind *kind);

// Everything needed to talk to one provider. A value: copied into the review, never shared.
struct ProviderConfig final {
    ProviderKind kind = ProviderKind::OpenAI;
    QUrl baseUrl;                 // "https://api.openai.com/v1", "https://api.anthropic.com", "http://localhost:11434/v1"
    QString model;
    QString apiKey;               // never logged, never in reports or error messages
    int maxConcurrent = 0;        // requests in flight at once for this provider
    int timeoutMs = 0;            // inactivity timeout (Exchange: no byte for this long cuts a request)
    int deadlineMs = 0;           // whole-request limit, however slowly bytes trickle; 0: 10 × timeout, at least 10 min
    std::optional<double> temperature;  // sent only when set (reasoning models reject it)
    int maxOutputTokens = 4096;
    bool stream = true;           // answers streamed (SSE): the inactivity timeout then never cuts a slow model
    bool http2PriorKnowledge = false;   // cleartext HTTP/2 without upgrade (local servers, the mock)
    QString anthropicVersion{AnthropicVersionCurrent}; // Anthropic only: the anthropic-version header

    // The defaults a user starts from: the official base URLs, a current model, concurrency that
    // a paid account's rate limits allow (cloud) or a single-GPU server handles (local).
    static ProviderConfig defaults(ProviderKind kind);
    // Keys and base URLs from the environment, as the official SDKs read them:
    // OPENAI_API_KEY / OPENAI_BASE_URL, ANTHROPIC_API_KEY / ANTHROPIC_BASE_URL; for local servers
    // REDLINER_LOCAL_BASE_URL / REDLINER_LOCAL_API_KEY / REDLINER_LOCAL_MODEL; Anthropic's API
    // version from REDLINER_ANTHROPIC_VERSION.
    static ProviderConfig fromEnvironment(ProviderKind kind, const QProcessEnvironment &env);

    // Why this configuration cannot be used, in words for the user; empty when it can. Refuses
    // plain http to any host that is not loopback (keys and NDA text would travel in clear), a
    // missing model, a missing key for a cloud provider, an Anthropic API version Redliner does
    // not speak, and non-positive limits.
    QString problem() const;
    bool isCloud() const { return kind != ProviderKind::Local; }
    int effectiveDeadlineMs() const;
};

// Whether the URL names this machine (localhost, 127.0.0.0/8, ::1).
bool isLoopback(const QUrl &url);

} // namespace Redliner::Llm
