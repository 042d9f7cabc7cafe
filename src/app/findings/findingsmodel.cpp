// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"
#include "reviewcontrol/documentsession.h"
#include "mainwindow/icons.h"

#include "llm/providerconfig.h"

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setSession(DocumentSession *session)
{
    beginResetModel();
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_hidden.clear();
    if (m_session) {
        connect(m_session, &DocumentSession::findingsReset, this, [this]() {
            beginResetModel();
            endResetModel();
        });
        connect(m_session, &DocumentSession::decisionsChanged, this, &FindingsModel::onDecisionsChanged);
    }
    endResetModel();
}

void FindingsModel::setHidden(const QStringList &ids)
{
    const QSet<QString> hidden(ids.cbegin(), ids.cend());
    if (hidden == m_hidden)
        return;
    m_hidden = hidden;
    if (rowCount() > 0)
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void FindingsModel::onDecisionsChanged(const QStringList &ids)
{
    for (const QString &id : ids) {
        const QModelIndex i = indexOf(id);
        if (i.isValid())
            emit dataChanged(index(i.row(), 0), index(i.row(), ColumnCount - 1));
    }
}

QModelIndex FindingsModel::indexOf(const QString &id, int column) const
{
    if (!m_session)
        return {};
    const int row = m_session->indexOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString FindingsModel::idAt(int row) const
{
    if (!m_session || row < 0 || row >= m_session->findings().size())
        return {};
    return m_session->findings().at(row).id;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_session ? 0 : int(m_session->findings().size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::severityText(int severity)
{
    switch (Review::Severity(severity)) {
    case Review::Severity::High: return tr("High");
    case Review::Severity::Medium: return tr("Medium");
    case Review::Severity::Low: return tr("Low");
    }
    return {};
}

QString FindingsModel::reviewerText(const Review::Finding &finding, const QString &reviewer)
{
    const auto name = [](const QString &p) -> QString {
        Llm::ProviderKind kind;
        if (p == u"offline")
            return tr("Offline playbook");
        if (Llm::parseProviderKind(p, &kind))
            return Llm::providerDisplayName(kind);
        return p;
    };
    QStringList names;
    for (const QString &p : finding.providers)
        names.append(name(p));
    const QString text = names.join(u" + "_s);
    if (reviewer != u"both")
        return text;
    // A dual review says whether both reviewers raised the point, and whether they agree.
    if (finding.agreed())
        return tr("%1 (both agree)").arg(text);
    if (!finding.alternatives.isEmpty() && !finding.alternatives.first().providers.isEmpty())
        return tr("%1 (%2 proposes otherwise)").arg(text, name(finding.alternatives.first().providers.first()));
    return tr("%1 only").arg(text);
}

QString FindingsModel::statusText(int row) const
{
    const Review::Finding &f = m_session->findings().at(row);
    const Decision d = m_session->decision(f.id);
    QString text;
    switch (d.status) {
    case DecisionStatus::Pending: text = tr("Undecided"); break;
    case DecisionStatus::Accepted: text = d.edited ? tr("Accepted, edited") : tr("Accepted"); break;
    case DecisionStatus::Rejected: text = tr("Rejected"); break;
    }
    if (m_session->effectiveEdits(row).isEmpty())
        text = tr("%1 · to raise").arg(text);
    else if (m_hidden.contains(f.id))
        text = tr("%1 · overlaps").arg(text);
    return text;
}

QString FindingsModel::statusToolTip(int row) const
{
    const Review::Finding &f = m_session->findings().at(row);
    if (m_session->effectiveEdits(row).isEmpty())
        return tr("No change to the text is proposed: a point to raise with the other side. It is in the report, "
                  "not in the redline.");
    if (m_hidden.contains(f.id))
        return tr("Not shown in the redline: its change overlaps another finding's that is accepted or comes "
                  "first. Reject that one to see this one.");
    return statusText(row);
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!m_session || !index.isValid() || index.row() >= m_session->findings().size())
        return {};
    const Review::Finding &f = m_session->findings().at(index.row());
    const Decision d = m_session->decision(f.id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case SeverityColumn: return severityText(int(f.severity));
        case ClauseColumn:
            return f.clauseLabel == u"new" ? tr("New clause") : f.clauseLabel.isEmpty() ? tr("Whole document") : f.clauseLabel;
        case TitleColumn: return f.title;
        case ReviewerColumn: return reviewerText(f, m_session->reviewInfo().reviewer);
        case StatusColumn: return statusText(index.row());
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return Icons::severity(int(f.severity));
        if (index.column() == StatusColumn)
            return Icons::status(int(d.status));
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return statusToolTip(index.row());
        return QString(f.title + u"\n\n"_s + f.rationale);
    case FindingIdRole: return f.id;
    case SeverityRole: return int(f.severity);
    case StatusRole: return int(d.status);
    case SortRole:
        switch (index.column()) {
        case SeverityColumn: return int(f.severity) * 100000 - index.row();  // high first, then in order
        case TitleColumn: return f.title;
        case ReviewerColumn: return reviewerText(f, m_session->reviewInfo().reviewer);
        case StatusColumn: return int(d.status) * 100000 + index.row();
        default: return index.row();  // clause: document order
        }
    case SearchTextRole:
        return QStringList{f.id, f.title, f.rationale, f.clauseLabel, f.issueId}.join(u'\n');
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case ClauseColumn: return tr("Clause");
    case TitleColumn: return tr("Finding");
    case ReviewerColumn: return tr("Reviewer");
    case StatusColumn: return tr("Decision");
    }
    return {};
}

} // namespace Redliner::App
