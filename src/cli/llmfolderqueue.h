// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentreview.h"

#include <functional>

namespace Redliner::Cli {

// Where one file of a folder review goes.
struct QueuedFile final {
    QString input;
    QString redline;
    QString report;
};

// Reviews files with the setup's LLM providers, `atOnce` documents at a time, in this thread's
// event loop on one QNetworkAccessManager, so that the documents' requests share each provider's
// connection and slots (ProviderSlots) instead of each running its own schedule. Each file is
// read when its turn comes and written as soon as its review ends; `done` is called then (in the
// order the reviews end). Progress (files done, batches answered and in flight, time left) goes to
// io.err at most once a second. Returns the outcomes in the files' order: exit, errors, warnings
// and what was written (the text, findings and LLM result are only given to `done`).
QList<DocumentReview> reviewWithLlm(const QList<QueuedFile> &files, const ReviewSetup &setup, int atOnce, Streams io,
                                    const std::function<void(qsizetype index, const DocumentReview &)> &done);

} // namespace Redliner::Cli
