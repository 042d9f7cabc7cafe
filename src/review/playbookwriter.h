// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playbook.h"

#include <QByteArray>

namespace Redliner::Review {

// The playbook as the JSON the loader reads, laid out for a person: two-space indent, the keys in
// the order of the bundled playbook (name, version, description, issues; id, title, severity,
// enabled, parameters, positions; receiving, disclosing, mutual; raise, preferred, fallback,
// rationale, language). Playbook::parse(playbookJson(p)) gives p back, except path and sha256.
// Comments ("_" keys) outside parameters are not kept: the parsed playbook does not hold them.
QByteArray playbookJson(const Playbook &playbook);

// A template for an issue the playbook lacks: the bundled playbook's entry for that id, or an
// issue with empty positions that are not raised if the bundled one has none.
PlaybookIssue playbookIssueTemplate(const QString &issueId);

} // namespace Redliner::Review
