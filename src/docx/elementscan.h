// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QList>
#include <QString>

namespace Redliner::Docx {

// One element found in a stretch of part text, by where its tags are. Private to the docx layer.
struct ScannedElement final {
    QString qualifiedName; // as written ("w:rPr"): a rewritten tag keeps its prefix
    QString localName;     // "rPr"
    XmlRange raw;          // from its start tag's '<' to its end tag's '>'
    XmlRange startTag;
    XmlRange endTag; // equals startTag for an empty-element tag ("<w:ins .../>")
    int depth = 0;   // 0: a child of the scanned element
};

// The elements inside the element at `element` (a well-formed one the parser already read), in
// document order: its children at depth 0, theirs at 1... Namespace declarations are not resolved,
// so prefixes are only names here; callers compare local names.
QList<ScannedElement> scanElements(const QString &xml, XmlRange element);
// The same for a stretch of content; *text, when given, says whether it holds text other than
// white space, and *balanced whether it is whole elements (no end tag of something opened before
// it, nothing left open): a stretch that is not gives no elements.
QList<ScannedElement> scanContent(const QString &xml, XmlRange content, bool *text = nullptr, bool *balanced = nullptr);

// Where an element's content lies (between its tags); empty at its end for an empty-element tag.
XmlRange contentOf(const QString &xml, XmlRange element);

} // namespace Redliner::Docx
