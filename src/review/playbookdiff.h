// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playbook.h"

#include <QList>
#include <QString>

namespace Redliner::Review {

// One way two playbooks differ, named as a lawyer would look for it.
struct PlaybookDifference final {
    QString issueId; // empty for the playbook's own name, version or description
    QString field;   // "name", "issue" (added or removed), "title", "severity", "enabled",
                     // "parameters.max_months", "receiving.raise", "mutual.language", ...
    QString before;  // the value in the first playbook; empty if absent there
    QString after;   // the value in the second; empty if absent there
};

// Every difference, in the order of the first playbook's issues and then the issues only the second
// has. Issue order alone is not a difference: the reviewer does not depend on it.
QList<PlaybookDifference> diffPlaybooks(const Playbook &before, const Playbook &after);

// "term: parameters.max_months: 36 -> 24"; long texts are shown shortened, "(added)" and "(removed)"
// for issues one playbook lacks.
QString describeDifference(const PlaybookDifference &difference);

} // namespace Redliner::Review
