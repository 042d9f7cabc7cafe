// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchfixtures.h"

#include "docx/documentreader.h"
#include "docx/revisionwriter.h"

#include "docxbuilder.h"
#include "ndagenerator.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <vector>

namespace Redliner::Bench {

using namespace Qt::Literals::StringLiterals;
using Docx::Document;
using Docx::Edit;
using Docx::Run;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "redliner-bench: %s\n", qPrintable(message));
    std::exit(1);
}

Fixture generate(int pages)
{
    Fixture f;
    f.pages = pages;
    f.name = u"nda-%1pages.docx"_s.arg(pages);
    QString error;
    f.docx = TestSupport::buildDocx(TestSupport::generateNda(pages, 1), &error);
    if (f.docx.isEmpty())
        die(u"cannot generate the %1-page document: %2"_s.arg(pages).arg(error));
    auto package = Docx::Package::fromBytes(f.docx, f.name);
    if (!package)
        die(package.error().toString());
    auto main = package.value().mainDocumentPart();
    if (!main)
        die(main.error().toString());
    auto xml = package.value().read(main.value());
    if (!xml)
        die(xml.error().toString());
    f.documentXmlBytes = xml.value().size();
    return f;
}

struct Word {
    qint32 start = 0;
    qint32 end = 0;
    qint32 paragraph = 0;
};

// Words of body paragraphs outside tables and headings whose characters all sit in plain runs.
std::vector<Word> plainWords(const Document &doc)
{
    const Docx::Story &body = doc.body;
    std::vector<bool> plain(size_t(body.text.size()), false);
    const quint16 allowed = Run::Bold | Run::Italic | Run::Underline | Run::Strike;
    for (const Run &run : body.runs) {
        if ((run.flags & ~allowed) != 0 || run.field >= 0 || run.hyperlink >= 0)
            continue;
        for (qint32 i = run.textStart; i < run.textEnd; ++i)
            plain[size_t(i)] = true;
    }
    for (const Docx::Field &field : body.fields) {
        for (qint32 i = field.resultStart; i < field.resultEnd; ++i)
            plain[size_t(i)] = false;
    }
    std::vector<Word> words;
    for (qsizetype pi = 0; pi < body.paragraphs.size(); ++pi) {
        const Docx::Paragraph &p = body.paragraphs.at(pi);
        if (p.container != 0 || p.tableDepth != 0 || p.headingLevel != 0 || p.length() < 80)
            continue;
        qint32 i = p.textStart;
        while (i < p.textEnd) {
            if (!body.text.at(i).isLetter()) {
                ++i;
                continue;
            }
            qint32 j = i;
            bool ok = true;
            while (j < p.textEnd && body.text.at(j).isLetter()) {
                ok = ok && plain[size_t(j)];
                ++j;
            }
            if (ok)
                words.push_back({i, j, qint32(pi)});
            i = j;
        }
    }
    return words;
}

bool plainSpan(const Document &doc, qint32 from, qint32 to)
{
    // Only separators between words in one paragraph; the words themselves were checked.
    for (qint32 i = from; i < to; ++i) {
        const QChar c = doc.body.text.at(i);
        if (c == u'\n' || c == QChar(0xFFFC) || c == u'\t')
            return false;
    }
    return true;
}

} // namespace

const Fixture &fixture(int pages)
{
    static std::map<int, Fixture> cache;
    auto it = cache.find(pages);
    if (it == cache.end())
        it = cache.emplace(pages, generate(pages)).first;
    return it->second;
}

const Document &parsedFixture(int pages)
{
    static std::map<int, std::unique_ptr<Document>> cache;
    auto it = cache.find(pages);
    if (it == cache.end()) {
        const Fixture &f = fixture(pages);
        auto package = Docx::Package::fromBytes(f.docx, f.name);
        if (!package)
            die(package.error().toString());
        auto doc = Docx::DocumentReader::read(std::move(package.value()));
        if (!doc)
            die(doc.error().toString());
        it = cache.emplace(pages, std::make_unique<Document>(std::move(doc).value())).first;
    }
    return *it->second;
}

QList<Edit> makeEdits(const Document &doc, int count)
{
    static const QStringList replacements = {u"any"_s, u"such"_s, u"reasonable"_s, u"written"_s, u"prompt"_s};
    static const QStringList insertions = {u" promptly"_s, u" in writing"_s, u" reasonably"_s, u" (as defined below)"_s};
    const std::vector<Word> words = plainWords(doc);
    QList<Edit> edits;
    if (count <= 0 || words.size() < size_t(count) * 8)
        return edits;  // the caller reports the shortfall
    size_t next = 0;  // first word not yet used
    for (int i = 0; i < count; ++i) {
        const size_t target = std::max(next, size_t(2 * i + 1) * words.size() / size_t(2 * count));
        const int kind = i % 4;
        const int span = kind == 1 ? 3 : kind == 3 ? 2 : 1;  // words the edit touches
        for (size_t w = target; w + size_t(span) < words.size(); ++w) {
            const Word &first = words[w];
            const Word &last = words[w + size_t(span) - 1];
            const Word &after = words[w + size_t(span)];
            // the words must be consecutive plain words of one paragraph
            if (last.paragraph != first.paragraph || !plainSpan(doc, first.start, last.end))
                continue;
            Edit e;
            auto set = [&e](qint32 start, qint32 end, const QString &text) {
                e.start = start;
                e.end = end;
                e.text = text;
            };
            switch (kind) {
            case 0:  // replace a word
                set(first.start, first.end, replacements.at(i % replacements.size()));
                break;
            case 1:  // delete three words and the separator after them
                if (after.paragraph != first.paragraph || !plainSpan(doc, last.end, after.start))
                    continue;
                set(first.start, after.start, {});
                break;
            case 2:  // insert after a word
                set(first.end, first.end, insertions.at(i % insertions.size()));
                break;
            default:  // replace two words with a phrase
                set(first.start, last.end, u"to the extent reasonably practicable"_s);
                break;
            }
            if (i % 3 == 0)
                e.comment = u"Change %1: narrows the obligation to what the Recipient can reasonably do."_s.arg(i + 1);
            edits.append(e);
            next = w + size_t(span) + 2;  // leave a word between edits
            break;
        }
    }
    return edits;
}

QString describeRefusals(const Document &doc, const QList<Edit> &edits)
{
    QString out;
    if (edits.isEmpty())
        return u"no edits could be prepared (too few plain words in the body)"_s;
    auto shorten = [](QString text) {
        text.replace(u'\n', u'¶');
        return text.size() > 60 ? text.left(28) + u" … "_s + text.right(28) : text;
    };
    const QList<Docx::RevisionWriter::Refusal> refusals = Docx::RevisionWriter::check(doc, edits);
    for (const auto &r : refusals) {
        const Edit &e = edits.at(r.edit);
        out += u"edit #%1 [%2, %3) \"%4\" -> \"%5\" refused: %6\n"_s.arg(r.edit + 1).arg(e.start).arg(e.end)
                   .arg(shorten(doc.body.text.mid(e.start, e.end - e.start)), shorten(e.text), r.reason);
    }
    return out;
}

bool writeFixtures(const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = u"cannot create %1"_s.arg(directory);
        return false;
    }
    for (int pages : kFixturePages) {
        const Fixture &f = fixture(pages);
        QFile file(QDir(directory).filePath(f.name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(f.docx) != f.docx.size()
            || !file.flush()) {
            *error = u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace Redliner::Bench
