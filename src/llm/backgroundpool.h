// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace Redliner::Llm {

// Where the LLM layer's work off the calling thread runs: preparing a document for review
// (clauses, facts, the proposal checker) and decoding answers. One thread fewer than the machine
// has processors, and at least one: ten documents prepared at once on every core left the thread
// that draws the window waiting for a core for 10-20 ms at a time on a 2-core machine.
QThreadPool *backgroundPool();

} // namespace Redliner::Llm
