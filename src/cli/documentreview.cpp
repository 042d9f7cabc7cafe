// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentreview.h"
#include "llmrun.h"

#include "docx/atomicwrite.h"
#include "docx/documentreader.h"
#include "docx/existingmarkup.h"
#include "docx/revisionwriter.h"
#include "llm/llmreport.h"
#include "review/ndacheck.h"
#include "review/reviewreport.h"
#include "review/theirchanges.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;

DocumentReview reviewAndWrite(const QString &input, const QString &output, const QString &reportPath,
                              const ReviewSetup &setup, Streams io)
{
    DocumentReview out;
    auto doc = Docx::DocumentReader::read(input);
    if (!doc) {
        out.errors.append(doc.error().toString());
        out.exit = InputError;
        return out;
    }
    out.text = TextDocument::fromStory(doc.value().body);
    if (setup.ndasOnly) {
        if (const QString why = whyNotAnNda(out.text.text); !why.isEmpty()) {
            out.errors.append(input + u": not reviewed: "_s + why + u"."_s);
            out.exit = InputError;
            return out;
        }
    }
    if (setup.providers.isEmpty()) {
        out.review = reviewDocument(out.text, setup.playbook, ReviewOptions{setup.side});
    } else {
        Llm::ReviewJob job = setup.job;
        job.document = out.text;
        job.playbook = setup.playbook;
        job.side = setup.side;
        job.providers = setup.providers;
        out.llm = runLlmReview(job, io);
        out.review = out.llm.review;
        // Not one clause reviewed: writing an unchanged copy would look like a clean bill of health.
        if (out.llm.clauseAnswers == 0 && !out.llm.errors.isEmpty()) {
            for (const Llm::ClauseError &e : std::as_const(out.llm.errors))
                out.errors.append(e.message);
            out.errors.removeDuplicates();
            out.errors.append(u"The review failed: no clause was reviewed. Nothing was written."_s);
            out.exit = ReviewFailed;
            return out;
        }
    }

    const bool comments = setup.options.comments;
    QList<Finding> accepted;
    out.outcomes = selectWritableFindings(doc.value(), out.review.findings, comments, &accepted);
    out.written = accepted.size();
    auto bytes = Docx::RevisionWriter::write(doc.value(), editsForWriting(accepted, comments), setup.options);
    if (!bytes) {
        out.errors.append(bytes.error().toString());
        // Text Word cannot hold (in --author, say) is the user's to correct, as with redline.
        out.exit = bytes.error().isInputError() ? InputError : OutputError;
        return out;
    }
    if (const QString why = Docx::writeFileAtomically(output, bytes.value()); !why.isEmpty()) {
        out.errors.append(output + u": cannot be written: "_s + why + u". Nothing was written."_s);
        out.exit = OutputError;
        return out;
    }
    if (reportPath.isEmpty())
        return out;
    QJsonObject report = reviewReport(input, out.text, out.review, setup.playbook, setup.side, out.outcomes);
    // The other side's redline, each change with what the playbook found in its clause. Only the
    // report needs it, and a part Word tolerates but we cannot read (commentsExtended.xml) must not
    // cost the user the review: the report says why it is missing.
    if (const auto markup = Docx::readExistingMarkup(doc.value())) {
        report.insert(u"theirMarkup"_s,
                      theirMarkupJson(markup.value(), out.text.text, out.review.clauses, &out.review.findings));
    } else {
        out.warnings.append(u"The document's own tracked changes and comments are not in the report: "_s
                            + markup.error().toString());
        report.insert(u"theirMarkup"_s, QJsonObject{{u"error"_s, markup.error().toString()}});
    }
    if (!setup.providers.isEmpty())
        Llm::addLlmReport(&report, setup.providerName, setup.providers, out.llm);
    out.reportFailure = Docx::writeFileAtomically(reportPath, QJsonDocument(report).toJson());
    return out;
}

} // namespace Redliner::Cli
