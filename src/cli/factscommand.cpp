// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"
#include "commandline.h"
#include "commandfiles.h"

#include "docx/documentreader.h"
#include "review/clausesegmenter.h"
#include "review/factextractor.h"
#include "review/reviewreport.h"
#include "review/textparagraph.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;
using Review::Clause;
using Review::Fact;
using Review::FactSheet;
using Review::TextDocument;

namespace {

// A .docx through the document reader; anything else as UTF-8 plain text (ContractNLI documents,
// markdown drafts).
std::optional<TextDocument> readInput(const QString &path, QString *error)
{
    if (path.endsWith(u".docx"_s, Qt::CaseInsensitive)) {
        auto doc = Docx::DocumentReader::read(path);
        if (!doc) {
            *error = doc.error().toString();
            return std::nullopt;
        }
        return TextDocument::fromStory(doc.value().body);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot read: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    return TextDocument::fromPlainText(QString::fromUtf8(file.readAll()));
}

QString clauseLabel(const QList<Clause> &clauses, int index)
{
    if (index < 0 || index >= clauses.size())
        return {};
    const Clause &c = clauses.at(index);
    if (!c.label.isEmpty())
        return c.label;
    if (!c.heading.isEmpty())
        return c.heading;
    return Review::clauseKindName(c.kind);
}

QString shortened(const QString &text, qsizetype max)
{
    const QString simple = text.simplified();
    return simple.size() <= max ? simple : simple.left(max - 3) + u"..."_s;
}

} // namespace

// redliner-cli facts IN.docx|IN.txt|IN.md [--json]: what the fact extractor finds, with evidence.
int runFacts(const QStringList &args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"facts"_s, u"Print the facts found in an agreement."_s);
    parser.addPositionalArgument(u"IN"_s, u"A .docx, or a plain-text file (UTF-8)."_s);
    const QCommandLineOption json(u"json"_s, u"Print a JSON array."_s);
    parser.addOption(json);
    const QString usage = u"usage: redliner-cli facts IN.docx|IN.txt|IN.md [--json]"_s;
    if (const auto done = parseCommandLine(parser, args, usage, io))
        return *done;
    if (parser.positionalArguments().size() != 2) {
        io.err << usage << Qt::endl;
        return UsageError;
    }
    const QString path = parser.positionalArguments().at(1);
    CommandFiles files;
    files.addInput(u"the input"_s, path);
    if (const int refused = files.check(io); refused != Ok)
        return refused;
    QString error;
    const std::optional<TextDocument> doc = readInput(path, &error);
    if (!doc) {
        io.err << error << Qt::endl;
        return InputError;
    }
    const QList<Clause> clauses = Review::segmentClauses(*doc);
    const FactSheet sheet = Review::extractFacts(*doc, clauses);

    if (parser.isSet(json)) {
        QJsonArray out;
        for (const Fact &f : sheet.facts) {
            out.append(Review::factJson(f, clauses));
        }
        io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        io.out.flush();
        return Ok;
    }
    for (const Fact &f : sheet.facts) {
        io.out << f.id << u"  "_s << (f.yes() ? u"yes"_s : u"no"_s);
        if (!f.value.isEmpty())
            io.out << u"  "_s << f.value;
        const QString label = clauseLabel(clauses, f.clause);
        if (!label.isEmpty())
            io.out << u"  ["_s << label << u']';
        io.out << u"\n    "_s << shortened(f.evidence, 160) << u'\n';
    }
    if (sheet.facts.isEmpty())
        io.out << u"no facts found\n"_s;
    io.out.flush();
    return Ok;
}

} // namespace Redliner::Cli
