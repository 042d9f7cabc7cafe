// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewrules.h"

namespace Redliner::Review::DefinitionRules {

// definition-scope: for the recipient, a definition that takes in any information at all, deems
// information confidential or sweeps in what the recipient develops itself; for the discloser, a
// definition too narrow to cover what it will share (definitionscope.cpp).
QList<Finding> scope(const RuleContext &ctx);
// marking: the definition expressly does without any identification as confidential.
QList<Finding> marking(const RuleContext &ctx);

} // namespace Redliner::Review::DefinitionRules
