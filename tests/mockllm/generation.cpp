// SPDX-License-Identifier: GPL-3.0-or-later
#include "generation.h"

#include "answerwriter.h"
#include "wireformat.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

Generation Generation::make(const QJsonArray &messages, std::optional<Fault::Kind> outcome, qsizetype requestBytes)
{
    Generation generation;
    // Faults that do not change the content (Delay, Framing, transport faults) answer normally.
    switch (outcome.value_or(Fault::Kind::Framing)) {
    case Fault::Kind::BrokenAnswer:
    case Fault::Kind::WrongSchema:
    case Fault::Kind::Length:
    case Fault::Kind::Refusal:
    case Fault::Kind::ContentFilter:
    case Fault::Kind::MidStreamError:
    case Fault::Kind::BrokenBody:
        generation.outcome = outcome;
        break;
    default:
        break;
    }
    const QJsonObject full = AnswerWriter::answer(AnswerWriter::lastUserText(messages));
    generation.answer = generation.is(Fault::Kind::WrongSchema) ? AnswerWriter::wrongSchema(full) : full;
    generation.text = QString::fromUtf8(compactJson(generation.answer));
    if (generation.is(Fault::Kind::Length)) {
        generation.text.truncate(cutPoint(generation.text));
        generation.answer = AnswerWriter::partial(full);
    } else if (generation.is(Fault::Kind::BrokenAnswer)) {
        generation.text.truncate(cutPoint(generation.text));
        generation.text += u"\u2026 (output ends here)"_s;
    }
    // Plausible counts: about four bytes a token.
    generation.promptTokens = int(std::max<qsizetype>(1, requestBytes / 4));
    generation.completionTokens = int(std::max<qsizetype>(1, generation.text.toUtf8().size() / 4));
    return generation;
}

void Generation::takeFlags(const Fault &fault)
{
    legacyError = fault.legacy;
    moderation = fault.moderation;
    leadingWhitespace = fault.leadingWhitespace;
    errorType = fault.errorType;
    errorMessage = fault.message;
    errorCode = fault.errorCode;
}

} // namespace Redliner::MockLlm
