// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"
#include "commandline.h"
#include "commandfiles.h"
#include "documentreview.h"
#include "folderreview.h"
#include "providerflags.h"
#include "revisionflags.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QThread>

#include <algorithm>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;

// redliner-cli review IN.docx -o OUT.docx [--side S] [--playbook FILE] [--report REPORT.json]
//                          [--author NAME] [--date ISO8601] [--no-comments] [--provider P ...]
// redliner-cli review IN.docx... | DIR... --out-dir OUT [the same options but -o and --report]
int runReview(const QStringList &args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"review"_s, u"Review an NDA against the playbook, offline or with an LLM."_s);
    parser.addPositionalArgument(u"IN.docx"_s, u"The NDA to review (never modified)."_s);
    const QCommandLineOption outOption({u"o"_s, u"output"_s}, u"The redlined document to write."_s, u"OUT.docx"_s);
    const QCommandLineOption sideOption(u"side"_s, u"The side you represent: receiving, disclosing or mutual."_s, u"SIDE"_s,
                                        u"receiving"_s);
    const QCommandLineOption playbookOption(u"playbook"_s, u"A playbook JSON file (default: the bundled one)."_s, u"FILE"_s);
    const QCommandLineOption reportOption(u"report"_s, u"Write the findings as JSON."_s, u"REPORT.json"_s);
    const RevisionFlags revisionFlags;
    const ProviderFlags providerFlags;
    const QCommandLineOption noComments(u"no-comments"_s, u"Do not add the rationale comments."_s);
    const QCommandLineOption outDirOption(
        u"out-dir"_s,
        u"Review several NDAs (files, or folders searched for .docx) and write each one's redline and report, "
        "and a triage summary (summary.csv, summary.html), into this folder."_s,
        u"DIR"_s);
    const QCommandLineOption jobsOption(
        u"jobs"_s,
        u"With --out-dir: documents reviewed at once (1 to 64; default: one per processor offline, 3 with an LLM "
        "provider, whose requests then share the provider's connection)."_s,
        u"N"_s);
    parser.addOptions({outOption, sideOption, playbookOption, reportOption, noComments, outDirOption, jobsOption});
    revisionFlags.addTo(parser);
    providerFlags.addTo(parser);
    const QString usage =
        u"usage: redliner-cli review IN.docx -o OUT.docx [--side receiving|disclosing|mutual] "
        "[--playbook FILE] [--report REPORT.json] [--author NAME] [--date ISO8601] [--no-comments] "_s
        + ProviderFlags::usage()
        + u"\n       redliner-cli review IN.docx|DIR... --out-dir OUT [--jobs N] [the options above but -o and --report]"_s;
    if (const auto done = parseCommandLine(parser, args, usage, io))
        return *done;
    const bool batch = parser.isSet(outDirOption);
    const QStringList inputs = parser.positionalArguments().mid(1);
    if (batch ? inputs.isEmpty() || parser.isSet(outOption) || parser.isSet(reportOption)
              : inputs.size() != 1 || !parser.isSet(outOption)) {
        io.err << usage << Qt::endl;
        return UsageError;
    }
    const QString input = inputs.first();
    const QString output = parser.value(outOption);
    CommandFiles files;
    if (!batch)
        files.addInput(u"the input"_s, input);
    if (parser.isSet(playbookOption))
        files.addInput(u"--playbook"_s, parser.value(playbookOption));
    providerFlags.addFiles(parser, &files);
    if (!batch)
        files.addOutput(u"-o"_s, output);
    if (parser.isSet(reportOption))
        files.addOutput(u"--report"_s, parser.value(reportOption));
    if (const int refused = files.check(io); refused != Ok)
        return refused;

    ReviewSetup setup;
    if (!parseSide(parser.value(sideOption), &setup.side)) {
        io.err << u"--side: \""_s << parser.value(sideOption) << u"\" is not receiving, disclosing or mutual"_s << Qt::endl;
        return UsageError;
    }
    setup.options.comments = !parser.isSet(noComments);
    if (!revisionFlags.read(parser, &setup.options, io))
        return UsageError;
    if (!providerFlags.read(parser, QProcessEnvironment::systemEnvironment(), &setup.providers, &setup.job, io))
        return UsageError;
    setup.providerName = parser.value(u"provider"_s).toLower();
    if (parser.isSet(playbookOption)) {
        QString error;
        if (!Playbook::load(parser.value(playbookOption), &setup.playbook, &error)) {
            io.err << error << Qt::endl;
            return InputError;
        }
    } else {
        setup.playbook = Playbook::builtin();
    }
    if (batch) {
        // Offline, a document takes a processor; with a provider, documents wait on the network and
        // share its connection, and 3 at once keep it busy without reading the whole folder at once
        // (as the window's File › Review Folder… does).
        int jobs = setup.providers.isEmpty() ? std::clamp(QThread::idealThreadCount(), 1, 64) : 3;
        if (parser.isSet(jobsOption)) {
            bool ok = false;
            jobs = parser.value(jobsOption).toInt(&ok);
            if (!ok || jobs < 1 || jobs > 64) {
                io.err << u"--jobs: \""_s << parser.value(jobsOption) << u"\" is not a number from 1 to 64"_s
                       << Qt::endl;
                return UsageError;
            }
        }
        return reviewFolder(inputs, parser.value(outDirOption), setup, jobs, io);
    }
    if (parser.isSet(jobsOption)) {
        io.err << u"--jobs is for a review of several documents (--out-dir)"_s << Qt::endl;
        return UsageError;
    }

    const DocumentReview done = reviewAndWrite(input, output, parser.value(reportOption), setup, io);
    for (const QString &error : done.errors)
        io.err << error << Qt::endl;
    if (done.exit != Ok)
        return done.exit;
    for (const QString &warning : done.warnings)
        io.err << warning << Qt::endl;
    const ReviewResult &review = done.review;
    const QList<FindingOutcome> &outcomes = done.outcomes;
    const Side side = setup.side;
    const QString reportFailure = done.reportFailure;
    const Llm::LlmReviewResult &llm = done.llm;

    for (const QString &note : review.notes)
        io.err << u"Note: "_s << note << Qt::endl;
    for (const Llm::ClauseError &e : std::as_const(llm.errors)) {
        io.err << u"Error"_s << (e.clauseLabel.isEmpty() ? QString() : u" ("_s + e.clauseLabel + u")"_s) << u": "_s
               << e.message << Qt::endl;
    }
    int high = 0, medium = 0, low = 0;
    for (const Finding &f : review.findings)
        (f.severity == Severity::High ? high : f.severity == Severity::Medium ? medium : low)++;
    io.err << u"%1 finding(s) for the %2 party (%3 high, %4 medium, %5 low); %6 written as tracked changes."_s
                  .arg(review.findings.size())
                  .arg(sideName(side))
                  .arg(high)
                  .arg(medium)
                  .arg(low)
                  .arg(done.written)
           << Qt::endl;
    for (qsizetype i = 0; i < review.findings.size(); ++i) {
        const Finding &f = review.findings.at(i);
        io.err << u"  "_s << f.id << u" ["_s << severityName(f.severity) << u"] "_s << f.title
               << (f.clauseLabel.isEmpty() ? QString() : u" ("_s + f.clauseLabel + u")"_s)
               << (outcomes.at(i).written ? QString() : u" — "_s + outcomes.at(i).error) << Qt::endl;
    }
    if (!reportFailure.isEmpty()) {
        // The redline is on disk: say so, or a script would take exit 4 for "nothing written".
        io.err << u"Wrote "_s << output << u"; could not write the report "_s << parser.value(reportOption) << u": "_s
               << reportFailure << Qt::endl;
        return OutputError;
    }
    io.out << u"Wrote "_s << output << Qt::endl;
    return Ok;
}

} // namespace Redliner::Cli
