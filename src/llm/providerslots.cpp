// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerslots.h"

#include "streamlimitprobe.h"

#include <QHash>
#include <QNetworkAccessManager>

#include <algorithm>
#include <map>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

namespace {

// RFC 9113 recommends at least 100, and it is what servers usually allow (and what Qt assumes
// before the server's settings arrive).
constexpr int kUsualStreamLimit = 100;
// Qt 6.4 opens this many HTTP/1.1 connections a host, one request each at a time.
constexpr int kHttp1Connections = 6;
// A server with no stream limit is still not sent more than this at once.
constexpr int kMostStreams = 1000;

bool speaksHttp2(const ProviderConfig &config)
{
    return config.baseUrl.scheme() == u"https"_s || config.http2PriorKnowledge;
}

// One connection: the same network manager, server and transport (a cleartext lane without prior
// knowledge talks HTTP/1.1 to a server another lane reaches over HTTP/2).
QString connectionKey(const QNetworkAccessManager *network, const ProviderConfig &config)
{
    const QUrl &url = config.baseUrl;
    return QString::number(quintptr(network), 16) + u' ' + url.scheme() + u"://"_s + url.host() + u':'
           + QString::number(url.port(url.scheme() == u"https"_s ? 443 : 80))
           + (speaksHttp2(config) ? u" h2"_s : u" h1"_s);
}

// What servers said, for the life of the process: a folder reviewed twice asks once.
QHash<QString, int> &learntLimits()
{
    thread_local QHash<QString, int> limits;
    return limits;
}

std::map<QString, std::weak_ptr<ProviderSlots>> &registry()
{
    thread_local std::map<QString, std::weak_ptr<ProviderSlots>> known;
    return known;
}

} // namespace

std::shared_ptr<ProviderSlots> ProviderSlots::shared(QNetworkAccessManager *network, const ProviderConfig &config)
{
    const QString key = connectionKey(network, config);
    auto &entry = registry()[key];
    if (auto existing = entry.lock())
        return existing;
    std::shared_ptr<ProviderSlots> made(new ProviderSlots(config));
    entry = made;
    if (speaksHttp2(config)) {
        const auto learnt = learntLimits().constFind(key);
        if (learnt != learntLimits().cend())
            made->setCapacity(learnt.value());
        else
            made->probe(config.baseUrl);
    }
    return made;
}

ProviderSlots::ProviderSlots(const ProviderConfig &config)
    : m_capacity(speaksHttp2(config) ? kUsualStreamLimit : kHttp1Connections)
{}

ProviderSlots::~ProviderSlots() = default;

void ProviderSlots::probe(const QUrl &url)
{
    auto *probe = new StreamLimitProbe(url, this);
    connect(probe, &StreamLimitProbe::learnt, this, [this, probe](int limit) {
        probe->deleteLater();
        const int capacity = limit > 0 ? std::min(limit, kMostStreams) : kMostStreams;
        for (auto it = registry().begin(); it != registry().end(); ++it) {
            if (it->second.lock().get() == this)
                learntLimits().insert(it->first, capacity);
        }
        setCapacity(capacity);
    });
    connect(probe, &StreamLimitProbe::failed, this, [this, probe](const QString &, bool notHttp2) {
        probe->deleteLater();
        // A server that offers only HTTP/1.1 gets Qt's connections a host; otherwise (no answer
        // in time, a proxy in between) the usual limit stays.
        if (notHttp2)
            setCapacity(kHttp1Connections);
    });
    probe->start();
}

void ProviderSlots::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    wakeWaiting();
}

ProviderSlots::Lane &ProviderSlots::laneFor(const QObject *key)
{
    for (Lane &lane : m_lanes) {
        if (lane.key == key)
            return lane;
    }
    m_lanes.append(Lane{key, 0, false, false, {}});
    return m_lanes.last();
}

bool ProviderSlots::anyPaused() const
{
    return std::any_of(m_lanes.cbegin(), m_lanes.cend(), [](const Lane &l) { return l.paused; });
}

bool ProviderSlots::acquire(const QObject *key, const std::function<bool()> &wake)
{
    Lane &lane = laneFor(key);
    const bool behind = std::any_of(m_lanes.cbegin(), m_lanes.cend(), [&lane](const Lane &other) {
        return other.waiting && other.key != lane.key && other.inFlight < lane.inFlight;
    });
    if (anyPaused() || m_inFlight >= m_capacity || behind) {
        lane.waiting = true;
        lane.wake = wake;
        if (behind && !anyPaused() && m_inFlight < m_capacity) {
            // A lane with fewer in flight goes first; this one is still asking (its wake would
            // be lost) and is woken by the next slot freed.
            lane.waiting = false;
            wakeWaiting();
            laneFor(key).waiting = true;
        }
        return false;
    }
    lane.waiting = false;
    ++lane.inFlight;
    m_peak = std::max(m_peak, ++m_inFlight);
    return true;
}

void ProviderSlots::release(const QObject *key)
{
    Lane &lane = laneFor(key);
    if (lane.inFlight > 0) {
        --lane.inFlight;
        --m_inFlight;
    }
    wakeWaiting();
}

void ProviderSlots::leave(const QObject *key)
{
    const auto it = std::find_if(m_lanes.begin(), m_lanes.end(), [key](const Lane &l) { return l.key == key; });
    if (it == m_lanes.end())
        return;
    const bool wasPaused = it->paused;
    m_inFlight -= it->inFlight;
    m_lanes.erase(it);
    if (wasPaused || m_inFlight < m_capacity)
        wakeWaiting();
}

void ProviderSlots::setPaused(const QObject *key, bool paused)
{
    laneFor(key).paused = paused;
    if (!paused)
        wakeWaiting();
}

void ProviderSlots::wakeWaiting()
{
    // A wake can come back here (a lane that sends at once releases nothing, but one that is
    // cancelled from its wake leaves): one pass at a time.
    if (m_waking || anyPaused())
        return;
    m_waking = true;
    int free = m_capacity - m_inFlight;
    QList<Lane *> waiting;
    for (Lane &lane : m_lanes) {
        if (lane.waiting)
            waiting.append(&lane);
    }
    std::stable_sort(waiting.begin(), waiting.end(),
                     [](const Lane *a, const Lane *b) { return a->inFlight < b->inFlight; });
    QList<const QObject *> order;
    for (const Lane *lane : std::as_const(waiting))
        order.append(lane->key);
    // A wake may change m_lanes (a lane cancelled from it leaves): looked up again each time.
    for (const QObject *key : std::as_const(order)) {
        if (free <= 0)
            break;
        const auto it = std::find_if(m_lanes.begin(), m_lanes.end(), [key](const Lane &l) { return l.key == key; });
        if (it == m_lanes.end() || !it->waiting)
            continue;
        it->waiting = false;
        const std::function<bool()> wake = it->wake;
        if (wake && wake())
            --free; // it will ask for the slot; a lane with nothing left to send leaves it to the next
    }
    m_waking = false;
}

} // namespace Redliner::Llm
