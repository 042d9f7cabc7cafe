// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"
#include "commandline.h"
#include "commandfiles.h"

#include "docx/documentreader.h"

#include <QCommandLineParser>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;

// redliner-cli text IN.docx [--labels]: the body's working text, one paragraph per line.
int runText(const QStringList &args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"text"_s, u"Print the body's working text."_s);
    parser.addPositionalArgument(u"IN.docx"_s, u"The Word document to read."_s);
    const QCommandLineOption labels(u"labels"_s, u"Prefix each paragraph with its list label."_s);
    parser.addOption(labels);
    const QString usage = u"usage: redliner-cli text IN.docx [--labels]"_s;
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
    auto doc = Docx::DocumentReader::read(parser.positionalArguments().at(1));
    if (!doc) {
        io.err << doc.error().toString() << Qt::endl;
        return InputError;
    }
    const Docx::Story &body = doc.value().body;
    const bool withLabels = parser.isSet(labels);
    bool lineStart = true;
    for (qsizetype i = 0; i < body.paragraphs.size(); ++i) {
        const Docx::Paragraph &p = body.paragraphs.at(i);
        if (withLabels && lineStart && !p.listLabel.isEmpty())
            io.out << p.listLabel << QLatin1Char(' ');
        io.out << body.paragraphText(i);
        // A paragraph whose mark is a tracked deletion runs on into the next one.
        lineStart = !p.markDeleted;
        if (lineStart)
            io.out << QLatin1Char('\n');
    }
    if (!lineStart)
        io.out << QLatin1Char('\n');
    io.out.flush();
    return Ok;
}

} // namespace Redliner::Cli
