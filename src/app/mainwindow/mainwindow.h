// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporthistory.h"
#include "findings/decisionstore.h"
#include "folderreview/reviewedfile.h"
#include "reviewcontrol/documentloader.h"
#include "export/exportcontroller.h"
#include "reviewcontrol/reviewcontroller.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUndoGroup>

#include <functional>
#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace Redliner::App {

class ComparisonView;
class DocumentSession;
class FolderReviewWindow;
class FindingsPanel;
class PlaybookLibraryDialog;
class KeyStore;
class MessageBar;
class ReviewToolBar;
class Settings;
class StartPage;

// The window: drop or open an NDA, review it, compare the original and the redline side by
// side, decide on each finding, export. Owns the open document's session; the loader, the
// review and the export run their work on workers and report back here.
// Defined in mainwindow.cpp and, by responsibility, mainwindow{actions,document,review,findings,
// export,folder}.cpp.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &path);
    bool startReview();
    // Writes the redline to a path (File › Export asks for it first).
    bool exportRedline(const QString &path);
    void closeDocument();
    // Replaces the open document with its comparison with an earlier version (File › Compare
    // with Previous Version asks for the file first): every difference as a tracked change.
    void compareWithPreviousVersion(const QString &olderPath);
    // File › Review Folder…: asks for a folder, then reviewFolder().
    void chooseFolderToReview();
    // Shows the triage view and reviews every .docx of the folder with the reviewer, side and
    // playbook of the review toolbar (a network reviewer once the keychain has answered and the
    // user has agreed to send the folder's documents).
    void reviewFolder(const QString &folder);
    // Opens a file of the folder review with the findings that review found (no second review;
    // not when the file changed since).
    void openReviewed(const ReviewedFile &file);

    DocumentSession *session() const;
    DocumentLoader *loader() const { return m_loader; }
    ReviewController *reviewController() const { return m_review; }
    ExportController *exportController() const { return m_export; }
    ComparisonView *comparisonView() const { return m_compare; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    MessageBar *messageBar() const { return m_message; }
    StartPage *startPage() const { return m_start; }
    ReviewToolBar *reviewToolBar() const { return m_reviewBar; }
    KeyStore *keyStore() const { return m_keys; }
    // The triage view of File › Review Folder…, made the first time it is needed.
    FolderReviewWindow *folderReview();
    // Tools › Playbooks…: shows the playbook library (made anew once it was closed), previewing on
    // the open document for the side of the review toolbar.
    void openPlaybooks();
    PlaybookLibraryDialog *playbookLibrary() const;

signals:
    void documentOpened(const QString &path);
    void openFailed(const QString &path, const QString &error);
    // The document opened has text changed without tracking since it was exported (that many places).
    void untrackedChangesFound(int places);
    void reviewFinished(bool completed);
    void exportFinished(const Redliner::App::ExportOutcome &outcome);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupActions();
    void setupIcons();
    void connectWork();
    void retranslate();
    void updateActions();
    void updateRecentMenu();
    void updateCounts();
    void updateTitle();

    void onLoaded(const LoadOutcome &outcome);
    void onLoadFailed(const QString &path, const QString &error);
    void onNoDifferences(const QString &path, const QString &olderPath);
    void checkUntrackedChanges(DocumentSession *session);
    // Saves the open document's decisions and lets its session and panes go.
    void releaseSession();
    void showFinding(const QString &id);
    void decideSelected(int status);
    void decideSeverity(int severity, int status);
    // Answers to the other side's tracked changes: the selected ones, or all by one author.
    void answerSelectedTheirs(std::optional<bool> accept);
    void answerAuthor(bool accept);
    void showAnswerProblems(const QStringList &problems);
    void replyToCurrentComment();
    void editSelected();
    void chooseExportPath();
    void exportReport(bool pdf);
    void printReport();
    void chooseOtherPlaybook();
    void startNetworkReview(const ReviewRequest &request);
    void continueNetworkReview(ReviewRequest request);
    // The providers' keys from the keychain (which answers asynchronously), then `then`.
    void readProviderKeys(const ReviewRequest &request, const std::function<void(const ReviewRequest &)> &then);
    // False (and an error in the message bar) when a provider of the request cannot be used.
    bool checkProviders(const ReviewRequest &request);
    void startFolderReview(const QString &folder, ReviewRequest request);
    // The folder review's findings for the document being opened, shown once it is.
    void applyPendingReview(DocumentSession *session);
    void showReviewFailures();
    void openSettings();
    // The library's playbooks into the review toolbar; and the playbook a side starts with: the
    // library's default for it, else the one in Settings ("" for the built-in).
    void refreshPlaybooks();
    QString defaultPlaybook(Review::Side side) const;
    // The side and playbook of a review shown again (restored, or from the folder review) in the
    // review toolbar, so that F5 reviews the same way (the playbook while its file is there).
    void followReview(const ReviewInfo &info);
    void findingContextMenu(const QString &id, const QPoint &globalPos);
    void moveToNextUndecided(const QString &from);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<Settings> m_settings;
    KeyStore *m_keys = nullptr;
    DocumentLoader *m_loader = nullptr;
    QString m_comparingWith; // the earlier version being compared with, while the loader works
    ReviewController *m_review = nullptr;
    ExportController *m_export = nullptr;
    DecisionStore m_store;
    ExportHistory m_history;
    QPointer<DocumentSession> m_session;
    QUndoGroup m_undo;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;

    MessageBar *m_message = nullptr;
    StartPage *m_start = nullptr;
    ComparisonView *m_compare = nullptr;
    FindingsPanel *m_findings = nullptr;
    ReviewToolBar *m_reviewBar = nullptr;
    QLabel *m_counts = nullptr;
    FolderReviewWindow *m_folderReview = nullptr;
    QPointer<PlaybookLibraryDialog> m_playbookDialog;
    // Each side's default playbook when the library was last read: the toolbar follows a change
    // of its side's default, and keeps the user's pick otherwise.
    QHash<Review::Side, QString> m_sideDefaults;
    std::optional<ReviewedFile> m_pendingReview; // opened from the folder review, until it is loaded
};

} // namespace Redliner::App
