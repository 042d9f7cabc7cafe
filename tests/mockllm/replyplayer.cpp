// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyplayer.h"

#include "exchange.h"

namespace Redliner::MockLlm {

void ReplyPlayer::play(Exchange *exchange, int delayMs, Build build, HeadSent headSent)
{
    new ReplyPlayer(exchange, delayMs, std::move(build), std::move(headSent));
}

ReplyPlayer::ReplyPlayer(Exchange *exchange, int delayMs, Build build, HeadSent headSent)
    : QObject(exchange), m_exchange(exchange), m_build(std::move(build)), m_headSent(std::move(headSent))
{
    // Precise: a coarse timer may fire up to 5 % early, and tests assert elapsed >= latency.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReplyPlayer::begin);
    // Even with no delay, start from the event loop: the transport may still be inside its parser.
    m_timer.start(std::max(0, delayMs));
    if (delayMs > 0)
        QMetaObject::invokeMethod(this, &ReplyPlayer::prepare, Qt::QueuedConnection);
}

void ReplyPlayer::prepare()
{
    if (!m_build)
        return;
    m_plan = m_build();
    m_build = nullptr;
}

void ReplyPlayer::begin()
{
    disconnect(&m_timer, nullptr, this, nullptr);
    prepare();
    switch (m_plan.start) {
    case ReplyPlan::Start::Hang:
        return;
    case ReplyPlan::Start::Reset:
        m_exchange->abort();
        return;
    case ReplyPlan::Start::Respond:
        break;
    }
    m_exchange->writeHead(m_plan.status, m_plan.headers, m_plan.streamed ? -1 : m_plan.declaredLength);
    if (m_headSent)
        m_headSent(m_plan.status);
    if (m_plan.sliceDelayMs > 0 && m_plan.body.size() > 1) {
        connect(&m_timer, &QTimer::timeout, this, &ReplyPlayer::writeNext);
        writeNext();
        return;
    }
    for (const QByteArray &slice : std::as_const(m_plan.body))
        m_exchange->writeBody(slice);
    finish();
}

void ReplyPlayer::writeNext()
{
    if (m_next < m_plan.body.size())
        m_exchange->writeBody(m_plan.body.at(m_next++));
    if (m_next < m_plan.body.size())
        m_timer.start(m_plan.sliceDelayMs);
    else
        finish();
}

void ReplyPlayer::writeRepeat()
{
    // About 64 KB a tick, and a tick per millisecond: fast enough to reach any client's limit in a
    // moment, with the event loop free between writes so that a client's abort is noticed.
    QByteArray chunk;
    while (chunk.size() < 64 * 1024)
        chunk += m_plan.repeat;
    m_exchange->writeBody(chunk);
    m_timer.start(1);
}

void ReplyPlayer::finish()
{
    if (!m_plan.repeat.isEmpty()) {
        disconnect(&m_timer, nullptr, this, nullptr);
        connect(&m_timer, &QTimer::timeout, this, &ReplyPlayer::writeRepeat);
        writeRepeat();
        return;
    }
    switch (m_plan.ending) {
    case ReplyPlan::Ending::Complete: m_exchange->end(); break;
    case ReplyPlan::Ending::Abort: m_exchange->abort(); break;
    case ReplyPlan::Ending::Silence: break;
    }
}

} // namespace Redliner::MockLlm
