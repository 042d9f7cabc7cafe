// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderreview.h"
#include "llmfolderqueue.h"

#include "docx/atomicwrite.h"
#include "llm/folderfiles.h"
#include "llm/triagerow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QUrl>

#include <algorithm>
#include <numeric>

namespace Redliner::Cli {

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;

namespace {

const QString RedlineSuffix = QString::fromUtf16(Llm::RedlineSuffix);

using Llm::TriageRow;

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u"\""_s + QString(value).replace(u"\""_s, u"\"\""_s) + u"\""_s;
}

QStringList fieldsOf(const TriageRow &r)
{
    return {r.file,
            r.parties,
            r.kindText(),
            r.law,
            r.termText(),
            QString::number(r.high),
            QString::number(r.medium),
            QString::number(r.low),
            r.topIssues.join(u"; "_s),
            r.status,
            r.redline};
}

const QStringList Columns{u"file"_s,   u"parties"_s, u"mutual or one-way"_s, u"governing law"_s, u"term"_s,   u"high"_s,
                          u"medium"_s, u"low"_s,     u"top issues"_s,        u"status"_s,        u"redline"_s};

QByteArray summaryCsv(const QList<TriageRow> &rows)
{
    QString out = Columns.join(u',') + u"\r\n"_s;
    for (const TriageRow &r : rows) {
        QStringList fields = fieldsOf(r);
        for (QString &f : fields)
            f = csvField(f);
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

QByteArray summaryHtml(const QList<TriageRow> &rows)
{
    QString out = u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>NDA triage</title>\n"
                  "<style>body{font-family:sans-serif}table{border-collapse:collapse}th,td{border:1px solid #999;"
                  "padding:4px 8px;text-align:left;vertical-align:top}.failed{color:#a00}</style></head><body>\n"
                  "<h1>NDA triage</h1>\n<table>\n<tr>"_s;
    for (const QString &c : Columns)
        out += u"<th>"_s + c.toHtmlEscaped() + u"</th>"_s;
    out += u"</tr>\n"_s;
    for (const TriageRow &r : rows) {
        out += r.status.startsWith(u"failed"_s) ? u"<tr class=\"failed\">"_s : u"<tr>"_s;
        const QStringList fields = fieldsOf(r);
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString cell = fields.at(i).toHtmlEscaped();
            if (i + 1 == fields.size() && !cell.isEmpty()) // the redline, a link beside the summary
                out += u"<td><a href=\""_s + QString::fromUtf8(QUrl::toPercentEncoding(fields.at(i))) + u"\">"_s + cell
                       + u"</a></td>"_s;
            else
                out += u"<td>"_s + cell + u"</td>"_s;
        }
        out += u"</tr>\n"_s;
    }
    out += u"</table>\n</body></html>\n"_s;
    return out.toUtf8();
}

} // namespace

int reviewFolder(const QStringList &inputs, const QString &outDir, const ReviewSetup &given, int jobs, Streams io)
{
    // A queue holds whatever was saved into the folder: what is not an NDA is named, not reviewed.
    ReviewSetup setup = given;
    setup.ndasOnly = true;
    const QStringList files = Llm::collectDocxFiles(inputs, outDir);
    if (files.isEmpty()) {
        io.err << u"No .docx file found in "_s << inputs.join(u", "_s) << u". Nothing was written."_s << Qt::endl;
        return InputError;
    }
    if (!QDir().mkpath(outDir)) {
        io.err << outDir << u": the folder cannot be made. Nothing was written."_s << Qt::endl;
        return OutputError;
    }
    // Two files of one name (in two folders) get two outputs.
    const QStringList outputNames = Llm::outputBaseNames(files);
    QList<QueuedFile> queue;
    for (qsizetype i = 0; i < files.size(); ++i)
        queue.append({files.at(i), QDir(outDir).filePath(outputNames.at(i) + RedlineSuffix),
                      QDir(outDir).filePath(outputNames.at(i) + u" (report).json"_s)});

    QList<TriageRow> rows(files.size());
    int firstFailure = Ok;
    int reviewed = 0;
    int settled = 0;
    QElapsedTimer clock;
    clock.start();
    const auto record = [&](qsizetype i, const DocumentReview &done) {
        const QString &file = files.at(i);
        ++settled;
        io.err << u"[%1/%2] %3"_s.arg(settled).arg(files.size()).arg(file) << Qt::endl;
        TriageRow row = done.exit == Ok ? Llm::triageRow(file, done.text, done.review) : TriageRow{};
        row.file = file;
        if (done.exit != Ok) {
            row.status = u"failed: "_s + done.errors.join(u" "_s);
            io.err << u"  failed: "_s << done.errors.join(u" "_s) << Qt::endl;
        } else {
            ++reviewed;
            row.redline = QFileInfo(queue.at(i).redline).fileName();
            row.status = done.reportFailure.isEmpty()
                             ? u"reviewed"_s
                             : u"reviewed; the report could not be written: "_s + done.reportFailure;
            io.err << u"  %1 finding(s) (%2 high, %3 medium, %4 low); %5 written as tracked changes"_s
                          .arg(done.review.findings.size())
                          .arg(row.high)
                          .arg(row.medium)
                          .arg(row.low)
                          .arg(done.written)
                   << Qt::endl;
        }
        rows[i] = row;
    };

    if (!setup.providers.isEmpty()) {
        // The documents' requests share each provider's connection: `jobs` documents at once.
        const QList<DocumentReview> results = reviewWithLlm(queue, setup, jobs, io, record);
        for (const DocumentReview &done : results) {
            if (done.exit != Ok && firstFailure == Ok)
                firstFailure = done.exit; // the first in the files' order, as offline
        }
    } else {
        // The offline reviewer is a pure function: `jobs` documents at once, each on a pool thread,
        // their results taken in order.
        const auto reviewOne = [&](qsizetype i) {
            DocumentReview done;
            if (!QFileInfo(files.at(i)).isFile()) {
                done.exit = InputError;
                done.errors.append(files.at(i) + u": no such file"_s);
                return done;
            }
            return reviewAndWrite(queue.at(i).input, queue.at(i).redline, queue.at(i).report, setup, io);
        };
        const bool parallel = jobs > 1 && files.size() > 1;
        QThreadPool pool;
        pool.setMaxThreadCount(std::max(1, jobs));
        QList<qsizetype> indices(files.size());
        std::iota(indices.begin(), indices.end(), 0);
        QFuture<DocumentReview> running;
        if (parallel)
            running = QtConcurrent::mapped(&pool, indices, reviewOne);
        for (qsizetype i = 0; i < files.size(); ++i) {
            const DocumentReview done = parallel ? running.resultAt(int(i)) : reviewOne(i);
            record(i, done);
            if (done.exit != Ok && firstFailure == Ok)
                firstFailure = done.exit;
            const qint64 elapsed = clock.elapsed();
            const qsizetype left = files.size() - i - 1;
            if (left > 0)
                io.err << u"  %1 of %2 done; about %3 s to go"_s.arg(i + 1)
                              .arg(files.size())
                              .arg((elapsed * left / (i + 1) + 500) / 1000)
                       << Qt::endl;
        }
    }
    const QString csv = QDir(outDir).filePath(u"summary.csv"_s);
    const QString html = QDir(outDir).filePath(u"summary.html"_s);
    for (const auto &[path, bytes] : {std::pair{csv, summaryCsv(rows)}, std::pair{html, summaryHtml(rows)}}) {
        if (const QString why = Docx::writeFileAtomically(path, bytes); !why.isEmpty()) {
            io.err << path << u": cannot be written: "_s << why << Qt::endl;
            return OutputError;
        }
    }
    io.out << u"Reviewed %1 of %2 file(s) into %3; triage summary: %4 and %5"_s.arg(reviewed)
                  .arg(files.size())
                  .arg(outDir, csv, html)
           << Qt::endl;
    return firstFailure;
}

} // namespace Redliner::Cli
