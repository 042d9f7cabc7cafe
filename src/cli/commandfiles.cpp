// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfiles.h"

#include "docx/documentreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <optional>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

// What stat() says about a path, symbolic links followed; errorNumber set when it failed.
struct Status {
    int errorNumber = 0;
    struct stat info {};
};

Status statusOf(const QString &path)
{
    Status s;
    if (::stat(QFile::encodeName(path).constData(), &s.info) != 0)
        s.errorNumber = errno;
    return s;
}

QString systemReason(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

QString typeName(mode_t mode)
{
    if (S_ISDIR(mode))
        return u"a directory"_s;
    if (S_ISCHR(mode))
        return u"a character device"_s;
    if (S_ISBLK(mode))
        return u"a block device"_s;
    if (S_ISFIFO(mode))
        return u"a FIFO (named pipe)"_s;
    if (S_ISSOCK(mode))
        return u"a socket"_s;
    return u"not a regular file"_s;
}

// Where a file is, whether or not it exists yet: device and inode for an existing one; for one
// that does not exist, the canonical directory it would be created in and its name (a dangling
// symbolic link stands for its target, which is where QSaveFile would write).
struct Identity {
    bool exists = false;
    dev_t device = 0;
    ino_t inode = 0;
    QString location;

    bool operator==(const Identity &o) const
    {
        if (exists != o.exists)
            return false;
        return exists ? device == o.device && inode == o.inode : location == o.location;
    }
};

Identity identityOf(const QString &path, const Status &status)
{
    Identity id;
    if (status.errorNumber == 0) {
        id.exists = true;
        id.device = status.info.st_dev;
        id.inode = status.info.st_ino;
        return id;
    }
    QFileInfo info(path);
    if (info.isSymLink())
        info = QFileInfo(info.symLinkTarget());
    const QString dir = QDir(info.absolutePath()).canonicalPath();
    id.location = (dir.isEmpty() ? QDir::cleanPath(info.absolutePath()) : dir) + u'/' + info.fileName();
    return id;
}

} // namespace

QString whyNotARegularFile(const QString &path)
{
    const Status s = statusOf(path);
    if (s.errorNumber == ENOENT)
        return QFileInfo(path).isSymLink() ? u"is a symbolic link to a file that does not exist"_s : u"no such file"_s;
    if (s.errorNumber != 0)
        return systemReason(s.errorNumber);
    if (!S_ISREG(s.info.st_mode))
        return u"is "_s + typeName(s.info.st_mode) + u", not a regular file"_s;
    return {};
}

void CommandFiles::addInput(const QString &role, const QString &path)
{
    m_entries.append({Kind::Input, role, path});
}

void CommandFiles::addOutput(const QString &role, const QString &path)
{
    m_entries.append({Kind::Output, role, path});
}

void CommandFiles::addOutputDirectory(const QString &role, const QString &path)
{
    m_entries.append({Kind::OutputDirectory, role, path});
}

int CommandFiles::check(Streams io) const
{
    QList<Identity> identities;
    for (const Entry &e : m_entries) {
        const Status s = statusOf(e.path);
        switch (e.kind) {
        case Kind::Input:
            if (const QString why = whyNotARegularFile(e.path); !why.isEmpty()) {
                io.err << e.path << u": "_s << why << u" ("_s << e.role << u"). Nothing was read or written."_s << Qt::endl;
                return InputError;
            }
            break;
        case Kind::Output:
            if (s.errorNumber == 0 && !S_ISREG(s.info.st_mode)) {
                io.err << e.path << u": is "_s << typeName(s.info.st_mode) << u", not a regular file ("_s << e.role
                       << u"); Redliner only writes regular files and would replace it. Nothing was written."_s
                       << Qt::endl;
                return OutputError;
            }
            break;
        case Kind::OutputDirectory:
            if (s.errorNumber == 0 && !S_ISDIR(s.info.st_mode)) {
                io.err << e.path << u": is "_s << typeName(s.info.st_mode) << u", not a directory ("_s << e.role
                       << u"). Nothing was written."_s << Qt::endl;
                return OutputError;
            }
            break;
        }
        identities.append(e.kind == Kind::OutputDirectory ? Identity{} : identityOf(e.path, s));
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            const Entry &a = m_entries.at(j);
            const Entry &b = m_entries.at(i);
            // Reading one file twice is harmless; writing one that is read or written elsewhere is not.
            if (a.kind == Kind::OutputDirectory || b.kind == Kind::OutputDirectory
                || (a.kind == Kind::Input && b.kind == Kind::Input) || !(identities.at(i) == identities.at(j)))
                continue;
            io.err << b.path << u" ("_s << b.role << u") and "_s << a.path << u" ("_s << a.role
                   << u") are the same file; Redliner never writes over an input or one output over another. "
                      "Choose another name for "_s
                   << (b.kind == Kind::Output ? b.role : a.role) << u". Nothing was written."_s << Qt::endl;
            return InputError;
        }
    }
    return Ok;
}

bool readWithMarkup(const QString &path, QTextStream &err, Docx::Document *doc, Docx::ExistingMarkup *markup)
{
    auto read = Docx::DocumentReader::read(path);
    if (!read) {
        err << read.error().toString() << Qt::endl;
        return false;
    }
    auto found = Docx::readExistingMarkup(read.value());
    if (!found) {
        err << found.error().toString() << Qt::endl;
        return false;
    }
    *doc = std::move(read).value();
    *markup = std::move(found).value();
    return true;
}

} // namespace Redliner::Cli
