// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/triagerow.h"
#include "review/playbook.h"
#include "review/reviewer.h"

#include <QPromise>
#include <QString>

namespace Redliner::App {

// One file of a folder review as the workers hand it back: read, checked that it is an NDA and,
// with the offline reviewer, reviewed. A value: made on a worker, read in the UI thread.
struct FileReview final {
    QString path;
    QString sha256;
    Review::TextDocument text;
    QString error;    // it could not be read
    QString notAnNda; // it reads like something else: why
    Review::ReviewResult review;
    Llm::TriageRow triage; // once reviewed

    bool readable() const { return error.isEmpty() && notAnNda.isEmpty(); }
};

// Reads the .docx at path (its bytes' SHA-256 and working text) and checks that it reads as an
// NDA. A pure function, for a worker.
FileReview readForReview(const QString &path);

// The offline review of a whole file, and its triage row, on a worker: progress 0 while reading, 1 while reviewing;
// stops after reading when cancelled.
void reviewFileOffline(QPromise<FileReview> &promise, const QString &path, const Review::Playbook &playbook,
                       Review::Side side);

} // namespace Redliner::App
