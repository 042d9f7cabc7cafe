// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"

namespace Redliner::Llm {

// Anthropic Messages: JSON forced through one tool (record_review) and tool_choice, which every
// Claude model supports; the answer is the tool call's input.
class AnthropicDialect final : public Dialect {
public:
    QNetworkRequest request(const ProviderConfig &config, const RequestOptions &options) const override;
    QByteArray body(const ProviderConfig &config, const QString &system, const QByteArray &user,
                    const RequestOptions &options) const override;
    ModelReply parseReply(const QByteArray &body) const override;
    std::unique_ptr<StreamReader> streamReader() const override;
};

} // namespace Redliner::Llm
