// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QMimeData;

namespace Redliner::App {

// The local file a drag carries (the first one), or an empty string. Any file is taken: the
// engine, not the extension, says whether it is a Word document.
QString droppedFilePath(const QMimeData *mime);

} // namespace Redliner::App
