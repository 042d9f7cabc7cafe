// SPDX-License-Identifier: GPL-3.0-or-later
#include "redlinebatch.h"

#include "docx/documentreader.h"
#include "llm/folderfiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <memory>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

void writeRedlines(QPromise<RedlineBatchOutcome> &promise, const QList<ReviewedFile> &files, const QString &outDir,
                   const ExportRequest &request)
{
    RedlineBatchOutcome out;
    QList<ReviewedFile> reviewed;
    QStringList paths;
    for (const ReviewedFile &f : files) {
        if (f.status == FileStatus::Reviewed) {
            reviewed.append(f);
            paths.append(f.path);
        }
    }
    const QStringList names = Llm::outputBaseNames(paths);
    promise.setProgressRange(0, int(reviewed.size()));
    for (qsizetype i = 0; i < reviewed.size(); ++i) {
        if (promise.isCanceled())
            break;
        promise.setProgressValue(int(i));
        const ReviewedFile &f = reviewed.at(i);
        const QString name = QFileInfo(f.path).fileName();
        if (f.findings.isEmpty()) {
            out.skipped.append(
                QCoreApplication::translate("Redliner::App::RedlineBatch", "%1: no change to propose").arg(name));
            continue;
        }
        auto read = Docx::DocumentReader::read(f.path);
        if (!read) {
            out.problems.append(u"%1: %2"_s.arg(name, read.error().toString()));
            continue;
        }
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(read.value().package.bytes(), QCryptographicHash::Sha256).toHex());
        if (sha256 != f.sha256) {
            out.problems.append(
                QCoreApplication::translate("Redliner::App::RedlineBatch",
                                            "%1: the file changed after it was reviewed; review the folder again")
                    .arg(name));
            continue;
        }
        auto document = std::make_shared<LoadedDocument>();
        document->path = f.path;
        document->docx = std::move(read).value();
        ExportRequest one = request;
        one.path = QDir(outDir).filePath(names.at(i) + QString::fromUtf16(Llm::RedlineSuffix));
        const ExportOutcome written = ExportController::write(document, f.findings, one);
        out.refused += int(written.refused.size());
        if (!written.error.isEmpty())
            out.problems.append(u"%1: %2"_s.arg(name, written.error));
        else
            out.written.append(one.path);
    }
    promise.setProgressValue(int(reviewed.size()));
    promise.addResult(std::move(out));
}

} // namespace Redliner::App
