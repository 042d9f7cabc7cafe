// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "factcontext.h"

// The fact rules, one group per area of an NDA. Each reads the sentences of a FactContext and
// records facts with the sentence that shows them. The rules are linguistic (keywords, patterns
// and the negations around them) so that they hold for agreements nobody has seen; they never
// know a particular document.
namespace Redliner::Review::FactRules {

void parties(FactContext &ctx);       // mutual / one-way, the disclosing party
void definition(FactContext &ctx);    // oral information, technical only, marking
void exclusions(FactContext &ctx);    // public, already known, third party, independent
void use(FactContext &ctx);           // purpose, copies, compelled disclosure
void recipients(FactContext &ctx);    // employees, affiliates, advisers, contractors, third parties
void term(FactContext &ctx);          // term, survival, return or destruction, retention, residuals
void covenants(FactContext &ctx);     // non-solicitation, non-compete, standstill, reverse engineering,
                                      // publicity, no licence, no warranty
void remedies(FactContext &ctx);      // injunctions, liquidated damages, indemnity, law, venue,
                                      // assignment, standard of care

} // namespace Redliner::Review::FactRules
