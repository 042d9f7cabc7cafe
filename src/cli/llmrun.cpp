// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmrun.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;

Llm::LlmReviewResult runLlmReview(const Llm::ReviewJob &job, Streams io)
{
    QNetworkAccessManager network;
    Llm::LlmReview review(&network);
    QEventLoop loop;
    QObject::connect(&review, &Llm::LlmReview::progress, &loop, [&io](int done, int total) {
        io.err << u"Batches: "_s << done << u"/"_s << total << Qt::endl;
    });
    QObject::connect(&review, &Llm::LlmReview::notice, &loop, [&io](const QString &sentence) {
        io.err << sentence << Qt::endl;
    });
    QObject::connect(&review, &Llm::LlmReview::finished, &loop, &QEventLoop::quit);
    review.start(job);
    if (review.isRunning())
        loop.exec();
    return review.result();
}

} // namespace Redliner::Cli
