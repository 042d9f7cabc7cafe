// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewcontrol/reviewinfo.h"

#include "llm/triagerow.h"
#include "review/finding.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Redliner::App {

// Where one file of a folder review stands. Failed and not-an-NDA files carry the reason.
enum class FileStatus { Queued, Reading, Reviewing, Reviewed, NotAnNda, Failed, Cancelled };

// One file of a folder review and what its review found: enough to show it in the triage table,
// open it in the review view with these findings (no second review) and write its redline.
struct ReviewedFile final {
    QString path; // absolute
    FileStatus status = FileStatus::Queued;
    QString reason; // Failed, NotAnNda: why, in words for the user
    QString sha256; // hex digest of the bytes reviewed: the findings belong to exactly these
    int failedClauses = 0; // Reviewed by an LLM, but these clauses were not: Retry Failed asks again
    Llm::TriageRow triage;
    QList<Review::Finding> findings;
    ReviewInfo info;

    // Failed, cancelled, or reviewed with clauses the LLM could not review: what Retry Failed takes up.
    bool needsRetry() const
    {
        return status == FileStatus::Failed || status == FileStatus::Cancelled
               || (status == FileStatus::Reviewed && failedClauses > 0);
    }

    bool isSettled() const
    {
        return status == FileStatus::Reviewed || status == FileStatus::NotAnNda || status == FileStatus::Failed;
    }
};

} // namespace Redliner::App

Q_DECLARE_METATYPE(Redliner::App::ReviewedFile)
