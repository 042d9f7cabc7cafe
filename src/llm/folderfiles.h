// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Redliner::Llm {

// What a folder review writes for each file: "<name> (redline).docx".
inline constexpr char16_t RedlineSuffix[] = u" (redline).docx";

// The .docx files to review, in the order given: each file given as it is (a missing one too,
// to be named as failed), each folder's .docx files searched recursively and sorted by path.
// Word's "~$" lock files, our own " (redline).docx" outputs and anything under skipUnder (the
// output folder) are left out; a file given twice is taken once.
QStringList collectDocxFiles(const QStringList &inputs, const QString &skipUnder = {});

// The base name each file's outputs get: its own, or "acme (2)" for a second "acme.docx" from
// another folder (case-insensitively, as Windows and macOS compare names).
QStringList outputBaseNames(const QStringList &files);

} // namespace Redliner::Llm
