// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentloader.h"

#include "docx/documentreader.h"
#include "docx/existingmarkup.h"
#include "docx/revisionwriter.h"
#include "review/clausesegmenter.h"
#include "review/documentcompare.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

QString LoadedDocument::fileName() const
{
    return QFileInfo(path).fileName();
}

DocumentLoader::DocumentLoader(QObject *parent) : QObject(parent)
{
    // Parsing has its own pool so that a review or an export never waits behind it (and the
    // other way round).
    m_pool.setMaxThreadCount(1);
}

DocumentLoader::~DocumentLoader()
{
    m_future.cancel();
    m_pool.waitForDone();
}

void DocumentLoader::load(QPromise<LoadOutcome> &promise, const QString &path)
{
    promise.setProgressRange(0, 3);
    promise.setProgressValueAndText(0, tr("Reading the document"));
    LoadOutcome outcome;
    outcome.path = QFileInfo(path).absoluteFilePath();
    auto read = Docx::DocumentReader::read(path);
    if (promise.isCanceled())
        return;
    if (!read) {
        outcome.error = read.error().toString();
        promise.addResult(outcome);
        return;
    }
    complete(promise, outcome, std::move(read).value());
}

void DocumentLoader::complete(QPromise<LoadOutcome> &promise, LoadOutcome &outcome, Docx::Document docx,
                              std::optional<LoadedDocument::Comparison> comparison)
{
    promise.setProgressValueAndText(1, tr("Finding the clauses"));
    auto doc = std::make_shared<LoadedDocument>();
    doc->path = outcome.path;
    doc->docx = std::move(docx);
    doc->comparison = std::move(comparison);
    doc->sha256 = QString::fromLatin1(QCryptographicHash::hash(doc->docx.package.bytes(), QCryptographicHash::Sha256).toHex());
    doc->text = Review::TextDocument::fromStory(doc->docx.body);
    doc->clauses = Review::segmentClauses(doc->text);
    doc->tables = TableGrid::fromStory(doc->docx.body);
    // Their redline: a second read of only the paragraphs with markup, cheap when there is none.
    auto markup = Docx::readExistingMarkup(doc->docx);
    if (markup)
        doc->markup = std::move(markup).value();
    else
        doc->markupError = markup.error().toString();
    if (promise.isCanceled())
        return;
    outcome.document = doc;
    promise.setProgressValue(3);
    promise.addResult(outcome);
}

void DocumentLoader::loadComparison(QPromise<LoadOutcome> &promise, const LoadedDocumentPtr &newer,
                                    const QString &olderPath, const QString &author)
{
    promise.setProgressRange(0, 3);
    promise.setProgressValueAndText(0, tr("Comparing with %1").arg(QFileInfo(olderPath).fileName()));
    LoadOutcome outcome;
    outcome.path = newer->path;
    outcome.olderPath = QFileInfo(olderPath).absoluteFilePath();
    auto older = Docx::DocumentReader::read(olderPath);
    if (promise.isCanceled())
        return;
    if (!older) {
        outcome.error = older.error().toString();
        promise.addResult(outcome);
        return;
    }
    const Review::DocumentComparison comparison = Review::compareDocuments(older.value().body, newer->docx);
    if (!comparison.problems.isEmpty()) {
        outcome.error = tr("%1: these differences cannot be shown as tracked changes: %2")
                            .arg(newer->fileName(), comparison.problems.join(u"; "_s));
        promise.addResult(outcome);
        return;
    }
    if (comparison.edits.isEmpty()) {
        promise.addResult(outcome); // no document: nothing differs
        return;
    }
    Docx::RevisionOptions options;
    options.author = author;
    options.comments = false;
    auto bytes = Docx::RevisionWriter::write(newer->docx, comparison.edits, options);
    if (!bytes) {
        outcome.error = bytes.error().toString();
        promise.addResult(outcome);
        return;
    }
    auto package = Docx::Package::fromBytes(bytes.value(), newer->fileName());
    if (!package) {
        outcome.error = package.error().toString();
        promise.addResult(outcome);
        return;
    }
    auto read = Docx::DocumentReader::read(package.value());
    if (!read) {
        outcome.error = read.error().toString();
        promise.addResult(outcome);
        return;
    }
    LoadedDocument::Comparison summary;
    summary.olderPath = outcome.olderPath;
    summary.changes = qint32(comparison.edits.size());
    summary.edited = comparison.editedParagraphs;
    summary.inserted = comparison.insertedParagraphs;
    summary.deleted = comparison.deletedParagraphs;
    summary.insertedRows = comparison.insertedRows;
    summary.deletedRows = comparison.deletedRows;
    summary.formatted = comparison.formattedParagraphs;
    summary.droppedObjects = comparison.droppedObjects;
    complete(promise, outcome, std::move(read).value(), summary);
}

void DocumentLoader::open(const QString &path)
{
    cancel();
    start(path, QtConcurrent::run(&m_pool, &DocumentLoader::load, path), tr("Reading the document"));
}

void DocumentLoader::compare(const LoadedDocumentPtr &newer, const QString &olderPath, const QString &author)
{
    cancel();
    start(newer->path, QtConcurrent::run(&m_pool, &DocumentLoader::loadComparison, newer, olderPath, author),
          tr("Comparing with %1").arg(QFileInfo(olderPath).fileName()));
}

void DocumentLoader::start(const QString &path, const QFuture<LoadOutcome> &work, const QString &firstStep)
{
    m_path = path;
    auto *watcher = new QFutureWatcher<LoadOutcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        if (watcher == m_watcher)
            emit progress(value, watcher->progressMaximum(), watcher->progressText());
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path]() {
        watcher->deleteLater();
        if (watcher != m_watcher)
            return;  // superseded or cancelled: its outcome (if any) is dropped
        m_watcher = nullptr;
        m_path.clear();
        emit busyChanged(false);
        const QFuture<LoadOutcome> future = watcher->future();
        if (future.isCanceled() || future.resultCount() == 0) {
            emit canceled(path);
            return;
        }
        const LoadOutcome outcome = future.result();
        if (!outcome.error.isEmpty())
            emit failed(path, outcome.error);
        else if (!outcome.document)
            emit noDifferences(path, outcome.olderPath);
        else
            emit loaded(outcome);
    });
    m_future = work;
    watcher->setFuture(m_future);
    emit busyChanged(true);
    emit progress(0, 3, firstStep);
}

void DocumentLoader::cancel()
{
    if (!m_watcher)
        return;
    const QString path = m_path;
    m_future.cancel();
    // The worker stops at its next step; whatever it still makes is dropped with the watcher.
    m_watcher = nullptr;
    m_path.clear();
    emit busyChanged(false);
    emit canceled(path);
}

bool DocumentLoader::isLoading() const
{
    return m_watcher != nullptr;
}

} // namespace Redliner::App
