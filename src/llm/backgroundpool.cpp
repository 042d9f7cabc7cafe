// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundpool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace Redliner::Llm {

QThreadPool *backgroundPool()
{
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        // Drained while the application object still exists: a task still running at exit must
        // not outlive the statics it uses (destroyed before a function-local static pool).
        qAddPostRoutine([] { pool.waitForDone(); });
        return true;
    }();
    Q_UNUSED(sized);
    return &pool;
}

} // namespace Redliner::Llm
