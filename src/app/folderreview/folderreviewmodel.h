// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewedfile.h"

#include <QAbstractTableModel>
#include <QList>

namespace Redliner::App {

// The triage table of a folder review: one row per file, with what the agreement is (parties,
// mutual or one-way, governing law, term), what its review found (high, medium, low, the top
// three issues) and where it stands (queued, reading, reviewing, reviewed, failed and why, not
// an NDA). SortRole gives each column's value to sort by: numbers as numbers, failures first.
class FolderReviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        FileColumn,
        PartiesColumn,
        KindColumn,
        LawColumn,
        TermColumn,
        HighColumn,
        MediumColumn,
        LowColumn,
        TopIssuesColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        StatusRole, // int: FileStatus
        PathRole,   // the absolute path
    };

    explicit FolderReviewModel(QObject *parent = nullptr);

    // A new review: these files (absolute paths), all queued; names are shown relative to root.
    void setFiles(const QString &root, const QStringList &files);
    QString root() const { return m_root; }

    const ReviewedFile &file(int row) const { return m_files.at(row); }
    const QList<ReviewedFile> &files() const { return m_files; }
    void setStatus(int row, FileStatus status, const QString &reason = {});
    // The file's outcome, in full (status, triage row, findings).
    void setFile(int row, const ReviewedFile &file);
    int countOf(FileStatus status) const;
    int retryCount() const; // files Retry Failed would take up (ReviewedFile::needsRetry)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const ReviewedFile &file);
    // The headers in the language now installed.
    void retranslate();

private:
    QVariant display(const ReviewedFile &f, int column) const;
    QVariant sortValue(const ReviewedFile &f, int column) const;

    QString m_root;
    QList<ReviewedFile> m_files;
};

} // namespace Redliner::App
