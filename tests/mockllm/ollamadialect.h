// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wiredialect.h"

namespace Redliner::MockLlm {

// Ollama's native POST /api/chat (NDJSON stream; "stream" defaults to true) and GET /api/tags.
// No key, ever; errors are {"error": "text"}.
class OllamaDialect final : public WireDialect {
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
