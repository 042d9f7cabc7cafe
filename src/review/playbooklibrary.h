// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playbook.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Redliner::Review {

// One saved version of a user playbook: who saved it, when, and what changed from the one before.
struct PlaybookRevision final {
    QString version;
    QDateTime savedAt; // UTC
    QString savedBy;
    QString sha256;      // of the file as saved: what a review report records
    QStringList changes; // describeDifference() lines; the first revision says where it came from
};

// A playbook in the library: the built-in one (read-only, path ":/playbooks/nda-default.json") or a
// user's file. A user file that no longer loads is listed with its error rather than hidden.
struct PlaybookEntry final {
    QString path;
    bool builtin = false;
    Playbook playbook; // empty when error is set
    QString error;     // the loader's message
};

// The user's playbooks, one JSON file each in a directory (by default the application data
// directory's "playbooks"). Every save is validated, atomic (QSaveFile), bumps the version if the
// content changed and the user did not set one, keeps a copy of each version and appends to the
// playbook's history. The directory also records the default playbook for each side.
//
//   DIR/acme-nda.json                   the playbook, as the loader reads it
//   DIR/.history/acme-nda.json          its revisions, newest last
//   DIR/.history/acme-nda/1.0.3.json    the file as saved at version 1.0.3
//   DIR/.defaults.json                  {"receiving": "acme-nda.json", ...}; absent: the built-in
class PlaybookLibrary final {
public:
    explicit PlaybookLibrary(const QString &directory = defaultDirectory());
    static QString defaultDirectory(); // QStandardPaths::AppDataLocation + "/playbooks"
    QString directory() const { return m_directory; }

    // The built-in playbook first, then the user's sorted by name.
    QList<PlaybookEntry> entries() const;

    // Saves a playbook: over the file at *path when it is given and in this library, or else as a
    // new file named after the playbook (its path is returned in *path). Refuses, with the loader's
    // message, anything the loader would refuse, and refuses to write over the built-in.
    // `origin` is the first history line of a new file ("duplicated from X 1.0.0"). An empty
    // savedBy is the user the program runs as. Saving what is already saved adds no revision.
    bool save(Playbook playbook, const QString &savedBy, QString *path, QString *error,
              const QString &origin = QString());

    // Copies a playbook file into the library byte for byte (so its SHA-256 stays the same),
    // after validating it; a clash of file names gets "-2".
    bool importFile(const QString &source, QString *path, QString *error, const QString &savedBy = QString());
    // Writes the playbook at `path` (library or built-in) to `destination`, atomically.
    static bool exportFile(const QString &path, const QString &destination, QString *error);
    // Deletes a user playbook with its history; the built-in cannot be removed.
    bool remove(const QString &path, QString *error);

    QList<PlaybookRevision> history(const QString &path) const;
    // The file as saved at a version, or empty if no copy of it is kept.
    QByteArray versionBytes(const QString &path, const QString &version) const;

    // The default playbook for a side: a path in this library, or the built-in's path.
    QString defaultFor(Side side) const;
    bool setDefaultFor(Side side, const QString &path, QString *error);

    // "1.0.3" -> "1.0.4"; "2" -> "3"; "draft" -> "draft.1".
    static QString nextVersion(const QString &version);
    // The user the program runs as, for "saved by" when no author name is set.
    static QString currentUser();

private:
    QString historyFile(const QString &path) const;
    QString versionFile(const QString &path, const QString &version) const;
    QString defaultsFile() const;
    QJsonObject readDefaults() const; // as written: file names per side name
    QString newFilePath(const QString &name) const;
    bool contains(const QString &path) const;
    bool record(const QString &path, const QByteArray &bytes, const PlaybookRevision &revision, QString *error);

    QString m_directory;
};

} // namespace Redliner::Review
