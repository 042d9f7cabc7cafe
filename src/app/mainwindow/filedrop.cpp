// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedrop.h"

#include <QMimeData>
#include <QUrl>

namespace Redliner::App {

QString droppedFilePath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

} // namespace Redliner::App
