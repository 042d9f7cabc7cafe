// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fact.h"

#include <QString>
#include <QStringList>

// ContractNLI (Koreeda & Manning, 2021) asks 17 yes/no/not-mentioned questions of every NDA.
// Answering them from a FactSheet lets the fact extractor be measured on that public dataset.
namespace Redliner::Review::ContractNli {

enum class Label { NotMentioned, Entailment, Contradiction };

QString labelName(Label label);                 // "NotMentioned", "Entailment", "Contradiction"
bool parseLabel(QStringView name, Label *label);

// The hypothesis ids in use: nda-1 .. nda-20 without nda-6, nda-9 and nda-14, in numeric order.
QStringList hypothesisIds();

// The facts a hypothesis is answered from (for reports and for reading a wrong answer).
QStringList factsFor(QStringView hypothesis);

// The answer the facts give: a Yes fact entails the hypothesis, a No fact contradicts it, no fact
// leaves it not mentioned. The exceptions are documented beside each hypothesis.
Label predict(const FactSheet &facts, QStringView hypothesis);

} // namespace Redliner::Review::ContractNli
