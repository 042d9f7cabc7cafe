// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "edit.h"
#include "existingmarkup.h"
#include "revisionwriter.h"

namespace Redliner::Docx {

// Accepting or rejecting one change someone already tracked in the body: its index in
// ExistingMarkup::changes.
struct Resolution final {
    qsizetype change = -1;
    bool accept = true;
};

// What resolving does to the working text: text taken out or put back at a place.
struct TextShift final {
    qint32 at = 0;
    qint32 removed = 0;  // [at, at + removed) leaves the working text
    qint32 inserted = 0; // this much comes back at `at` (rejected deletions)
};

// A document as it reads once the other side's changes are resolved, and how edits of its
// working text before resolving move onto it.
class ResolvedDocument final {
public:
    const Document &document() const { return m_document; }
    // Moves an edit of the text before resolving onto this document's; why it cannot be (it
    // changes text a rejection removed, or the text there reads differently), else empty.
    QString carry(Edit &edit) const;

private:
    friend class RevisionResolver;
    Document m_document;
    QString m_before;
    QList<TextShift> m_shifts;
};

// Writes decisions about the other side's tracked changes the way Word does: accepting an
// insertion unwraps it and rejecting removes it (the reverse for deletions, and moves as their two
// halves), a paragraph mark's revision keeps or joins its paragraph with the next (which gives the
// joined paragraph its properties), a formatting or paragraph property change keeps the new
// properties or puts the earlier ones back. Bookmarks and comment anchors inside removed text
// stay. Their other changes and comments are left exactly as they were.
class RevisionResolver final {
public:
    // Why this decision cannot be written (empty when it can): joining a paragraph with what
    // follows is refused at a table, a cell's or the document's end and a section break.
    static QString check(const Document &doc, const ExistingMarkup &markup, const Resolution &resolution);

    // The package with the decisions applied to the body; every other part as it was.
    static Outcome<QByteArray> resolve(const Document &doc, const ExistingMarkup &markup,
                                       const QList<Resolution> &resolutions);

    // Resolves and reads the result back, for writing our edits onto it.
    static Outcome<ResolvedDocument> read(const Document &doc, const ExistingMarkup &markup,
                                          const QList<Resolution> &resolutions);

    // Resolves theirs, then writes ours (edits of the working text before resolving) as tracked
    // changes of the result. An edit in text that a rejection removes is refused with that reason.
    static Outcome<QByteArray> write(const Document &doc, const ExistingMarkup &markup,
                                     const QList<Resolution> &resolutions, const QList<Edit> &edits,
                                     const RevisionOptions &options = {},
                                     QList<RevisionWriter::Refusal> *refusals = nullptr);
};

} // namespace Redliner::Docx
