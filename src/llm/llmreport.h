// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llmreview.h"

#include <QJsonObject>

namespace Redliner::Llm {

// Adds to a review report what an LLM review adds: the provider choice, per provider the model,
// tokens, requests, retries, cached clauses, Anthropic's API version and per batch the server's
// request ids (what its support asks for), and the per-clause errors. Never the API key.
void addLlmReport(QJsonObject *report, const QString &providerChoice, const QList<ProviderConfig> &providers,
                  const LlmReviewResult &result);

} // namespace Redliner::Llm
