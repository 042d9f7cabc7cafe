// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereview.h"

#include "docx/documentreader.h"
#include "review/ndacheck.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

FileReview readForReview(const QString &path)
{
    FileReview out;
    out.path = path;
    if (!QFileInfo(path).isFile()) {
        out.error = QFileInfo::exists(path) ? QCoreApplication::translate("Redliner::App::FileReview", "not a file")
                                            : QCoreApplication::translate("Redliner::App::FileReview", "no such file");
        return out;
    }
    auto doc = Docx::DocumentReader::read(path);
    if (!doc) {
        out.error = doc.error().toString();
        return out;
    }
    // The same digest DocumentLoader computes: the key the window checks the findings against.
    out.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(doc.value().package.bytes(), QCryptographicHash::Sha256).toHex());
    out.text = Review::TextDocument::fromStory(doc.value().body);
    out.notAnNda = Review::whyNotAnNda(out.text.text);
    return out;
}

void reviewFileOffline(QPromise<FileReview> &promise, const QString &path, const Review::Playbook &playbook,
                       Review::Side side)
{
    promise.setProgressRange(0, 2);
    promise.setProgressValue(0);
    FileReview out = readForReview(path);
    if (promise.isCanceled())
        return;
    if (out.readable()) {
        promise.setProgressValue(1);
        out.review = Review::reviewDocument(out.text, playbook, Review::ReviewOptions{side});
        out.triage = Llm::triageRow(path, out.text, out.review);
    }
    promise.addResult(std::move(out));
}

} // namespace Redliner::App
