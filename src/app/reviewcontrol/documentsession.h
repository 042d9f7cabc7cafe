// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/decision.h"
#include "findings/decisionstore.h"
#include "loadeddocument.h"
#include "document/redlinechanges.h"
#include "reviewinfo.h"

#include "docx/commentreplies.h"
#include "docx/revisionresolver.h"
#include "review/finding.h"
#include "review/reviewer.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

#include <optional>

namespace Redliner::App {

// The open document, its review and the lawyer's decisions. Lives in the UI thread, which owns
// all of this state; workers only ever get copies. Every change of decisions goes through the
// undo stack and is saved to the sidecar store shortly after.
class DocumentSession final : public QObject {
    Q_OBJECT
public:
    DocumentSession(LoadedDocumentPtr document, const DecisionStore &store, QObject *parent = nullptr);
    ~DocumentSession() override;

    const LoadedDocumentPtr &document() const { return m_document; }
    const QList<Review::Finding> &findings() const { return m_findings; }
    const QList<Review::Clause> &clauses() const { return m_clauses; }
    bool hasReview() const { return m_info.reviewedAt.isValid(); }
    const ReviewInfo &reviewInfo() const { return m_info; }
    int indexOf(const QString &id) const { return m_index.value(id, -1); }

    Decision decision(const QString &id) const { return m_decisions.value(id); }
    // The edits and the proposed clause text as they stand after the user's edit, if any.
    QList<Docx::Edit> effectiveEdits(int index) const;
    QString effectiveProposedText(int index) const;
    QString clauseText(int index) const;  // the clause as it reads in the document
    // Where that clause text starts in the working text (-1 for a clause being added).
    qint32 clauseOffset(int index) const;
    // The edits that rewriting the finding's clause as `text` would write (the word diff).
    QList<Docx::Edit> editsForText(int index, const QString &text) const;
    bool canEdit(int index) const;
    // Accepted findings in document order, with their effective edits: what export writes.
    QList<Review::Finding> acceptedFindings() const;
    QList<FindingChanges> findingChanges() const;

    struct Counts {
        int high = 0, medium = 0, low = 0;
        int accepted = 0, rejected = 0, pending = 0;
        int total() const { return high + medium + low; }
    };
    Counts counts() const;

    // A new review replaces the findings; decisions carry over to findings that are the same
    // (same issue, clause and proposal), the others start undecided. Clears the undo history.
    void setReview(const QList<Review::Finding> &findings, const ReviewInfo &info);
    // The same in two steps, for a review whose findings arrive in batches: beginReview clears
    // the findings (remembering the decisions to carry over), updateFindings sets those received
    // so far (decisions made meanwhile are kept by id).
    void beginReview(const ReviewInfo &info);
    void updateFindings(const QList<Review::Finding> &findings, const QStringList &notes);

    // Providers the user agreed to send this document to (asked once per document).
    bool hasCloudConsent(const QString &provider) const { return m_cloudConsent.contains(provider); }
    void addCloudConsent(const QStringList &providers);
    // Restores what the sidecar store kept for this document; false when there is nothing.
    bool restore(QString *error);

    // User decisions: each is one undoable step.
    void decide(const QStringList &ids, DecisionStatus status, const QString &description);
    void editProposal(const QString &id, const QString &text);
    void revertEdit(const QString &id);
    // Applies decisions as they are (used by the undo commands).
    void applyDecisions(const QHash<QString, Decision> &decisions);

    // The lawyer's answers to the other side's tracked changes, by index into the document's
    // ExistingMarkup::changes: true accepted, false rejected, absent undecided. Export writes them.
    const QHash<int, bool> &theirDecisions() const { return m_theirDecisions; }
    std::optional<bool> theirDecision(int change) const;
    // Answers these of their changes (std::nullopt: undecided again) as one undoable step. Those
    // that cannot be written that way are left as they are; the result says why, one line each.
    QStringList decideTheirs(const QList<int> &changes, std::optional<bool> accept, const QString &description);
    // Sets answers as they are (used by the undo commands); std::nullopt removes one.
    void applyTheirDecisions(const QHash<int, std::optional<bool>> &decisions);
    // What export resolves, in document order.
    QList<Docx::Resolution> resolutions() const;

    // Our replies to their comments, by the comment's w:id; export adds them to the threads.
    const QHash<qint64, QString> &replies() const { return m_replies; }
    // Sets (or, with empty text, takes back) the reply to one comment as one undoable step.
    void setReply(qint64 commentId, const QString &text);
    // Sets replies as they are (used by the undo commands); std::nullopt removes one.
    void applyReplies(const QHash<qint64, std::optional<QString>> &replies);
    QList<Docx::CommentReply> commentReplies() const;

    QUndoStack *undoStack() { return &m_undo; }
    bool saveNow(QString *error);
    QString lastSaveError() const { return m_saveError; }

signals:
    void findingsReset();
    void decisionsChanged(const QStringList &ids);
    void theirDecisionsChanged(const QList<int> &changes);
    void repliesChanged(const QList<qint64> &commentIds);
    void saveFailed(const QString &error);

private:
    void rebuildIndex();
    void scheduleSave();
    StoredReview snapshot() const;
    QList<Docx::Edit> editsFor(int index, const Decision &decision) const;

    LoadedDocumentPtr m_document;
    DecisionStore m_store;
    QList<Review::Clause> m_clauses;
    QList<Review::Finding> m_findings;
    QHash<QString, int> m_index;
    QHash<QString, Decision> m_decisions;
    QHash<QString, QList<Docx::Edit>> m_editedEdits;  // recomputed edits of edited findings
    QHash<QString, Decision> m_carry;                  // by sameness, from the review before
    QHash<int, bool> m_theirDecisions;
    QHash<qint64, QString> m_replies;
    QStringList m_cloudConsent;
    ReviewInfo m_info;
    QUndoStack m_undo;
    QTimer m_saveTimer;
    QThreadPool m_savePool;  // one writer: saves happen in order, off the UI thread
    QString m_saveError;
};

} // namespace Redliner::App
