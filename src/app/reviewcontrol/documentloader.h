// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loadeddocument.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>

template<typename T>
class QFutureWatcher;

namespace Redliner::App {

// What opening a file produced: the document, or the engine's reason why not. A comparison that
// finds no difference produces neither (olderPath names the version compared with).
struct LoadOutcome final {
    QString path;
    LoadedDocumentPtr document;
    QString error;              // "contract.docx: word/document.xml:12:40: reason"
    QString olderPath;          // a comparison's earlier version
};

// Reads a .docx off the UI thread (a dedicated pool): package, working text, clauses, tables,
// reporting progress; cancellable. The panes then draw it progressively (ProgressiveRender).
// One load at a time: opening another file cancels the one in progress.
class DocumentLoader final : public QObject {
    Q_OBJECT
public:
    explicit DocumentLoader(QObject *parent = nullptr);
    ~DocumentLoader() override;

    void open(const QString &path);
    // The open document compared with an earlier version of it: loads the comparison (the newer
    // document with every difference tracked, by `author`) as a new document.
    void compare(const LoadedDocumentPtr &newer, const QString &olderPath, const QString &author);
    void cancel();
    // Blocks until no load runs in the background (on quit, and in tests).
    void waitForDone() { m_pool.waitForDone(); }
    bool isLoading() const;
    QString loadingPath() const { return m_path; }

    // The work itself, a pure function of the path (public for tests and the benchmark).
    static void load(QPromise<LoadOutcome> &promise, const QString &path);
    static void loadComparison(QPromise<LoadOutcome> &promise, const LoadedDocumentPtr &newer, const QString &olderPath,
                               const QString &author);

signals:
    void progress(int value, int maximum, const QString &step);
    void loaded(const Redliner::App::LoadOutcome &outcome);
    void failed(const QString &path, const QString &error);
    void noDifferences(const QString &path, const QString &olderPath);
    void canceled(const QString &path);
    void busyChanged(bool busy);

private:
    void start(const QString &path, const QFuture<LoadOutcome> &work, const QString &firstStep);
    // The clauses, tables and markup of a read document, into the outcome.
    static void complete(QPromise<LoadOutcome> &promise, LoadOutcome &outcome, Docx::Document docx,
                         std::optional<LoadedDocument::Comparison> comparison = {});

    QThreadPool m_pool;
    QPointer<QFutureWatcher<LoadOutcome>> m_watcher;
    QFuture<LoadOutcome> m_future;
    QString m_path;
};

} // namespace Redliner::App
