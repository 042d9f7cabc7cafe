// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "edit.h"

#include <QHash>

namespace Redliner::Docx {

struct NewComment final {
    qint64 id = 0;
    QString text;
    QString paraId; // w14:paraId of its last paragraph (a reply, threaded by it); empty for none
};

// Splices text before the closing tag of a part's root element; an empty root (<w:comments/>) is
// opened up first. Empty result when the part has no root element.
QString beforeRootEnd(const QString &xml, const QString &insert);

// Adds comments to the package: appends them to the existing comments part, or creates
// comments.xml with its content-type override and relationship. Returns the parts to replace.
Outcome<QHash<QString, QByteArray>> addComments(const Document &doc, const QList<NewComment> &comments,
                                                const RevisionOptions &options);

} // namespace Redliner::Docx
