// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewedfile.h"

#include "export/exportcontroller.h"

#include <QMetaType>
#include <QPromise>
#include <QStringList>

namespace Redliner::App {

// What writing the redlines of a folder review did.
struct RedlineBatchOutcome final {
    QStringList written;  // the files written
    QStringList skipped;  // "<file>: why", files with nothing to write
    QStringList problems; // "<file>: why", files that could not be written
    int refused = 0;      // findings that could not be written as tracked changes
};

// Writes every reviewed file with all its findings as "<name> (redline).docx" into outDir (a
// second "acme.docx" from another folder as "acme (2) (redline).docx"), each exactly as File ›
// Export writes one (ExportController::write: atomically, never over its original). A file that
// changed since it was reviewed is not written: its findings belong to the earlier bytes. Runs on
// a worker; progress counts files; stops between files when cancelled.
void writeRedlines(QPromise<RedlineBatchOutcome> &promise, const QList<ReviewedFile> &files, const QString &outDir,
                   const ExportRequest &request);

} // namespace Redliner::App

Q_DECLARE_METATYPE(Redliner::App::RedlineBatchOutcome)
