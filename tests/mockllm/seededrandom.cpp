// SPDX-License-Identifier: GPL-3.0-or-later
#include "seededrandom.h"

namespace Redliner::MockLlm {

quint64 SeededRandom::next()
{
    // splitmix64: tiny state, good enough spread for slice sizes and ids.
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int SeededRandom::bounded(int low, int high)
{
    if (high <= low)
        return low;
    return low + int(next() % quint64(high - low + 1));
}

QByteArray SeededRandom::token(int length, QByteArrayView alphabet)
{
    QByteArray out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        out[i] = alphabet[qsizetype(next() % quint64(alphabet.size()))];
    return out;
}

quint64 stableHash(QByteArrayView bytes)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        hash ^= quint8(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

quint64 mixSeed(quint64 seed, quint64 salt)
{
    SeededRandom random(seed ^ (salt * 0xD6E8FEB86659FD93ULL));
    return random.next();
}

} // namespace Redliner::MockLlm
