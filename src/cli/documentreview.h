// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "docx/document.h"
#include "docx/edit.h"
#include "llm/llmreview.h"
#include "review/reviewer.h"
#include "review/writablefindings.h"

#include <optional>

namespace Redliner::Cli {

// What every document of a review run shares: the side, the playbook, how changes are written and
// the providers (none: the offline reviewer).
struct ReviewSetup final {
    Review::Side side = Review::Side::Receiving;
    Review::Playbook playbook;
    Docx::RevisionOptions options;
    QList<Llm::ProviderConfig> providers;
    Llm::ReviewJob job;   // batch size, pseudonymisation, cache
    QString providerName; // as given to --provider, for the report
    bool ndasOnly = false; // a document that does not look like an NDA is not reviewed (a folder\'s)
};

// One document reviewed and written: its redline and, when asked, its report.
struct DocumentReview final {
    int exit = Ok;
    QStringList errors;    // why it failed (exit != Ok), in words for the user
    QString reportFailure; // the redline is written but the report is not: why
    QStringList warnings;  // written all the same (their markup missing from the report)
    Review::TextDocument text;
    Review::ReviewResult review;
    QList<Review::FindingOutcome> outcomes;
    qsizetype written = 0; // findings written as tracked changes
    Llm::LlmReviewResult llm;
};

// Reads `input`, reviews it, writes `output` atomically and, unless reportPath is empty, the JSON
// report. The input is never modified. LLM progress goes to io.err as the review runs.
DocumentReview reviewAndWrite(const QString &input, const QString &output, const QString &reportPath,
                              const ReviewSetup &setup, Streams io);

// The steps of reviewAndWrite, for a run that reviews several documents with an LLM at once.
// Reads the document (and, for a folder, checks it is an NDA); empty with out's error if not.
std::optional<Docx::Document> readForReview(const QString &input, const ReviewSetup &setup, DocumentReview *out);
// The LLM review of the text read.
Llm::ReviewJob llmJob(const ReviewSetup &setup, const Review::TextDocument &text);
// Takes an LLM review's result; false (with out's error) when not one clause was reviewed.
bool takeLlmResult(const Llm::LlmReviewResult &result, DocumentReview *out);
// Writes the redline of out's findings and, unless reportPath is empty, the report.
void writeReviewed(const Docx::Document &doc, const QString &input, const QString &output, const QString &reportPath,
                   const ReviewSetup &setup, DocumentReview *out);

} // namespace Redliner::Cli
