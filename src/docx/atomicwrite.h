// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QSaveFile;

namespace Redliner::Docx {

// Writes `bytes` to `path` atomically (QSaveFile: a temporary file renamed over the target, so a
// failure leaves the old file or nothing). Empty on success; otherwise the reason in the system's
// words ("No space left on device"), never Qt's "Unknown error".
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

// Finishes a QSaveFile that something else wrote into (a QPdfWriter): flushes, then commits, with
// the same reasons. QSaveFile::commit() alone links the file in place even when its final flush
// fails (Qt 6.4), which leaves a truncated file where the user expects theirs.
QString commitAtomically(QSaveFile &file);

} // namespace Redliner::Docx
