// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "existingmarkup.h"
#include "storyreader.h"

#include <QHash>

namespace Redliner::Docx {

// Where a comment is anchored in the body, in both readings.
struct CommentAnchor final {
    qint32 start = -1;
    qint32 end = -1;
    qint32 originalStart = -1;
    qint32 originalEnd = -1;
    qint32 order = -1; // the place of its first marker among all comments' markers
};

struct BodyMarkup final {
    QList<ExistingChange> changes;
    QString originalText;
    QHash<qint64, CommentAnchor> anchors; // by comment id
};

// Reads the body's XML a second time, for what the StoryParser leaves out of the working text:
// deleted text, the revisions' attributes and the comment anchors. It goes the parser's way
// through the blocks and runs, and takes every working-text offset from the parsed paragraphs and
// runs it meets (matched by where their start tags begin), so both readings agree with
// Story::text by construction; one pass, no search.
class BodyMarkupReader final {
public:
    // quiet: paragraphs to leave unread (see RevisionScan): positions come from the parsed
    // paragraphs and runs, and the original reading copies what it does not read from the working text.
    explicit BodyMarkupReader(const Story &body, const QList<XmlRange> &quiet = {})
        : m_body(body), m_xml(body, {}, quiet)
    {}
    Q_DISABLE_COPY_MOVE(BodyMarkupReader)

    Outcome<BodyMarkup> read(const QString &file);

private:
    struct AnchorPoints {
        qint32 start = -1, startOriginal = -1;
        qint32 end = -1, endOriginal = -1;
        qint32 reference = -1, referenceOriginal = -1;
        qint32 order = -1;
    };
    struct MoveRange {
        QString id;
        QString name;
    };

    void walkBlocks();
    void walkAlternateBlocks();
    void walkParagraph(const Paragraph &p);
    void walkParagraphProperties();
    void walkInline();
    void walkChange(ExistingChange::Kind kind);
    void walkParsedRun(const Run &run);
    void walkDeletedRun();
    qsizetype walkRunProperties();
    void readText(QString &text);
    void fieldChar();
    bool marker();
    QChar runGlyph();

    const Run *parsedRunAt(qsizetype begin);
    const Paragraph *parsedParagraphAt(qsizetype begin);
    ExistingChange change(ExistingChange::Kind kind) const;
    qsizetype add(ExistingChange change);
    QString moveName(ExistingChange::Kind kind) const;
    AnchorPoints &anchor(qint64 id);
    // The current element is a w:commentReference at these places: kept if its comment has none yet.
    void noteReference(qint32 work, qint32 original);
    void deleted(const QString &text);

    // The original reading is the working text copied up to a place, with inserted text left out
    // and deleted text added as the walk meets them.
    qint32 originalAt(qint32 work);
    qint32 workAtBlock(qsizetype begin) const;
    void leaveOut(qint32 from, qint32 to);
    void finishAnchors();

    const Story &m_body;
    StoryReader m_xml;
    BodyMarkup m_out;
    QHash<qint64, AnchorPoints> m_points;
    qsizetype m_nextParagraph = 0;
    qsizetype m_nextRun = 0;
    qint32 m_work = 0;            // working-text offset where the reader is
    qint32 m_copied = 0;          // working text before this is in the original reading (or left out of it)
    int m_inserted = 0;           // open w:ins / w:moveTo around the reader
    QList<qsizetype> m_open;      // open w:ins / w:del / moves, as indices into changes, innermost last
    QList<qsizetype> m_deletions; // the open w:del / w:moveFrom among them
    QList<MoveRange> m_moveFrom;  // open move ranges (moveFromRangeStart..End), innermost last
    QList<MoveRange> m_moveTo;
    QList<bool> m_fieldInCode; // open complex fields, still before their separate
    int m_codeDepth = 0;
    // The paragraph being read: its mark's revisions wait for its end, where the mark is.
    const Paragraph *m_paragraph = nullptr;
    qsizetype m_lastParagraph = -1; // index of the last paragraph read
    QList<ExistingChange> m_markChanges;
    qsizetype m_propertyChange = -1;
};

// The body's markup: paragraphs without any left unread; none read at all in a story without any.
Outcome<BodyMarkup> readBodyMarkup(const Story &body, const QString &file);

} // namespace Redliner::Docx
