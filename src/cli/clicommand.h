// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Redliner::Cli {

// Exit codes are part of the CLI's contract (documented in --help).
enum ExitCode : int {
    Ok = 0,
    UsageError = 1,        // bad arguments
    EditRefused = 2,       // an edit cannot be anchored or written; nothing was written
    InputError = 3,        // the input is not a readable .docx (or the edits file is invalid)
    OutputError = 4,       // the output cannot be written
    ReviewFailed = 5,      // the LLM reviewer could not review a single clause; nothing was written
};

struct Streams {
    QTextStream &out;
    QTextStream &err;
};

int runText(const QStringList &args, Streams io);
int runRedline(const QStringList &args, Streams io);
int runClauses(const QStringList &args, Streams io);
int runChanges(const QStringList &args, Streams io);
int runCompare(const QStringList &args, Streams io);
int runAnswer(const QStringList &args, Streams io);
int runFacts(const QStringList &args, Streams io);
int runReview(const QStringList &args, Streams io);
int runPlaybook(const QStringList &args, Streams io);

} // namespace Redliner::Cli
