// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace Redliner::App::Icons {

// The application's own SVG icons (resources/icons), one look on every desktop.
QIcon get(const QString &name);
QIcon severity(int severity);   // Review::Severity
QIcon status(int status);       // DecisionStatus

} // namespace Redliner::App::Icons
