// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderreviewmodel.h"

#include <QDir>

#include <limits>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

FolderReviewModel::FolderReviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void FolderReviewModel::setFiles(const QString &root, const QStringList &files)
{
    beginResetModel();
    m_root = root;
    m_files.clear();
    m_files.reserve(files.size());
    for (const QString &path : files) {
        ReviewedFile f;
        f.path = path;
        m_files.append(f);
    }
    endResetModel();
}

void FolderReviewModel::setStatus(int row, FileStatus status, const QString &reason)
{
    ReviewedFile &f = m_files[row];
    f.status = status;
    f.reason = reason;
    emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

void FolderReviewModel::setFile(int row, const ReviewedFile &file)
{
    m_files[row] = file;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int FolderReviewModel::countOf(FileStatus status) const
{
    return int(std::count_if(m_files.cbegin(), m_files.cend(), [status](const auto &f) { return f.status == status; }));
}

int FolderReviewModel::retryCount() const
{
    return int(std::count_if(m_files.cbegin(), m_files.cend(), [](const auto &f) { return f.needsRetry(); }));
}

int FolderReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int FolderReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FolderReviewModel::statusText(const ReviewedFile &f)
{
    switch (f.status) {
    case FileStatus::Queued: return tr("Queued");
    case FileStatus::Reading: return tr("Reading…");
    case FileStatus::Reviewing: return tr("Reviewing…");
    case FileStatus::Reviewed: return f.reason.isEmpty() ? tr("Reviewed") : tr("Reviewed; %1").arg(f.reason);
    case FileStatus::NotAnNda: return tr("Not an NDA: %1").arg(f.reason);
    case FileStatus::Failed: return tr("Failed: %1").arg(f.reason);
    case FileStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QVariant FolderReviewModel::display(const ReviewedFile &f, int column) const
{
    const bool reviewed = f.status == FileStatus::Reviewed;
    const Llm::TriageRow &t = f.triage;
    switch (column) {
    case FileColumn:
        return m_root.isEmpty() ? QDir::toNativeSeparators(f.path)
                                : QDir::toNativeSeparators(QDir(m_root).relativeFilePath(f.path));
    case PartiesColumn: return t.parties;
    case KindColumn:
        return t.kind == Llm::TriageRow::Kind::Mutual   ? tr("Mutual")
               : t.kind == Llm::TriageRow::Kind::OneWay ? tr("One-way")
                                                        : QString();
    case LawColumn: return t.law;
    case TermColumn:
        if (t.perpetual)
            return tr("Perpetual");
        if (t.termMonths < 0)
            return t.termOther;
        return t.termMonths % 12 == 0 ? tr("%n year(s)", nullptr, t.termMonths / 12)
                                      : tr("%n month(s)", nullptr, t.termMonths);
    case HighColumn: return reviewed ? QVariant(t.high) : QVariant();
    case MediumColumn: return reviewed ? QVariant(t.medium) : QVariant();
    case LowColumn: return reviewed ? QVariant(t.low) : QVariant();
    case TopIssuesColumn: return t.topIssues.join(u"; "_s);
    case StatusColumn: return statusText(f);
    }
    return {};
}

QVariant FolderReviewModel::sortValue(const ReviewedFile &f, int column) const
{
    const bool reviewed = f.status == FileStatus::Reviewed;
    const Llm::TriageRow &t = f.triage;
    switch (column) {
    case TermColumn:
        // Months, perpetual last, none first; a term in other words beside the unknown ones.
        return t.perpetual ? std::numeric_limits<int>::max() : t.termMonths;
    case HighColumn: return reviewed ? t.high : -1;
    case MediumColumn: return reviewed ? t.medium : -1;
    case LowColumn: return reviewed ? t.low : -1;
    case StatusColumn: {
        // What needs the user's attention first: failures, then what is not an NDA, then the rest
        // in the order the review moves them.
        switch (f.status) {
        case FileStatus::Failed: return 0;
        case FileStatus::NotAnNda: return 1;
        case FileStatus::Cancelled: return 2;
        case FileStatus::Reading:
        case FileStatus::Reviewing: return 3;
        case FileStatus::Queued: return 4;
        case FileStatus::Reviewed: return 5;
        }
        return 6;
    }
    default: return display(f, column).toString().toLower();
    }
}

QVariant FolderReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_files.size())
        return {};
    const ReviewedFile &f = m_files.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(f, index.column());
    case SortRole: return sortValue(f, index.column());
    case StatusRole: return int(f.status);
    case PathRole: return f.path;
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return QDir::toNativeSeparators(f.path);
        if (index.column() == StatusColumn || index.column() == TopIssuesColumn)
            return display(f, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == HighColumn || index.column() == MediumColumn || index.column() == LowColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant FolderReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn: return tr("File");
    case PartiesColumn: return tr("Parties");
    case KindColumn: return tr("Mutual or One-way");
    case LawColumn: return tr("Governing Law");
    case TermColumn: return tr("Term");
    case HighColumn: return tr("High");
    case MediumColumn: return tr("Medium");
    case LowColumn: return tr("Low");
    case TopIssuesColumn: return tr("Top Issues");
    case StatusColumn: return tr("Status");
    }
    return {};
}

void FolderReviewModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_files.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace Redliner::App
