// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Redliner::Docx {

// How a part's bytes encode its text. UTF-16 may come with or without a byte order mark.
enum class XmlEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Utf16LENoBom, Utf16BENoBom };

// Parts are decoded once into a QString: QXmlStreamReader offsets are QString indices, and the
// writer splices into that same string, then encodes it back exactly as it came. A part declared
// ISO-8859-1, windows-1252 or US-ASCII is decoded as declared and its declaration rewritten to
// UTF-8 (*encoding says UTF-8): a rewritten part keeps every character's meaning, and parts that
// are not rewritten are copied as they were. Encodings Redliner does not read (UTF-32, EBCDIC,
// Shift_JIS...) give a null string and the reason in *unsupported.
QString decodeXmlPart(const QByteArray &bytes, XmlEncoding *encoding, QString *unsupported = nullptr);
QByteArray encodeXmlPart(const QString &text, XmlEncoding encoding);

// Escapes text for element content or attribute values. Characters XML 1.0 cannot carry are
// dropped: the writer never emits a part Word refuses to open.
QString escapeXml(QStringView text);

// The index of the first character XML 1.0 cannot carry (C0 controls other than tab, line feed
// and carriage return; U+FFFE and U+FFFF; half of a surrogate pair), or -1.
qsizetype invalidXmlCharacter(QStringView text);
// "U+FFFE at character 12": for messages about such a character.
QString describeInvalidXmlCharacter(QStringView text, qsizetype at);

} // namespace Redliner::Docx
