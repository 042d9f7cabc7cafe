// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replyplan.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace Redliner::MockLlm {

class Exchange;

// Carries out a reply on an exchange with timers, never blocking: hundreds of delayed replies
// wait side by side. The plan is built lazily — in idle time while the delay runs, or at the
// latest when it ends — so that a burst of arrivals is read at once and each request's latency
// starts when it arrived. A child of the exchange, so a vanished client cancels it.
class ReplyPlayer final : public QObject {
    Q_OBJECT
public:
    using Build = std::function<ReplyPlan()>;
    using HeadSent = std::function<void(int status)>;

    static void play(Exchange *exchange, int delayMs, Build build, HeadSent headSent);

private:
    ReplyPlayer(Exchange *exchange, int delayMs, Build build, HeadSent headSent);
    void prepare();
    void begin();
    void writeNext();
    void finish();
    void writeRepeat();

    Exchange *m_exchange;
    Build m_build;
    ReplyPlan m_plan;
    HeadSent m_headSent;
    qsizetype m_next = 0;
    QTimer m_timer;
};

} // namespace Redliner::MockLlm
