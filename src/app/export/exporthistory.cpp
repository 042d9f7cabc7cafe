// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporthistory.h"

#include "docx/atomicwrite.h"
#include "docx/documentreader.h"
#include "docx/existingmarkup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

ExportHistory::ExportHistory(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/exports"_s
                      : directory)
{}

// The file name, not the folder: the answer usually comes back by mail and is saved elsewhere.
QString ExportHistory::fileFor(const QString &fileName) const
{
    const QByteArray key =
        QCryptographicHash::hash(fileName.toCaseFolded().toUtf8(), QCryptographicHash::Sha256).toHex();
    return m_directory + u"/"_s + QString::fromLatin1(key.left(32)) + u".json"_s;
}

QString ExportHistory::record(const QString &path, const QByteArray &bytes) const
{
    auto package = Docx::Package::fromBytes(bytes, path);
    if (!package)
        return package.error().toString();
    auto doc = Docx::DocumentReader::read(package.value());
    if (!doc)
        return doc.error().toString();
    auto markup = Docx::readExistingMarkup(doc.value());
    if (!markup)
        return markup.error().toString();
    QJsonArray changes;
    for (const Docx::ExistingChange &c : markup.value().changes) {
        if (c.kind == Docx::ExistingChange::Kind::FormatChange
            || c.kind == Docx::ExistingChange::Kind::ParagraphPropertyChange)
            continue; // the words stay the same
        changes.append(QJsonArray{c.originalStart, c.originalEnd});
    }
    const QString fileName = QFileInfo(path).fileName();
    const QJsonObject entry{{u"fileName"_s, fileName},
                            {u"exportedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                            {u"originalText"_s, markup.value().originalText},
                            {u"changes"_s, changes}};
    if (!QDir().mkpath(m_directory))
        return u"%1: the folder cannot be created"_s.arg(QDir::toNativeSeparators(m_directory));
    return Docx::writeFileAtomically(fileFor(fileName), QJsonDocument(entry).toJson(QJsonDocument::Compact));
}

std::optional<ExportHistory::Entry> ExportHistory::lookup(const QString &fileName) const
{
    QFile file(fileFor(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(u"fileName"_s).toString().toCaseFolded() != fileName.toCaseFolded())
        return std::nullopt; // unreadable, or another name with the same key
    Entry entry;
    entry.fileName = o.value(u"fileName"_s).toString();
    entry.exportedAt = QDateTime::fromString(o.value(u"exportedAt"_s).toString(), Qt::ISODate);
    entry.originalText = o.value(u"originalText"_s).toString();
    const qint32 length = qint32(entry.originalText.size());
    for (const QJsonValue &v : o.value(u"changes"_s).toArray()) {
        const QJsonArray r = v.toArray();
        const qint32 start = std::clamp(r.at(0).toInt(), 0, length);
        entry.changes.append({start, std::clamp(r.at(1).toInt(), start, length)});
    }
    return entry;
}

QString ExportHistory::clear() const
{
    QDir dir(m_directory);
    if (!dir.exists() || dir.removeRecursively())
        return {};
    return u"%1: the folder cannot be removed"_s.arg(QDir::toNativeSeparators(m_directory));
}

} // namespace Redliner::App
