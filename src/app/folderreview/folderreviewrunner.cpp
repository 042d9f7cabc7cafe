// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderreviewrunner.h"
#include "folderreviewmodel.h"

#include "llm/llmreview.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QSet>
#include <QThread>
#include <QtConcurrent>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

FolderReviewRunner::FolderReviewRunner(FolderReviewModel *model, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_model(model), m_network(network)
{
    // Its own pool, so that opening or reviewing a document in the main window never waits
    // behind a folder of them.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

FolderReviewRunner::~FolderReviewRunner()
{
    ++m_generation;
    for (QObject *work : std::as_const(m_active)) {
        if (auto *watcher = qobject_cast<QFutureWatcherBase *>(work))
            watcher->cancel();
    }
    m_pool.waitForDone();
}

void FolderReviewRunner::setParallelFiles(int files)
{
    files = std::max(1, files);
    m_pool.setMaxThreadCount(files);
    m_networkFiles = files;
}

int FolderReviewRunner::parallelFiles() const
{
    return isNetworkReview() ? m_networkFiles : m_pool.maxThreadCount();
}

bool FolderReviewRunner::start(const ReviewRequest &request, QString *error)
{
    if (m_running) {
        *error = tr("A folder review is already running.");
        return false;
    }
    if (request.reviewer != ReviewerKind::Offline && request.providers.isEmpty()) {
        *error = tr("No provider is configured for this reviewer.");
        return false;
    }
    if (request.reviewer != ReviewerKind::Offline && !m_network) {
        *error = tr("This reviewer is not available in this build.");
        return false;
    }
    Review::Playbook playbook;
    if (request.playbookPath.isEmpty()) {
        playbook = Review::Playbook::builtin();
    } else if (!Review::Playbook::load(request.playbookPath, &playbook, error)) {
        return false;
    }
    m_playbook = playbook;
    m_request = request;
    ++m_generation;
    m_queue.clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->file(row).status == FileStatus::Queued)
            m_queue.append(row);
    }
    m_settledThisRun = 0;
    m_clock.start();
    m_running = true;
    reportProgress();
    pump();
    finishIfDone();
    return true;
}

void FolderReviewRunner::pump()
{
    const int limit = isNetworkReview() ? m_networkFiles : m_pool.maxThreadCount();
    while (m_running && m_active.size() < limit && !m_queue.isEmpty()) {
        const int row = m_queue.takeFirst();
        if (isNetworkReview())
            startNetwork(row);
        else
            startOffline(row);
    }
}

void FolderReviewRunner::startOffline(int row)
{
    m_model->setStatus(row, FileStatus::Reading);
    auto *watcher = new QFutureWatcher<FileReview>(this);
    m_active.insert(row, watcher);
    const int generation = m_generation;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, row, watcher, generation](int value) {
        if (generation == m_generation && value >= 1 && m_active.value(row) == watcher)
            m_model->setStatus(row, FileStatus::Reviewing);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, row, watcher, generation]() {
        watcher->deleteLater();
        if (generation != m_generation || m_active.value(row) != watcher)
            return; // cancelled: whatever it made is not wanted
        m_active.remove(row);
        if (watcher->future().resultCount() == 0) {
            ReviewedFile failed = m_model->file(row);
            failed.status = FileStatus::Failed;
            failed.reason = tr("the review stopped before it ended");
            settle(row, failed);
            return;
        }
        onRead(row, watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(&m_pool, &reviewFileOffline, m_model->file(row).path, m_playbook, m_request.side));
    emit fileStarted(row);
}

void FolderReviewRunner::startNetwork(int row)
{
    m_model->setStatus(row, FileStatus::Reading);
    // Reading is a worker's; the review's requests then run in this thread's event loop.
    auto *watcher = new QFutureWatcher<FileReview>(this);
    m_active.insert(row, watcher);
    const int generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, row, watcher, generation]() {
        watcher->deleteLater();
        if (generation != m_generation || m_active.value(row) != watcher)
            return;
        m_active.remove(row);
        onRead(row, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, &readForReview, m_model->file(row).path));
    emit fileStarted(row);
}

void FolderReviewRunner::onRead(int row, const FileReview &read)
{
    ReviewedFile file = m_model->file(row);
    file.sha256 = read.sha256;
    if (!read.error.isEmpty()) {
        file.status = FileStatus::Failed;
        // The row shows where the file is: its name says which file the reason is about.
        file.reason = QString(read.error).replace(read.path, QFileInfo(read.path).fileName());
        settle(row, file);
        return;
    }
    if (!read.notAnNda.isEmpty()) {
        file.status = FileStatus::NotAnNda;
        file.reason = read.notAnNda;
        settle(row, file);
        return;
    }
    if (!isNetworkReview()) {
        file.status = FileStatus::Reviewed;
        file.triage = read.triage;
        file.findings = read.review.findings;
        file.info = infoFor(read.review.notes);
        settle(row, file);
        return;
    }
    m_model->setStatus(row, FileStatus::Reviewing);
    auto *review = new Llm::LlmReview(m_network, this);
    m_active.insert(row, review);
    Llm::ReviewJob job;
    job.document = read.text;
    job.playbook = m_playbook;
    job.side = m_request.side;
    job.providers = m_request.providers;
    job.batchSize = m_request.batchSize;
    job.pseudonymise = m_request.pseudonymise;
    job.useCache = true;
    job.cacheDirectory = m_request.cacheDirectory;
    connect(review, &Llm::LlmReview::finished, this, [this, row, review, text = read.text, sha256 = read.sha256]() {
        onNetworkReviewed(row, review, text, sha256);
    });
    review->start(job);
}

void FolderReviewRunner::onNetworkReviewed(int row, Llm::LlmReview *review, const Review::TextDocument &text,
                                           const QString &sha256)
{
    if (m_active.value(row) != review)
        return;
    m_active.remove(row);
    review->deleteLater();
    const Llm::LlmReviewResult result = review->result();
    ReviewedFile file = m_model->file(row);
    file.sha256 = sha256;
    QStringList errors;
    QSet<QString> failedClauses;
    for (const Llm::ClauseError &e : result.errors) {
        errors.append(e.message);
        if (!e.clauseId.isEmpty()) // not a clause's: an answer for a clause not asked about, say
            failedClauses.insert(e.clauseId);
    }
    errors.removeDuplicates();
    // Not one clause reviewed: a row of zeros would read as a clean bill of health.
    if (result.clauseAnswers == 0 && !errors.isEmpty()) {
        file.status = FileStatus::Failed;
        file.reason = errors.join(u" "_s);
        settle(row, file);
        return;
    }
    QStringList notes = result.review.notes;
    if (!failedClauses.isEmpty())
        notes.append(
            tr("%n clause(s) could not be reviewed: %1", nullptr, int(failedClauses.size())).arg(errors.join(u" "_s)));
    file.status = FileStatus::Reviewed;
    file.failedClauses = int(failedClauses.size());
    file.reason = failedClauses.isEmpty()
                      ? QString()
                      : tr("%n clause(s) could not be reviewed", nullptr, int(failedClauses.size()));
    file.findings = result.review.findings;
    file.info = infoFor(notes);
    // The parties are read from the whole text: a worker's job, not this thread's.
    auto *watcher = new QFutureWatcher<Llm::TriageRow>(this);
    m_active.insert(row, watcher);
    const int generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, row, watcher, generation, file]() mutable {
        watcher->deleteLater();
        if (generation != m_generation || m_active.value(row) != watcher)
            return;
        m_active.remove(row);
        file.triage = watcher->result();
        settle(row, file);
    });
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [path = file.path, text, review = result.review]() { return Llm::triageRow(path, text, review); }));
}

void FolderReviewRunner::settle(int row, const ReviewedFile &file)
{
    const ReviewedFile earlier = m_partial.take(row);
    // A retry that failed outright leaves the partial review it was meant to complete.
    m_model->setFile(row, file.status == FileStatus::Failed && !earlier.path.isEmpty() ? earlier : file);
    ++m_settledThisRun;
    emit fileFinished(row);
    reportProgress();
    pump();
    finishIfDone();
}

ReviewInfo FolderReviewRunner::infoFor(const QStringList &notes) const
{
    ReviewInfo info;
    info.reviewer = reviewerKey(m_request.reviewer);
    info.side = m_request.side;
    info.playbookName = m_playbook.name;
    info.playbookVersion = m_playbook.version;
    info.playbookHash = m_playbook.sha256;
    info.playbookPath = m_request.playbookPath;
    info.reviewedAt = QDateTime::currentDateTimeUtc();
    info.notes = notes;
    return info;
}

void FolderReviewRunner::reportProgress()
{
    int done = 0;
    for (const ReviewedFile &f : m_model->files())
        done += f.isSettled() ? 1 : 0;
    const qsizetype left = m_queue.size() + m_active.size();
    const qint64 msecsLeft =
        m_settledThisRun > 0 && m_running ? m_clock.elapsed() * left / m_settledThisRun : (left == 0 ? 0 : -1);
    emit progress(done, m_model->rowCount(), msecsLeft);
}

void FolderReviewRunner::finishIfDone()
{
    if (!m_running || !m_queue.isEmpty() || !m_active.isEmpty())
        return;
    m_running = false;
    reportProgress();
    emit finished(true);
}

void FolderReviewRunner::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    QList<int> rows = m_queue;
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
        rows.append(it.key());
        if (auto *review = qobject_cast<Llm::LlmReview *>(it.value())) {
            disconnect(review, nullptr, this, nullptr);
            review->cancel();
            review->deleteLater();
        } else if (auto *watcher = qobject_cast<QFutureWatcherBase *>(it.value())) {
            watcher->cancel(); // a worker still reading stops before it reviews
        }
    }
    m_active.clear();
    m_queue.clear();
    std::sort(rows.begin(), rows.end());
    for (int row : std::as_const(rows)) {
        if (m_partial.contains(row))
            m_model->setFile(row, m_partial.take(row));
        else
            m_model->setStatus(row, FileStatus::Cancelled);
    }
    m_partial.clear();
    m_running = false;
    reportProgress();
    emit finished(false);
}

int FolderReviewRunner::retryFailed()
{
    if (m_running)
        return 0;
    int queued = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        // A file reviewed but for some clauses is reviewed again whole: with the clause cache on,
        // the clauses answered before cost nothing and only the others are sent.
        if (!m_model->file(row).needsRetry())
            continue;
        if (m_model->file(row).status == FileStatus::Reviewed)
            m_partial.insert(row, m_model->file(row));
        ReviewedFile again;
        again.path = m_model->file(row).path;
        m_model->setFile(row, again);
        ++queued;
    }
    QString error;
    if (queued > 0 && !start(m_request, &error))
        return 0;
    return queued;
}

} // namespace Redliner::App
