// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Redliner::MockLlm {

// Every "random" choice of the mock is a function of the server seed and the request, so that a
// run can be replayed: which request is answered first must not change the bytes sent.
class SeededRandom final {
public:
    explicit SeededRandom(quint64 seed) : m_state(seed) {}

    quint64 next();
    int bounded(int low, int high);   // uniform in [low, high]
    // An identifier suffix such as the "abc123" of "chatcmpl-abc123".
    QByteArray token(int length, QByteArrayView alphabet = "0123456789abcdefghijklmnopqrstuvwxyz");

private:
    quint64 m_state;
};

quint64 stableHash(QByteArrayView bytes);               // FNV-1a, the same on every platform
quint64 mixSeed(quint64 seed, quint64 salt);

} // namespace Redliner::MockLlm
