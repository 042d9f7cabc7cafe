// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentreview.h"

namespace Redliner::Cli {

// redliner-cli review IN.docx... | DIR... --out-dir OUT: every .docx given or found (folders
// recursively; Word's "~$" lock files and our own " (redline).docx" outputs skipped) reviewed in
// turn, each written as "OUT/<name> (redline).docx" with "OUT/<name> (report).json", and a triage
// summary of all of them as OUT/summary.csv and OUT/summary.html. A file that fails (or does not
// look like an NDA, and is not reviewed) never stops the others. Returns Ok when every file was
// reviewed, else the exit status of the first that failed (OutputError when the summary cannot be
// written). jobs: documents reviewed at once by the offline reviewer (an LLM review takes them one
// after another, each with its own parallel batches).
int reviewFolder(const QStringList &inputs, const QString &outDir, const ReviewSetup &setup, int jobs, Streams io);

} // namespace Redliner::Cli
