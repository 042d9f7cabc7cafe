// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmfolderqueue.h"

#include "llm/llmreview.h"
#include "llm/providerslots.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <list>
#include <memory>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

// One document under review: its package stays in memory until its redline is written.
struct Running final {
    qsizetype index = 0;
    Docx::Document document;
    std::unique_ptr<Llm::LlmReview> review;
    int batchesDone = 0;
    int batchesTotal = 0;
};

class Queue final {
public:
    Queue(const QList<QueuedFile> &files, const ReviewSetup &setup, int atOnce, Streams io,
          const std::function<void(qsizetype, const DocumentReview &)> &done)
        : m_files(files), m_setup(setup), m_atOnce(std::max(1, atOnce)), m_io(io), m_done(done), m_results(files.size())
    {}

    QList<DocumentReview> run()
    {
        // Held for the whole run, so that what a server's connection carries is learnt once, not
        // again whenever no document happens to be sending to it.
        for (const Llm::ProviderConfig &provider : m_setup.providers) {
            // Two providers at one server share its slots: counted once.
            const auto slotsOfServer = Llm::ProviderSlots::shared(&m_network, provider);
            if (!m_slots.contains(slotsOfServer))
                m_slots.append(slotsOfServer);
        }
        m_clock.start();
        startMore();
        if (m_finished < m_files.size())
            m_loop.exec();
        // The last reviews were handed to deleteLater from their own signals, inside that loop.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return m_results;
    }

private:
    void startMore()
    {
        while (qsizetype(m_running.size()) < m_atOnce && m_next < m_files.size()) {
            const qsizetype i = m_next++;
            DocumentReview &out = m_results[i];
            std::optional<Docx::Document> document;
            if (!QFileInfo(m_files.at(i).input).isFile()) {
                out.exit = InputError;
                out.errors.append(m_files.at(i).input + u": no such file"_s);
            } else {
                document = readForReview(m_files.at(i).input, m_setup, &out);
            }
            if (!document) {
                settle(i);
                continue;
            }
            m_running.push_back(Running{i, std::move(*document), std::make_unique<Llm::LlmReview>(&m_network), 0, 0});
            const auto it = std::prev(m_running.end());
            Llm::LlmReview *review = it->review.get();
            QObject::connect(review, &Llm::LlmReview::progress, review, [this, it](int done, int total) {
                it->batchesDone = done;
                it->batchesTotal = total;
                reportProgress(false);
            });
            const QString name = QFileInfo(m_files.at(i).input).fileName();
            QObject::connect(review, &Llm::LlmReview::notice, review, [this, name](const QString &sentence) {
                m_io.err << name << u": "_s << sentence << Qt::endl;
            });
            // Queued: a review whose configuration is refused ends inside start(), and this queue
            // must not be changed under the loop that is starting reviews.
            QObject::connect(
                review, &Llm::LlmReview::finished, review, [this, it] { finish(it); }, Qt::QueuedConnection);
            review->start(llmJob(m_setup, m_results.at(i).text));
        }
    }

    void finish(std::list<Running>::iterator it)
    {
        const qsizetype i = it->index;
        DocumentReview &out = m_results[i];
        if (takeLlmResult(it->review->result(), &out))
            writeReviewed(it->document, m_files.at(i).input, m_files.at(i).redline, m_files.at(i).report, m_setup,
                          &out);
        m_batchesOfFinished += it->batchesTotal;
        // Its lambdas hold `it`, erased below; it is deleted later, as this is its signal's slot.
        QObject::disconnect(it->review.get(), nullptr, nullptr, nullptr);
        it->review.release()->deleteLater();
        m_running.erase(it);
        settle(i);
        startMore();
        if (m_finished == m_files.size())
            m_loop.quit();
    }

    void settle(qsizetype i)
    {
        ++m_finished;
        m_done(i, m_results.at(i));
        // Told; only the outcome is kept, so that a folder's memory does not grow file by file.
        DocumentReview &done = m_results[i];
        done.text = {};
        done.review = {};
        done.outcomes = {};
        done.llm = {};
        reportProgress(true);
    }

    void reportProgress(bool force)
    {
        if (!force && m_lastReport.isValid() && m_lastReport.elapsed() < 1000)
            return;
        m_lastReport.start();
        int done = m_batchesOfFinished;
        int total = m_batchesOfFinished;
        for (const Running &r : m_running) {
            done += r.batchesDone;
            total += r.batchesTotal;
        }
        // Requests on the wire, over every provider's shared connection.
        int inFlight = 0;
        for (const auto &slotsOfServer : std::as_const(m_slots))
            inFlight += slotsOfServer->inFlight();
        QString line =
            u"Files: %1 of %2 done, %3 under review; batches: %4 of %5 answered, %6 in flight"_s.arg(m_finished)
                .arg(m_files.size())
                .arg(m_running.size())
                .arg(done)
                .arg(total)
                .arg(inFlight);
        // Time left from the files finished so far: the reviews run side by side, so a file's own
        // duration says little, the rate at which they end says more.
        const qsizetype left = m_files.size() - m_finished;
        if (m_finished > 0 && left > 0)
            line += u"; about %1 s to go"_s.arg((m_clock.elapsed() * left / m_finished + 500) / 1000);
        m_io.err << line << Qt::endl;
    }

    const QList<QueuedFile> &m_files;
    const ReviewSetup &m_setup;
    const qsizetype m_atOnce;
    Streams m_io;
    const std::function<void(qsizetype, const DocumentReview &)> &m_done;
    QList<DocumentReview> m_results;
    QNetworkAccessManager m_network;
    QList<std::shared_ptr<Llm::ProviderSlots>> m_slots;
    QEventLoop m_loop;
    std::list<Running> m_running;
    qsizetype m_next = 0;
    qsizetype m_finished = 0;
    int m_batchesOfFinished = 0;
    QElapsedTimer m_clock;
    QElapsedTimer m_lastReport;
};

} // namespace

QList<DocumentReview> reviewWithLlm(const QList<QueuedFile> &files, const ReviewSetup &setup, int atOnce, Streams io,
                                    const std::function<void(qsizetype, const DocumentReview &)> &done)
{
    Queue queue(files, setup, atOnce, io, done);
    return queue.run();
}

} // namespace Redliner::Cli
