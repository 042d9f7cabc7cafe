// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"

namespace Redliner::Llm {

// OpenAI Chat Completions with a strict JSON schema; with local = true, the OpenAI-compatible
// servers (Ollama, llama.cpp, LM Studio, vLLM): max_tokens instead of max_completion_tokens, an
// optional key, and JSON mode when a server ignores or refuses json_schema.
class OpenAiDialect final : public Dialect {
public:
    explicit OpenAiDialect(bool local) : m_local(local) {}

    QNetworkRequest request(const ProviderConfig &config, const RequestOptions &options) const override;
    QByteArray body(const ProviderConfig &config, const QString &system, const QByteArray &user,
                    const RequestOptions &options) const override;
    ModelReply parseReply(const QByteArray &body) const override;
    std::unique_ptr<StreamReader> streamReader() const override;

private:
    bool m_local;
};

} // namespace Redliner::Llm
