// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "docx/edit.h"

#include <QCommandLineParser>

namespace Redliner::Cli {

// --author and --date, shared by the commands that write tracked changes.
struct RevisionFlags final {
    QCommandLineOption author{QStringLiteral("author"), QStringLiteral("Author of the tracked changes."),
                              QStringLiteral("NAME"), QStringLiteral("Redliner")};
    QCommandLineOption date{QStringLiteral("date"), QStringLiteral("Date of the tracked changes (ISO 8601, default now)."),
                            QStringLiteral("ISO8601")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({author, date}); }
    // Fills author and date; false (with a message on io.err) when --date is not ISO 8601.
    bool read(const QCommandLineParser &parser, Docx::RevisionOptions *options, Streams io) const;
};

} // namespace Redliner::Cli
