// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "llm/llmreview.h"

namespace Redliner::Cli {

// Runs an LLM review to the end in this thread's event loop, reporting progress (batches done,
// retries, errors) on stderr as it goes.
Llm::LlmReviewResult runLlmReview(const Llm::ReviewJob &job, Streams io);

} // namespace Redliner::Cli
