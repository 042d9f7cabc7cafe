// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewcontrol/loadeddocument.h"
#include "redlinechanges.h"
#include "redlinestyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextCharFormat>

class QTextDocument;
class QTextTable;

namespace Redliner::App {

// Draws a document's body as a read-only QTextDocument: one block per paragraph (headings, list
// labels, bold / italic / underline / strike, tables), and, for the redline, each change with
// its insertion underlined, its deletion struck through and a comment marker that carries the
// rationale. Every block records the paragraph it shows, so that the panes can be kept on the
// same clause and a decision can redraw just the paragraphs it touches.
class RedlineRenderer final {
    Q_DECLARE_TR_FUNCTIONS(Redliner::App::RedlineRenderer)

public:
    // Properties stored in the documents it makes.
    enum Property {
        ParagraphProperty = QTextFormat::UserProperty + 1,  // block: body paragraph index
        RoleProperty,                                       // block: BlockRole
        LabelLengthProperty,                                // block: characters before the text
        FindingProperty,                                    // char: finding id of a change
        ChangeKindProperty,                                 // char: ChangeKind
    };
    enum class BlockRole { Source, Inserted, Filler };
    // TheirDeletion: text the other side deleted, drawn struck in its author's colour; like our
    // insertions it is not part of the working text.
    enum class ChangeKind { None, Deleted, Inserted, Marker, TheirDeletion };

    explicit RedlineRenderer(LoadedDocumentPtr document);

    // Appends the body's paragraphs to a document one after the other, so that a long document
    // can be drawn a slice at a time from the event loop (or all at once). Keeps the cursor and
    // the table being filled between calls; the document may be redrawn in between.
    class Writer final {
    public:
        Writer(const RedlineRenderer &renderer, QTextDocument *doc);
        // The next paragraph, drawn with the changes when given (plain otherwise).
        void append(const ChangeSet *changes, const RedlineStyle *style);
        // After the last paragraph: closes an open table, marks a trailing empty block.
        void finish();
        int next() const { return m_next; }
        bool atEnd() const { return m_next >= m_renderer.paragraphCount(); }
        QTextCursor &cursor() { return m_cursor; }

    private:
        void finishTable();
        void markFiller(QTextCursor &cursor, int paragraph);

        const RedlineRenderer &m_renderer;
        QTextCursor m_cursor;
        int m_next = 0;
        bool m_fresh = true;   // the cursor's block shows nothing yet
        int m_table = -1;      // the table being filled
        QTextTable *m_tableFrame = nullptr;
        int m_cellRow = -1;
        int m_cellColumn = -1;
        QHash<int, int> m_lastInCell;  // row * columns + column -> last paragraph in that cell
    };

    // An empty document set up for drawing into (no undo history, page margins).
    static QTextDocument *newDocument(QObject *parent = nullptr);
    // A new document with every paragraph of the body and no changes, drawn at once. Safe in
    // a worker thread (the document belongs to the calling thread); the caller owns it.
    QTextDocument *renderPlain() const;

    // Redraws paragraphs [first, last] of a document made by renderPlain with the changes that
    // touch them (UI thread: the document is shown).
    void redraw(QTextDocument *doc, int first, int last, const ChangeSet &changes, const RedlineStyle &style) const;

    // The paragraphs an edit touches, first and last.
    std::pair<int, int> paragraphsOf(const Docx::Edit &edit) const;
    int paragraphCount() const;

    static int paragraphOf(const QTextBlock &block);
    static BlockRole roleOf(const QTextBlock &block);
    // The first block showing the paragraph (or, failing that, the nearest one before it).
    static QTextBlock blockOf(const QTextDocument *doc, int paragraph);
    // The position in doc of a working-text offset, for a document drawn without changes.
    int plainPosition(const QTextDocument *doc, qint32 offset) const;
    // The same in a redline: the proposed insertions and markers drawn there are stepped over.
    int redlinePosition(const QTextDocument *doc, qint32 offset) const;

private:
    void writeParagraph(QTextCursor &cursor, int paragraph, const ChangeSet *changes, const RedlineStyle *style) const;
    // answers: the lawyer's answers to their changes (ChangeSet::theirDecisions), or nullptr for the
    // original pane, which shows them as received.
    void writeOriginal(QTextCursor &cursor, int paragraph, qint32 from, qint32 to, const QTextCharFormat &extra,
                       const QHash<int, bool> *answers) const;
    void writeRuns(QTextCursor &cursor, int paragraph, qint32 from, qint32 to, const QTextCharFormat &extra) const;
    int workingTextPosition(const QTextDocument *doc, qint32 offset, bool skipInsertions) const;

    // A tracked change already in the document, as the panes draw it: an insertion underlined
    // (start < end), a deletion's text struck at its place (start == end), in its author's colour.
    struct TheirMark {
        qint32 start = 0;
        qint32 end = 0;
        QString deletedText;
        int author = 0;
        int change = -1; // index into the markup's changes
    };
    QString toolTipOf(const TheirMark &mark) const;
    void writeTheirDeletion(QTextCursor &cursor, int paragraph, const TheirMark &mark,
                            const QHash<int, bool> *answers) const;
    void writeTheirDeletionsAt(QTextCursor &cursor, int paragraph, const QHash<int, bool> *answers) const;
    QList<TheirMark> m_theirs; // sorted by start, deletions first; no deletion inside an insertion
    QTextBlockFormat blockFormat(int paragraph, BlockRole role) const;
    QTextCharFormat baseFormat(int paragraph) const;

    // Characters of their insertions in [from, to), which the earlier reading leaves out.
    qint32 insertedBetween(qint32 from, qint32 to) const;

    LoadedDocumentPtr m_document;
    // A comparison's original pane shows the earlier version: the differences' inserted text left
    // out and their deleted text plain, as the earlier file reads.
    bool m_earlierReading = false;
};

} // namespace Redliner::App
