// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewreport.h"

#include "docx/document.h"

namespace Redliner::Review {

// Keeps the findings whose edits can be written together with those before them (in order);
// the others get the revision writer's reason and stay in the report. Findings without edits
// are points to raise, not to redline.
QList<FindingOutcome> selectWritableFindings(const Docx::Document &doc, const QList<Finding> &findings, bool comments,
                                             QList<Finding> *accepted);

} // namespace Redliner::Review
