// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"
#include "commandline.h"
#include "commandfiles.h"
#include "docx/atomicwrite.h"
#include "llmrun.h"
#include "providerflags.h"
#include "revisionflags.h"

#include "docx/documentreader.h"
#include "docx/existingmarkup.h"
#include "docx/revisionwriter.h"
#include "review/reviewer.h"
#include "review/reviewreport.h"
#include "review/theirchanges.h"
#include "review/writablefindings.h"
#include "llm/llmreport.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;

// redliner-cli review IN.docx -o OUT.docx [--side S] [--playbook FILE] [--report REPORT.json]
//                          [--author NAME] [--date ISO8601] [--no-comments] [--provider P ...]
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
    parser.addOptions({outOption, sideOption, playbookOption, reportOption, noComments});
    revisionFlags.addTo(parser);
    providerFlags.addTo(parser);
    const QString usage = u"usage: redliner-cli review IN.docx -o OUT.docx [--side receiving|disclosing|mutual] "
                          "[--playbook FILE] [--report REPORT.json] [--author NAME] [--date ISO8601] [--no-comments] "_s
                        + ProviderFlags::usage();
    if (const auto done = parseCommandLine(parser, args, usage, io))
        return *done;
    if (parser.positionalArguments().size() != 2 || !parser.isSet(outOption)) {
        io.err << usage << Qt::endl;
        return UsageError;
    }
    const QString input = parser.positionalArguments().at(1);
    const QString output = parser.value(outOption);
    CommandFiles files;
    files.addInput(u"the input"_s, input);
    if (parser.isSet(playbookOption))
        files.addInput(u"--playbook"_s, parser.value(playbookOption));
    providerFlags.addFiles(parser, &files);
    files.addOutput(u"-o"_s, output);
    if (parser.isSet(reportOption))
        files.addOutput(u"--report"_s, parser.value(reportOption));
    if (const int refused = files.check(io); refused != Ok)
        return refused;

    Side side;
    if (!parseSide(parser.value(sideOption), &side)) {
        io.err << u"--side: \""_s << parser.value(sideOption) << u"\" is not receiving, disclosing or mutual"_s << Qt::endl;
        return UsageError;
    }
    Docx::RevisionOptions options;
    options.comments = !parser.isSet(noComments);
    if (!revisionFlags.read(parser, &options, io))
        return UsageError;
    QList<Llm::ProviderConfig> providers;
    Llm::ReviewJob job;
    if (!providerFlags.read(parser, QProcessEnvironment::systemEnvironment(), &providers, &job, io))
        return UsageError;

    Playbook playbook;
    if (parser.isSet(playbookOption)) {
        QString error;
        if (!Playbook::load(parser.value(playbookOption), &playbook, &error)) {
            io.err << error << Qt::endl;
            return InputError;
        }
    } else {
        playbook = Playbook::builtin();
    }

    auto doc = Docx::DocumentReader::read(input);
    if (!doc) {
        io.err << doc.error().toString() << Qt::endl;
        return InputError;
    }
    const TextDocument text = TextDocument::fromStory(doc.value().body);
    ReviewResult review;
    Llm::LlmReviewResult llm;
    if (providers.isEmpty()) {
        review = reviewDocument(text, playbook, ReviewOptions{side});
    } else {
        job.document = text;
        job.playbook = playbook;
        job.side = side;
        job.providers = providers;
        llm = runLlmReview(job, io);
        review = llm.review;
        // Not one clause reviewed: writing an unchanged copy would look like a clean bill of health.
        if (llm.clauseAnswers == 0 && !llm.errors.isEmpty()) {
            QStringList reasons;
            for (const Llm::ClauseError &e : std::as_const(llm.errors))
                reasons.append(e.message);
            reasons.removeDuplicates();
            for (const QString &reason : std::as_const(reasons))
                io.err << reason << Qt::endl;
            io.err << u"The review failed: no clause was reviewed. Nothing was written."_s << Qt::endl;
            return ReviewFailed;
        }
    }

    QList<Finding> accepted;
    const QList<FindingOutcome> outcomes = selectWritableFindings(doc.value(), review.findings, options.comments, &accepted);
    auto bytes = Docx::RevisionWriter::write(doc.value(), editsForWriting(accepted, options.comments), options);
    if (!bytes) {
        io.err << bytes.error().toString() << Qt::endl;
        // Text Word cannot hold (in --author, say) is the user's to correct, as with redline.
        return bytes.error().isInputError() ? InputError : OutputError;
    }
    if (const QString why = Docx::writeFileAtomically(output, bytes.value()); !why.isEmpty()) {
        io.err << output << u": cannot be written: "_s << why << u". Nothing was written."_s << Qt::endl;
        return OutputError;
    }

    QString reportFailure;
    if (parser.isSet(reportOption)) {
        QJsonObject report = reviewReport(input, text, review, playbook, side, outcomes);
        // The other side's redline, each change with what the playbook found in its clause. Only
        // the report needs it, and a part Word tolerates but we cannot read (commentsExtended.xml)
        // must not cost the user the review: the report says why it is missing.
        if (const auto markup = Docx::readExistingMarkup(doc.value())) {
            report.insert(u"theirMarkup"_s,
                          theirMarkupJson(markup.value(), text.text, review.clauses, &review.findings));
        } else {
            io.err << u"The document's own tracked changes and comments are not in the report: "_s
                   << markup.error().toString() << Qt::endl;
            report.insert(u"theirMarkup"_s, QJsonObject{{u"error"_s, markup.error().toString()}});
        }
        if (!providers.isEmpty())
            Llm::addLlmReport(&report, parser.value(u"provider"_s).toLower(), providers, llm);
        reportFailure = Docx::writeFileAtomically(parser.value(reportOption), QJsonDocument(report).toJson());
    }

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
                  .arg(review.findings.size()).arg(sideName(side)).arg(high).arg(medium).arg(low).arg(accepted.size())
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
