// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redlinebatch.h"
#include "reviewcontrol/reviewcontroller.h"
#include "reviewedfile.h"

#include <QPointer>
#include <QThreadPool>
#include <QWidget>

class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
template<typename T>
class QFutureWatcher;

namespace Redliner::App {

class FolderReviewModel;
class FolderReviewRunner;
class Settings;

// The triage view of a folder review (File › Review Folder…): every NDA of a folder in a
// sortable table (parties, mutual or one-way, governing law, term, high / medium / low, the top
// issues, status), the run's progress with Cancel and Retry Failed, and Export All Redlines.
// Double-clicking a row asks the main window to open that document with its findings.
class FolderReviewWindow final : public QWidget {
    Q_OBJECT
public:
    FolderReviewWindow(Settings *settings, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~FolderReviewWindow() override;

    // Lists the .docx files of folder (recursively) and reviews them; false (and *error) when
    // there is none or the review cannot start.
    bool review(const QString &folder, const ReviewRequest &request, QString *error);
    // Writes every reviewed file's redline into outDir, on a worker; exportFinished tells.
    bool exportAll(const QString &outDir, QString *error);
    bool isExporting() const;

    FolderReviewModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    FolderReviewRunner *runner() const { return m_runner; }
    QTableView *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *messageLabel() const { return m_message; }

signals:
    // The user asked to pick a folder to review.
    void folderRequested();
    void openRequested(const Redliner::App::ReviewedFile &file);
    void exportFinished(const Redliner::App::RedlineBatchOutcome &outcome);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void showProgress(int done, int total, qint64 msecsLeft);
    void showFinished(bool completed);
    void chooseExportFolder();
    void showExported(const RedlineBatchOutcome &outcome, const QString &outDir);

    QPointer<Settings> m_settings;
    FolderReviewModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    FolderReviewRunner *m_runner = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_folder = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
    QThreadPool m_exportPool;
    QPointer<QFutureWatcher<RedlineBatchOutcome>> m_exporting;
};

} // namespace Redliner::App
