// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wiredialect.h"

namespace Redliner::MockLlm {

// POST /v1/chat/completions, GET /v1/models. With context.dialect == Local it is the flavour of
// the local servers (Ollama's /v1, llama.cpp, LM Studio): no key unless configured, no rate-limit
// headers, error codes null, no obfuscation.
class OpenAiDialect final : public WireDialect {
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
