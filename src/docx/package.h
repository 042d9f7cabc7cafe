// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docxerror.h"
#include "packagelimits.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

struct zip;

namespace Redliner::Docx {

struct Relationship final {
    QString id;
    QString type;    // full relationship type URI
    QString target;  // resolved part name ("word/styles.xml"), or the raw target when external
    bool external = false;

    // Relationship types differ between Transitional and Strict OOXML only in their prefix.
    bool hasType(QStringView suffix) const { return type.endsWith(suffix); }
};

// An OPC package (the ZIP container of a .docx), read with libzip. Holds the original bytes so that
// a writer can copy every untouched entry as it was.
class Package final {
public:
    static Outcome<Package> open(const QString &path, const PackageLimits &limits = {});
    static Outcome<Package> fromBytes(QByteArray bytes, const QString &displayName,
                                      const PackageLimits &limits = {});

    const QString &displayName() const { return m_displayName; }
    const QByteArray &bytes() const { return m_bytes; }
    QStringList partNames() const { return m_names; }
    bool contains(const QString &partName) const { return m_index.contains(partName); }

    // The uncompressed content of a part; an error when missing, too large or unreadable. What
    // actually inflates is counted (never the sizes the ZIP declares), against maxSize and the
    // limits for one part, for all parts together and for the compression ratio.
    Outcome<QByteArray> read(const QString &partName) const;
    Outcome<QByteArray> read(const QString &partName, qint64 maxSize) const;

    // Relationships of a part ("" for the package itself), targets resolved to part names.
    Outcome<QList<Relationship>> relationships(const QString &partName) const;
    static QString relationshipsPartName(const QString &partName);

    // Parses a part to its end with the safety rules every part gets (no DTD, no absurd nesting):
    // for a part the output carries that nothing else parses, such as [Content_Types].xml.
    DocxError checkXmlPart(const QString &partName) const;

    // The main document part, found through _rels/.rels (it is not always word/document.xml).
    Outcome<QString> mainDocumentPart() const;

    DocxError error(DocxError::Code code, const QString &part, const QString &reason) const;

private:
    QByteArray m_bytes;
    QString m_displayName;
    PackageLimits m_limits;
    QStringList m_names;
    QHash<QString, qint64> m_index;  // part name -> libzip index
    mutable QHash<qint64, qint64> m_inflated;  // libzip index -> bytes it inflated to (counted once)
    mutable qint64 m_inflatedTotal = 0;
    std::shared_ptr<struct zip> m_archive;  // read-only; used from one thread at a time
};

// Resolves a relationship target relative to the part that owns the relationship.
QString resolvePartName(const QString &sourcePart, const QString &target);

} // namespace Redliner::Docx
