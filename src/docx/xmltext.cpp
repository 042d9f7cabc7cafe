// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmltext.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace Redliner::Docx {

QString decodeXmlPart(const QByteArray &bytes, XmlEncoding *encoding)
{
    auto starts = [&](const char *bom, int n) { return bytes.size() >= n && memcmp(bytes.constData(), bom, size_t(n)) == 0; };
    if (starts("\xFF\xFE", 2)) {
        *encoding = XmlEncoding::Utf16LE;
        QStringDecoder d(QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless);
        return d(QByteArrayView(bytes).sliced(2));
    }
    if (starts("\xFE\xFF", 2)) {
        *encoding = XmlEncoding::Utf16BE;
        QStringDecoder d(QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        return d(QByteArrayView(bytes).sliced(2));
    }
    if (starts("\xEF\xBB\xBF", 3)) {
        *encoding = XmlEncoding::Utf8Bom;
        return QString::fromUtf8(QByteArrayView(bytes).sliced(3));
    }
    *encoding = XmlEncoding::Utf8;
    return QString::fromUtf8(bytes);
}

QByteArray encodeXmlPart(const QString &text, XmlEncoding encoding)
{
    switch (encoding) {
    case XmlEncoding::Utf8:
        return text.toUtf8();
    case XmlEncoding::Utf8Bom:
        return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
    case XmlEncoding::Utf16LE: {
        QStringEncoder e(QStringEncoder::Utf16LE, QStringEncoder::Flag::Stateless);
        return QByteArrayLiteral("\xFF\xFE") + QByteArray(e(text));
    }
    case XmlEncoding::Utf16BE: {
        QStringEncoder e(QStringEncoder::Utf16BE, QStringEncoder::Flag::Stateless);
        return QByteArrayLiteral("\xFE\xFF") + QByteArray(e(text));
    }
    }
    return text.toUtf8();
}

QString escapeXml(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        default:
            // XML 1.0 cannot carry most control characters at all; drop them rather than corrupt the part.
            if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
                continue;
            out += c;
        }
    }
    return out;
}

} // namespace Redliner::Docx
