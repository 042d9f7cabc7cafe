// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package.h"

#include <QHash>

namespace Redliner::Docx {

// Writes a copy of a package in which the given parts are replaced or added. Every other entry is
// copied as it was (libzip copies unchanged entries without recompressing them).
Outcome<QByteArray> rewritePackage(const Package &package, const QHash<QString, QByteArray> &parts);

// Writes bytes to path atomically (QSaveFile): the file is either the complete new document or
// untouched. Refuses to write over the package's own input file.
DocxError saveAtomically(const QString &path, const QByteArray &bytes, const QString &inputPath = {});

} // namespace Redliner::Docx
