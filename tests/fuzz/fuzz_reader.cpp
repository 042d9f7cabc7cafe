// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: arbitrary bytes as a .docx. The reader must refuse or read them without
// crashing, hanging or exhausting memory; when it reads them, the revision writer gets one
// deletion (the middle third of the body) and one insertion, and must write them or refuse them
// just as safely. What it writes is read back, since a user's next step is opening it again.

#include "docx/documentreader.h"
#include "docx/revisionwriter.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Docx;

namespace {

// Small enough that one input cannot take the fuzzer's memory or time, large enough for the
// seeds (a few KB of XML each).
PackageLimits fuzzLimits()
{
    PackageLimits limits;
    limits.maxEntries = 64;
    limits.maxEntrySize = 2 * 1024 * 1024;
    limits.maxTotalSize = 8 * 1024 * 1024;
    limits.maxCompressionRatio = 200;
    limits.ratioFloor = 64 * 1024;
    limits.maxXmlDepth = 64;
    return limits;
}

// What every consumer does with a document: walk its paragraphs (the CLI's `text` does this).
qsizetype touch(const Story &story)
{
    qsizetype sum = 0;
    for (qsizetype i = 0; i < story.paragraphs.size(); ++i)
        sum += story.paragraphText(i).size() + story.paragraphs.at(i).listLabel.size();
    for (qsizetype offset : {qsizetype(0), story.text.size() / 2, story.text.size() - 1, story.text.size()})
        sum += story.paragraphAt(offset);
    return sum;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const PackageLimits limits = fuzzLimits();
    auto package = Package::fromBytes(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                      u"fuzz.docx"_s, limits);
    if (!package) {
        (void)package.error().toString();
        return 0;
    }
    auto doc = DocumentReader::read(std::move(package.value()), limits);
    if (!doc) {
        (void)doc.error().toString();
        return 0;
    }
    const Document &document = doc.value();
    volatile qsizetype sink = touch(document.body);
    for (const QList<Story> *stories : {&document.headers, &document.footers, &document.notes, &document.comments}) {
        for (const Story &story : *stories)
            sink = sink + touch(story);
    }

    const qint32 length = qint32(document.body.text.size());
    QList<Edit> edits;
    Edit deletion;
    deletion.start = length / 3;
    deletion.end = 2 * length / 3;
    deletion.comment = u"Deleted: the middle third."_s;
    edits.append(deletion);
    Edit insertion;
    insertion.start = insertion.end = length / 6;
    insertion.text = u"inserted <&> \"text\""_s;
    edits.append(insertion);

    RevisionOptions options;
    options.author = u"Fuzzer"_s;
    options.date = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    (void)RevisionWriter::check(document, edits);
    QList<RevisionWriter::Refusal> refusals;
    auto written = RevisionWriter::write(document, edits, options, &refusals);
    if (!written)
        return 0;  // refusing an edit is a correct answer

    auto again = Package::fromBytes(written.value(), u"fuzz-redlined.docx"_s, PackageLimits{});
    if (again) {
        auto reread = DocumentReader::read(std::move(again.value()));
        if (reread)
            sink = sink + touch(reread.value().body);
    }
    return 0;
}
