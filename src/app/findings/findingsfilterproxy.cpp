// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsfilterproxy.h"
#include "findingsmodel.h"

namespace Redliner::App {

FindingsFilterProxy::FindingsFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    // A decision changes the status column: re-filter and re-sort as it happens.
    setDynamicSortFilter(true);
}

void FindingsFilterProxy::setSeverity(int severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    invalidateFilter();
}

void FindingsFilterProxy::setStatus(int status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void FindingsFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool FindingsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_severity >= 0 && index.data(FindingsModel::SeverityRole).toInt() != m_severity)
        return false;
    if (m_status >= 0 && index.data(FindingsModel::StatusRole).toInt() != m_status)
        return false;
    const QString text = m_text.trimmed();
    return text.isEmpty() || index.data(FindingsModel::SearchTextRole).toString().contains(text, Qt::CaseInsensitive);
}

} // namespace Redliner::App
