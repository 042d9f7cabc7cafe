// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Redliner::Cli {

// Writes `bytes` to `path` atomically (QSaveFile: a temporary file renamed over the target, so a
// failure leaves the old file or nothing). Empty on success; otherwise the reason in the system's
// words ("No space left on device"), never Qt's "Unknown error".
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace Redliner::Cli
