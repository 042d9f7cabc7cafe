// SPDX-License-Identifier: GPL-3.0-or-later
#include "retryscheduler.h"

#include <QTimer>

#include <algorithm>

namespace Redliner::Llm {

void TimerRetryScheduler::schedule(qint64 delayMs, QObject *context, std::function<void()> action)
{
    QTimer::singleShot(std::chrono::milliseconds(std::max<qint64>(delayMs, 0)), Qt::PreciseTimer, context, std::move(action));
}

} // namespace Redliner::Llm
