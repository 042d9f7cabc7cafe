// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fault.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Redliner::MockLlm {

// What the mock "model" says for one request, before any dialect wraps it.
struct Generation final {
    std::optional<Fault::Kind> outcome;  // a content fault (Length, Refusal, BrokenAnswer, ...); none: normal
    QJsonObject answer;                  // the object meant: full, wrong-schema, or what a cut leaves (Length)
    QString text;                        // what is "typed": the answer's compact JSON, cut or broken
    int promptTokens = 0;
    int completionTokens = 0;
    bool legacyError = false;            // MidStreamError in old llama.cpp form (Fault::legacy)

    bool is(Fault::Kind kind) const { return outcome == kind; }

    static Generation make(const QJsonArray &messages, std::optional<Fault::Kind> outcome, qsizetype requestBytes);
};

inline constexpr QStringView refusalText = u"I'm sorry, but I can't help with reviewing this document.";

} // namespace Redliner::MockLlm
