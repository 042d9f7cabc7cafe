// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filereview.h"
#include "reviewedfile.h"
#include "reviewcontrol/reviewcontroller.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

class QNetworkAccessManager;
template<typename T>
class QFutureWatcher;

namespace Redliner::Llm {
class LlmReview;
}

namespace Redliner::App {

class FolderReviewModel;

// Reviews the files of a FolderReviewModel and keeps each row's status and outcome current.
// Every file is read (and, with the offline playbook, reviewed) on a worker of its own pool, as
// many at once as the machine has processors; a network reviewer reviews several documents at
// once, each an Llm::LlmReview living in this (the UI) thread on the application's one network
// manager. Cancel stops everything; retryFailed() runs again only the files that failed (or
// were cancelled).
class FolderReviewRunner final : public QObject {
    Q_OBJECT
public:
    FolderReviewRunner(FolderReviewModel *model, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~FolderReviewRunner() override;

    // Reviews every row of the model that is queued; false (and *error) when it cannot start
    // (a playbook that cannot be read, a network reviewer without providers).
    bool start(const ReviewRequest &request, QString *error);
    void cancel();
    // Queues the failed and cancelled rows again and reviews them with the last request; the
    // number of rows queued.
    int retryFailed();
    bool isRunning() const { return m_running; }
    bool isNetworkReview() const { return m_request.reviewer != ReviewerKind::Offline; }

    // Files reviewed at once: offline, the pool's threads (default: the processors); network,
    // the documents whose requests are in flight together (default 3).
    void setParallelFiles(int files);
    int parallelFiles() const;
    // Blocks until no worker runs (on quit, and in tests).
    void waitForDone() { m_pool.waitForDone(); }

signals:
    void fileStarted(int row);
    void fileFinished(int row);
    // Files settled (reviewed, failed, not an NDA) of all rows; msecsLeft -1 while unknown.
    void progress(int done, int total, qint64 msecsLeft);
    // The run ended: every queued file settled (true) or cancelled (false).
    void finished(bool completed);

private:
    void pump();
    void startOffline(int row);
    void startNetwork(int row);
    void onRead(int row, const FileReview &read);
    void onNetworkReviewed(int row, Llm::LlmReview *review, const Review::TextDocument &text, const QString &sha256);
    void settle(int row, const ReviewedFile &file);
    ReviewInfo infoFor(const QStringList &notes) const;
    void reportProgress();
    void finishIfDone();

    QPointer<FolderReviewModel> m_model;
    QPointer<QNetworkAccessManager> m_network;
    QThreadPool m_pool;
    ReviewRequest m_request;
    Review::Playbook m_playbook;
    int m_networkFiles = 3;
    QList<int> m_queue;
    QHash<int, QObject *> m_active; // row -> its watcher or network review
    // Rows taken up again that had been reviewed but for some clauses: what they had, put back if
    // the retry is cancelled or fails, so that a retry never costs the findings already there.
    QHash<int, ReviewedFile> m_partial;
    int m_generation = 0;           // bumped by cancel and start: late results of earlier runs are dropped
    int m_settledThisRun = 0;
    QElapsedTimer m_clock;
    bool m_running = false;
};

} // namespace Redliner::App
