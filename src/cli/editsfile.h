// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/edit.h"

#include <QList>
#include <QString>

namespace Redliner::Cli {

// One entry of EDITS.json, as the user wrote it.
struct EditRequest final {
    QString find;
    QString after;     // with an empty find: insert after this text
    QString replace;
    QString comment;
    int occurrence = 1;
};

// Reads EDITS.json: a JSON array of edit objects. Errors name the file, the entry and the field.
bool readEditsFile(const QString &path, QList<EditRequest> &edits, QString &error);

// Anchors a request in the working text; error says why it cannot be found.
bool anchorEdit(const EditRequest &request, QStringView text, Docx::Edit &edit, QString &error);

} // namespace Redliner::Cli
