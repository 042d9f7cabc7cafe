// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Redliner::App {

// What Redliner last exported under each file name: the exported file's original reading (every
// tracked change rejected) and where its tracked changes lie in it. When a file of that name is
// opened again (the other side's answer), the two readings show what changed with tracking off.
// One small JSON file per name in the application data directory, written atomically; nothing
// leaves the machine.
class ExportHistory final {
public:
    struct Entry {
        QString fileName;
        QDateTime exportedAt; // UTC
        QString originalText;
        QList<std::pair<qint32, qint32>> changes; // [start, end) in originalText
    };

    explicit ExportHistory(const QString &directory = {}); // default: AppDataLocation/exports

    // Remembers the file just written at `path` (its bytes); empty, or why it could not.
    QString record(const QString &path, const QByteArray &bytes) const;
    std::optional<Entry> lookup(const QString &fileName) const;
    // Forgets every export (the user turned remembering off); empty, or why it could not.
    QString clear() const;
    QString directory() const { return m_directory; }

private:
    QString fileFor(const QString &fileName) const;

    QString m_directory;
};

} // namespace Redliner::App
