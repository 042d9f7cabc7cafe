// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmreview.h"

#include "retryscheduler.h"
#include "reviewrun.h"

#include <QNetworkAccessManager>

namespace Redliner::Llm {

LlmReview::LlmReview(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network), m_scheduler(std::make_shared<TimerRetryScheduler>())
{
}

LlmReview::~LlmReview() = default;

void LlmReview::start(const ReviewJob &job)
{
    cancel();
    m_run.reset();
    m_run = std::make_unique<ReviewRun>(m_network, job, m_scheduler);
    connect(m_run.get(), &ReviewRun::progress, this, &LlmReview::progress);
    connect(m_run.get(), &ReviewRun::findingsChanged, this, &LlmReview::findingsChanged);
    connect(m_run.get(), &ReviewRun::notice, this, &LlmReview::notice);
    connect(m_run.get(), &ReviewRun::finished, this, &LlmReview::finished);
    m_run->start();
}

void LlmReview::cancel()
{
    if (m_run)
        m_run->cancel();
}

void LlmReview::retryFailed()
{
    if (m_run)
        m_run->retryFailed();
}

bool LlmReview::isRunning() const
{
    return m_run && m_run->isRunning();
}

const LlmReviewResult &LlmReview::result() const
{
    return m_run ? m_run->result() : m_idle;
}

void LlmReview::setRetryScheduler(std::shared_ptr<RetryScheduler> scheduler)
{
    m_scheduler = scheduler ? std::move(scheduler) : std::make_shared<TimerRetryScheduler>();
}

} // namespace Redliner::Llm
