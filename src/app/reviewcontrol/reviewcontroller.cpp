// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcontroller.h"
#include "documentsession.h"

#include "llm/llmreview.h"
#include "review/reviewer.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QSet>
#include <QtConcurrent>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

struct ReviewController::OfflineOutcome {
    Review::ReviewResult result;
    Review::Playbook playbook;
    QString error;
};

QString reviewerKey(ReviewerKind kind)
{
    switch (kind) {
    case ReviewerKind::Offline: return u"offline"_s;
    case ReviewerKind::OpenAI: return u"openai"_s;
    case ReviewerKind::Anthropic: return u"anthropic"_s;
    case ReviewerKind::Both: return u"both"_s;
    case ReviewerKind::Local: return u"local"_s;
    }
    return {};
}

bool parseReviewerKind(QStringView key, ReviewerKind *kind)
{
    for (ReviewerKind k : {ReviewerKind::Offline, ReviewerKind::OpenAI, ReviewerKind::Anthropic, ReviewerKind::Both,
                           ReviewerKind::Local}) {
        if (key == reviewerKey(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString reviewerDisplayName(ReviewerKind kind)
{
    switch (kind) {
    case ReviewerKind::Offline: return ReviewController::tr("Offline playbook");
    case ReviewerKind::OpenAI: return u"OpenAI"_s;
    case ReviewerKind::Anthropic: return u"Anthropic"_s;
    case ReviewerKind::Both: return ReviewController::tr("OpenAI and Anthropic");
    case ReviewerKind::Local: return ReviewController::tr("Local server");
    }
    return {};
}

QList<Llm::ProviderKind> providerKinds(ReviewerKind kind)
{
    switch (kind) {
    case ReviewerKind::Offline: return {};
    case ReviewerKind::OpenAI: return {Llm::ProviderKind::OpenAI};
    case ReviewerKind::Anthropic: return {Llm::ProviderKind::Anthropic};
    case ReviewerKind::Both: return {Llm::ProviderKind::OpenAI, Llm::ProviderKind::Anthropic};
    case ReviewerKind::Local: return {Llm::ProviderKind::Local};
    }
    return {};
}

ReviewController::ReviewController(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    // One network manager for the application, in the UI thread (its I/O runs on Qt's own thread).
    m_network = new QNetworkAccessManager(this);
    m_llm = new Llm::LlmReview(m_network, this);
    m_llmUpdate.setSingleShot(true);
    m_llmUpdate.setInterval(40);
    connect(&m_llmUpdate, &QTimer::timeout, this, &ReviewController::applyLlmFindings);
    connect(m_llm, &Llm::LlmReview::findingsChanged, this, [this]() {
        if (!m_llmUpdate.isActive())
            m_llmUpdate.start();
    });
    connect(m_llm, &Llm::LlmReview::progress, this, [this](int done, int total) {
        emit progress(done, total, tr("%1 of %2 requests answered").arg(done).arg(total));
    });
    connect(m_llm, &Llm::LlmReview::notice, this, &ReviewController::notice);
    connect(m_llm, &Llm::LlmReview::finished, this, &ReviewController::finishLlm);
}

ReviewController::~ReviewController()
{
    m_pool.waitForDone();
}

QList<ReviewerKind> ReviewController::availableReviewers()
{
    return {ReviewerKind::Offline, ReviewerKind::OpenAI, ReviewerKind::Anthropic, ReviewerKind::Both, ReviewerKind::Local};
}

bool ReviewController::start(DocumentSession *session, const ReviewRequest &request, QString *error)
{
    if (m_running) {
        *error = tr("A review is already running.");
        return false;
    }
    if (!availableReviewers().contains(request.reviewer)) {
        *error = tr("This reviewer is not available in this build.");
        return false;
    }
    if (request.reviewer != ReviewerKind::Offline)
        return startLlm(session, request, error);
    m_session = session;
    m_request = request;
    m_running = true;

    // The offline review is a pure function of the text and the playbook: run it on a worker.
    const LoadedDocumentPtr document = session->document();
    const QString playbookPath = request.playbookPath;
    const Review::Side side = request.side;
    auto *watcher = new QFutureWatcher<OfflineOutcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, &ReviewController::finishOffline);
    watcher->setFuture(QtConcurrent::run(&m_pool, [document, playbookPath, side]() {
        OfflineOutcome out;
        if (playbookPath.isEmpty()) {
            out.playbook = Review::Playbook::builtin();
        } else if (!Review::Playbook::load(playbookPath, &out.playbook, &out.error)) {
            return out;
        }
        out.result = Review::reviewDocument(document->text, out.playbook, Review::ReviewOptions{side});
        return out;
    }));
    emit started(tr("Reviewing %1 with the offline playbook…").arg(document->fileName()));
    emit progress(0, 0, tr("Reviewing with the offline playbook…"));
    return true;
}

void ReviewController::finishOffline()
{
    auto *watcher = static_cast<QFutureWatcher<OfflineOutcome> *>(sender());
    watcher->deleteLater();
    if (watcher != m_watcher)
        return;  // cancelled: its findings are not wanted
    m_watcher = nullptr;
    m_running = false;
    const OfflineOutcome out = watcher->result();
    if (!out.error.isEmpty()) {
        emit finished(false, out.error);
        return;
    }
    if (!m_session) {
        emit finished(false, tr("The document was closed before the review finished."));
        return;
    }
    ReviewInfo info;
    info.reviewer = reviewerKey(ReviewerKind::Offline);
    info.side = m_request.side;
    info.playbookName = out.playbook.name;
    info.playbookVersion = out.playbook.version;
    info.playbookHash = out.playbook.sha256;
    info.playbookPath = m_request.playbookPath;
    info.reviewedAt = QDateTime::currentDateTimeUtc();
    info.notes = out.result.notes;
    m_session->setReview(out.result.findings, info);
    const int n = int(out.result.findings.size());
    emit progress(1, 1, tr("%n finding(s)", nullptr, n));
    for (const QString &note : out.result.notes)
        emit notice(note);
    emit finished(true, tr("The offline review found %n point(s) to raise.", nullptr, n));
}

void ReviewController::cancel()
{
    if (!m_running)
        return;
    if (m_request.reviewer != ReviewerKind::Offline) {
        m_llm->cancel();  // finishes at once; what arrived stays
        return;
    }
    // The offline review cannot be interrupted half way; its result is simply not used.
    m_watcher = nullptr;
    m_running = false;
    emit finished(false, tr("Review cancelled; the findings you had are unchanged."));
}

bool ReviewController::startLlm(DocumentSession *session, const ReviewRequest &request, QString *error)
{
    if (request.providers.isEmpty()) {
        *error = tr("No provider is configured for this reviewer.");
        return false;
    }
    Llm::ReviewJob job;
    if (request.playbookPath.isEmpty()) {
        job.playbook = Review::Playbook::builtin();
    } else if (!Review::Playbook::load(request.playbookPath, &job.playbook, error)) {
        return false;
    }
    m_session = session;
    m_request = request;
    m_running = true;
    const LoadedDocumentPtr document = session->document();
    job.document = document->text;
    job.side = request.side;
    job.providers = request.providers;
    job.batchSize = request.batchSize;
    job.pseudonymise = request.pseudonymise;
    job.useCache = true;
    job.cacheDirectory = request.cacheDirectory;

    m_info = ReviewInfo{};
    m_info.reviewer = reviewerKey(request.reviewer);
    m_info.side = request.side;
    m_info.playbookName = job.playbook.name;
    m_info.playbookVersion = job.playbook.version;
    m_info.playbookHash = job.playbook.sha256;
    m_info.playbookPath = request.playbookPath;
    m_info.reviewedAt = QDateTime::currentDateTimeUtc();
    session->beginReview(m_info);
    emit started(tr("Reviewing %1 with %2…").arg(document->fileName(), reviewerDisplayName(request.reviewer)));
    emit progress(0, 0, tr("Sending the clauses…"));
    m_llm->start(job);
    return true;
}

void ReviewController::applyLlmFindings()
{
    m_llmUpdate.stop();
    if (!m_session)
        return;
    const Llm::LlmReviewResult &result = m_llm->result();
    m_session->updateFindings(result.review.findings, result.review.notes);
}

void ReviewController::finishLlm()
{
    if (!m_running)
        return;
    m_running = false;
    applyLlmFindings();
    const Llm::LlmReviewResult &result = m_llm->result();
    const int n = int(result.review.findings.size());
    QString message = result.cancelled ? tr("Review cancelled; the %n finding(s) received so far are kept.", nullptr, n)
                                       : tr("The review found %n point(s) to raise.", nullptr, n);
    if (!result.errors.isEmpty())
        message += u" "_s + tr("%n clause(s) could not be reviewed.", nullptr, failedClauses());
    emit finished(!result.cancelled, message);
}

int ReviewController::failedClauses() const
{
    QSet<QString> clauses;
    for (const Llm::ClauseError &e : m_llm->result().errors)
        clauses.insert(e.clauseId);
    return int(clauses.size());
}

QString ReviewController::failureSummary() const
{
    QStringList lines;
    for (const Llm::ClauseError &e : m_llm->result().errors) {
        const QString clause = e.clauseLabel.isEmpty() ? e.clauseId : e.clauseLabel;
        lines.append(tr("Clause %1 (%2): %3").arg(clause, e.provider, e.message));
    }
    lines.removeDuplicates();
    return lines.join(u"\n"_s);
}

bool ReviewController::retryFailed()
{
    if (m_running || m_request.reviewer == ReviewerKind::Offline || !m_session || m_llm->result().errors.isEmpty())
        return false;
    m_running = true;
    emit started(tr("Sending the clauses that failed again…"));
    m_llm->retryFailed();
    if (!m_llm->isRunning())
        finishLlm();  // nothing was left to send after all
    return true;
}

} // namespace Redliner::App
