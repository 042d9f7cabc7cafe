// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundpool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace Redliner::Llm {

QThreadPool *backgroundPool()
{
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return true;
    }();
    Q_UNUSED(sized);
    return &pool;
}

} // namespace Redliner::Llm
