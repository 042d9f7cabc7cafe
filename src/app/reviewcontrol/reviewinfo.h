// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/playbook.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Redliner::App {

// Who reviewed the document, for whom and against what: shown in the window and the report,
// kept with the decisions.
struct ReviewInfo final {
    QString reviewer;          // "offline", "openai", "anthropic", "both", "local"
    Review::Side side = Review::Side::Receiving;
    QString playbookName;
    QString playbookVersion;
    QString playbookHash;      // SHA-256 of the playbook file as read (hex): which exact version
    QString playbookPath;      // empty: the built-in playbook
    QDateTime reviewedAt;      // UTC
    QStringList notes;         // what the reviewer could not do, in words for the user
};

} // namespace Redliner::App
