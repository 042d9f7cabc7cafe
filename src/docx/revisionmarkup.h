// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "edit.h"

namespace Redliner::Docx {

// The XML fragments of tracked changes and comment anchors, spelled with the prefix the part
// already binds to WordprocessingML (or a local declaration when it uses a default namespace).
class RevisionMarkup final {
public:
    RevisionMarkup(const QString &prefix, const QString &namespaceUri, const RevisionOptions &options);

    QString open(const QString &name) const;
    // <w:name w:id=".." w:author=".." w:date="..">: the start of a revision element.
    QString openRevision(const QString &name, qint64 id) const;
    QString close(const QString &name) const;
    // The end tag matching a start tag copied from the part (same qualified name).
    static QString closeLike(const QString &xml, const XmlRange &startTag);

    QString insertion(qint64 id, const QString &runProperties, QStringView text) const;
    QString deletion(qint64 id, const QString &runXml) const;
    // A new run of deleted text (w:delText), for wording that an earlier version had.
    QString deletedText(qint64 id, const QString &runProperties, QStringView text) const;
    QString paragraphMark(const QString &kind, qint64 id) const;  // <w:ins .../> or <w:del .../> in w:pPr/w:rPr
    QString text(QStringView text, bool deleted) const;
    QString deletedInstruction(const QString &xml, const XmlRange &instrText) const;
    QString commentStart(qint64 id) const;
    QString commentEnd(qint64 id) const; // the range's end and the reference run after it
    QString commentRangeEnd(qint64 id) const;
    QString commentReferenceRun(qint64 id) const;
    // A run's w:rPr fit to copy: without w:rPrChange (its w:id must stay unique).
    QString cleanProperties(const QString &xml, const XmlRange &properties) const;
    QString revisionAttributes(qint64 id) const;

private:
    QString runContent(QStringView text, bool deleted) const;
    QString name(const QString &local) const { return m_prefix + local; }

    QString m_prefix;       // "w:" or "ns0:"
    QString m_declaration;  // " xmlns:w=..." when the part has no prefix for the namespace
    QString m_author;
    QString m_date;
};

} // namespace Redliner::Docx
