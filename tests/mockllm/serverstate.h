// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"
#include "fault.h"
#include "framing.h"
#include "recorder.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>

namespace Redliner::MockLlm {

// The anthropic-version values served when none are configured: the classic one and the one the
// TypeScript SDK 1.15 sends (README "API versions").
inline constexpr QLatin1StringView anthropicVersion2023{"2023-06-01"};
inline constexpr QLatin1StringView anthropicVersion2026{"2026-10-21"};
QStringList defaultAnthropicVersions();

// Everything a test may change while requests are in flight. Copied per request, so a change
// applies to the requests that arrive after it.
struct ServerConfig final {
    std::array<int, dialectCount> latencyMs{};  // indexed by Dialect
    int jitterMs = 0;              // + a per-request delay in [0, jitterMs], a function of seed and body
    quint32 seed = 1;              // every random choice (jitter, delta sizes, slices, ids)
    QStringList knownModels;       // empty: any model name is accepted
    QByteArray apiKey = "test-key";
    bool requireKeyForLocal = false;
    bool http2 = true;             // HTTP/2 prior knowledge accepted
    bool localChatCompletions = false; // plain /v1/chat/completions is the local flavour
    bool reasoningChecks = false;  // OpenAI reasoning-model checks: max_tokens / temperature != 1 rejected
    Framing framing;               // the default framing of every reply
    // The anthropic-version values accepted; a gateway that knows one version has a list of one.
    QStringList anthropicVersions = defaultAnthropicVersions();

    int latency(Dialect dialect) const { return latencyMs[size_t(dialect)]; }
};

// The state shared by the server's thread (which serves requests) and the test's thread (which
// configures, scripts and inspects). One mutex guards it all; every critical section is short.
class ServerState final {
public:
    ServerState();

    ServerConfig config() const;
    void updateConfig(const std::function<void(ServerConfig &)> &change);

    void script(const QList<Fault> &faults);
    void clearFaults();
    int pendingFaults() const;
    QList<Fault> faults() const;
    // The first queued fault that matches, used up by one; nullopt when none matches.
    std::optional<Fault> takeFault(Dialect dialect, const QByteArray &body, const QString &userText);

    int record(RecordedRequest request);    // returns its sequence number
    void setResponseStatus(int sequence, int status);
    QList<RecordedRequest> requests() const;
    int requestCount() const;
    void clearRequests();

    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    mutable QMutex m_mutex;
    ServerConfig m_config;
    QList<Fault> m_faults;
    Recorder m_recorder;
    QElapsedTimer m_clock;
};

} // namespace Redliner::MockLlm
