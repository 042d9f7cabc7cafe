// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerconfig.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Redliner::Llm {

// The requests in flight to one server from every review in this thread: the documents of a
// folder (or of several windows) share one connection, so they share one limit, sized from what
// that connection carries: the server's HTTP/2 stream limit (asked once, see StreamLimitProbe;
// 100, the usual value, until it answers) or Qt's 6 connections a host over HTTP/1.1. Each
// review's lane still keeps to its own maxConcurrent. A freed slot goes to the lane with the
// fewest in flight among those waiting, so a document started late gets its fair share at once
// instead of waiting for the others to drain. A provider's pause (429, 529) holds every lane.
class ProviderSlots final : public QObject {
    Q_OBJECT
public:
    // The slots for config's server through network, shared while any lane holds them.
    static std::shared_ptr<ProviderSlots> shared(QNetworkAccessManager *network, const ProviderConfig &config);

    ~ProviderSlots() override;

    int capacity() const { return m_capacity; }
    int inFlight() const { return m_inFlight; }
    // The most in flight at once since these slots were made: the benchmark reports it.
    int peakInFlight() const { return m_peak; }

    // A slot for lane, or false: wake is called when one may be free for it; it returns whether
    // the lane will ask again (false: it has nothing left to send).
    bool acquire(const QObject *lane, const std::function<bool()> &wake);
    void release(const QObject *lane);
    // The lane waits no more (cancelled or destroyed); its own pause is lifted.
    void leave(const QObject *lane);
    // While any lane has paused its provider, no lane gets a slot.
    void setPaused(const QObject *lane, bool paused);

    // Tests and the benchmark: the limit as if the server had said it.
    void setCapacity(int capacity);

private:
    explicit ProviderSlots(const ProviderConfig &config);
    void probe(const QUrl &url);
    void wakeWaiting();

    struct Lane {
        const QObject *key = nullptr;
        int inFlight = 0;
        bool waiting = false;
        bool paused = false;
        std::function<bool()> wake;
    };
    Lane &laneFor(const QObject *key);
    bool anyPaused() const;

    QList<Lane> m_lanes;
    int m_capacity = 0;
    int m_inFlight = 0;
    int m_peak = 0;
    bool m_waking = false;
};

} // namespace Redliner::Llm
