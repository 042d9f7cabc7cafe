// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"
#include "exporthistory.h"
#include "reviewcontrol/documentsession.h"

#include "docx/packagewriter.h"
#include "docx/revisionwriter.h"
#include "review/reviewer.h"
#include "review/writablefindings.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

ExportController::ExportController(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ExportController::~ExportController()
{
    m_pool.waitForDone();
}

QString ExportController::defaultPath(const QString &original)
{
    const QFileInfo info(original);
    return info.dir().filePath(info.completeBaseName() + u" (redline).docx"_s);
}

bool ExportController::sameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a), fb(b);
    const QString ca = fa.canonicalFilePath(), cb = fb.canonicalFilePath();
    if (!ca.isEmpty() && !cb.isEmpty())
        return ca == cb;
    return QDir::cleanPath(fa.absoluteFilePath()) == QDir::cleanPath(fb.absoluteFilePath());
}

ExportOutcome ExportController::write(const LoadedDocumentPtr &document, const QList<Review::Finding> &accepted,
                                      const ExportRequest &request)
{
    ExportOutcome out;
    out.path = request.path;
    if (sameFile(request.path, document->path)) {
        out.error = tr("%1: this is the document under review; the redline is always written to a new file.")
                        .arg(QDir::toNativeSeparators(request.path));
        return out;
    }
    QList<Review::Finding> writable;
    const QList<Review::FindingOutcome> outcomes =
        Review::selectWritableFindings(document->docx, accepted, request.comments, &writable);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (!outcomes.at(i).written)
            out.refused.append({accepted.at(i).id, outcomes.at(i).error});
    }
    // A comparison is written even with none of ours: its differences are the tracked changes.
    if (writable.isEmpty() && !document->comparison) {
        out.error = accepted.isEmpty() ? tr("No finding is accepted yet: accept the changes you want, then export.")
                                       : tr("None of the accepted findings can be written as a tracked change.");
        return out;
    }
    QByteArray bytes = document->docx.package.bytes();
    if (!writable.isEmpty()) {
        Docx::RevisionOptions options;
        options.author = request.author.isEmpty() ? u"Redliner"_s : request.author;
        options.date = request.date.isValid() ? request.date : QDateTime::currentDateTimeUtc();
        options.comments = request.comments;
        auto written =
            Docx::RevisionWriter::write(document->docx, Review::editsForWriting(writable, request.comments), options);
        if (!written) {
            out.error = written.error().toString();
            return out;
        }
        bytes = std::move(written).value();
    }
    if (const Docx::DocxError saved = Docx::saveAtomically(request.path, bytes, document->path); saved.isError()) {
        out.error = saved.toString();
        return out;
    }
    // Remembered under its file name, so that the version that comes back can be checked for
    // changes made with tracking off.
    out.historyError = ExportHistory(request.historyDirectory).record(request.path, bytes);
    out.written = int(writable.size());
    return out;
}

bool ExportController::start(DocumentSession *session, const ExportRequest &request, QString *error)
{
    if (m_running) {
        *error = tr("An export is already being written.");
        return false;
    }
    m_running = true;
    const LoadedDocumentPtr document = session->document();
    const QList<Review::Finding> accepted = session->acceptedFindings();
    auto *watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        m_running = false;
        emit finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [document, accepted, request]() { return write(document, accepted, request); }));
    return true;
}

} // namespace Redliner::App
