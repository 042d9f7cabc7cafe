// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewrules.h"

// Remedies (injunctions, bonds, irreparable harm) and assignment: the sentences a lawyer redlines,
// edited in place with the smallest change. reviewrules.cpp registers them.
namespace Redliner::Review::Remedies {

QList<Finding> remedies(const RuleContext &ctx);
QList<Finding> assignment(const RuleContext &ctx);
// For the owner of the information, an indemnity it gives; the recipient's side is reviewrules.cpp.
QList<Finding> disclosersIndemnity(const RuleContext &ctx);
// For the owner of the information, a maximum on what it may recover for a breach.
QList<Finding> disclosersDamagesCap(const RuleContext &ctx);
// For the recipient, a fixed sum in place of proved damages.
QList<Finding> liquidatedDamages(const RuleContext &ctx);

} // namespace Redliner::Review::Remedies
