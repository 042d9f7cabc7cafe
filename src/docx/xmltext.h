// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Redliner::Docx {

enum class XmlEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE };

// Parts are decoded once into a QString: QXmlStreamReader offsets are QString indices, and the
// writer splices into that same string, then encodes it back exactly as it came.
QString decodeXmlPart(const QByteArray &bytes, XmlEncoding *encoding);
QByteArray encodeXmlPart(const QString &text, XmlEncoding encoding);

// Escapes text for element content or attribute values.
QString escapeXml(QStringView text);

} // namespace Redliner::Docx
