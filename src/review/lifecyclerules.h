// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewrules.h"

#include <functional>
#include <optional>

// The rules for how long the obligations last and what happens to the information at the end
// (term, survival, return or destruction, retention) and for disclosures compelled by law.
// reviewrules.cpp registers them; the drafting lives here so each rule stays small.
namespace Redliner::Review::Lifecycle {

QList<Finding> term(const RuleContext &ctx);
QList<Finding> survival(const RuleContext &ctx);
QList<Finding> returnDestroy(const RuleContext &ctx);
QList<Finding> retention(const RuleContext &ctx);
QList<Finding> compelledDisclosure(const RuleContext &ctx);

// Shared by the files of this group.
namespace Detail {
bool isReceivingOrMutual(Side side);
// A case-insensitive pattern for the document's own text.
QRegularExpression re(const QString &pattern);
// The sentence [from, to) of the working text edited in place inside its clause; nullopt when
// `edit` changes nothing.
std::optional<Finding> editSentence(const RuleContext &ctx, int clause, qint32 from, qint32 to,
                                    const std::function<void(QString &)> &edit);
// A sentence added right after the fact's sentence (after the list's last item when the fact is
// in an item that continues the list); nullopt when there is no such place.
std::optional<Finding> addSentenceAfter(const RuleContext &ctx, const Fact &fact, const QString &sentence);
// A missing protection as a clause of its own before the signatures.
QList<Finding> addMissing(const RuleContext &ctx, const QString &heading, const QString &language);
// Whether any clause of the document matches.
bool documentSays(const RuleContext &ctx, const QRegularExpression &pattern);
} // namespace Detail

} // namespace Redliner::Review::Lifecycle
