// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"
#include "docx/atomicwrite.h"
#include "reviewcontrol/documentsession.h"
#include "findings/findingsmodel.h"
#include "reviewcontrol/reviewcontroller.h"

#include <QDir>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

QString ReportWriter::changeHtml(const QString &clause, qint32 offset, const QList<Docx::Edit> &edits,
                                 const QColor &inserted, const QColor &deleted)
{
    const QString ins = u"<span style=\"color:"_s + inserted.name() + u"; text-decoration:underline\">"_s;
    const QString del = u"<span style=\"color:"_s + deleted.name() + u"; text-decoration:line-through\">"_s;
    QString out;
    if (offset < 0) {
        for (const Docx::Edit &e : edits)
            out += ins + esc(e.text.startsWith(u'\n') ? e.text.mid(1) : e.text) + u"</span>"_s;
        return out;
    }
    qint32 at = 0;
    const qint32 size = qint32(clause.size());
    for (const Docx::Edit &e : edits) {
        const qint32 start = std::clamp(e.start - offset, at, size);
        const qint32 end = std::clamp(e.end - offset, start, size);
        out += esc(clause.mid(at, start - at));
        if (end > start)
            out += del + esc(clause.mid(start, end - start)) + u"</span>"_s;
        if (!e.text.isEmpty())
            out += ins + esc(e.text) + u"</span>"_s;
        at = end;
    }
    out += esc(clause.mid(at));
    return out;
}

namespace {

QString sideText(Review::Side side)
{
    switch (side) {
    case Review::Side::Receiving: return ReportWriter::tr("the receiving party");
    case Review::Side::Disclosing: return ReportWriter::tr("the disclosing party");
    case Review::Side::Mutual: return ReportWriter::tr("both parties (mutual)");
    }
    return {};
}

} // namespace

QString ReportWriter::html(const DocumentSession &session)
{
    const LoadedDocument &doc = *session.document();
    const ReviewInfo &info = session.reviewInfo();
    const DocumentSession::Counts counts = session.counts();
    const QLocale locale;
    QString h;
    h += u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s + esc(tr("Review of %1").arg(doc.fileName()))
       + u"</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
         "table.meta td{padding:2px 12px 2px 0;vertical-align:top}"
         "h2{margin-top:1.6em;border-bottom:1px solid #ccc}"
         ".clause{background:#f6f8fa;padding:8px;border-left:3px solid #ccc}</style></head><body>\n"_s;
    h += u"<h1>"_s + esc(tr("Review of %1").arg(doc.fileName())) + u"</h1>\n<table class=\"meta\">"_s;
    const auto row = [&h](const QString &label, const QString &value) {
        h += u"<tr><td><b>"_s + esc(label) + u"</b></td><td>"_s + esc(value) + u"</td></tr>"_s;
    };
    row(tr("Document"), QDir::toNativeSeparators(doc.path));
    row(tr("SHA-256"), doc.sha256);
    ReviewerKind reviewer = ReviewerKind::Offline;
    row(tr("Reviewer"), parseReviewerKind(info.reviewer, &reviewer) ? reviewerDisplayName(reviewer) : info.reviewer);
    row(tr("Reviewed for"), sideText(info.side));
    QString playbook = info.playbookVersion.isEmpty()
                           ? info.playbookName
                           : tr("%1, version %2").arg(info.playbookName, info.playbookVersion);
    // The first 12 hex digits name the exact file, as a short git hash names a commit.
    if (!info.playbookHash.isEmpty())
        playbook = tr("%1 (SHA-256 %2)").arg(playbook, info.playbookHash.left(12));
    row(tr("Playbook"), playbook);
    row(tr("Reviewed on"), locale.toString(info.reviewedAt.toLocalTime(), QLocale::LongFormat));
    row(tr("Findings"), tr("%1 high, %2 medium, %3 low").arg(counts.high).arg(counts.medium).arg(counts.low));
    row(tr("Decisions"),
        tr("%1 accepted, %2 rejected, %3 undecided").arg(counts.accepted).arg(counts.rejected).arg(counts.pending));
    h += u"</table>\n"_s;
    for (const QString &note : info.notes)
        h += u"<p><i>"_s + esc(note) + u"</i></p>\n"_s;

    for (int i = 0; i < session.findings().size(); ++i) {
        const Review::Finding &f = session.findings().at(i);
        const Decision d = session.decision(f.id);
        QString status;
        switch (d.status) {
        case DecisionStatus::Pending: status = tr("Undecided"); break;
        case DecisionStatus::Accepted: status = d.edited ? tr("Accepted, as edited") : tr("Accepted"); break;
        case DecisionStatus::Rejected: status = tr("Rejected"); break;
        }
        h += u"<h2>"_s + esc(f.id + u" · "_s + f.title) + u"</h2>\n<p><b>"_s + esc(FindingsModel::severityText(int(f.severity)))
           + u"</b> · "_s
           + esc(f.clauseLabel == u"new" ? tr("New clause") : f.clauseLabel.isEmpty() ? tr("Whole document") : tr("Clause %1").arg(f.clauseLabel))
           + u" · "_s + esc(status) + u"</p>\n<p>"_s
           + esc(f.rationale) + u"</p>\n"_s;
        const QList<Docx::Edit> edits = session.effectiveEdits(i);
        if (!edits.isEmpty())
            h += u"<p class=\"clause\">"_s + changeHtml(session.clauseText(i), session.clauseOffset(i), edits) + u"</p>\n"_s;
        else
            h += u"<p><i>"_s + esc(tr("No change to the text is proposed: a point to raise.")) + u"</i></p>\n"_s;
    }
    h += u"<p style=\"color:#777\">"_s + esc(tr("Made with Redliner %1.").arg(QStringLiteral(REDLINER_VERSION)))
       + u"</p>\n</body></html>\n"_s;
    return h;
}

bool ReportWriter::writeHtml(const DocumentSession &session, const QString &path, QString *error)
{
    if (const QString why = Docx::writeFileAtomically(path, html(session).toUtf8()); !why.isEmpty()) {
        *error = QDir::toNativeSeparators(path) + u": "_s + why;
        return false;
    }
    return true;
}

void ReportWriter::print(const DocumentSession &session, QPagedPaintDevice *device)
{
    QTextDocument doc;
    doc.setHtml(html(session));
    doc.print(device);
}

bool ReportWriter::writePdf(const DocumentSession &session, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QDir::toNativeSeparators(path) + u": "_s + file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(tr("Review of %1").arg(session.document()->fileName()));
        writer.setCreator(u"Redliner"_s);
        print(session, &writer);
    }
    if (const QString why = Docx::commitAtomically(file); !why.isEmpty()) {
        *error = QDir::toNativeSeparators(path) + u": "_s + why;
        return false;
    }
    return true;
}

} // namespace Redliner::App
