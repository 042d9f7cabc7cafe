// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Redliner::App {

// Measures how long the UI thread's event loop goes without turning: a precise timer ticks every
// few milliseconds, and the longest gap between two ticks, less the interval, is the longest
// stall a user could have felt (a frame is 16 ms).
class StallProbe final : public QObject {
    Q_OBJECT
public:
    explicit StallProbe(int intervalMs = 4, QObject *parent = nullptr);

    void start();
    void stop();
    void reset();
    double longestStallMs() const { return m_longestNs / 1e6; }
    int ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestNs = 0;
    int m_intervalMs;
    int m_ticks = 0;
};

} // namespace Redliner::App
