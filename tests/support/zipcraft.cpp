// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipcraft.h"

namespace Redliner::TestSupport {

namespace {

quint32 le(const QByteArray &b, qsizetype at, int width)
{
    quint32 v = 0;
    for (int i = width - 1; i >= 0; --i)
        v = (v << 8) | quint8(b[at + i]);
    return v;
}

// Where the central-directory record of `name` starts, or -1.
qsizetype directoryRecord(const QByteArray &zip, const QByteArray &name)
{
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0)
        return -1;
    qsizetype at = le(zip, end + 16, 4);
    for (quint32 i = 0; i < le(zip, end + 10, 2) && at + 46 <= zip.size(); ++i) {
        const qsizetype nameLength = le(zip, at + 28, 2);
        if (zip.mid(at + 46, nameLength) == name)
            return at;
        at += 46 + nameLength + le(zip, at + 30, 2) + le(zip, at + 32, 2);
    }
    return -1;
}

} // namespace

QByteArray shareEntryData(QByteArray zip, const QByteArray &victim, const QByteArray &source)
{
    const qsizetype from = directoryRecord(zip, source);
    const qsizetype to = directoryRecord(zip, victim);
    if (from < 0 || to < 0)
        return {};
    // CRC-32, compressed and uncompressed size (offsets 16..28) and the local header offset (42..46).
    zip.replace(to + 16, 12, zip.mid(from + 16, 12));
    zip.replace(to + 42, 4, zip.mid(from + 42, 4));
    return zip;
}

} // namespace Redliner::TestSupport
