// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace Redliner::MockLlm {

// Function calling in Chat Completions (OpenAI and the local flavour, as llama.cpp and vLLM do it).
// The function the mock "model" calls, or nullopt: it answers in message.content. It calls one when
// the request offers function tools (`tools: [{"type":"function","function":{"name",...}}]`) and
// tool_choice names one (`{"type":"function","function":{"name"}}`, or the first function of
// `{"type":"allowed_tools","allowed_tools":{"tools":[...]}}`), says "required", or says "auto" (or
// nothing) while no response_format asks for JSON content. "none" never calls.
std::optional<QString> calledFunction(const QJsonObject &json);

// The delta of the first stream chunk of a call: role, content null, the call's id, type and name,
// arguments "" (OpenAI adds "refusal":null, the local flavour does not).
QByteArray toolCallOpening(const QByteArray &callId, const QString &function, bool local);
// A later chunk's delta: one fragment of the arguments.
QByteArray toolCallArguments(QStringView fragment);

} // namespace Redliner::MockLlm
