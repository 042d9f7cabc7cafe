// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/existingmarkup.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace Redliner::App {

class DocumentSession;

// The other side's markup in the open document, read-only: one row per tracked change and per
// comment, a change made inside another one (a deletion of their own insertion) under it and a
// reply under the comment it answers. Each change shows the playbook's view of its clause once
// a review has run, and the lawyer's answer to it (accepted, rejected; a reply to a comment). Reads the session; never
// holds a copy of its state.
class TheirChangesModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        AnswerColumn,
        AuthorColumn,
        DateColumn,
        ClauseColumn,
        TextColumn,
        PlaybookColumn,
        ColumnCount
    };
    enum Role {
        StartRole = Qt::UserRole + 1, // qint32: where it is in the working text (-1: not in the body)
        EndRole,                      // qint32: the end of that range
        IsCommentRole,                // bool
        ChangeRole,                   // int: index into the markup's changes; -1 for a comment
        AuthorRole,                   // QString: the author as written (empty when unnamed)
        CommentIdRole,                // qint64: a comment's w:id; -1 for a change
    };

    explicit TheirChangesModel(QObject *parent = nullptr);

    void setSession(DocumentSession *session);
    // Every change and comment, replies and nested changes included.
    int entryCount() const { return int(m_nodes.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Inserted", "Deleted", "Moved here"...
    static QString kindText(Docx::ExistingChange::Kind kind);

private:
    struct Node {
        bool comment = false;
        int item = -1;   // index into the markup's changes or comments
        int parent = -1; // index into m_nodes; -1 at the top
        int row = 0;     // under its parent
        QList<int> children;
    };
    void rebuild();
    void playbookChanged();
    void answersChanged(const QList<int> &changes);
    void repliesChanged(const QList<qint64> &commentIds);
    const Node *nodeOf(const QModelIndex &index) const;
    QString displayText(const Node &node, int column) const;
    QString fullText(const Node &node) const;
    QString playbookText(const Node &node) const;
    QString clauseText(qint32 offset) const;

    QPointer<DocumentSession> m_session;
    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace Redliner::App
