// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QHash>
#include <QStringList>
#include <QTest>

// The shared corpus (../shared beside the checkout) and the expectations checked in for it.
namespace CorpusPaths {

inline QString sharedDir()
{
    const QByteArray env = qgetenv("REDLINER_SHARED_DIR");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral(REDLINER_SHARED_DIR) : QString::fromLocal8Bit(env));
}

inline bool available()
{
    return QFileInfo::exists(sharedDir() + QStringLiteral("/corpus/docx"));
}

// Every .docx under corpus/docx and corpus/nda, as paths relative to corpus/.
inline QStringList docxFiles()
{
    QStringList files;
    const QString root = sharedDir() + QStringLiteral("/corpus");
    for (const QString &sub : {QStringLiteral("docx"), QStringLiteral("nda")}) {
        QDirIterator it(root + QLatin1Char('/') + sub, {QStringLiteral("*.docx")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(QDir(root).relativeFilePath(it.next()));
    }
    files.sort();
    return files;
}

inline QString absolute(const QString &relative)
{
    return sharedDir() + QStringLiteral("/corpus/") + relative;
}

// tests/docx/corpus-expectations.tsv: "path<TAB>kind<TAB>reason" lines; '#' starts a comment.
inline QHash<QString, QPair<QString, QString>> expectations()
{
    QHash<QString, QPair<QString, QString>> out;
    QFile file(QStringLiteral(REDLINER_SOURCE_DIR "/tests/docx/corpus-expectations.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() >= 3)
            out.insert(cols[0], {cols[1], cols[2]});
    }
    return out;
}

} // namespace CorpusPaths
