// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Redliner::Bench {

// `redliner-bench --app`: the desktop application's longest UI-thread stall while it opens the
// generated 100-page NDA and reviews it, offline and with OpenAI through the mock server (1.2 s a
// call). Runs the real `redliner` binary (offscreen platform, throw-away settings) three times a
// row and prints the medians.
int runAppStalls();

} // namespace Redliner::Bench
