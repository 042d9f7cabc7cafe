// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failure.h"
#include "providerconfig.h"
#include "ssedecoder.h"

#include <QNetworkRequest>

#include <memory>
#include <optional>

namespace Redliner::Llm {

// What one successful exchange produced: the answer JSON, or why there is none although the
// server said 200 (a refusal, a cut-off answer, an error event inside the stream).
struct ModelReply final {
    QByteArray answer;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    std::optional<Failure> failure;
};

// A streamed reply, event by event. Knows when the stream reached its terminal event; a stream
// that ends without it was cut.
class StreamReader {
public:
    virtual ~StreamReader() = default;
    virtual void onEvent(const SseEvent &event) = 0;
    virtual bool complete() const = 0;
    virtual ModelReply reply() const = 0;
};

struct RequestOptions final {
    bool stream = true;
    bool jsonObjectMode = false;   // a local server that ignores or refuses json_schema
    int attempt = 0;               // 0 for the first try, sent as x-stainless-retry-count
};

// One wire dialect: how a batch becomes an HTTP request, and how the answer is read back.
class Dialect {
public:
    virtual ~Dialect() = default;
    virtual QNetworkRequest request(const ProviderConfig &config, const RequestOptions &options) const = 0;
    virtual QByteArray body(const ProviderConfig &config, const QString &system, const QByteArray &user,
                            const RequestOptions &options) const = 0;
    virtual ModelReply parseReply(const QByteArray &body) const = 0;
    virtual std::unique_ptr<StreamReader> streamReader() const = 0;

    static std::unique_ptr<Dialect> forProvider(ProviderKind kind);
};

// The headers every dialect sends.
QNetworkRequest jsonPost(const QUrl &url, const ProviderConfig &config, const RequestOptions &options);

// The endpoint under a base URL: "https://api.openai.com/v1" + "chat/completions".
QUrl endpoint(const QUrl &base, const QString &path);

} // namespace Redliner::Llm
