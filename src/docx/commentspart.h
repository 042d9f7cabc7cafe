// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "edit.h"

#include <QHash>

#include <optional>

namespace Redliner::Docx {

struct NewComment final {
    qint64 id = 0;
    QString text;
    QString paraId; // w14:paraId of its last paragraph (a reply, threaded by it); empty for none
};

// Splices text before the closing tag of a part's root element; an empty root (<w:comments/>) is
// opened up first. Empty result when the part has no root element.
QString beforeRootEnd(const QString &xml, const QString &insert);

// A new part of the main part's: its content-type override and a relationship (of relType, with an
// unused id) from the main part, added to `parts` (the package's [Content_Types].xml and the main
// part's .rels, as read or as `parts` already changed them). replacedType: a relationship type whose
// existing relationships are dropped first (one part of that kind per document), or empty.
std::optional<DocxError> addRelatedPart(const Document &doc, const QString &partName, const QString &contentType,
                                        const QString &relType, const QString &replacedType,
                                        QHash<QString, QByteArray> &parts);

// Adds comments to the package: appends them to the existing comments part, or creates
// comments.xml with its content-type override and relationship. Returns the parts to replace.
Outcome<QHash<QString, QByteArray>> addComments(const Document &doc, const QList<NewComment> &comments,
                                                const RevisionOptions &options);

} // namespace Redliner::Docx
