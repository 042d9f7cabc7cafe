// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "edit.h"
#include "revisionmarkup.h"
#include "revisionwriter.h"
#include "commentspart.h"

#include <QHash>
#include <QSet>

#include <utility>

// How RevisionWriter writes the body: BodyRedliner plans every edit as splices of the part text
// and rebuilt runs (bodyredliner.cpp), then writes the new part text from the plan
// (bodyredlinerxml.cpp). Private to the docx layer.
namespace Redliner::Docx {

// New XML for [begin, end) of the part text; zero-length splices insert.
struct Splice {
    qsizetype begin = 0;
    qsizetype end = 0;
    QString text;
    int order = 0;
};

// XML to emit inside a run that is being rebuilt, at a working-text position.
struct Injection {
    qint32 position = 0;
    int edit = 0;
    int sub = 0; // 0 comment start, 1 insertion, 2 comment end: their order at one position
    QString xml;
};

// What a range of existing text becomes: struck through (a proposed deletion) or marked as
// inserted (a change a comparison found already made).
enum class RangeMark : quint8 { None, Deleted, Inserted };

struct Placement {
    enum Kind { InRun, Raw, ParagraphEnd, NewParagraphs } kind = InRun;
    qint32 run = -1;
    qint32 position = 0;   // InRun: working-text position
    qsizetype raw = 0;     // Raw / NewParagraphs: part offset
    qint32 paragraph = -1; // ParagraphEnd / NewParagraphs
};

// New text inside someone else's w:ins: their element is closed before ours and opened again
// after it (with an id of its own), as Word splits another author's insertion. Empty otherwise.
struct TheirSplit {
    QString close;
    QString reopen;
};

// Text a Word document cannot hold (XML 1.0 forbids the character): what is wrong, or empty.
// Refused rather than filtered, so that nothing the user wrote is silently changed.
QString unwritableText(QStringView text, const QString &what);
// The same for an edit's new text and, when comments are written, its comment.
QString unwritableEdit(const Edit &e, bool withComments);

// Whether the element at range is an empty-element tag ("<w:pPr/>").
bool isSelfClosing(const QString &xml, const XmlRange &range);

class BodyRedliner final {
public:
    BodyRedliner(const Document &doc, const RevisionOptions &options)
        : m_story(doc.body), m_markup(doc.body.wordPrefix, doc.body.wordNamespace, options),
          m_nextId(doc.maxRevisionId + 1)
    {}

    QList<RevisionWriter::Refusal> plan(const QList<Edit> &edits, bool withComments);
    QString apply();
    const QList<NewComment> &comments() const { return m_comments; }

private:
    QString checkRuns(qint32 firstParagraph, qint32 lastParagraph, qint32 a, qint32 b);
    QString planRange(qint32 a, qint32 b, RangeMark mark);
    QString planRow(const Edit &e);
    QString planFormatting(const Edit &e);
    QString planParagraphFormatting(const Edit &e);
    void writeParagraphFormatting();
    // The outermost table row whose text starts (or ends) at offset, or -1.
    qint32 rowAt(qint32 offset, bool starting);
    const QString *formerFormattingOf(qint32 from, qint32 to) const;
    QString deletedRowsXml(const QList<DeletedRow> &rows);
    QString checkMarks(qint32 firstParagraph, qint32 lastParagraph, qint32 a, qint32 b, RangeMark mark) const;
    QString planFields(qint32 a, qint32 b, QSet<qint32> &wholeFieldRuns);
    QString planInsertion(qint32 x, const QString &text, bool deletedText, Placement &where, QString &properties,
                          TheirSplit &split);
    void place(const Placement &where, int edit, int sub, const QString &xml);
    // Whether new text at x in this run (inside someone's insertion) can split that insertion;
    // says how.
    bool splitTheirInsertion(qint32 runIndex, qint32 nextRun, qint32 paragraph, TheirSplit &split);
    qint32 runContaining(qint32 paragraph, qint32 offset) const;
    qint32 firstTextRun(qint32 paragraph) const;
    QString rebuildRun(qint32 runIndex);
    // former: the earlier run properties a comparison records for the segment (w:rPrChange), or null.
    QString segmentXml(const Run &run, qint32 from, qint32 to, RangeMark mark, bool firstSegment,
                       const QString *former = nullptr);
    RangeMark markOf(qint32 runIndex, qint32 from, qint32 to) const;
    // markKind: "ins", "del" or empty for a paragraph mark without a tracked change.
    QString newParagraphProperties(const Paragraph &p, const QString &markKind, const Paragraph *former = nullptr);
    QString innerProperties(const Paragraph &p) const;
    std::pair<qint32, qint32> deletedRunSpan(qint32 a, qint32 b) const;

    const Story &m_story;
    RevisionMarkup m_markup;
    qint64 m_nextId;

    QList<std::pair<qint32, qint32>> m_deletions;        // sorted, non-overlapping
    QList<std::pair<qint32, qint32>> m_markedInsertions; // the same, for ranges marked as inserted
    struct FormerFormatting {
        qint32 start = 0;
        qint32 end = 0;
        QString properties;
    };
    QList<FormerFormatting> m_formatting;         // sorted, non-overlapping
    QHash<qint32, QString> m_paragraphFormatting; // paragraph -> its earlier properties (w:pPrChange)
    QHash<qint32, qint32> m_rowStarts;            // text offset -> the outermost row starting there
    QHash<qint32, qint32> m_rowEnds;              // ... and ending there (both made when first needed)
    QSet<qint32> m_forceDeleted;                  // zero-length runs of wholly deleted fields
    QSet<qint32> m_forceInserted;                 // ... and of fields wholly marked as inserted
    QHash<qint32, QList<Injection>> m_injections; // run index -> injections
    QSet<qint32> m_affectedRuns;
    QList<Splice> m_splices;
    QSet<qint32> m_deletedMarks;               // paragraphs whose mark is deleted
    QSet<qint32> m_insertedMarks;              // paragraphs whose mark becomes an insertion
    QHash<qint32, QString> m_paragraphAppends; // paragraph -> content for its end (no text runs)
    QList<NewComment> m_comments;
    int m_order = 0;
};

} // namespace Redliner::Docx
