// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

// Words as ../shared/tools/pandoc-words compares them: whitespace-separated (Unicode
// whitespace, as Python's str.split), objects (U+FFFC placeholders) are not words.
namespace WordList {

inline QStringList split(QStringView text)
{
    QStringList words;
    QString current;
    for (QChar c : text) {
        if (c == QChar(0xFFFC))
            continue;
        if (c.isSpace() || c == QChar(0x1C) || c == QChar(0x1D) || c == QChar(0x1E) || c == QChar(0x1F)) {
            if (!current.isEmpty())
                words.append(std::exchange(current, QString()));
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

inline bool havePandoc()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pandoc")).isEmpty();
}

// pandoc's words of a .docx; ok false when pandoc cannot read the file.
inline QStringList pandocWords(const QString &pandocWordsTool, const QString &docx, const QString &mode, bool *ok)
{
    QProcess p;
    p.start(QStringLiteral("python3"), {pandocWordsTool, docx, QStringLiteral("--track-changes=") + mode});
    p.waitForFinished(120000);
    *ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return split(QString::fromUtf8(p.readAllStandardOutput()));
}

// The first place two word lists differ, for failure messages.
inline QString firstDifference(const QStringList &expected, const QStringList &actual)
{
    qsizetype i = 0;
    while (i < expected.size() && i < actual.size() && expected[i] == actual[i])
        ++i;
    auto context = [&](const QStringList &l) { return l.mid(qMax<qsizetype>(0, i - 3), 8).join(QLatin1Char(' ')); };
    return QStringLiteral("word %1 of %2/%3: expected «%4», got «%5»")
        .arg(i).arg(expected.size()).arg(actual.size()).arg(context(expected), context(actual));
}

} // namespace WordList
