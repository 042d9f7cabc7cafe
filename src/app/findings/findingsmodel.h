// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

#include "review/finding.h"

namespace Redliner::App {

class DocumentSession;

// The findings of the open document with the user's decisions: one row per finding, in
// document order. Reads the session; never holds a copy of its state.
class FindingsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, ClauseColumn, TitleColumn, ReviewerColumn, StatusColumn, ColumnCount };
    enum Role {
        FindingIdRole = Qt::UserRole + 1,
        SeverityRole,   // int: Review::Severity
        StatusRole,     // int: DecisionStatus
        SortRole,       // what the column sorts by
        SearchTextRole, // everything the filter looks in
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setSession(DocumentSession *session);
    // Findings the redline cannot show because they collide with another one.
    void setHidden(const QStringList &ids);

    QModelIndex indexOf(const QString &id, int column = 0) const;
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(int severity);
    // "OpenAI + Anthropic (both agree)", "OpenAI only", "Offline playbook"...
    static QString reviewerText(const Review::Finding &finding, const QString &reviewer);

private:
    void onDecisionsChanged(const QStringList &ids);
    QString statusText(int row) const;
    QString statusToolTip(int row) const;

    QPointer<DocumentSession> m_session;
    QSet<QString> m_hidden;
};

} // namespace Redliner::App
