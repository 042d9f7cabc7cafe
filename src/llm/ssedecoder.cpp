// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssedecoder.h"

#include <utility>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char cr = '\r';
constexpr char lf = '\n';

// The first CR or LF at or after `from`, or -1.
qsizetype lineEnd(QByteArrayView bytes, qsizetype from)
{
    const char *p = bytes.data();
    for (qsizetype i = from; i < bytes.size(); ++i) {
        if (p[i] == cr || p[i] == lf)
            return i;
    }
    return -1;
}

const QByteArray &byteOrderMark()
{
    static const QByteArray bom = "\xEF\xBB\xBF"_ba;
    return bom;
}

} // namespace

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    QByteArray head;  // keeps the bytes alive when they come from m_head
    if (!m_bomChecked) {
        // The BOM may itself be split across reads: hold the first bytes until it is decided.
        m_head.append(bytes);
        const QByteArray &bom = byteOrderMark();
        if (m_head.size() < bom.size() && bom.startsWith(m_head))
            return out;
        m_bomChecked = true;
        head = std::exchange(m_head, {});
        if (head.startsWith(bom))
            head.remove(0, bom.size());
        bytes = head;
    }

    qsizetype i = 0;
    if (m_skipLf && !bytes.isEmpty()) {
        // The CR that ended the last read was half of a CRLF.
        if (bytes.front() == lf)
            i = 1;
        m_skipLf = false;
    }
    while (i < bytes.size()) {
        const qsizetype end = lineEnd(bytes, i);
        if (end < 0) {
            m_line.append(bytes.sliced(i));
            break;
        }
        if (m_line.isEmpty()) {
            takeLine(bytes.sliced(i, end - i), &out);
        } else {
            m_line.append(bytes.sliced(i, end - i));
            takeLine(m_line, &out);
            m_line.clear();
        }
        i = end + 1;
        if (bytes[end] == cr) {
            if (i == bytes.size())
                m_skipLf = true;
            else if (bytes[i] == lf)
                ++i;
        }
    }
    return out;
}

QList<SseEvent> SseDecoder::finish()
{
    QList<SseEvent> out;
    if (!m_bomChecked) {
        // Fewer bytes than a BOM in the whole stream: they are content.
        m_bomChecked = true;
        const QByteArray head = std::exchange(m_head, {});
        out = feed(head);
    }
    if (!m_line.isEmpty())
        takeLine(m_line, &out);
    dispatch(&out);
    *this = SseDecoder();
    return out;
}

bool SseDecoder::hasPendingData() const
{
    return !m_line.isEmpty() || m_hasData || !m_event.isEmpty() || !m_head.isEmpty();
}

void SseDecoder::takeLine(QByteArrayView line, QList<SseEvent> *out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return;  // a comment: keep-alives from llama.cpp and proxies
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "data") {
        m_data.append(value);
        m_data.append(lf);
        m_hasData = true;
    } else if (field == "event") {
        m_event = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value.toByteArray();
    }
    // "retry" and unknown fields (old llama.cpp's "error: {...}") are ignored, as the grammar says.
}

void SseDecoder::dispatch(QList<SseEvent> *out)
{
    if (m_hasData || !m_event.isEmpty()) {
        if (m_data.endsWith(lf))
            m_data.chop(1);
        out->append(SseEvent{std::exchange(m_event, {}), std::exchange(m_data, {}), m_lastId});
    }
    m_event.clear();
    m_data.clear();
    m_hasData = false;
}

QList<QByteArray> NdjsonDecoder::feed(QByteArrayView bytes)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const qsizetype end = bytes.indexOf(lf, i);
        if (end < 0) {
            m_line.append(bytes.sliced(i));
            break;
        }
        m_line.append(bytes.sliced(i, end - i));
        emitLine(std::exchange(m_line, {}), &out);
        i = end + 1;
    }
    return out;
}

QList<QByteArray> NdjsonDecoder::finish()
{
    QList<QByteArray> out;
    emitLine(std::exchange(m_line, {}), &out);
    return out;
}

void NdjsonDecoder::emitLine(QByteArray line, QList<QByteArray> *out)
{
    if (line.endsWith(cr))
        line.chop(1);
    if (!line.trimmed().isEmpty())
        out->append(line);
}

} // namespace Redliner::Llm
