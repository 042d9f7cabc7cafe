// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QCommandLineParser>

#include <optional>

namespace Redliner::Cli {

// Parses one command's arguments with -h/--help added, so `redliner-cli review --help` shows that
// command's usage and options. Empty: go on; otherwise the exit code, after printing the help
// (Ok) or the parser's complaint and the usage (UsageError).
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args, const QString &usage,
                                    Streams io);

} // namespace Redliner::Cli
