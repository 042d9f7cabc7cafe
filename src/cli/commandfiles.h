// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "docx/existingmarkup.h"

#include <QList>
#include <QString>

namespace Redliner::Cli {

// The files one command reads and writes, checked together before anything is opened or written.
// Files are compared by identity (device and inode, after symbolic links; for an output that does
// not exist yet, its canonical directory and name), so no spelling — relative, absolute, a
// symbolic or a hard link — lets a report replace the NDA or one output replace another. Only
// regular files are read or replaced: a device or a FIFO given for a file is refused by name
// before it is opened (reading /dev/zero never ends; opening a FIFO waits for a writer; renaming
// over /dev/null replaces the device node).
class CommandFiles final {
public:
    // `role` names the file in messages: "the input", "--edits", "-o", "--report".
    void addInput(const QString &role, const QString &path);
    void addOutput(const QString &role, const QString &path);
    // A directory the command writes into (the clause cache): refused when it exists as something
    // else.
    void addOutputDirectory(const QString &role, const QString &path);

    // Ok, or the exit code after printing why on io.err: InputError for an input that is missing or
    // not a regular file and for one file in two roles where one of them writes; OutputError for an
    // output that exists and is not a regular file (or directory).
    int check(Streams io) const;

private:
    enum class Kind { Input, Output, OutputDirectory };
    struct Entry {
        Kind kind;
        QString role;
        QString path;
    };
    QList<Entry> m_entries;
};

// Empty when `path` (after symbolic links) is a regular file; otherwise why not, as a phrase for
// "PATH: <phrase>": "no such file", "is a character device, not a regular file", or the system's
// reason ("Permission denied"). Checks without opening, so a FIFO is never opened.
QString whyNotARegularFile(const QString &path);

// Reads a .docx and the markup the other side already made in its body; on failure prints the
// error (file, part, place) and returns false: the caller exits with InputError.
bool readWithMarkup(const QString &path, QTextStream &err, Docx::Document *doc, Docx::ExistingMarkup *markup);

} // namespace Redliner::Cli
