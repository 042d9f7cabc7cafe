// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicwrite.h"

#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;

namespace {

// Qt reports some failed flushes and closes (a full disk among them) as "Unknown error"; errno,
// read right after the failing call, still says what happened.
QString reason(const QSaveFile &file, int errorNumber)
{
    const QString qt = file.errorString();
    if (errorNumber != 0 && (qt.isEmpty() || qt.contains(u"Unknown error"_s, Qt::CaseInsensitive)))
        return QString::fromLocal8Bit(std::strerror(errorNumber));
    if (!qt.isEmpty() && !qt.contains(u"Unknown error"_s, Qt::CaseInsensitive))
        return qt;
    switch (file.error()) {
    case QFileDevice::ResourceError: return u"no space left on device, or another resource ran out"_s;
    case QFileDevice::PermissionsError: return u"permission denied"_s;
    case QFileDevice::OpenError: return u"cannot be created"_s;
    default: return u"the write failed"_s;
    }
}

} // namespace

QString writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return reason(file, errno);
    errno = 0;
    if (file.write(bytes) != bytes.size())
        return reason(file, errno);
    return commitAtomically(file);
}

QString commitAtomically(QSaveFile &file)
{
    // QSaveFile::commit() links the file in place even when the flush inside it fails (Qt 6.4
    // checks only errors of write() itself): flush first, so a full disk never leaves a truncated file.
    errno = 0;
    if (!file.flush())
        return reason(file, errno);
    errno = 0;
    if (!file.commit())
        return reason(file, errno);
    return {};
}

} // namespace Redliner::Docx
