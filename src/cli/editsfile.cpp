// SPDX-License-Identifier: GPL-3.0-or-later
#include "editsfile.h"

#include "docx/textsearch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

// Thousands of edits fit in a few hundred KiB; anything near this is the wrong file.
constexpr qint64 MaxEditsBytes = 16 * 1024 * 1024;

// Line and column of a byte offset, for JSON syntax errors.
QString place(const QByteArray &bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return u"%1:%2"_s.arg(line).arg(column);
}

} // namespace

bool readEditsFile(const QString &path, QList<EditRequest> &edits, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = path + u": cannot be opened: "_s + file.errorString();
        return false;
    }
    // Bounded even for a regular file that grows while it is read.
    const QByteArray bytes = file.read(MaxEditsBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        error = path + u": cannot be read: "_s + file.errorString();
        return false;
    }
    if (bytes.size() > MaxEditsBytes) {
        error = path + u": larger than %1 MiB; is this the edits file?"_s.arg(MaxEditsBytes / (1024 * 1024));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = path + u":"_s + place(bytes, parseError.offset) + u": not valid JSON: "_s + parseError.errorString();
        return false;
    }
    if (!json.isArray()) {
        error = path + u": must be a JSON array of edits, e.g. [{\"find\": \"five (5) years\", \"replace\": \"three (3) years\"}]"_s;
        return false;
    }
    const QJsonArray array = json.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = path + u": edit #%1"_s.arg(i + 1);
        if (!array[i].isObject()) {
            error = where + u" is not an object"_s;
            return false;
        }
        const QJsonObject o = array[i].toObject();
        static const QStringList known{u"find"_s, u"after"_s, u"replace"_s, u"comment"_s, u"occurrence"_s};
        for (const QString &key : o.keys()) {
            if (!known.contains(key)) {
                error = where + u": unknown field \""_s + key + u"\" (known: find, after, replace, comment, occurrence)"_s;
                return false;
            }
        }
        for (const QString &key : {u"find"_s, u"after"_s, u"replace"_s, u"comment"_s}) {
            if (o.contains(key) && !o.value(key).isString()) {
                error = where + u": field \""_s + key + u"\" must be a string"_s;
                return false;
            }
        }
        EditRequest e;
        e.find = o.value(u"find"_s).toString();
        e.after = o.value(u"after"_s).toString();
        e.replace = o.value(u"replace"_s).toString();
        e.comment = o.value(u"comment"_s).toString();
        if (o.contains(u"occurrence"_s)) {
            const QJsonValue v = o.value(u"occurrence"_s);
            if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(v.toInt())) {
                error = where + u": field \"occurrence\" must be a whole number from 1"_s;
                return false;
            }
            e.occurrence = v.toInt();
        }
        if (e.find.isEmpty() && e.after.isEmpty()) {
            error = where + u": needs \"find\" (text to change) or \"after\" (text to insert after)"_s;
            return false;
        }
        if (!e.find.isEmpty() && !e.after.isEmpty()) {
            error = where + u": give either \"find\" or \"after\", not both"_s;
            return false;
        }
        if (e.find.isEmpty() && e.replace.isEmpty()) {
            error = where + u": an insertion (\"after\") needs the text to insert in \"replace\""_s;
            return false;
        }
        edits.append(e);
    }
    return true;
}

bool anchorEdit(const EditRequest &request, QStringView text, Docx::Edit &edit, QString &error)
{
    const QString &needle = request.find.isEmpty() ? request.after : request.find;
    const Docx::TextMatch match = Docx::findOccurrence(text, needle, request.occurrence);
    if (!match.found()) {
        const int count = Docx::countOccurrences(text, needle);
        error = count == 0 ? u"\""_s + needle + u"\" does not occur in the document"_s
                           : u"\""_s + needle + u"\" occurs %1 time(s), not %2"_s.arg(count).arg(request.occurrence);
        return false;
    }
    edit.comment = request.comment;
    edit.text = request.replace;
    if (request.find.isEmpty()) {
        edit.start = edit.end = match.end;
    } else {
        edit.start = match.start;
        edit.end = match.end;
    }
    return true;
}

} // namespace Redliner::Cli
