// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/finding.h"

namespace Redliner::Llm {

// Adds one provider's finding to the findings of a dual review. The same clause and issue from
// two providers is one finding: the same text means agreement (both names on it), different
// text keeps both proposals, the first provider's as the finding and the other's as an
// alternative. providerOrder decides which is first, so the result does not depend on which
// answer arrived first. Findings stay in document order; ids are "<clause id>:<issue>".
void mergeFinding(QList<Review::Finding> *findings, Review::Finding incoming, const QStringList &providerOrder,
                  const QString &clauseId);

} // namespace Redliner::Llm
