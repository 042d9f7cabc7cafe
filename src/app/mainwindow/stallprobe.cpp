// SPDX-License-Identifier: GPL-3.0-or-later
#include "stallprobe.h"

#include <algorithm>

namespace Redliner::App {

StallProbe::StallProbe(int intervalMs, QObject *parent) : QObject(parent), m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    reset();
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
}

void StallProbe::reset()
{
    m_clock.start();
    m_last = 0;
    m_longestNs = 0;
    m_ticks = 0;
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gap = now - m_last - qint64(m_intervalMs) * 1000000;
    m_longestNs = std::max(m_longestNs, gap);
    m_last = now;
    ++m_ticks;
}

} // namespace Redliner::App
