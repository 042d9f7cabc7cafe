// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wiredialect.h"

namespace Redliner::MockLlm {

// POST /v1/messages, GET /v1/models (when the request carries Anthropic headers). The answer is a
// tool_use block for the forced tool (the tool_choice name, else the first tool), a text block
// when the request has no tools or asks for structured output (output_config.format). Which
// anthropic-version values are served, and the rules of each, are in anthropicrules.h.
class AnthropicDialect final : public WireDialect {
public:
    std::optional<ReplyPlan> reject(const RequestContext &context) const override;
    ReplyPlan notFound(const RequestContext &context) const override;
    ReplyPlan badRequest(const RequestContext &context, const QString &message) const override;
    ReplyPlan statusFault(const RequestContext &context, const Fault &fault) const override;
    ReplyPlan models(const RequestContext &context) const override;
    bool wantsStream(const RequestContext &context) const override;
    ReplyPlan answer(const RequestContext &context, const Generation &generation,
                     const Framing &framing) const override;
};

} // namespace Redliner::MockLlm
