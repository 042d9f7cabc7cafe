// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

QStringList collectDocxFiles(const QStringList &inputs, const QString &skipUnder)
{
    const QString out = skipUnder.isEmpty() ? QString() : QFileInfo(skipUnder).absoluteFilePath() + u'/';
    const auto ours = [&](const QFileInfo &f) {
        return f.fileName().startsWith(u"~$"_s) || f.fileName().endsWith(QStringView(RedlineSuffix))
               || (!out.isEmpty() && f.absoluteFilePath().startsWith(out));
    };
    QStringList files;
    QSet<QString> seen;
    const auto add = [&](const QString &path) {
        const QString key = QFileInfo(path).absoluteFilePath();
        if (!seen.contains(key)) {
            seen.insert(key);
            files.append(path);
        }
    };
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (!info.isDir()) {
            add(input); // a missing or unreadable file is a failed row, with the reason
            continue;
        }
        QStringList found;
        QDirIterator it(input, {u"*.docx"_s, u"*.DOCX"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo f(it.next());
            if (!ours(f))
                found.append(f.filePath());
        }
        std::sort(found.begin(), found.end());
        for (const QString &f : std::as_const(found))
            add(f);
    }
    return files;
}

QStringList outputBaseNames(const QStringList &files)
{
    QStringList names;
    QSet<QString> taken;
    for (const QString &file : files) {
        const QString base = QFileInfo(file).completeBaseName();
        QString name = base;
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = u"%1 (%2)"_s.arg(base).arg(n);
        taken.insert(name.toLower());
        names.append(name);
    }
    return names;
}

} // namespace Redliner::Llm
