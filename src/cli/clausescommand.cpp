// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"
#include "commandline.h"
#include "commandfiles.h"

#include "docx/documentreader.h"
#include "review/clausesegmenter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;

namespace {

// A .txt or .md file is reviewed as plain text (one paragraph per line); anything else is a .docx.
bool isPlainText(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"txt" || suffix == u"text" || suffix == u"md" || suffix == u"markdown";
}

std::optional<TextDocument> readDocument(const QString &path, QString *error)
{
    if (isPlainText(path)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = path + u": "_s + file.errorString();
            return std::nullopt;
        }
        return TextDocument::fromPlainText(QString::fromUtf8(file.readAll()));
    }
    auto doc = Docx::DocumentReader::read(path);
    if (!doc) {
        *error = doc.error().toString();
        return std::nullopt;
    }
    return TextDocument::fromStory(doc.value().body);
}

QString field(const QString &value)
{
    return value.isEmpty() ? u"-"_s : value;
}

// The clause's opening words, on one line; its heading is already in its own column.
QString excerpt(const TextDocument &doc, const Clause &c)
{
    QString text = doc.text.mid(c.start, c.end - c.start).simplified();
    for (const QString &prefix : {c.label, c.heading}) {
        if (!prefix.isEmpty() && text.startsWith(prefix)) {
            text = text.mid(prefix.size());
            while (!text.isEmpty() && (text.front().isSpace() || QStringView(u".:-*_").contains(text.front())))
                text.remove(0, 1);
        }
    }
    return text.left(60);
}

QJsonObject toJson(const TextDocument &doc, const Clause &c)
{
    return QJsonObject{
        {u"id"_s, c.id},
        {u"kind"_s, clauseKindName(c.kind)},
        {u"label"_s, c.label},
        {u"heading"_s, c.heading},
        {u"level"_s, c.level},
        {u"parent"_s, c.parent},
        {u"start"_s, c.start},
        {u"end"_s, c.end},
        {u"text"_s, doc.text.mid(c.start, c.end - c.start)},
    };
}

} // namespace

// redliner-cli clauses IN.docx|IN.txt [--json]: the document's clauses, one per line.
int runClauses(const QStringList &args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"clauses"_s, u"List the clauses the reviewer sees."_s);
    parser.addPositionalArgument(u"IN"_s, u"A Word document, or a .txt/.md file read as plain text."_s);
    const QCommandLineOption json(u"json"_s, u"Print a JSON array of clause objects."_s);
    parser.addOption(json);
    const QString usage = u"usage: redliner-cli clauses IN.docx|IN.txt [--json]"_s;
    if (const auto done = parseCommandLine(parser, args, usage, io))
        return *done;
    if (parser.positionalArguments().size() != 2) {
        io.err << usage << Qt::endl;
        return UsageError;
    }
    CommandFiles files;
    files.addInput(u"the input"_s, parser.positionalArguments().at(1));
    if (const int refused = files.check(io); refused != Ok)
        return refused;
    QString error;
    const std::optional<TextDocument> doc = readDocument(parser.positionalArguments().at(1), &error);
    if (!doc) {
        io.err << error << Qt::endl;
        return InputError;
    }
    const QList<Clause> clauses = segmentClauses(*doc);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Clause &c : clauses)
            array.append(toJson(*doc, c));
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const Clause &c : clauses) {
            QString kind = clauseKindName(c.kind);
            kind[0] = kind[0].toUpper();
            io.out << c.id << u"  "_s << kind << u"  "_s << field(c.label) << u"  "_s << field(c.heading) << u"  ["_s
                   << c.start << u"-"_s << c.end << u"]  "_s << excerpt(*doc, c) << u"\n"_s;
        }
    }
    io.out.flush();
    return Ok;
}

} // namespace Redliner::Cli
