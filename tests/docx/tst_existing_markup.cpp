// SPDX-License-Identifier: GPL-3.0-or-later
// readExistingMarkup: the tracked changes and comments someone already made in the body, with
// their places in the working text (accepted) and in the original reading (rejected). Hand-made
// fixtures for each kind of markup; the writer's own redlines read back; the corpus swept, and its
// original readings compared with pandoc's --track-changes=reject.
#include "corpuspaths.h"
#include "editpicker.h"
#include "fixture.h"
#include "markupxml.h"
#include "ndagenerator.h"
#include "wordlist.h"

#include "docx/bodymarkupreader.h"
#include "docx/existingmarkup.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using Kind = Docx::ExistingChange::Kind;
using TestSupport::wordDocument;
using namespace MarkupXml;

namespace {

bool isInsertion(Kind k)
{
    return k == Kind::Insertion || k == Kind::MoveTo || k == Kind::ParagraphInsertion;
}

// What every reading must satisfy; the first violation, or empty.
QString rangeProblem(const QString &working, const Docx::ExistingMarkup &m)
{
    const QString &original = m.originalText;
    for (qsizetype i = 0; i < m.changes.size(); ++i) {
        const Docx::ExistingChange &c = m.changes[i];
        const QString where = u"change %1 (kind %2, id %3): "_s.arg(i).arg(int(c.kind)).arg(c.id);
        if (c.start < 0 || c.start > c.end || c.end > working.size())
            return where + u"working range %1..%2 outside 0..%3"_s.arg(c.start).arg(c.end).arg(working.size());
        if (c.originalStart < 0 || c.originalStart > c.originalEnd || c.originalEnd > original.size())
            return where
                   + u"original range %1..%2 outside 0..%3"_s.arg(c.originalStart)
                         .arg(c.originalEnd)
                         .arg(original.size());
        const QString inWorking = working.sliced(c.start, c.end - c.start);
        const QString inOriginal = original.sliced(c.originalStart, c.originalEnd - c.originalStart);
        const bool inInsertion = c.within >= 0 && isInsertion(m.changes[c.within].kind);
        if (c.within >= i)
            return where + u"lies within a later change"_s;
        if (c.within >= 0 && (c.start < m.changes[c.within].start || c.end > m.changes[c.within].end))
            return where + u"is not inside the change it lies within"_s;
        switch (c.kind) {
        case Kind::Insertion:
        case Kind::MoveTo:
            if (inWorking != c.text || c.originalStart != c.originalEnd)
                return where + u"working «%1» vs text «%2»"_s.arg(inWorking, c.text);
            break;
        case Kind::Deletion:
        case Kind::MoveFrom:
            if (c.start != c.end)
                return where + u"a deletion takes room in the working text"_s;
            if (!inInsertion && inOriginal != c.text)
                return where + u"original «%1» vs text «%2»"_s.arg(inOriginal, c.text);
            if (inInsertion && c.originalStart != c.originalEnd)
                return where + u"deleted inserted text takes room in the original"_s;
            break;
        case Kind::ParagraphInsertion:
            if (c.originalStart != c.originalEnd || (inWorking != u"\n" && !inWorking.isEmpty()))
                return where + u"an inserted mark is not a '\\n' of the working text"_s;
            break;
        case Kind::ParagraphDeletion:
            if (c.start != c.end || (inOriginal != u"\n" && !inOriginal.isEmpty()))
                return where + u"a deleted mark is not a '\\n' of the original"_s;
            break;
        case Kind::FormatChange:
        case Kind::ParagraphPropertyChange: break;
        }
    }
    for (const Docx::ExistingComment &c : m.comments) {
        const QString where = u"comment %1: "_s.arg(c.id);
        if ((c.start < 0) != (c.end < 0) || (c.start < 0) != (c.originalStart < 0))
            return where + u"half anchored"_s;
        if (c.start >= 0 && (c.start > c.end || c.end > working.size()))
            return where + u"working range %1..%2"_s.arg(c.start).arg(c.end);
        if (c.originalStart >= 0 && (c.originalStart > c.originalEnd || c.originalEnd > original.size()))
            return where + u"original range %1..%2"_s.arg(c.originalStart).arg(c.originalEnd);
    }
    return {};
}

// The reading that leaves quiet paragraphs out against the one that reads the whole body.
QString differenceFromWholeReading(const Docx::Story &body)
{
    auto quick = Docx::readBodyMarkup(body, u"quick"_s);
    auto whole = Docx::BodyMarkupReader(body).read(u"whole"_s);
    if (!quick || !whole)
        return u"an error: "_s + (quick ? whole.error() : quick.error()).toString();
    const auto &a = quick.value();
    const auto &b = whole.value();
    if (a.originalText != b.originalText)
        return u"original readings differ: "_s
               + WordList::firstDifference(WordList::split(b.originalText), WordList::split(a.originalText));
    if (a.changes.size() != b.changes.size())
        return u"%1 changes, %2 when read whole"_s.arg(a.changes.size()).arg(b.changes.size());
    for (qsizetype i = 0; i < a.changes.size(); ++i) {
        const auto &x = a.changes[i];
        const auto &y = b.changes[i];
        if (x.kind != y.kind || x.id != y.id || x.author != y.author || x.date != y.date || x.start != y.start
            || x.end != y.end || x.originalStart != y.originalStart || x.originalEnd != y.originalEnd
            || x.text != y.text || x.within != y.within || x.moveName != y.moveName)
            return u"change %1 (id %2) differs"_s.arg(i).arg(x.id);
    }
    if (a.anchors.keys() != b.anchors.keys())
        return u"other comments anchored"_s;
    for (auto it = a.anchors.cbegin(); it != a.anchors.cend(); ++it) {
        const auto &y = b.anchors.value(it.key());
        if (it->start != y.start || it->end != y.end || it->originalStart != y.originalStart
            || it->originalEnd != y.originalEnd || it->order != y.order)
            return u"comment %1 anchored elsewhere"_s.arg(it.key());
    }
    return {};
}

const Docx::ExistingChange *findChange(const Docx::ExistingMarkup &m, qint64 id)
{
    for (const auto &c : m.changes) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const QString Word2010 = u"http://schemas.microsoft.com/office/word/2010/wordml"_s;

// A w:comment of one or more paragraphs, each with its w14:paraId.
QString comment(int id, const QString &author, const QStringList &paragraphs, const QStringList &paraIds)
{
    QString xml = u"<w:comment w:id=\"%1\" w:author=\"%2\" w:date=\"%3\" w:initials=\"%4\">"_s.arg(id).arg(
        author, Date2, author.left(1));
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        xml += u"<w:p w14:paraId=\""_s + paraIds.value(i) + u"\">"_s;
        if (i == 0)
            xml += u"<w:r><w:annotationRef/></w:r>"_s;
        xml += run(paragraphs[i]) + u"</w:p>"_s;
    }
    return xml + u"</w:comment>"_s;
}

QString commentsPart(const QString &inner)
{
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\""
           "http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:w14=\""_s
           + Word2010 + u"\">"_s + inner + u"</w:comments>"_s;
}

QString commentsExtendedPart(const QString &inner)
{
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w15:commentsEx xmlns:w15=\""
           "http://schemas.microsoft.com/office/word/2012/wordml\">"_s
           + inner + u"</w15:commentsEx>"_s;
}

} // namespace

class TestExistingMarkup final : public QObject {
    Q_OBJECT

private slots:
    void insertionAndDeletion()
    {
        const auto doc = Fixture::body(para(run(u"Keep "_s) + wrap(u"ins"_s, 1, run(u"added "_s))
                                            + wrap(u"del"_s, 2, delRun(u"gone "_s), u"Bob"_s, Date2) + run(u"tail"_s)));
        QCOMPARE(doc.body.text, u"Keep added tail\n"_s);
        const auto m = markupOf(doc);
        QCOMPARE(m.originalText, u"Keep gone tail\n"_s);
        QCOMPARE(m.changes.size(), 2);
        const auto &ins = m.changes[0];
        QCOMPARE(ins.kind, Kind::Insertion);
        QCOMPARE(ins.id, 1);
        QCOMPARE(ins.author, u"Alice"_s);
        QCOMPARE(ins.date, utc(2024, 5, 6, 7, 8, 9));
        QCOMPARE(ins.date.timeSpec(), Qt::UTC);
        QCOMPARE(ins.text, u"added "_s);
        QCOMPARE(std::pair(ins.start, ins.end), std::pair(5, 11));
        QCOMPARE(std::pair(ins.originalStart, ins.originalEnd), std::pair(5, 5));
        QCOMPARE(ins.within, -1);
        const auto &del = m.changes[1];
        QCOMPARE(del.kind, Kind::Deletion);
        QCOMPARE(del.id, 2);
        QCOMPARE(del.author, u"Bob"_s);
        QCOMPARE(del.date, utc(2024, 5, 7, 10, 0, 0));
        QCOMPARE(del.text, u"gone "_s);
        QCOMPARE(std::pair(del.start, del.end), std::pair(11, 11));
        QCOMPARE(std::pair(del.originalStart, del.originalEnd), std::pair(5, 10));
        QVERIFY2(rangeProblem(doc.body.text, m).isEmpty(), qPrintable(rangeProblem(doc.body.text, m)));
        QVERIFY(m.comments.isEmpty());
    }

    // Someone deleted part of another's insertion: that text is in neither reading.
    void deletionInsideInsertion()
    {
        const auto doc = Fixture::body(
            para(run(u"A "_s)
                 + wrap(u"ins"_s, 1, run(u"abc"_s) + wrap(u"del"_s, 2, delRun(u"def"_s), u"Bob"_s) + run(u"ghi"_s))
                 + run(u" Z"_s)));
        QCOMPARE(doc.body.text, u"A abcghi Z\n"_s);
        const auto m = markupOf(doc);
        QCOMPARE(m.originalText, u"A  Z\n"_s);
        QCOMPARE(m.changes.size(), 2);
        QCOMPARE(m.changes[0].kind, Kind::Insertion);
        QCOMPARE(m.changes[0].text, u"abcghi"_s);
        QCOMPARE(std::pair(m.changes[0].start, m.changes[0].end), std::pair(2, 8));
        QCOMPARE(m.changes[1].kind, Kind::Deletion);
        QCOMPARE(m.changes[1].text, u"def"_s);
        QCOMPARE(m.changes[1].within, 0);
        QCOMPARE(std::pair(m.changes[1].start, m.changes[1].end), std::pair(5, 5));
        QCOMPARE(std::pair(m.changes[1].originalStart, m.changes[1].originalEnd), std::pair(2, 2));
        QVERIFY2(rangeProblem(doc.body.text, m).isEmpty(), qPrintable(rangeProblem(doc.body.text, m)));
    }

    // A paragraph moved down, its mark with it; the halves paired by the move ranges' name.
    void moves()
    {
        const auto doc = Fixture::body(movedParagraph());
        QCOMPARE(doc.body.text, u"First.\nMiddle.\nMoved text.\nLast.\n"_s);
        const auto m = markupOf(doc);
        QCOMPARE(m.originalText, u"First.\nMoved text.\nMiddle.\nLast.\n"_s);
        QCOMPARE(m.changes.size(), 4);
        QCOMPARE(m.changes[0].kind, Kind::MoveFrom);
        QCOMPARE(m.changes[0].id, 11);
        QCOMPARE(m.changes[0].text, u"Moved text."_s);
        QCOMPARE(m.changes[0].moveName, u"move1"_s);
        QCOMPARE(std::pair(m.changes[0].originalStart, m.changes[0].originalEnd), std::pair(7, 18));
        QCOMPARE(m.changes[1].kind, Kind::ParagraphDeletion);
        QCOMPARE(m.changes[1].id, 12);
        QCOMPARE(m.changes[1].moveName, u"move1"_s);
        QCOMPARE(std::pair(m.changes[1].start, m.changes[1].end), std::pair(7, 7));
        QCOMPARE(std::pair(m.changes[1].originalStart, m.changes[1].originalEnd), std::pair(18, 19));
        QCOMPARE(m.changes[2].kind, Kind::MoveTo);
        QCOMPARE(m.changes[2].moveName, u"move1"_s);
        QCOMPARE(std::pair(m.changes[2].start, m.changes[2].end), std::pair(15, 26));
        QCOMPARE(std::pair(m.changes[2].originalStart, m.changes[2].originalEnd), std::pair(27, 27));
        QCOMPARE(m.changes[3].kind, Kind::ParagraphInsertion);
        QCOMPARE(m.changes[3].id, 15);
        QCOMPARE(std::pair(m.changes[3].start, m.changes[3].end), std::pair(26, 27));
        QVERIFY2(rangeProblem(doc.body.text, m).isEmpty(), qPrintable(rangeProblem(doc.body.text, m)));
    }

    // An inserted mark splits a paragraph (joined on reject); a deleted one joins two (on accept).
    void paragraphMarks()
    {
        const auto doc = Fixture::body(
            para(run(u"This is a"_s), markRevision(u"ins"_s, 1))
            + para(run(u" split"_s), markRevision(u"del"_s, 2, u"Bob"_s)) + para(run(u"Paragraph."_s))
            + para(run(u"X"_s), u"<w:rPr><w:ins"_s + by(3) + u"/><w:del"_s + by(4, u"Bob"_s) + u"/></w:rPr>"_s)
            + para(run(u"Y"_s)));
        QCOMPARE(doc.body.text, u"This is a\n splitParagraph.\nXY\n"_s);
        const auto m = markupOf(doc);
        QCOMPARE(m.originalText, u"This is a split\nParagraph.\nXY\n"_s);
        QCOMPARE(m.changes.size(), 4);
        QCOMPARE(m.changes[0].kind, Kind::ParagraphInsertion);
        QCOMPARE(std::pair(m.changes[0].start, m.changes[0].end), std::pair(9, 10));
        QCOMPARE(std::pair(m.changes[0].originalStart, m.changes[0].originalEnd), std::pair(9, 9));
        QCOMPARE(m.changes[1].kind, Kind::ParagraphDeletion);
        QCOMPARE(m.changes[1].author, u"Bob"_s);
        QCOMPARE(std::pair(m.changes[1].start, m.changes[1].end), std::pair(16, 16));
        QCOMPARE(std::pair(m.changes[1].originalStart, m.changes[1].originalEnd), std::pair(15, 16));
        QCOMPARE(m.changes[1].text, QString());
        // Inserted by one and deleted by another: in neither reading.
        QCOMPARE(m.changes[2].kind, Kind::ParagraphInsertion);
        QCOMPARE(m.changes[2].start, m.changes[2].end);
        QCOMPARE(m.changes[3].kind, Kind::ParagraphDeletion);
        QCOMPARE(m.changes[3].within, 2);
        QCOMPARE(m.changes[3].originalStart, m.changes[3].originalEnd);
        QVERIFY2(rangeProblem(doc.body.text, m).isEmpty(), qPrintable(rangeProblem(doc.body.text, m)));
    }

    void formatChanges()
    {
        const QString pPr = u"<w:pStyle w:val=\"Heading1\"/><w:rPr><w:rPrChange"_s + by(5)
                            + u"><w:rPr/></w:rPrChange></w:rPr><w:pPrChange"_s + by(1) + u"><w:pPr/></w:pPrChange>"_s;
        const QString deletedItalic = u"<w:r><w:rPr><w:i/><w:rPrChange"_s + by(4)
                                      + u"><w:rPr/></w:rPrChange></w:rPr><w:delText>gone</w:delText></w:r>"_s;
        const auto doc =
            Fixture::body(para(run(u"Bold"_s, u"<w:b/><w:rPrChange"_s + by(2, u"Bob"_s) + u"><w:rPr/></w:rPrChange>"_s)
                                   + run(u" plain"_s) + wrap(u"del"_s, 3, deletedItalic),
                               pPr)
                          + para(run(u"Next"_s)));
        QCOMPARE(doc.body.text, u"Bold plain\nNext\n"_s);
        const auto m = markupOf(doc);
        QCOMPARE(m.originalText, u"Bold plaingone\nNext\n"_s);
        QCOMPARE(m.changes.size(), 5);
        QCOMPARE(m.changes[0].kind, Kind::ParagraphPropertyChange);
        QCOMPARE(m.changes[0].id, 1);
        QCOMPARE(std::pair(m.changes[0].start, m.changes[0].end), std::pair(0, 10));
        QCOMPARE(std::pair(m.changes[0].originalStart, m.changes[0].originalEnd), std::pair(0, 14));
        QCOMPARE(m.changes[1].kind, Kind::FormatChange);
        QCOMPARE(m.changes[1].author, u"Bob"_s);
        QCOMPARE(std::pair(m.changes[1].start, m.changes[1].end), std::pair(0, 4));
        QCOMPARE(std::pair(m.changes[1].originalStart, m.changes[1].originalEnd), std::pair(0, 4));
        QCOMPARE(m.changes[2].kind, Kind::Deletion);
        QCOMPARE(m.changes[3].kind, Kind::FormatChange); // of the deleted run
        QCOMPARE(m.changes[3].within, 2);
        QCOMPARE(std::pair(m.changes[3].start, m.changes[3].end), std::pair(10, 10));
        QCOMPARE(std::pair(m.changes[3].originalStart, m.changes[3].originalEnd), std::pair(10, 14));
        QCOMPARE(m.changes[4].kind, Kind::FormatChange); // of the paragraph mark
        QCOMPARE(m.changes[4].id, 5);
        QCOMPARE(std::pair(m.changes[4].start, m.changes[4].end), std::pair(10, 11));
        QCOMPARE(std::pair(m.changes[4].originalStart, m.changes[4].originalEnd), std::pair(14, 15));
        QVERIFY2(rangeProblem(doc.body.text, m).isEmpty(), qPrintable(rangeProblem(doc.body.text, m)));
    }

    void inTablesLinksAndContentControls()
    {
        const QString table = u"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tr><w:tc>"_s
                              + para(run(u"Cell "_s) + wrap(u"ins"_s, 1, run(u"new"_s))) + u"</w:tc><w:tc>"_s
                              + para(wrap(u"del"_s, 2, delRun(u"old"_s)) + run(u"kept"_s))
                              + u"</w:tc></w:tr></w:tbl>"_s;
        const QString link =
            para(u"<w:hyperlink w:anchor=\"x\">"_s + run(u"Link "_s) + wrap(u"del"_s, 3, delRun(u"gone"_s))
                 + wrap(u"ins"_s, 4, run(u"here"_s)) + u"</w:hyperlink>"_s);
        const QString inlineControl =
            para(u"<w:sdt><w:sdtPr><w:alias w:val=\"Party\"/></w:sdtPr><w:sdtContent>"_s + run(u"Party "_s)
                 + wrap(u"ins"_s, 5, run(u"Acme"_s)) + u"</w:sdtContent></w:sdt>"_s);
        const QString blockControl = u"<w:sdt><w:sdtPr><w:alias w:val=\"B\"/></w:sdtPr><w:sdtContent>"_s
                                     + para(wrap(u"del"_s, 6, delRun(u"Block"_s)) + run(u"Text"_s))
                                     + u"</w:sdtContent></w:sdt>"_s;
        const auto doc = Fixture::body(table + link + inlineControl + blockControl);
        QCOMPARE(doc.body.text, u"Cell new\nkept\nLink here\nParty Acme\nText\n"_s);
        const auto m = markupOf(doc);
        QCOMPARE(m.originalText, u"Cell \noldkept\nLink gone\nParty \nBlockText\n"_s);
        QCOMPARE(m.changes.size(), 6);
        for (int id = 1; id <= 6; ++id)
            QVERIFY(findChange(m, id));
        QCOMPARE(findChange(m, 4)->text, u"here"_s);
        QCOMPARE(findChange(m, 5)->start, qint32(doc.body.text.indexOf(u"Acme"_s)));
        QCOMPARE(findChange(m, 6)->text, u"Block"_s);
        QVERIFY2(rangeProblem(doc.body.text, m).isEmpty(), qPrintable(rangeProblem(doc.body.text, m)));
    }

    // A deleted field's instructions (w:delInstrText) are not text; its result is.
    void fields()
    {
        const QString deletedField = u"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                                     "<w:r><w:delInstrText xml:space=\"preserve\"> REF x \\h </w:delInstrText></w:r>"
                                     "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                                     "<w:r><w:delText>Clause 3</w:delText></w:r>"
                                     "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"_s;
        const QString liveField = u"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                                  "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"x\" </w:instrText></w:r>"
                                  "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"_s
                                  + run(u"click "_s) + wrap(u"del"_s, 3, delRun(u"here"_s))
                                  + u"<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"_s;
        const QString simple = u"<w:fldSimple w:instr=\" PAGE \">"_s + wrap(u"del"_s, 4, delRun(u"7"_s)) + run(u"8"_s)
                               + u"</w:fldSimple>"_s;
        const auto doc = Fixture::body(
            para(run(u"See "_s) + wrap(u"del"_s, 1, deletedField) + wrap(u"ins"_s, 2, run(u"Clause 4"_s)) + run(u"."_s))
            + para(liveField) + para(simple));
        QCOMPARE(doc.body.text, u"See Clause 4.\nclick \n8\n"_s);
        const auto m = markupOf(doc);
        QCOMPARE(m.originalText, u"See Clause 3.\nclick here\n78\n"_s);
        QCOMPARE(findChange(m, 1)->text, u"Clause 3"_s);
        QCOMPARE(findChange(m, 3)->text, u"here"_s);
        QCOMPARE(findChange(m, 4)->text, u"7"_s);
        QVERIFY2(rangeProblem(doc.body.text, m).isEmpty(), qPrintable(rangeProblem(doc.body.text, m)));
    }

    // Tabs, breaks, symbols and objects in deleted runs: the parser's placeholders. Revisions
    // without attributes, and dates with and without a zone.
    void deletedGlyphsAndAttributes()
    {
        const QString drawing = u"<w:drawing><wp:inline><wp:extent cx=\"1\" cy=\"1\"/></wp:inline></w:drawing>"_s;
        const auto doc = Fixture::body(
            para(run(u"a"_s)
                 + u"<w:del><w:r><w:delText>b</w:delText><w:tab/><w:delText>c</w:delText><w:br/>"
                   "<w:sym w:font=\"Symbol\" w:char=\"F0B7\"/>"_s
                 + drawing + u"</w:r></w:del>"_s + wrap(u"ins"_s, 7, run(u"x"_s), u"Carol"_s, u"2024-01-02T03:04:05"_s)
                 + wrap(u"ins"_s, 8, run(u"y"_s), u"Dan"_s, u"2024-01-02T03:04:05+02:00"_s)
                 + wrap(u"ins"_s, 9, run(u"z"_s), u"Eve"_s, u"not a date"_s)));
        const auto m = markupOf(doc);
        QCOMPARE(m.changes.size(), 4);
        QCOMPARE(m.changes[0].text, u"b\tc\u2028\u00B7\uFFFC"_s);
        QCOMPARE(m.changes[0].id, -1);
        QVERIFY(m.changes[0].author.isEmpty());
        QVERIFY(!m.changes[0].date.isValid());
        QCOMPARE(m.changes[1].date, utc(2024, 1, 2, 3, 4, 5));
        QCOMPARE(m.changes[2].date, utc(2024, 1, 2, 1, 4, 5));
        QVERIFY(!m.changes[3].date.isValid());
        QCOMPARE(m.originalText, u"ab\tc\u2028\u00B7\uFFFC\n"_s);
        QVERIFY2(rangeProblem(doc.body.text, m).isEmpty(), qPrintable(rangeProblem(doc.body.text, m)));
    }

    // Namespaces by URI: Strict OOXML under another prefix reads the same.
    void strictNamespaceOtherPrefix()
    {
        TestSupport::DocxSpec spec;
        spec.documentXml =
            u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<ns0:document xmlns:ns0=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><ns0:body>"
            "<ns0:p><ns0:r><ns0:t xml:space=\"preserve\">Keep </ns0:t></ns0:r>"
            "<ns0:ins ns0:id=\"1\" ns0:author=\"A\" "
            "ns0:date=\"2024-05-06T07:08:09Z\"><ns0:r><ns0:t>new</ns0:t></ns0:r></ns0:ins>"
            "<ns0:del ns0:id=\"2\" ns0:author=\"B\"><ns0:r><ns0:delText>old</ns0:delText></ns0:r></ns0:del>"
            "</ns0:p></ns0:body></ns0:document>"_s;
        const auto doc = Fixture::read(spec);
        QCOMPARE(doc.body.text, u"Keep new\n"_s);
        const auto m = markupOf(doc);
        QCOMPARE(m.originalText, u"Keep old\n"_s);
        QCOMPARE(m.changes.size(), 2);
        QCOMPARE(m.changes[0].author, u"A"_s);
        QCOMPARE(m.changes[0].date, utc(2024, 5, 6, 7, 8, 9));
        QCOMPARE(m.changes[1].text, u"old"_s);
        QCOMPARE(m.changes[1].author, u"B"_s);
    }

    void commentsAnchorsAndThreads()
    {
        const QString body =
            para(u"<w:commentRangeStart w:id=\"0\"/><w:commentRangeStart w:id=\"2\"/>"_s + run(u"Alpha "_s)
                 + run(u"beta"_s) + u"<w:commentRangeEnd w:id=\"0\"/><w:commentRangeEnd w:id=\"2\"/>"_s
                 + commentReference(0) + commentReference(2))
            + para(run(u"Gamma "_s) + u"<w:commentRangeStart w:id=\"1\"/><w:commentRangeStart w:id=\"6\"/>"_s
                   + run(u"delta"_s))
            + para(run(u"epsilon"_s) + u"<w:commentRangeEnd w:id=\"1\"/><w:commentRangeEnd w:id=\"6\"/>"_s
                   + commentReference(1) + commentReference(6) + run(u" zeta"_s) + commentReference(3))
            + para(run(u"Keep "_s) + u"<w:commentRangeStart w:id=\"4\"/>"_s + wrap(u"del"_s, 10, delRun(u"removed"_s))
                   + u"<w:commentRangeEnd w:id=\"4\"/>"_s + commentReference(4) + run(u" end"_s));
        TestSupport::DocxSpec spec;
        spec.documentXml = wordDocument(body);
        spec.commentsXml =
            commentsPart(comment(0, u"Ann"_s, {u"Looks fine."_s}, {u"00000A01"_s})
                         + comment(1, u"Ben"_s, {u"Two"_s, u"paragraphs."_s}, {u"00000A11"_s, u"00000A12"_s})
                         + comment(2, u"Cat"_s, {u"Agreed."_s}, {u"00000a02"_s})
                         + comment(3, u"Dan"_s, {u"Only a reference."_s}, {u"00000A03"_s})
                         + comment(4, u"Eve"_s, {u"Why delete this?"_s}, {u"00000A04"_s})
                         + comment(5, u"Fay"_s, {u"Anchored nowhere."_s}, {u"00000A05"_s})
                         + comment(6, u"Gus"_s, {u"Reply to Ben."_s}, {u"00000A06"_s}));
        spec.commentsExtendedXml =
            commentsExtendedPart(u"<w15:commentEx w15:paraId=\"00000A01\" w15:done=\"1\"/>"
                                 "<w15:commentEx w15:paraId=\"00000A12\" w15:done=\"0\"/>"
                                 "<w15:commentEx w15:paraId=\"00000A02\" w15:paraIdParent=\"00000a01\" w15:done=\"1\"/>"
                                 "<w15:commentEx w15:paraId=\"00000A06\" w15:paraIdParent=\"00000A12\"/>"
                                 "<w15:commentEx w15:paraId=\"00000A05\" w15:paraIdParent=\"0000FFFF\"/>"_s);
        const auto doc = Fixture::read(spec);
        QCOMPARE(doc.body.text, u"Alpha beta\nGamma delta\nepsilon zeta\nKeep  end\n"_s);
        const auto m = markupOf(doc);
        QCOMPARE(m.originalText, u"Alpha beta\nGamma delta\nepsilon zeta\nKeep removed end\n"_s);

        QStringList order;
        for (const auto &c : m.comments)
            order.append(QString::number(c.id));
        QCOMPARE(order.join(u' '), u"0 2 1 6 3 4 5"_s);

        const auto &first = m.comments[0];
        QCOMPARE(first.author, u"Ann"_s);
        QCOMPARE(first.initials, u"A"_s);
        QCOMPARE(first.date, utc(2024, 5, 7, 10, 0, 0));
        QCOMPARE(first.text, u"Looks fine."_s);
        QCOMPARE(std::pair(first.start, first.end), std::pair(0, 10));
        QCOMPARE(std::pair(first.originalStart, first.originalEnd), std::pair(0, 10));
        QCOMPARE(first.parentId, -1);
        QVERIFY(first.done);

        const auto &reply = m.comments[1];
        QCOMPARE(reply.parentId, 0);
        QVERIFY(reply.done);
        QCOMPARE(std::pair(reply.start, reply.end), std::pair(0, 10));

        // Across paragraphs; the thread found through the comment's last paragraph.
        const auto &across = m.comments[2];
        QCOMPARE(across.text, u"Two\nparagraphs."_s);
        QCOMPARE(doc.body.text.sliced(across.start, across.end - across.start), u"delta\nepsilon"_s);
        QCOMPARE(across.parentId, -1);
        QVERIFY(!across.done);
        QCOMPARE(m.comments[3].parentId, 1);

        const auto &referenceOnly = m.comments[4];
        QCOMPARE(referenceOnly.start, qint32(doc.body.text.indexOf(u" zeta"_s) + 5));
        QCOMPARE(referenceOnly.end, referenceOnly.start);

        // On deleted text: empty in the working text, the deleted words in the original.
        const auto &onDeletion = m.comments[5];
        QCOMPARE(onDeletion.start, onDeletion.end);
        QCOMPARE(m.originalText.sliced(onDeletion.originalStart, onDeletion.originalEnd - onDeletion.originalStart),
                 u"removed"_s);

        const auto &nowhere = m.comments[6];
        QCOMPARE(nowhere.start, -1);
        QCOMPARE(nowhere.end, -1);
        QCOMPARE(nowhere.parentId, -1); // its parent is no comment of the part
        QVERIFY2(rangeProblem(doc.body.text, m).isEmpty(), qPrintable(rangeProblem(doc.body.text, m)));
    }

    // Paragraphs without markup are not read: a comment range and a move across them, markers
    // between paragraphs and in a table still land where the whole reading puts them.
    void unreadParagraphsBetween()
    {
        const QString table = u"<w:tbl><w:tr><w:tc>"_s + para(run(u"Quiet cell"_s)) + u"</w:tc><w:tc>"_s
                              + para(run(u"Cell "_s) + wrap(u"ins"_s, 20, run(u"edit"_s)))
                              + u"<w:commentRangeEnd w:id=\"2\"/>"_s + u"</w:tc></w:tr></w:tbl>"_s;
        const QString body =
            para(run(u"One"_s)) + u"<w:commentRangeStart w:id=\"1\"/>"_s + para(run(u"Two"_s)) + para(run(u"Three"_s))
            + u"<w:commentRangeEnd w:id=\"1\"/><w:commentRangeStart w:id=\"2\"/>"_s
            + para(run(u"Four"_s) + commentReference(1)) + u"<w:moveFromRangeStart w:id=\"8\" w:name=\"m\"/>"_s
            + para(run(u"Five"_s)) + para(wrap(u"moveFrom"_s, 9, run(u"Moved"_s)) + run(u"Six"_s))
            + u"<w:moveFromRangeEnd w:id=\"8\"/>"_s + para(run(u"Seven"_s)) + table
            + para(wrap(u"del"_s, 10, delRun(u"gone "_s)) + run(u"Eight"_s)) + para(run(u"Nine"_s));
        TestSupport::DocxSpec spec;
        spec.documentXml = wordDocument(body);
        spec.commentsXml = commentsPart(comment(1, u"Ann"_s, {u"Two lines."_s}, {u"00000A01"_s})
                                        + comment(2, u"Ben"_s, {u"Into the table."_s}, {u"00000A02"_s}));
        const auto doc = Fixture::read(spec);
        QCOMPARE(doc.body.text, u"One\nTwo\nThree\nFour\nFive\nSix\nSeven\nQuiet cell\nCell edit\nEight\nNine\n"_s);
        const auto m = markupOf(doc);
        QCOMPARE(m.originalText,
                 u"One\nTwo\nThree\nFour\nFive\nMovedSix\nSeven\nQuiet cell\nCell \ngone Eight\nNine\n"_s);
        QCOMPARE(m.comments.size(), 2);
        QCOMPARE(doc.body.text.sliced(m.comments[0].start, m.comments[0].end - m.comments[0].start), u"Two\nThree\n"_s);
        QCOMPARE(doc.body.text.sliced(m.comments[1].start, m.comments[1].end - m.comments[1].start),
                 u"Four\nFive\nSix\nSeven\nQuiet cell\nCell edit\n"_s);
        QCOMPARE(findChange(m, 9)->moveName, u"m"_s);
        QVERIFY2(rangeProblem(doc.body.text, m).isEmpty(), qPrintable(rangeProblem(doc.body.text, m)));
        QVERIFY2(differenceFromWholeReading(doc.body).isEmpty(), qPrintable(differenceFromWholeReading(doc.body)));
    }

    void commentsWithoutThreadsPart()
    {
        TestSupport::DocxSpec spec;
        spec.documentXml = wordDocument(para(u"<w:commentRangeStart w:id=\"3\"/>"_s + run(u"Text"_s)
                                             + u"<w:commentRangeEnd w:id=\"3\"/>"_s + commentReference(3)));
        spec.commentsXml = commentsPart(comment(3, u"Ann"_s, {u"Note."_s}, {u"00000A01"_s}));
        const auto m = markupOf(Fixture::read(spec));
        QCOMPARE(m.comments.size(), 1);
        QCOMPARE(m.comments[0].parentId, -1);
        QVERIFY(!m.comments[0].done);
        QCOMPARE(std::pair(m.comments[0].start, m.comments[0].end), std::pair(0, 4));
    }

    // Replies that answer each other have no first comment: each is still listed once.
    void replyCycleListsEachOnce()
    {
        TestSupport::DocxSpec spec;
        spec.documentXml = wordDocument(para(run(u"Text"_s) + commentReference(2)));
        spec.commentsXml = commentsPart(comment(1, u"Ann"_s, {u"One."_s}, {u"00000A01"_s})
                                        + comment(2, u"Ben"_s, {u"Two."_s}, {u"00000A02"_s}));
        spec.commentsExtendedXml =
            commentsExtendedPart(u"<w15:commentEx w15:paraId=\"00000A01\" w15:paraIdParent=\"00000A02\"/>"
                                 "<w15:commentEx w15:paraId=\"00000A02\" w15:paraIdParent=\"00000A01\"/>"_s);
        const auto m = markupOf(Fixture::read(spec));
        QCOMPARE(m.comments.size(), 2);
        QCOMPARE(m.comments[0].id, 1);
        QCOMPARE(m.comments[0].parentId, 2);
        QCOMPARE(m.comments[1].id, 2);
        QCOMPARE(std::pair(m.comments[1].start, m.comments[1].end), std::pair(4, 4));
    }

    void brokenThreadsPartIsAnErrorNamingIt()
    {
        TestSupport::DocxSpec spec;
        spec.documentXml = wordDocument(para(run(u"Text"_s)));
        spec.commentsXml = commentsPart(comment(3, u"Ann"_s, {u"Note."_s}, {u"00000A01"_s}));
        spec.commentsExtendedXml =
            u"<w15:commentsEx xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">\n"
            "<w15:commentEx w15:paraId=\"1\">"_s;
        auto m = Docx::readExistingMarkup(Fixture::read(spec));
        QVERIFY(!m);
        QCOMPARE(m.error().code, Docx::DocxError::Code::MalformedXml);
        QCOMPARE(m.error().part, u"word/commentsExtended.xml"_s);
        QCOMPARE(m.error().file, u"fixture.docx"_s);
        QVERIFY(m.error().line >= 2);
    }

    // The writer's own redline read back: rejecting everything gives the text it started from,
    // accepting everything the edited text, and each comment its edit's rationale.
    void writersRedlineReadsBack()
    {
        const auto doc = Fixture::read(TestSupport::generateNda(5, 3));
        const QList<Docx::Edit> edits = EditPicker::pick(doc, 11, 30);
        QVERIFY(edits.size() >= 20);
        const auto out = Fixture::redline(doc, edits);
        QCOMPARE(out.body.text, EditPicker::applyEdits(doc.body.text, edits));
        const auto m = markupOf(out);
        QCOMPARE(m.originalText, doc.body.text);
        QVERIFY2(rangeProblem(out.body.text, m).isEmpty(), qPrintable(rangeProblem(out.body.text, m)));
        QVERIFY2(differenceFromWholeReading(out.body).isEmpty(), qPrintable(differenceFromWholeReading(out.body)));
        QStringList rationales, read;
        for (const auto &e : edits) {
            if (!e.comment.isEmpty())
                rationales.append(e.comment);
        }
        for (const auto &c : m.comments) {
            read.append(c.text);
            QCOMPARE(c.author, Fixture::options().author);
            QVERIFY(c.start >= 0);
        }
        rationales.sort();
        read.sort();
        QCOMPARE(read, rationales);
        for (const auto &c : m.changes) {
            QCOMPARE(c.author, Fixture::options().author);
            QCOMPARE(c.date, Fixture::options().date);
        }
    }

    // A few milliseconds for 100 pages, and linear: no scan per change or per run.
    void speed()
    {
        const auto timeRead = [](int pages) {
            const auto doc = Fixture::read(TestSupport::generateNda(pages, 1));
            const auto out = Fixture::redline(doc, EditPicker::pick(doc, 5, pages));
            qint64 best = std::numeric_limits<qint64>::max();
            qsizetype changes = 0;
            for (int i = 0; i < 10; ++i) {
                QElapsedTimer timer;
                timer.start();
                const auto m = Docx::readExistingMarkup(out);
                best = std::min(best, timer.nsecsElapsed());
                changes = m.value().changes.size();
            }
            qInfo("%d pages, %lld KB of XML, %lld changes: %.3f ms", pages, qint64(out.body.xml.size() / 1024),
                  qint64(changes), double(best) / 1e6);
            return best;
        };
        const qint64 small = timeRead(25);
        const qint64 large = timeRead(100);
        // The target is a few ms; the bounds leave room for sanitizer and debug builds, and for
        // noise in the ratio (linear is 4).
        QVERIFY2(large < 200'000'000, qPrintable(QString::number(double(large) / 1e6) + u" ms"_s));
        QVERIFY2(large < 10 * small,
                 qPrintable(u"25 pages %1 ms, 100 pages %2 ms"_s.arg(double(small) / 1e6).arg(double(large) / 1e6)));
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        if (!CorpusPaths::available())
            return;
        for (const QString &f : CorpusPaths::docxFiles())
            QTest::newRow(f.toUtf8().constData()) << f;
    }

    // Every corpus file reads; where FEATURES.tsv marks tracked changes they are found and every
    // range lies in the texts; pandoc's rejected reading has the original reading's words.
    void corpus()
    {
        if (!CorpusPaths::available())
            QSKIP("../shared/corpus is not beside this checkout (a newcomer's clone): corpus tests skipped");
        QFETCH(QString, file);
        if (CorpusPaths::expectations().value(file).first == u"open-error")
            QSKIP("the file does not open (corpus-expectations.tsv)");
        auto doc = Docx::DocumentReader::read(CorpusPaths::absolute(file));
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
        auto markup = Docx::readExistingMarkup(doc.value());
        QVERIFY2(markup, qPrintable(markup ? QString() : markup.error().toString()));
        const auto &m = markup.value();
        const QString &text = doc.value().body.text;
        QVERIFY2(rangeProblem(text, m).isEmpty(), qPrintable(rangeProblem(text, m)));
        QVERIFY2(differenceFromWholeReading(doc.value().body).isEmpty(),
                 qPrintable(differenceFromWholeReading(doc.value().body)));
        if (m.changes.isEmpty())
            QCOMPARE(m.originalText, text);

        static const auto features = corpusFeatures();
        const QStringList f = features.value(file);
        if (f.contains(u"commentRange"_s)) {
            QVERIFY(!m.comments.isEmpty());
            QVERIFY(std::any_of(m.comments.cbegin(), m.comments.cend(), [](const auto &c) { return c.start >= 0; }));
        }
        if (!hasTrackedChanges(f))
            return;
        QVERIFY(!m.changes.isEmpty());
        if (!WordList::havePandoc())
            QSKIP("pandoc is not installed (apt-get install pandoc): the rejected reading is not compared");
        bool pandocOk = false;
        const QStringList theirs = WordList::pandocWords(CorpusPaths::sharedDir() + u"/tools/pandoc-words"_s,
                                                         CorpusPaths::absolute(file), u"reject"_s, &pandocOk);
        QVERIFY2(pandocOk, "pandoc cannot read a corpus file with tracked changes");
        const QStringList ours = WordList::split(m.originalText);
        QVERIFY2(ours == theirs, qPrintable(WordList::firstDifference(theirs, ours)));
    }
};

QTEST_GUILESS_MAIN(TestExistingMarkup)
#include "tst_existing_markup.moc"
