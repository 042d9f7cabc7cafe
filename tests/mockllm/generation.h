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
    bool moderation = false;             // Fault::moderation
    bool leadingWhitespace = false;      // Fault::leadingWhitespace: a text answer starts with whitespaceDeltas()
    QString errorType;                   // MidStreamError: the fault's error-type, message and error-code
    QString errorMessage;                //   (empty: the dialect's default)
    QString errorCode;

    bool is(Fault::Kind kind) const { return outcome == kind; }

    static Generation make(const QJsonArray &messages, std::optional<Fault::Kind> outcome, qsizetype requestBytes);
    // The fault's flags and error wording that the dialects carry into the answer.
    void takeFlags(const Fault &fault);

    // Models often open a JSON answer with blank lines; clients must trim before parsing. These are
    // the whitespace-only deltas sent first (non-streamed: their concatenation starts the text).
    static QList<QString> whitespaceDeltas() { return {QStringLiteral("\n"), QStringLiteral("  \n")}; }
};

inline constexpr QStringView refusalText = u"I'm sorry, but I can't help with reviewing this document.";

} // namespace Redliner::MockLlm
