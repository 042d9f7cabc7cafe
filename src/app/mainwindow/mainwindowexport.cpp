// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting from the main window: the redlined .docx, the HTML or PDF report, printing the report.
#include "mainwindow.h"
#include "reviewcontrol/documentsession.h"
#include "messagebar.h"
#include "export/reportwriter.h"
#include "settings/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QStatusBar>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

void MainWindow::chooseExportPath()
{
    if (!m_session)
        return;
    const QString original = m_session->document()->path;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the Redlined Document"),
                                                ExportController::defaultPath(original), tr("Word documents (*.docx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".docx"_s;
    exportRedline(path);
}

bool MainWindow::exportRedline(const QString &path)
{
    if (!m_session)
        return false;
    if (ExportController::sameFile(path, m_session->document()->path)) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("%1 is the document under review. The redline is always written to a new file; "
                                  "choose another name.")
                                   .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    ExportRequest request;
    request.path = path;
    request.author = m_settings->author();
    request.comments = m_settings->exportComments();
    request.historyDirectory = m_history.directory();
    request.remember = m_settings->rememberExports();
    QString error;
    if (!m_export->start(m_session, request, &error)) {
        m_message->showMessage(MessageBar::Kind::Error, error);
        return false;
    }
    statusBar()->showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    updateActions();
    return true;
}

void MainWindow::exportReport(bool pdf)
{
    if (!m_session)
        return;
    const QFileInfo info(m_session->document()->path);
    const QString suggested =
        info.dir().filePath(info.completeBaseName() + (pdf ? u" (review).pdf"_s : u" (review).html"_s));
    const QString path =
        QFileDialog::getSaveFileName(this, pdf ? tr("Export the Report as PDF") : tr("Export the Report as HTML"),
                                     suggested, pdf ? tr("PDF documents (*.pdf)") : tr("Web pages (*.html)"));
    if (path.isEmpty())
        return;
    if (ExportController::sameFile(path, m_session->document()->path)) {
        m_message->showMessage(
            MessageBar::Kind::Error,
            tr("%1 is the document under review; choose another name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    const bool ok =
        pdf ? ReportWriter::writePdf(*m_session, path, &error) : ReportWriter::writeHtml(*m_session, path, &error);
    if (ok)
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("Wrote the report to %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_message->showMessage(MessageBar::Kind::Error, tr("The report was not written: %1").arg(error));
}

void MainWindow::printReport()
{
    if (!m_session)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Review of %1").arg(m_session->document()->fileName()));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        ReportWriter::print(*m_session, &printer);
}

} // namespace Redliner::App
