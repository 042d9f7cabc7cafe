// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"
#include "commandfiles.h"
#include "commandline.h"
#include "revisionflags.h"

#include "docx/atomicwrite.h"
#include "docx/documentreader.h"
#include "docx/revisionwriter.h"
#include "review/documentcompare.h"

#include <QCommandLineParser>
#include <QFile>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;

// redliner-cli compare OLD.docx NEW.docx -o REDLINE.docx [--author NAME] [--date ISO8601]
int runCompare(const QStringList &args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"compare"_s, u"Show what changed between two versions as tracked changes."_s);
    parser.addPositionalArgument(u"OLD.docx"_s, u"The earlier version (never modified)."_s);
    parser.addPositionalArgument(u"NEW.docx"_s, u"The newer version (never modified); the redline is this file."_s);
    const QCommandLineOption outOption({u"o"_s, u"output"_s},
                                       u"The redline to write: NEW with every difference from OLD tracked."_s,
                                       u"REDLINE.docx"_s);
    const RevisionFlags revisionFlags;
    parser.addOption(outOption);
    revisionFlags.addTo(parser);
    const QString usage =
        u"usage: redliner-cli compare OLD.docx NEW.docx -o REDLINE.docx [--author NAME] [--date ISO8601]"_s;
    if (const auto done = parseCommandLine(parser, args, usage, io))
        return *done;
    if (parser.positionalArguments().size() != 3 || !parser.isSet(outOption)) {
        io.err << usage << Qt::endl;
        return UsageError;
    }
    const QString older = parser.positionalArguments().at(1);
    const QString newer = parser.positionalArguments().at(2);
    const QString output = parser.value(outOption);
    Docx::RevisionOptions options;
    if (!revisionFlags.read(parser, &options, io))
        return UsageError;
    options.comments = false;

    CommandFiles files;
    files.addInput(u"OLD"_s, older);
    files.addInput(u"NEW"_s, newer);
    files.addOutput(u"-o"_s, output);
    if (const int refused = files.check(io); refused != Ok)
        return refused;

    auto olderDoc = Docx::DocumentReader::read(older);
    if (!olderDoc) {
        io.err << olderDoc.error().toString() << Qt::endl;
        return InputError;
    }
    auto newerDoc = Docx::DocumentReader::read(newer);
    if (!newerDoc) {
        io.err << newerDoc.error().toString() << Qt::endl;
        return InputError;
    }
    const Review::DocumentComparison comparison = Review::compareDocuments(olderDoc.value().body, newerDoc.value());
    if (!comparison.problems.isEmpty()) {
        for (const QString &problem : comparison.problems)
            io.err << newer << u": a difference at "_s << problem << Qt::endl;
        io.err << u"Nothing was written."_s << Qt::endl;
        return EditRefused;
    }

    QByteArray bytes;
    if (comparison.edits.isEmpty()) {
        // No difference: the redline is NEW itself, byte for byte.
        QFile file(newer);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << newer << u": cannot be read: "_s << file.errorString() << Qt::endl;
            return InputError;
        }
        bytes = file.readAll();
    } else {
        auto written = Docx::RevisionWriter::write(newerDoc.value(), comparison.edits, options);
        if (!written) {
            io.err << written.error().toString() << Qt::endl << u"Nothing was written."_s << Qt::endl;
            return written.error().code == Docx::DocxError::Code::EditRefused ? EditRefused
                   : written.error().isInputError()                           ? InputError
                                                                              : OutputError;
        }
        bytes = written.value();
    }
    if (const QString why = Docx::writeFileAtomically(output, bytes); !why.isEmpty()) {
        io.err << output << u": cannot be written: "_s << why << Qt::endl;
        return OutputError;
    }
    if (comparison.droppedObjects > 0)
        io.err << u"Note: %1 picture(s) or page break(s) of deleted text are not shown in the redline."_s.arg(
            comparison.droppedObjects)
               << Qt::endl;
    if (comparison.edits.isEmpty()) {
        io.out << u"No differences: wrote %1 as a copy of %2."_s.arg(output, newer) << Qt::endl;
        return Ok;
    }
    io.out << u"Wrote %1 with %2 tracked change(s): %3 paragraph(s) edited, %4 inserted, %5 deleted"_s.arg(output)
                  .arg(comparison.edits.size())
                  .arg(comparison.editedParagraphs)
                  .arg(comparison.insertedParagraphs)
                  .arg(comparison.deletedParagraphs);
    if (comparison.insertedRows > 0 || comparison.deletedRows > 0)
        io.out << u"; %1 table row(s) inserted, %2 deleted"_s.arg(comparison.insertedRows).arg(comparison.deletedRows);
    if (comparison.formattedParagraphs > 0)
        io.out << u"; formatting changed in %1 paragraph(s)"_s.arg(comparison.formattedParagraphs);
    io.out << u"."_s << Qt::endl;
    return Ok;
}

} // namespace Redliner::Cli
