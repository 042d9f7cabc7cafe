// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Redliner::Llm {

// Spreads the network work of reviews over event-loop turns. Preparing and posting a request, or
// checking an answer (JSON, word diff), takes a fraction of a millisecond; a review of ten
// documents starts hundreds of requests at once and gets their answers back within milliseconds
// of each other, which in one go would freeze the window for a tenth of a second. Every provider
// of every review in a thread takes turns here, a few milliseconds at a time, with the event loop
// (paint, input, network I/O) running in between.
class SendDispatcher final : public QObject {
public:
    // The dispatcher of the calling thread.
    static SendDispatcher &forThisThread();

    // step is called until it returns false (nothing more to do now) or the turn's time is used
    // up; then it is called again on a later turn. (owner, channel) names the work: asking again
    // while it is queued changes nothing. owner's destruction withdraws it.
    void request(QObject *owner, int channel, std::function<bool()> step);

private:
    SendDispatcher();
    void run();

    struct Sender {
        QPointer<QObject> owner;
        const QObject *key = nullptr;  // owner's address, kept for comparison after its deletion
        int channel = 0;
        std::function<bool()> step;
    };
    QList<Sender> m_senders;
    qsizetype m_next = 0; // where the next turn starts
    QTimer m_turn;
};

} // namespace Redliner::Llm
