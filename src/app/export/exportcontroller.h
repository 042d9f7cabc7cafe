// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewcontrol/loadeddocument.h"

#include "docx/commentreplies.h"
#include "docx/revisionresolver.h"

#include "review/finding.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

namespace Redliner::App {

class DocumentSession;

struct ExportRequest final {
    QString path;
    QString author;
    bool comments = true;
    QDateTime date;   // UTC; invalid: now
    QString historyDirectory; // where ExportHistory remembers the export; empty: its default
    bool remember = true;     // remember it at all (Settings::rememberExports)
};

struct ExportOutcome final {
    QString path;
    QString error;                         // nothing was written when set
    int written = 0;                       // findings written as tracked changes
    int answered = 0;                      // the other side's changes accepted or rejected
    int replied = 0;                       // replies added to their comments
    QList<QPair<QString, QString>> refused;  // accepted findings that could not be written: id, reason
    QString historyError;                    // written, but not remembered for checking the answer: why
};

// What the lawyer answered the other side: their tracked changes accepted or rejected, replies to
// their comments.
struct TheirAnswers final {
    QList<Docx::Resolution> changes;
    QList<Docx::CommentReply> replies;
};

// Writes the accepted findings into a copy of the document as Word tracked changes by the
// configured author, with their rationale as comments, exactly as redliner-cli does: the engine
// picks the findings that can be written together, writes them all or none, and saves the file
// atomically. The original is never written to.
class ExportController final : public QObject {
    Q_OBJECT
public:
    explicit ExportController(QObject *parent = nullptr);
    ~ExportController() override;

    // "NAME (redline).docx" beside the original.
    static QString defaultPath(const QString &original);
    static bool sameFile(const QString &a, const QString &b);
    // The work itself: a pure function, run in a worker. `answers`: the answers to the other side's
    // tracked changes (written before our findings) and to their comments (after them).
    static ExportOutcome write(const LoadedDocumentPtr &document, const QList<Review::Finding> &accepted,
                               const ExportRequest &request, const TheirAnswers &answers = {});

    bool start(DocumentSession *session, const ExportRequest &request, QString *error);
    bool isRunning() const { return m_running; }

signals:
    void finished(const Redliner::App::ExportOutcome &outcome);

private:
    QThreadPool m_pool;
    bool m_running = false;
};

} // namespace Redliner::App
