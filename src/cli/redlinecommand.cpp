// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"
#include "commandline.h"
#include "commandfiles.h"
#include "revisionflags.h"
#include "editsfile.h"
#include "docx/atomicwrite.h"

#include "docx/documentreader.h"
#include "docx/revisionwriter.h"

#include <QCommandLineParser>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

QString describe(const EditRequest &r, int index)
{
    const QString what = r.find.isEmpty() ? u"after \""_s + r.after + u"\""_s : u"find \""_s + r.find + u"\""_s;
    return u"edit #%1 (%2)"_s.arg(index + 1).arg(what);
}

} // namespace

// redliner-cli redline IN.docx --edits EDITS.json -o OUT.docx [--author NAME] [--date ISO8601]
int runRedline(const QStringList &args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"redline"_s, u"Write edits as tracked changes."_s);
    parser.addPositionalArgument(u"IN.docx"_s, u"The Word document to redline (never modified)."_s);
    const QCommandLineOption editsOption(u"edits"_s, u"JSON file with the edits."_s, u"EDITS.json"_s);
    const QCommandLineOption outOption({u"o"_s, u"output"_s}, u"The redlined document to write."_s, u"OUT.docx"_s);
    const RevisionFlags revisionFlags;
    parser.addOptions({editsOption, outOption});
    revisionFlags.addTo(parser);
    const QString usage = u"usage: redliner-cli redline IN.docx --edits EDITS.json -o OUT.docx [--author NAME] [--date ISO8601]"_s;
    if (const auto done = parseCommandLine(parser, args, usage, io))
        return *done;
    if (parser.positionalArguments().size() != 2 || !parser.isSet(editsOption) || !parser.isSet(outOption)) {
        io.err << usage << Qt::endl;
        return UsageError;
    }
    const QString input = parser.positionalArguments().at(1);
    const QString output = parser.value(outOption);

    Docx::RevisionOptions options;
    if (!revisionFlags.read(parser, &options, io))
        return UsageError;

    CommandFiles files;
    files.addInput(u"the input"_s, input);
    files.addInput(u"--edits"_s, parser.value(editsOption));
    files.addOutput(u"-o"_s, output);
    if (const int refused = files.check(io); refused != Ok)
        return refused;

    QList<EditRequest> requests;
    QString error;
    if (!readEditsFile(parser.value(editsOption), requests, error)) {
        io.err << error << Qt::endl;
        return InputError;
    }
    auto doc = Docx::DocumentReader::read(input);
    if (!doc) {
        io.err << doc.error().toString() << Qt::endl;
        return InputError;
    }

    QList<Docx::Edit> edits;
    bool anchored = true;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        Docx::Edit edit;
        if (!anchorEdit(requests[i], doc.value().body.text, edit, error)) {
            io.err << input << u": "_s << describe(requests[i], int(i)) << u": "_s << error << Qt::endl;
            anchored = false;
            continue;
        }
        edits.append(edit);
    }
    if (!anchored) {
        io.err << u"Nothing was written."_s << Qt::endl;
        return EditRefused;
    }

    QList<Docx::RevisionWriter::Refusal> refusals;
    auto bytes = Docx::RevisionWriter::write(doc.value(), edits, options, &refusals);
    if (!bytes) {
        for (const auto &r : std::as_const(refusals))
            io.err << input << u": "_s << describe(requests[r.edit], r.edit) << u": "_s << r.reason << Qt::endl;
        if (refusals.isEmpty())
            io.err << bytes.error().toString() << Qt::endl;
        io.err << u"Nothing was written."_s << Qt::endl;
        return bytes.error().code == Docx::DocxError::Code::EditRefused ? EditRefused : bytes.error().isInputError() ? InputError : OutputError;
    }
    if (const QString why = Docx::writeFileAtomically(output, bytes.value()); !why.isEmpty()) {
        io.err << output << u": cannot be written: "_s << why << Qt::endl;
        return OutputError;
    }
    io.out << u"Wrote %1 with %2 tracked change(s)."_s.arg(output).arg(edits.size()) << Qt::endl;
    return Ok;
}

} // namespace Redliner::Cli
