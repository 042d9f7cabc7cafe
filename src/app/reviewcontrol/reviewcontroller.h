// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/providerconfig.h"
#include "reviewinfo.h"
#include "review/playbook.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <QTimer>

class QNetworkAccessManager;
template<typename T>
class QFutureWatcher;

namespace Redliner::Llm {
class LlmReview;
}

namespace Redliner::App {

class DocumentSession;

// The reviewers a user can pick. Only those that run in this build are offered.
enum class ReviewerKind { Offline, OpenAI, Anthropic, Both, Local };
QString reviewerKey(ReviewerKind kind);                 // "offline", "openai", ...
bool parseReviewerKind(QStringView key, ReviewerKind *kind);
QString reviewerDisplayName(ReviewerKind kind);           // "Offline playbook", "OpenAI"...

struct ReviewRequest final {
    ReviewerKind reviewer = ReviewerKind::Offline;
    Review::Side side = Review::Side::Receiving;
    QString playbookPath;                               // empty: the built-in playbook
    // Network reviewers only: the providers with their keys, as the user configured them.
    QList<Llm::ProviderConfig> providers;
    bool pseudonymise = true;
    int batchSize = 5;
    QString cacheDirectory;                             // empty: the platform cache directory
};

// The providers a reviewer uses (none for the offline playbook).
QList<Llm::ProviderKind> providerKinds(ReviewerKind kind);

// Runs a review of the open document and hands the findings to its session. The offline
// playbook runs as a QtConcurrent task on its own pool (a pure function of the text); the
// network reviewers stream batches into the same session as they arrive.
class ReviewController final : public QObject {
    Q_OBJECT
public:
    explicit ReviewController(QObject *parent = nullptr);
    ~ReviewController() override;

    static QList<ReviewerKind> availableReviewers();

    // Starts a review; false (and *error) when it cannot start.
    bool start(DocumentSession *session, const ReviewRequest &request, QString *error);
    // Stops the review; what was received so far stays.
    void cancel();
    bool isRunning() const { return m_running; }
    // Clauses a network reviewer could not review in the last run, and sending them again.
    int failedClauses() const;
    // The network review itself (tests replace its retry clock).
    Llm::LlmReview *llmReview() const { return m_llm; }
    // The application's one network manager, which a folder review shares.
    QNetworkAccessManager *network() const { return m_network; }
    QString failureSummary() const;
    bool retryFailed();

    struct OfflineOutcome;

signals:
    void started(const QString &description);
    void progress(int done, int total, const QString &text);
    void notice(const QString &sentence);
    void finished(bool completed, const QString &message);

private:
    void finishOffline();
    bool startLlm(DocumentSession *session, const ReviewRequest &request, QString *error);
    void applyLlmFindings();
    void finishLlm();

    QThreadPool m_pool;
    QNetworkAccessManager *m_network = nullptr;
    Llm::LlmReview *m_llm = nullptr;
    QTimer m_llmUpdate;          // findings of several answers are applied together
    ReviewInfo m_info;
    QPointer<DocumentSession> m_session;
    QPointer<QObject> m_watcher;
    ReviewRequest m_request;
    bool m_running = false;
};

} // namespace Redliner::App
