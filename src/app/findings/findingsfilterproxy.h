// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Redliner::App {

// Filters the findings by severity, decision and text, and sorts them by what each column means
// (severity high first, clause in document order).
class FindingsFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FindingsFilterProxy(QObject *parent = nullptr);

    void setSeverity(int severity);  // -1: any
    void setStatus(int status);      // -1: any
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_severity = -1;
    int m_status = -1;
    QString m_text;
};

} // namespace Redliner::App
