// SPDX-License-Identifier: GPL-3.0-or-later
//
// The user's playbooks on disk: validated, atomic saves with a version and a history per file, so
// that a report's "playbook X, version 1.0.4, SHA-256 ..." can always be traced back to the exact
// positions it was reviewed against.

#include "playbooklibrary.h"

#include "playbookdiff.h"
#include "playbookwriter.h"

#include "docx/atomicwrite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::Review {

namespace {

constexpr qint64 MaxHistoryBytes = 16 * 1024 * 1024;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The project's atomic write (which also refuses a file whose final flush failed), with the folder
// made first and the message in the library's form.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QString why;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        why = u"cannot create the folder"_s;
    else
        why = Docx::writeFileAtomically(path, bytes);
    if (why.isEmpty())
        return true;
    if (error)
        *error = path + u": cannot write: "_s + why;
    return false;
}

QByteArray readSmall(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(limit);
}

// A playbook's name as a file name a person recognises: "ACME – NDA (2026)" -> "acme-nda-2026".
QString slug(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
        else if (!out.isEmpty() && !out.endsWith(u'-') && (c.isSpace() || c.isPunct() || c.isSymbol()))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    out.truncate(60);
    return out.isEmpty() ? u"playbook"_s : out;
}

// A version as part of a file name. A version that is already a safe, lower-case name is used as
// it is ("1.0.3.json"); any other is named by a hash of it, so that "1.0/3" and "1.0_3", or "A" and
// "a" on a case-insensitive disk, never share a copy.
QString versionFileName(const QString &version)
{
    static const QRegularExpression plain(u"^[a-z0-9][a-z0-9._-]*$"_s);
    if (plain.match(version).hasMatch())
        return version + u".json"_s;
    const QByteArray hash = QCryptographicHash::hash(version.toUtf8(), QCryptographicHash::Sha256).toHex();
    return u"_"_s + QString::fromLatin1(hash.left(16)) + u".json"_s; // "_": no plain version starts so
}

// A name .defaults.json may give: a playbook file of the library itself, nothing that leads
// elsewhere ("../x.json") or into the library's own bookkeeping (".history").
bool isPlaybookFileName(const QString &fileName)
{
    return fileName.endsWith(u".json"_s) && !fileName.startsWith(u'.') && !fileName.contains(u'/')
           && !fileName.contains(u'\\');
}

QJsonObject revisionJson(const PlaybookRevision &revision)
{
    return {{u"version"_s, revision.version},
            {u"saved_at"_s, revision.savedAt.toUTC().toString(Qt::ISODate)},
            {u"saved_by"_s, revision.savedBy},
            {u"sha256"_s, revision.sha256},
            {u"changes"_s, QJsonArray::fromStringList(revision.changes)}};
}

PlaybookRevision revisionFrom(const QJsonObject &object)
{
    PlaybookRevision revision;
    revision.version = object.value(u"version"_s).toString();
    revision.savedAt = QDateTime::fromString(object.value(u"saved_at"_s).toString(), Qt::ISODate);
    revision.savedBy = object.value(u"saved_by"_s).toString();
    revision.sha256 = object.value(u"sha256"_s).toString();
    for (const QJsonValue &change : object.value(u"changes"_s).toArray())
        revision.changes.append(change.toString());
    return revision;
}

} // namespace

PlaybookLibrary::PlaybookLibrary(const QString &directory) : m_directory(QDir(directory).absolutePath()) {}

QString PlaybookLibrary::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/playbooks"_s;
}

QString PlaybookLibrary::currentUser()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    return u"unknown"_s;
}

QString PlaybookLibrary::nextVersion(const QString &version)
{
    static const QRegularExpression lastNumber(u"(\\d+)$"_s);
    const QRegularExpressionMatch match = lastNumber.match(version);
    if (!match.hasMatch())
        return version.isEmpty() ? u"1"_s : version + u".1"_s;
    bool ok = false;
    const qulonglong number = match.captured(1).toULongLong(&ok);
    if (!ok) // more digits than a number holds: start a new component rather than overflow
        return version + u".1"_s;
    return version.left(match.capturedStart(1)) + QString::number(number + 1);
}

bool PlaybookLibrary::contains(const QString &path) const
{
    const QFileInfo info(path);
    return !path.startsWith(u':') && info.absolutePath() == m_directory && info.suffix() == u"json"
           && !info.fileName().startsWith(u'.');
}

QString PlaybookLibrary::historyFile(const QString &path) const
{
    return m_directory + u"/.history/"_s + QFileInfo(path).fileName();
}

QString PlaybookLibrary::versionFile(const QString &path, const QString &version) const
{
    return m_directory + u"/.history/"_s + QFileInfo(path).completeBaseName() + u'/' + versionFileName(version);
}

QJsonObject PlaybookLibrary::readDefaults() const
{
    return QJsonDocument::fromJson(readSmall(defaultsFile(), 1024 * 1024)).object();
}

QString PlaybookLibrary::defaultsFile() const
{
    return m_directory + u"/.defaults.json"_s;
}

QString PlaybookLibrary::newFilePath(const QString &name) const
{
    const QString stem = slug(name);
    QString path = m_directory + u'/' + stem + u".json"_s;
    // A history left behind by a removed file of the same name is not this playbook's either.
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(historyFile(path)); ++n)
        path = m_directory + u'/' + stem + u'-' + QString::number(n) + u".json"_s;
    return path;
}

QList<PlaybookEntry> PlaybookLibrary::entries() const
{
    QList<PlaybookEntry> user;
    const QDir dir(m_directory);
    for (const QString &fileName : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        if (!isPlaybookFileName(fileName))
            continue; // .defaults.json: dot files are not hidden everywhere
        PlaybookEntry entry;
        entry.path = dir.filePath(fileName);
        if (!Playbook::load(entry.path, &entry.playbook, &entry.error))
            entry.playbook = Playbook();
        user.append(entry);
    }
    std::stable_sort(user.begin(), user.end(), [](const PlaybookEntry &a, const PlaybookEntry &b) {
        const QString &x = a.error.isEmpty() ? a.playbook.name : QFileInfo(a.path).fileName();
        const QString &y = b.error.isEmpty() ? b.playbook.name : QFileInfo(b.path).fileName();
        return QString::localeAwareCompare(x, y) < 0;
    });
    PlaybookEntry builtin;
    builtin.path = Playbook::builtinPath();
    builtin.builtin = true;
    builtin.playbook = Playbook::builtin();
    user.prepend(builtin);
    return user;
}

bool PlaybookLibrary::record(const QString &path, const QByteArray &bytes, const PlaybookRevision &revision,
                             QString *error)
{
    // The history is read first (an unreadable one moved aside), then the copy of this version is
    // written, then the playbook, then the history: a failure part way leaves at worst a copy
    // nothing points at, never a history naming a version that was not saved.
    QJsonArray revisions;
    const QString history = historyFile(path);
    if (QFileInfo::exists(history)) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(readSmall(history, MaxHistoryBytes + 1), &parseError);
        if (parseError.error == QJsonParseError::NoError && document.isArray()) {
            revisions = document.array();
        } else {
            // Never thrown away: an unreadable history is put aside and the new one says where.
            const QString stem =
                history + u".unreadable-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddThhmmsszzz"_s);
            QString aside = stem;
            for (int n = 2; QFileInfo::exists(aside); ++n)
                aside = stem + u'-' + QString::number(n);
            if (!QFile::rename(history, aside)) {
                if (error)
                    *error = history + u": the history cannot be read, nor moved aside; nothing was saved"_s;
                return false;
            }
            // A note, not a version: no version was saved by it.
            revisions.append(revisionJson(
                {QString(),
                 revision.savedAt,
                 revision.savedBy,
                 QString(),
                 {u"the earlier history could not be read; it is kept as "_s + QFileInfo(aside).fileName()}}));
        }
    }
    if (!writeAtomically(versionFile(path, revision.version), bytes, error))
        return false;
    if (!writeAtomically(path, bytes, error))
        return false;
    revisions.append(revisionJson(revision));
    return writeAtomically(history, QJsonDocument(revisions).toJson(QJsonDocument::Indented), error);
}

bool PlaybookLibrary::save(Playbook playbook, const QString &savedBy, QString *path, QString *error,
                           const QString &origin)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QString target = path ? *path : QString();
    if (target == Playbook::builtinPath())
        return fail(u"The built-in playbook is read-only: duplicate it to make your own."_s);
    if (!target.isEmpty() && !contains(target))
        return fail(target + u": not a playbook of the library in "_s + m_directory);
    if (!target.isEmpty())
        target = QFileInfo(target).absoluteFilePath();

    Playbook previous;
    const bool existed = !target.isEmpty() && QFileInfo::exists(target);
    const bool previousLoads = existed && Playbook::load(target, &previous, nullptr);
    QStringList changes;
    if (previousLoads) {
        // Only the content decides whether this is a new version; the version itself is the
        // user's to set, and bumped for them when they did not.
        Playbook sameVersion = playbook;
        sameVersion.version = previous.version;
        for (const PlaybookDifference &difference : diffPlaybooks(previous, sameVersion))
            changes.append(describeDifference(difference));
        if (changes.isEmpty() && playbook.version == previous.version)
            return true; // nothing to save
        if (playbook.version == previous.version)
            playbook.version = nextVersion(previous.version);
        else if (changes.isEmpty())
            changes.append(u"version: "_s + previous.version + u" -> "_s + playbook.version);
    } else if (existed) {
        changes.append(u"replaced a file that did not load"_s);
    } else {
        changes.append(origin.isEmpty() ? u"created"_s : origin);
    }

    if (target.isEmpty())
        target = newFilePath(playbook.name);
    const QByteArray bytes = playbookJson(playbook);
    if (!Playbook::parse(bytes, QFileInfo(target).fileName(), nullptr, error))
        return false;
    for (const PlaybookRevision &earlier : history(target)) {
        if (earlier.version == playbook.version)
            return fail(u"Version %1 of this playbook was already saved on %2; give this one a new version."_s.arg(
                playbook.version, earlier.savedAt.toString(Qt::ISODate)));
    }

    const PlaybookRevision revision{playbook.version, QDateTime::currentDateTimeUtc(),
                                    savedBy.isEmpty() ? currentUser() : savedBy, sha256(bytes), changes};
    if (!record(target, bytes, revision, error))
        return false;
    if (path)
        *path = target;
    return true;
}

bool PlaybookLibrary::importFile(const QString &source, QString *path, QString *error, const QString &savedBy)
{
    Playbook playbook;
    if (!Playbook::load(source, &playbook, error))
        return false;
    const QByteArray bytes = readSmall(source, 64 * 1024 * 1024);
    if (sha256(bytes) != playbook.sha256) { // changed between the two reads
        if (error)
            *error = source + u": changed while it was being imported; try again"_s;
        return false;
    }
    const QString target = newFilePath(playbook.name);
    const PlaybookRevision revision{playbook.version,
                                    QDateTime::currentDateTimeUtc(),
                                    savedBy.isEmpty() ? currentUser() : savedBy,
                                    playbook.sha256,
                                    {u"imported from "_s + QFileInfo(source).fileName()}};
    if (!record(target, bytes, revision, error))
        return false;
    if (path)
        *path = target;
    return true;
}

bool PlaybookLibrary::exportFile(const QString &path, const QString &destination, QString *error)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(destination).absoluteFilePath()) {
        if (error)
            *error = destination + u": is the playbook itself; choose another file"_s;
        return false;
    }
    Playbook playbook;
    if (!Playbook::load(path, &playbook, error))
        return false;
    return writeAtomically(destination, readSmall(path, 64 * 1024 * 1024), error);
}

bool PlaybookLibrary::remove(const QString &path, QString *error)
{
    if (path == Playbook::builtinPath() || !contains(path)) {
        if (error)
            *error = path + u": only playbooks of the library can be removed, never the built-in one"_s;
        return false;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = path + u": cannot remove the file"_s;
        return false;
    }
    // The defaults read as written, not through defaultFor(): once the file is gone that says
    // "built-in", and a later playbook of the same file name would silently become the default.
    QJsonObject defaults = readDefaults();
    bool wasDefault = false;
    for (Side side : {Side::Receiving, Side::Disclosing, Side::Mutual}) {
        if (defaults.value(sideName(side)).toString() == QFileInfo(path).fileName()) {
            defaults.remove(sideName(side));
            wasDefault = true;
        }
    }
    if (wasDefault && !writeAtomically(defaultsFile(), QJsonDocument(defaults).toJson(QJsonDocument::Indented), error))
        return false;
    QFile::remove(historyFile(path));
    QDir(QFileInfo(versionFile(path, u"x"_s)).absolutePath()).removeRecursively();
    return true;
}

QList<PlaybookRevision> PlaybookLibrary::history(const QString &path) const
{
    QList<PlaybookRevision> out;
    for (const QJsonValue &value : QJsonDocument::fromJson(readSmall(historyFile(path), MaxHistoryBytes)).array())
        out.append(revisionFrom(value.toObject()));
    return out;
}

QByteArray PlaybookLibrary::versionBytes(const QString &path, const QString &version) const
{
    return readSmall(versionFile(path, version), 64 * 1024 * 1024);
}

QString PlaybookLibrary::defaultFor(Side side) const
{
    const QJsonObject defaults = readDefaults();
    const QString fileName = defaults.value(sideName(side)).toString();
    const QString path = m_directory + u'/' + fileName;
    if (!isPlaybookFileName(fileName) || !QFileInfo::exists(path))
        return Playbook::builtinPath();
    return path;
}

bool PlaybookLibrary::setDefaultFor(Side side, const QString &path, QString *error)
{
    QJsonObject defaults = readDefaults();
    if (path.isEmpty() || path == Playbook::builtinPath()) {
        defaults.remove(sideName(side));
    } else if (!contains(path) || !QFileInfo::exists(path)) {
        if (error)
            *error = path + u": only a playbook of the library can be a default"_s;
        return false;
    } else {
        defaults.insert(sideName(side), QFileInfo(path).fileName());
    }
    return writeAtomically(defaultsFile(), QJsonDocument(defaults).toJson(QJsonDocument::Indented), error);
}

} // namespace Redliner::Review
