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

std::optional<Docx::Document> readForReview(const QString &input, const ReviewSetup &setup, DocumentReview *out)
{
    auto doc = Docx::DocumentReader::read(input);
    if (!doc) {
        out->errors.append(doc.error().toString());
        out->exit = InputError;
        return std::nullopt;
    }
    out->text = TextDocument::fromStory(doc.value().body);
    if (setup.ndasOnly) {
        if (const QString why = whyNotAnNda(out->text.text); !why.isEmpty()) {
            out->errors.append(input + u": not reviewed: "_s + why + u"."_s);
            out->exit = InputError;
            return std::nullopt;
        }
    }
    return std::move(doc.value());
}

Llm::ReviewJob llmJob(const ReviewSetup &setup, const TextDocument &text)
{
    Llm::ReviewJob job = setup.job;
    job.document = text;
    job.playbook = setup.playbook;
    job.side = setup.side;
    job.providers = setup.providers;
    return job;
}

bool takeLlmResult(const Llm::LlmReviewResult &result, DocumentReview *out)
{
    out->llm = result;
    out->review = result.review;
    // Not one clause reviewed: writing an unchanged copy would look like a clean bill of health.
    if (result.clauseAnswers == 0 && !result.errors.isEmpty()) {
        for (const Llm::ClauseError &e : std::as_const(result.errors))
            out->errors.append(e.message);
        out->errors.removeDuplicates();
        out->errors.append(u"The review failed: no clause was reviewed. Nothing was written."_s);
        out->exit = ReviewFailed;
        return false;
    }
    return true;
}

void writeReviewed(const Docx::Document &doc, const QString &input, const QString &output, const QString &reportPath,
                   const ReviewSetup &setup, DocumentReview *out)
{
    const bool comments = setup.options.comments;
    QList<Finding> accepted;
    out->outcomes = selectWritableFindings(doc, out->review.findings, comments, &accepted);
    out->written = accepted.size();
    auto bytes = Docx::RevisionWriter::write(doc, editsForWriting(accepted, comments), setup.options);
    if (!bytes) {
        out->errors.append(bytes.error().toString());
        // Text Word cannot hold (in --author, say) is the user's to correct, as with redline.
        out->exit = bytes.error().isInputError() ? InputError : OutputError;
        return;
    }
    if (const QString why = Docx::writeFileAtomically(output, bytes.value()); !why.isEmpty()) {
        out->errors.append(output + u": cannot be written: "_s + why + u". Nothing was written."_s);
        out->exit = OutputError;
        return;
    }
    if (reportPath.isEmpty())
        return;
    QJsonObject report = reviewReport(input, out->text, out->review, setup.playbook, setup.side, out->outcomes);
    // The other side's redline, each change with what the playbook found in its clause. Only the
    // report needs it, and a part Word tolerates but we cannot read (commentsExtended.xml) must not
    // cost the user the review: the report says why it is missing.
    if (const auto markup = Docx::readExistingMarkup(doc)) {
        report.insert(u"theirMarkup"_s,
                      theirMarkupJson(markup.value(), out->text.text, out->review.clauses, &out->review.findings));
    } else {
        out->warnings.append(u"The document's own tracked changes and comments are not in the report: "_s
                             + markup.error().toString());
        report.insert(u"theirMarkup"_s, QJsonObject{{u"error"_s, markup.error().toString()}});
    }
    if (!setup.providers.isEmpty())
        Llm::addLlmReport(&report, setup.providerName, setup.providers, out->llm);
    out->reportFailure = Docx::writeFileAtomically(reportPath, QJsonDocument(report).toJson());
}

DocumentReview reviewAndWrite(const QString &input, const QString &output, const QString &reportPath,
                              const ReviewSetup &setup, Streams io)
{
    DocumentReview out;
    const std::optional<Docx::Document> doc = readForReview(input, setup, &out);
    if (!doc)
        return out;
    if (setup.providers.isEmpty())
        out.review = reviewDocument(out.text, setup.playbook, ReviewOptions{setup.side});
    else if (!takeLlmResult(runLlmReview(llmJob(setup, out.text), io), &out))
        return out;
    writeReviewed(*doc, input, output, reportPath, setup, &out);
    return out;
}

} // namespace Redliner::Cli
