// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmltext.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;

namespace {

bool startsWith(const QByteArray &bytes, const char *prefix, int n)
{
    return bytes.size() >= n && memcmp(bytes.constData(), prefix, size_t(n)) == 0;
}

QString decode(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder d(encoding, QStringDecoder::Flag::Stateless);
    return d(bytes);
}

// The encoding="..." of an XML declaration at the start of text, and where its value sits.
struct Declared {
    QString name;
    qsizetype begin = -1;
    qsizetype length = 0;
};

Declared declaredEncoding(QStringView text)
{
    static const QRegularExpression declaration(uR"(^\s*<\?xml\s[^?>]*?encoding\s*=\s*["']([^"']*)["'])"_s);
    const auto match = declaration.match(text.first(qMin<qsizetype>(text.size(), 300)));
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toLower(), match.capturedStart(1), match.capturedLength(1)};
}

// Windows-1252 differs from ISO-8859-1 only in 0x80..0x9F (five of them unassigned: kept as C1).
QString decodeWindows1252(QByteArrayView bytes)
{
    static constexpr char16_t high[32] = {0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
        0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178};
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *to = out.data();
    for (char c : bytes) {
        const auto b = quint8(c);
        *to++ = QChar(b >= 0x80 && b < 0xA0 ? high[b - 0x80] : char16_t(b));
    }
    return out;
}

bool isUtf8Name(const QString &name)
{
    return name.isEmpty() || name == u"utf-8" || name == u"utf8";
}

} // namespace

QString decodeXmlPart(const QByteArray &bytes, XmlEncoding *encoding, QString *unsupported)
{
    auto refuse = [&](const QString &what) {
        if (unsupported)
            *unsupported = u"is encoded as %1, an unsupported encoding; save it again in Word (which writes UTF-8)"_s.arg(what);
        *encoding = XmlEncoding::Utf8;
        return QString();
    };
    // UTF-32 first: its little-endian mark starts like UTF-16's.
    if (startsWith(bytes, "\xFF\xFE\0\0", 4) || startsWith(bytes, "<\0\0\0", 4))
        return refuse(u"UTF-32LE"_s);
    if (startsWith(bytes, "\0\0\xFE\xFF", 4) || startsWith(bytes, "\0\0\0<", 4))
        return refuse(u"UTF-32BE"_s);

    QString text;
    if (startsWith(bytes, "\xFF\xFE", 2)) {
        *encoding = XmlEncoding::Utf16LE;
        text = decode(QStringConverter::Utf16LE, QByteArrayView(bytes).sliced(2));
    } else if (startsWith(bytes, "\xFE\xFF", 2)) {
        *encoding = XmlEncoding::Utf16BE;
        text = decode(QStringConverter::Utf16BE, QByteArrayView(bytes).sliced(2));
    } else if (startsWith(bytes, "<\0", 2)) {
        *encoding = XmlEncoding::Utf16LENoBom;
        text = decode(QStringConverter::Utf16LE, bytes);
    } else if (startsWith(bytes, "\0<", 2)) {
        *encoding = XmlEncoding::Utf16BENoBom;
        text = decode(QStringConverter::Utf16BE, bytes);
    } else if (startsWith(bytes, "\xEF\xBB\xBF", 3)) {
        *encoding = XmlEncoding::Utf8Bom;
        return QString::fromUtf8(QByteArrayView(bytes).sliced(3));
    } else {
        // Single-byte encodings: the declaration is ASCII in all of them.
        *encoding = XmlEncoding::Utf8;
        const Declared declared = declaredEncoding(QString::fromLatin1(bytes.first(qMin<qsizetype>(bytes.size(), 300))));
        // A UTF-16 declaration on ASCII-compatible bytes is a common generator slip: the bytes win.
        if (isUtf8Name(declared.name) || declared.name.startsWith(u"utf-16"))
            return QString::fromUtf8(bytes);
        if (declared.name == u"iso-8859-1" || declared.name == u"latin1" || declared.name == u"iso_8859-1"
            || declared.name == u"l1" || declared.name == u"us-ascii" || declared.name == u"ascii")
            text = QString::fromLatin1(bytes);
        else if (declared.name == u"windows-1252" || declared.name == u"cp1252")
            text = decodeWindows1252(bytes);
        else
            return refuse(declared.name);
        return text.replace(declared.begin, declared.length, u"UTF-8"_s);
    }
    const Declared declared = declaredEncoding(text);
    if (!declared.name.isEmpty() && !declared.name.startsWith(u"utf-16") && !isUtf8Name(declared.name))
        return refuse(declared.name);
    return text;
}

namespace {

// UTF-8 a piece at a time: QString::toUtf8() allocates three bytes a character for the whole
// part first, three times the memory of the result for a part of mostly ASCII.
QByteArray utf8(const QString &text, QByteArray out = {})
{
    constexpr qsizetype Piece = 1 << 20;
    out.reserve(out.size() + text.size() + text.size() / 8);
    QStringEncoder encoder(QStringConverter::Utf8);
    for (qsizetype at = 0; at < text.size(); at += Piece)
        out +=
            encoder(QStringView(text).sliced(at, qMin(Piece, text.size() - at))); // stateful: pairs split across pieces
    out.squeeze();
    return out;
}

} // namespace

QByteArray encodeXmlPart(const QString &text, XmlEncoding encoding)
{
    auto utf16 = [&](QStringConverter::Encoding e) {
        QStringEncoder encoder(e, QStringEncoder::Flag::Stateless);
        return QByteArray(encoder(text));
    };
    switch (encoding) {
    case XmlEncoding::Utf8: return utf8(text);
    case XmlEncoding::Utf8Bom: return utf8(text, QByteArrayLiteral("\xEF\xBB\xBF"));
    case XmlEncoding::Utf16LE:
        return QByteArrayLiteral("\xFF\xFE") + utf16(QStringConverter::Utf16LE);
    case XmlEncoding::Utf16BE:
        return QByteArrayLiteral("\xFE\xFF") + utf16(QStringConverter::Utf16BE);
    case XmlEncoding::Utf16LENoBom:
        return utf16(QStringConverter::Utf16LE);
    case XmlEncoding::Utf16BENoBom:
        return utf16(QStringConverter::Utf16BE);
    }
    return utf8(text);
}

qsizetype invalidXmlCharacter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0xD800)
            continue;  // the common case
        if (c < 0x20 ? c != u'\t' && c != u'\n' && c != u'\r' : c == 0xFFFE || c == 0xFFFF)
            return i;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                ++i;
                continue;
            }
            return i;
        }
        if (QChar::isLowSurrogate(c))
            return i;
    }
    return -1;
}

QString describeInvalidXmlCharacter(QStringView text, qsizetype at)
{
    const QString code = u"%1"_s.arg(uint(text[at].unicode()), 4, 16, QLatin1Char('0')).toUpper();
    return u"U+%1 at character %2"_s.arg(code).arg(at + 1);
}

QString escapeXml(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype from = 0; from < text.size();) {
        const qsizetype bad = invalidXmlCharacter(text.sliced(from));
        const QStringView valid = bad < 0 ? text.sliced(from) : text.sliced(from, bad);
        for (QChar c : valid) {
            switch (c.unicode()) {
            case '&': out += "&amp;"_L1; break;
            case '<': out += "&lt;"_L1; break;
            case '>': out += "&gt;"_L1; break;
            case '"': out += "&quot;"_L1; break;
            default: out += c;
            }
        }
        // XML 1.0 cannot carry the character at all: drop it rather than corrupt the part.
        from = bad < 0 ? text.size() : from + bad + 1;
    }
    return out;
}

} // namespace Redliner::Docx
