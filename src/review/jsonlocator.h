// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace Redliner::Review {

// Where things are in a JSON text. QJsonDocument forgets positions, but a user fixing a hand-edited
// playbook needs the line of the field that is wrong, so this re-reads the (already validated) text
// and maps each JSON path to a line.
//
// Paths: "" is the root, "issues[3].severity" the key "severity" of the 4th element of "issues".
// Object members map to the line of their key; array elements to the line where the value starts.
class JsonLocator final
{
public:
    struct Position final {
        int line = 1;    // 1-based
        int column = 1;  // 1-based, in characters (UTF-8 sequences count once)
    };
    // A key given twice in one object. QJsonDocument silently keeps the last value, which hides a
    // mistake in a hand-edited file; the locator maps the path to the last one, like Qt.
    struct Duplicate final {
        QString path;
        int firstLine = 1;
        int line = 1;
    };

    explicit JsonLocator(QByteArrayView json);

    bool contains(const QString &path) const { return m_lines.contains(path); }
    // The line of path, or of its nearest ancestor that exists (a missing field is reported on the
    // line of the object that lacks it); 1 when nothing matches.
    int line(const QString &path) const;
    const QList<Duplicate> &duplicates() const { return m_duplicates; }

    // The line and column of a byte offset, as an editor shows them.
    static Position position(QByteArrayView json, qsizetype offset);

private:
    friend class JsonScanner;
    QHash<QString, int> m_lines;
    QList<Duplicate> m_duplicates;
};

// The parent of a path: "a.b[2].c" -> "a.b[2]" -> "a.b" -> "a" -> "".
QString parentJsonPath(const QString &path);

} // namespace Redliner::Review
