// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"
#include "commandfiles.h"
#include "commandline.h"
#include "revisionflags.h"

#include "docx/atomicwrite.h"
#include "docx/documentreader.h"
#include "docx/existingmarkup.h"
#include "docx/revisionresolver.h"

#include <QCommandLineParser>

#include <algorithm>
#include <optional>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;

// redliner-cli answer IN.docx -o OUT.docx [--accept-all|--reject-all] [--accept-author NAME]...
//                     [--reject-author NAME]...
int runAnswer(const QStringList &args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"answer"_s, u"Accept or reject the other side's tracked changes, as Word does."_s);
    parser.addPositionalArgument(u"IN.docx"_s, u"Their redline (never modified)."_s);
    const QCommandLineOption outOption({u"o"_s, u"output"_s}, u"The document to write."_s, u"OUT.docx"_s);
    const QCommandLineOption acceptAll(u"accept-all"_s, u"Accept every tracked change in the body."_s);
    const QCommandLineOption rejectAll(u"reject-all"_s, u"Reject every tracked change in the body."_s);
    const QCommandLineOption acceptAuthor(u"accept-author"_s, u"Accept every change by NAME (repeatable)."_s,
                                          u"NAME"_s);
    const QCommandLineOption rejectAuthor(u"reject-author"_s, u"Reject every change by NAME (repeatable)."_s,
                                          u"NAME"_s);
    parser.addOptions({outOption, acceptAll, rejectAll, acceptAuthor, rejectAuthor});
    const QString usage = u"usage: redliner-cli answer IN.docx -o OUT.docx [--accept-all | --reject-all] "
                          "[--accept-author NAME]... [--reject-author NAME]..."_s;
    if (const auto done = parseCommandLine(parser, args, usage, io))
        return *done;
    const QStringList accepting = parser.values(acceptAuthor);
    const QStringList rejecting = parser.values(rejectAuthor);
    const bool all = parser.isSet(acceptAll) || parser.isSet(rejectAll);
    if (parser.positionalArguments().size() != 2 || !parser.isSet(outOption)
        || (parser.isSet(acceptAll) && parser.isSet(rejectAll))
        || (!all && accepting.isEmpty() && rejecting.isEmpty())) {
        io.err << usage << Qt::endl;
        return UsageError;
    }
    for (const QString &name : accepting) {
        if (rejecting.contains(name)) {
            io.err << u"redliner-cli answer: %1 is both accepted and rejected"_s.arg(name) << Qt::endl;
            return UsageError;
        }
    }
    const QString input = parser.positionalArguments().at(1);
    const QString output = parser.value(outOption);
    CommandFiles files;
    files.addInput(u"IN"_s, input);
    files.addOutput(u"-o"_s, output);
    if (const int refused = files.check(io); refused != Ok)
        return refused;

    Docx::Document document;
    Docx::ExistingMarkup found;
    if (!readWithMarkup(input, io.err, &document, &found))
        return InputError;
    // One answer per change: by its author first, then --accept-all / --reject-all for the rest.
    QList<Docx::Resolution> answers;
    int accepted = 0, rejected = 0;
    const auto &changes = found.changes;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString &author = changes[i].author;
        std::optional<bool> accept;
        if (accepting.contains(author))
            accept = true;
        else if (rejecting.contains(author))
            accept = false;
        else if (all)
            accept = parser.isSet(acceptAll);
        if (!accept)
            continue;
        if (const QString why = Docx::RevisionResolver::check(document, found, {i, *accept}); !why.isEmpty()) {
            io.err << input
                   << u": a change by %1 is left as it came: %2"_s.arg(
                          author.isEmpty() ? u"an unnamed author"_s : author, why)
                   << Qt::endl;
            continue;
        }
        answers.append({i, *accept});
        ++(*accept ? accepted : rejected);
    }
    for (const QString &name : accepting + rejecting) {
        if (std::none_of(changes.cbegin(), changes.cend(), [&](const auto &c) { return c.author == name; }))
            io.err << input << u": no tracked change is by %1"_s.arg(name) << Qt::endl;
    }
    auto written = Docx::RevisionResolver::resolve(document, found, answers);
    if (!written) {
        io.err << written.error().toString() << Qt::endl << u"Nothing was written."_s << Qt::endl;
        return written.error().code == Docx::DocxError::Code::EditRefused ? EditRefused : InputError;
    }
    if (const QString why = Docx::writeFileAtomically(output, written.value()); !why.isEmpty()) {
        io.err << output << u": cannot be written: "_s << why << Qt::endl;
        return OutputError;
    }
    io.out << u"Wrote %1: %2 tracked change(s) accepted, %3 rejected, %4 left as they came."_s.arg(output)
                  .arg(accepted)
                  .arg(rejected)
                  .arg(changes.size() - accepted - rejected)
           << Qt::endl;
    return Ok;
}

} // namespace Redliner::Cli
