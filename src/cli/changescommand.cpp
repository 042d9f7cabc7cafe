// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"
#include "commandfiles.h"
#include "commandline.h"

#include "docx/documentreader.h"
#include "docx/existingmarkup.h"
#include "review/clausesegmenter.h"
#include "review/textparagraph.h"
#include "review/theirchanges.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;

namespace {

// Quoted on one line, and shortened: a change can be a whole clause.
QString quoted(const QString &text)
{
    QString line = text.simplified();
    constexpr qsizetype limit = 120;
    if (line.size() > limit)
        line = line.left(limit - 1) + QChar(0x2026);
    return u'"' + line + u'"';
}

QString whoAndWhen(const QJsonObject &o)
{
    const QString author = o.value(u"author"_s).toString();
    const QString date = o.value(u"date"_s).toString();
    QString out = author.isEmpty() ? u"(no author)"_s : author;
    if (!date.isEmpty())
        out += u", "_s + date;
    return out;
}

QString where(const QJsonObject &o)
{
    // "clause 4(b)"; a clause without a number is named by its kind ("preamble").
    const QString label = o.value(u"clauseLabel"_s).toString();
    if (label.isEmpty())
        return u"outside the clauses"_s;
    return label.front().isDigit() || label.front() == u'(' ? u"clause "_s + label : label;
}

void printText(const QJsonObject &markup, QTextStream &out)
{
    const QJsonArray changes = markup.value(u"changes"_s).toArray();
    const QJsonArray comments = markup.value(u"comments"_s).toArray();
    if (changes.isEmpty() && comments.isEmpty()) {
        out << u"No tracked changes and no comments.\n"_s;
        return;
    }
    out << u"Tracked changes: "_s << changes.size() << u"\n"_s;
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        const QString before = c.value(u"before"_s).toString();
        const QString after = c.value(u"after"_s).toString();
        out << u"  "_s << c.value(u"kind"_s).toString() << u"  "_s << whoAndWhen(c) << u"  "_s << where(c) << u"\n"_s;
        if (before == after) {
            if (!before.isEmpty())
                out << u"      on "_s << quoted(before) << u"\n"_s;
        } else {
            if (!before.isEmpty())
                out << u"      - "_s << quoted(before) << u"\n"_s;
            if (!after.isEmpty())
                out << u"      + "_s << quoted(after) << u"\n"_s;
        }
    }
    out << u"Comments: "_s << comments.size() << u"\n"_s;
    for (const QJsonValue &v : comments) {
        const QJsonObject c = v.toObject();
        const bool reply = !c.value(u"parent"_s).isNull();
        out << (reply ? u"      reply  "_s : u"  "_s) << whoAndWhen(c);
        if (!reply)
            out << u"  "_s << where(c);
        if (c.value(u"done"_s).toBool())
            out << u"  (resolved)"_s;
        out << u"\n"_s;
        const QString anchor = c.value(u"anchorText"_s).toString();
        if (!reply && !anchor.isEmpty())
            out << u"      on "_s << quoted(anchor) << u"\n"_s;
        out << (reply ? u"        "_s : u"      "_s) << quoted(c.value(u"text"_s).toString()) << u"\n"_s;
    }
}

} // namespace

// redliner-cli changes IN.docx [--json]: the tracked changes and comments already in the body.
int runChanges(const QStringList &args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"changes"_s, u"List the tracked changes and comments already in the document."_s);
    parser.addPositionalArgument(u"IN"_s, u"A Word document."_s);
    const QCommandLineOption json(u"json"_s, u"Print {\"changes\": [...], \"comments\": [...]} as JSON."_s);
    parser.addOption(json);
    const QString usage = u"usage: redliner-cli changes IN.docx [--json]"_s;
    if (const auto done = parseCommandLine(parser, args, usage, io))
        return *done;
    if (parser.positionalArguments().size() != 2) {
        io.err << usage << Qt::endl;
        return UsageError;
    }
    const QString input = parser.positionalArguments().at(1);
    CommandFiles files;
    files.addInput(u"the input"_s, input);
    if (const int refused = files.check(io); refused != Ok)
        return refused;
    Docx::Document document;
    Docx::ExistingMarkup found;
    if (!readWithMarkup(input, io.err, &document, &found))
        return InputError;
    const TextDocument text = TextDocument::fromStory(document.body);
    const QJsonObject result = theirMarkupJson(found, text.text, segmentClauses(text));
    if (parser.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    else
        printText(result, io.out);
    io.out.flush();
    return Ok;
}

} // namespace Redliner::Cli
