// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"
#include "exporthistory.h"
#include "reviewcontrol/documentsession.h"

#include "docx/documentreader.h"
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

namespace {

Docx::Outcome<QByteArray> addReplies(const QByteArray &bytes, const QString &name,
                                     const QList<Docx::CommentReply> &replies, const Docx::RevisionOptions &options,
                                     QStringList *skipped)
{
    auto package = Docx::Package::fromBytes(bytes, name);
    if (!package)
        return package.error();
    auto doc = Docx::DocumentReader::read(std::move(package).value());
    if (!doc)
        return doc.error();
    auto markup = Docx::readExistingMarkup(doc.value());
    if (!markup)
        return markup.error();
    return Docx::addCommentReplies(doc.value(), markup.value(), replies, options, skipped);
}

} // namespace

ExportOutcome ExportController::write(const LoadedDocumentPtr &document, const QList<Review::Finding> &accepted,
                                      const ExportRequest &request, const TheirAnswers &answers)
{
    ExportOutcome out;
    out.path = request.path;
    if (sameFile(request.path, document->path)) {
        out.error = tr("%1: this is the document under review; the redline is always written to a new file.")
                        .arg(QDir::toNativeSeparators(request.path));
        return out;
    }
    // Answers to their changes first: our findings are then written on the text as it reads
    // once theirs are resolved (an edit inside an insertion they accepted is plain text there).
    const QList<Docx::Resolution> &theirs = answers.changes;
    std::optional<Docx::ResolvedDocument> resolved;
    if (!theirs.isEmpty()) {
        auto read = Docx::RevisionResolver::read(document->docx, document->markup, theirs);
        if (!read) {
            out.error = read.error().toString();
            return out;
        }
        resolved = std::move(read).value();
    }
    const Docx::Document &target = resolved ? resolved->document() : document->docx;
    QList<Review::Finding> candidates;
    for (Review::Finding f : accepted) {
        QString why;
        for (Docx::Edit &e : f.edits) {
            if (resolved)
                why = resolved->carry(e);
            if (!why.isEmpty())
                break;
        }
        if (why.isEmpty())
            candidates.append(std::move(f));
        else
            out.refused.append({f.id, why});
    }
    QList<Review::Finding> writable;
    const QList<Review::FindingOutcome> outcomes =
        Review::selectWritableFindings(target, candidates, request.comments, &writable);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (!outcomes.at(i).written)
            out.refused.append({candidates.at(i).id, outcomes.at(i).error});
    }
    // A comparison is written even with none of ours (its differences are the tracked changes),
    // and so are answers to the other side's changes.
    if (writable.isEmpty() && !document->comparison && theirs.isEmpty() && answers.replies.isEmpty()) {
        out.error = accepted.isEmpty() ? tr("No finding is accepted yet: accept the changes you want, then export.")
                                       : tr("None of the accepted findings can be written as a tracked change.");
        return out;
    }
    QByteArray bytes = target.package.bytes();
    Docx::RevisionOptions options;
    options.author = request.author.isEmpty() ? u"Redliner"_s : request.author;
    options.date = request.date.isValid() ? request.date : QDateTime::currentDateTimeUtc();
    options.comments = request.comments;
    if (!writable.isEmpty()) {
        auto written =
            Docx::RevisionWriter::write(target, Review::editsForWriting(writable, request.comments), options);
        if (!written) {
            out.error = written.error().toString();
            return out;
        }
        bytes = std::move(written).value();
    }
    QStringList skipped; // replies that have no place
    if (!answers.replies.isEmpty()) {
        // Replies go on what was written: the comments keep their ids, whatever else was added.
        auto replied = addReplies(bytes, document->docx.package.displayName(), answers.replies, options, &skipped);
        for (const QString &why : std::as_const(skipped))
            out.refused.append({tr("A reply"), why});
        if (!replied) {
            out.error = replied.error().toString();
            return out;
        }
        bytes = std::move(replied).value();
    }
    if (const Docx::DocxError saved = Docx::saveAtomically(request.path, bytes, document->path); saved.isError()) {
        out.error = saved.toString();
        return out;
    }
    // Remembered under its file name, so that the version that comes back can be checked for
    // changes made with tracking off.
    if (request.remember)
        out.historyError = ExportHistory(request.historyDirectory).record(request.path, bytes);
    out.written = int(writable.size());
    out.answered = int(theirs.size());
    out.replied = int(answers.replies.size() - skipped.size());
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
    const TheirAnswers theirs{session->resolutions(), session->commentReplies()};
    auto *watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        m_running = false;
        emit finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [document, accepted, request, theirs]() { return write(document, accepted, request, theirs); }));
    return true;
}

} // namespace Redliner::App
