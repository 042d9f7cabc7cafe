// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Redliner::MockLlm {

// The families of clients the mock tells apart for latency, fault matching and recording. Local
// covers both the OpenAI-compatible flavour (/local/v1/chat/completions) and Ollama's /api/chat.
enum class Dialect { OpenAI, Anthropic, Local };
inline constexpr int dialectCount = 3;

QString dialectName(Dialect dialect);                      // "openai", "anthropic", "local"
std::optional<Dialect> parseDialect(QStringView name);     // also accepts "ollama" for Local

} // namespace Redliner::MockLlm
