// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wiredialect.h"

#include <QString>

#include <optional>

namespace Redliner::MockLlm {

// Why the Messages API refuses a request before any model runs.
struct AnthropicRejection final {
    int status = 400;
    QString type;    // error.type
    QString message; // error.message
};

// Whether a version follows the 2026-10-21 rules (the TypeScript SDK 1.15 sources): the key may come
// as "Authorization: Bearer", sampling parameters are gone, messages may hold role "system". A
// configured version that sorts at or after 2026-10-21 gets them; any other the 2023-06-01 rules.
bool hasRules2026(QByteArrayView version);

// In the order a gateway and then the API check: the anthropic-version header (against
// config.anthropicVersions), then the key, then (POST) the body. nullopt: the request may be answered.
std::optional<AnthropicRejection> checkAnthropicRequest(const RequestContext &context);

} // namespace Redliner::MockLlm
