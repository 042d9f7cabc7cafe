// SPDX-License-Identifier: GPL-3.0-or-later
#include "ziplayout.h"

#include <QList>

#include <algorithm>

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;

namespace {

// ZIP fields are little-endian; out-of-range reads yield 0, and callers check the ranges first.
class Bytes final {
public:
    explicit Bytes(const QByteArray &data) : m_data(data) {}
    bool has(qint64 at, qint64 length) const { return at >= 0 && length >= 0 && at + length <= m_data.size(); }
    quint64 le(qint64 at, int width) const
    {
        if (!has(at, width))
            return 0;
        quint64 v = 0;
        for (int i = width - 1; i >= 0; --i)
            v = (v << 8) | quint8(m_data.at(at + i));
        return v;
    }
    qint64 size() const { return m_data.size(); }
    QString text(qint64 at, qint64 length) const
    {
        return has(at, length) ? QString::fromUtf8(m_data.constData() + at, length) : QString();
    }

private:
    const QByteArray &m_data;
};

constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr quint32 kZip64EndOfDirectory = 0x06064b50;
constexpr quint32 kDirectoryEntry = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;

struct Span {
    qint64 begin = 0;
    qint64 end = 0;
    QString name;
};

struct Directory {
    qint64 offset = -1;
    qint64 entries = 0;
};

Directory findDirectory(const Bytes &zip)
{
    // The end record is the last 22 bytes, followed by a comment of up to 64 KB.
    for (qint64 at = zip.size() - 22; at >= 0 && at >= zip.size() - 22 - 0xFFFF; --at) {
        if (zip.le(at, 4) != kEndOfDirectory)
            continue;
        Directory d{qint64(zip.le(at + 16, 4)), qint64(zip.le(at + 10, 2))};
        if (d.offset == 0xFFFFFFFF || d.entries == 0xFFFF) {
            if (zip.le(at - 20, 4) != kZip64Locator)
                return {};
            const qint64 end64 = qint64(zip.le(at - 20 + 8, 8));
            if (zip.le(end64, 4) != kZip64EndOfDirectory)
                return {};
            d = {qint64(zip.le(end64 + 48, 8)), qint64(zip.le(end64 + 32, 8))};
        }
        return d;
    }
    return {};
}

} // namespace

QString checkZipLayout(const QByteArray &data)
{
    const Bytes zip(data);
    const Directory directory = findDirectory(zip);
    if (directory.offset < 0 || directory.entries < 0 || directory.entries > data.size() / 46)
        return u"its ZIP directory cannot be read"_s;

    QList<Span> spans;
    spans.reserve(directory.entries);
    qint64 at = directory.offset;
    for (qint64 i = 0; i < directory.entries; ++i) {
        if (!zip.has(at, 46) || zip.le(at, 4) != kDirectoryEntry)
            return u"its ZIP directory is damaged at entry #%1"_s.arg(i + 1);
        quint64 packed = zip.le(at + 20, 4);
        quint64 unpacked = zip.le(at + 24, 4);
        quint64 local = zip.le(at + 42, 4);
        const qint64 nameLength = qint64(zip.le(at + 28, 2));
        const qint64 extraLength = qint64(zip.le(at + 30, 2));
        const qint64 commentLength = qint64(zip.le(at + 32, 2));
        const QString name = zip.text(at + 46, nameLength);
        // ZIP64: the fields that do not fit are in extra field 0x0001, in this order.
        for (qint64 e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength;) {
            const quint64 id = zip.le(e, 2);
            const qint64 length = qint64(zip.le(e + 2, 2));
            if (id == 0x0001) {
                qint64 field = e + 4;
                for (quint64 *value : {&unpacked, &packed, &local}) {
                    if (*value == 0xFFFFFFFF) {
                        *value = zip.le(field, 8);
                        field += 8;
                    }
                }
            }
            e += 4 + length;
        }
        if (!zip.has(qint64(local), 30) || zip.le(qint64(local), 4) != kLocalHeader)
            return u"its ZIP entry %1 points at no entry header"_s.arg(name);
        const qint64 dataStart = qint64(local) + 30 + qint64(zip.le(qint64(local) + 26, 2)) + qint64(zip.le(qint64(local) + 28, 2));
        if (packed > quint64(data.size()) || !zip.has(dataStart, qint64(packed)))
            return u"its ZIP entry %1 claims more data than the file holds"_s.arg(name);
        spans.append({qint64(local), dataStart + qint64(packed), name});
        at += 46 + nameLength + extraLength + commentLength;
    }
    std::sort(spans.begin(), spans.end(), [](const Span &l, const Span &r) { return l.begin < r.begin; });
    for (qsizetype i = 1; i < spans.size(); ++i) {
        if (spans[i].begin < spans[i - 1].end)
            return u"its ZIP entries %1 and %2 share their data, which no Word document does (a sign of a ZIP bomb)"_s
                .arg(spans[i - 1].name, spans[i].name);
    }
    return {};
}

} // namespace Redliner::Docx
