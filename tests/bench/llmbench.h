// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The LLM review benchmark (`redliner-bench --llm`): generated NDAs reviewed by both providers of
// the mock server at the seed's latencies (OpenAI 1.2 s, Anthropic 1.0 s a call), in parallel as
// Redliner does it and one request at a time as the Python system it grew from did, over HTTP/2
// and HTTP/1.1. Each measurement runs in a fresh child process so that its memory figures are its
// own.

#include <QString>

namespace Redliner::Bench {

struct LlmRunSpec final {
    int pages = 25;
    int docs = 1;               // reviewed at once (parallel) or one after another (sequential)
    bool http2 = true;
    bool sequential = false;    // the baseline: one request at a time, provider after provider
    int iterations = 10;
    quint16 openAiPort = 0;     // one mock process per provider: the real ones are different hosts,
    quint16 anthropicPort = 0;  //   each with its own connections
};

// Child side (`redliner-bench --llm-run ...`): runs the spec and prints one JSON line.
int runLlmChild(int argc, char **argv);

// Parent side (`redliner-bench --llm [--quick]`): starts the mocks, runs every row in a child,
// prints the table. --quick skips the 100-page baseline.
int runLlmTable(const char *self, bool quick);

} // namespace Redliner::Bench
