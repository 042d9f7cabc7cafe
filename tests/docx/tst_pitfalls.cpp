// SPDX-License-Identifier: GPL-3.0-or-later
// One hand-built case (or more) for each pitfall in ../shared/reference/ooxml-pitfalls.md, checking
// what Word, LibreOffice and pandoc users would notice: the working text, the revision markup and
// what survives untouched.
#include "fixture.h"

#include "docx/existingmarkup.h"

#include "docx/atomicwrite.h"
#include "docx/packagewriter.h"
#include "docx/xmlnames.h"

#include <QSet>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using TestSupport::paragraph;
using TestSupport::wordDocument;

namespace {

QString run(const QString &text, const QString &props = {}, const QString &attrs = {})
{
    return u"<w:r"_s + attrs + u">"_s + (props.isEmpty() ? QString() : u"<w:rPr>"_s + props + u"</w:rPr>"_s)
        + u"<w:t xml:space=\"preserve\">"_s + TestSupport::escapeXml(text) + u"</w:t></w:r>"_s;
}

QString para(const QString &content, const QString &pPr = {})
{
    return u"<w:p>"_s + (pPr.isEmpty() ? QString() : u"<w:pPr>"_s + pPr + u"</w:pPr>"_s) + content + u"</w:p>"_s;
}

const QString numberingXml = uR"x(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>
 <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%4."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Article %1"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="Section %1.%2"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
</w:numbering>)x"_s;

QString numbered(const QString &text, int numId, int level)
{
    return para(run(text), u"<w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr>"_s.arg(level).arg(numId));
}

} // namespace

class TestPitfalls final : public QObject {
    Q_OBJECT

private slots:
    // 1. Runs split mid-word: one word to the reader; the writer splits runs and keeps formatting.
    void splitRunsKeepFormatting()
    {
        const auto doc = Fixture::body(para(run(u"Con"_s, {}, u" w:rsidR=\"001\""_s) + u"<w:proofErr w:type=\"spellStart\"/>"_s
                                            + run(u"fidential"_s, u"<w:b/>"_s, u" w:rsidR=\"002\""_s)
                                            + u"<w:proofErr w:type=\"spellEnd\"/>"_s + run(u" Information"_s)));
        QCOMPARE(doc.body.text, u"Confidential Information\n"_s);
        const auto out = Fixture::redline(doc, {Fixture::replace(doc, u"fidential Info"_s, u"tidential info"_s)});
        QCOMPARE(out.body.text, u"Contidential information\n"_s);
        const QString &xml = out.body.xml;
        // The deleted piece of the bold run is still bold, inside w:del, as w:delText.
        QVERIFY(xml.contains(u"<w:del "_s));
        QVERIFY(xml.contains(u"<w:r w:rsidR=\"002\"><w:rPr><w:b/></w:rPr><w:delText xml:space=\"preserve\">fidential</w:delText>"_s));
        // The kept parts of split runs stay w:t with their properties.
        QVERIFY(xml.contains(u"<w:r w:rsidR=\"001\"><w:t xml:space=\"preserve\">Con</w:t></w:r>"_s));
        QVERIFY(xml.contains(u"<w:t xml:space=\"preserve\">rmation</w:t>"_s));
        // The insertion follows the formatting of the text it replaces (the run before it).
        QVERIFY(xml.contains(u"<w:r><w:t xml:space=\"preserve\">tidential info</w:t></w:r></w:ins>"_s));
        QCOMPARE(Fixture::count(xml, u"<w:t>[^<]*</w:t>"_s) + Fixture::count(xml, u"<w:delText>"_s), 0);
    }

    // 2. Tabs, breaks, hyphens, symbols and objects: one placeholder each, moved whole.
    void runContentPlaceholders()
    {
        const QString drawing = u"<w:drawing><wp:inline><wp:extent cx=\"1\" cy=\"1\"/></wp:inline></w:drawing>"_s;
        const auto doc = Fixture::body(para(u"<w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:noBreakHyphen/>"
                                            "<w:t>D</w:t><w:softHyphen/><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/>"_s
                                            + drawing + u"<w:t>E</w:t></w:r>"_s));
        QCOMPARE(doc.body.text, u"A\tB\u2028C\u2011D\u00AD\u00FC\uFFFCE\n"_s);
        // Deleting across the drawing moves the whole drawing into the deleted run.
        const qint32 at = qint32(doc.body.text.indexOf(QChar(0xFFFC)));
        const auto out = Fixture::redline(doc, {{at - 1, at + 2, {}, {}}});
        QCOMPARE(out.body.text, u"A\tB\u2028C\u2011D\u00AD\n"_s);
        const QString &xml = out.body.xml;
        const qsizetype del = xml.indexOf(u"<w:del "_s);
        QVERIFY(del > 0);
        QVERIFY(xml.indexOf(u"<w:drawing>"_s) > del);
        QVERIFY(xml.indexOf(u"<w:drawing>"_s) < xml.indexOf(u"</w:del>"_s));
        QCOMPARE(Fixture::count(xml, u"<w:drawing>"_s), 1);
        QVERIFY(xml.contains(u"<w:delText xml:space=\"preserve\">E</w:delText>"_s));
    }

    // 3. Revision shape: w:delText, author, UTC date, ids unique across parts.
    void revisionShapeAndUniqueIds()
    {
        TestSupport::DocxSpec spec;
        spec.documentXml = wordDocument(para(run(u"Term of five (5) years."_s)));
        spec.footnotesXml = uR"x(<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1"><w:p><w:ins w:id="50" w:author="X" w:date="2020-01-01T00:00:00Z"><w:r><w:t>note</w:t></w:r></w:ins></w:p></w:footnote></w:footnotes>)x"_s;
        const auto doc = Fixture::read(spec);
        QCOMPARE(doc.maxRevisionId, 50);
        QCOMPARE(doc.notes.size(), 1);
        const auto out = Fixture::redline(doc, {Fixture::replace(doc, u"five (5)"_s, u"three (3)"_s, 1, u"Market is 2–3 years."_s)});
        const QString &xml = out.body.xml;
        QRegularExpression ids(uR"x(<w:(ins|del|commentRangeStart) w:id="(\d+)")x"_s);
        QSet<int> seen;
        for (auto it = ids.globalMatch(xml); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(1) == u"commentRangeStart")
                continue;
            const int id = m.captured(2).toInt();
            QVERIFY2(id > 50, "revision ids must not collide with ids in other parts");
            QVERIFY(!seen.contains(id));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 2);
        QVERIFY(xml.contains(u"w:author=\"Ann Lawyer\" w:date=\"2026-03-04T05:06:07Z\""_s));
        QVERIFY(!xml.contains(QRegularExpression(u"<w:del [^>]*>(?:(?!</w:del>).)*<w:t[ >]"_s)));
    }

    // 4. Paragraph marks: deleting one merges paragraphs; section breaks and last marks are refused.
    void paragraphMarks()
    {
        const auto doc = Fixture::body(para(run(u"First clause."_s)) + para(run(u"Second clause."_s))
                                       + para(run(u"Section end."_s), u"<w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/></w:sectPr>"_s)
                                       + para(run(u"Last."_s)));
        const auto out = Fixture::redline(doc, {Fixture::replace(doc, u".\nSecond"_s, u" and second"_s)});
        QCOMPARE(out.body.text, u"First clause and second clause.\nSection end.\nLast.\n"_s);
        QVERIFY(out.body.xml.contains(u"<w:pPr><w:rPr><w:del w:id="_s));
        QVERIFY(out.body.paragraphs.first().markDeleted);
        QVERIFY(Fixture::refusal(doc, {Fixture::replace(doc, u"end.\nLast"_s, u"x"_s)}).contains(u"section break"_s));
        QVERIFY(Fixture::refusal(doc, {{qint32(doc.body.text.size() - 2), qint32(doc.body.text.size()), {}, {}}})
                    .contains(u"last paragraph mark"_s));
    }

    // 5. Hyperlinks: revisions inside the link; text added after a link does not join it.
    void hyperlinks()
    {
        const auto doc = Fixture::body(para(run(u"See "_s) + u"<w:hyperlink r:id=\"rId9\">"_s + run(u"our policy"_s)
                                            + u"</w:hyperlink>"_s + run(u" now."_s)));
        const auto out = Fixture::redline(doc, {Fixture::replace(doc, u"our"_s, u"the"_s),
                                                 Fixture::insertAfter(doc, u"policy"_s, u" and terms"_s)});
        QCOMPARE(out.body.text, u"See the policy and terms now.\n"_s);
        const QString &xml = out.body.xml;
        const qsizetype linkEnd = xml.indexOf(u"</w:hyperlink>"_s);
        QVERIFY(xml.indexOf(u"<w:del "_s) > xml.indexOf(u"<w:hyperlink"_s) && xml.indexOf(u"<w:del "_s) < linkEnd);
        QVERIFY2(xml.indexOf(u"and terms"_s) > linkEnd, "the added words must not become part of the link");
        QCOMPARE(out.body.hyperlinks.size(), 1);
        QCOMPARE(out.body.hyperlinks.first().textEnd - out.body.hyperlinks.first().textStart, 10);
    }

    // 6. Fields: only results are text; edits stay inside a result or take the whole field.
    void fields()
    {
        const QString field = u"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> REF clause3 \\h </w:instrText></w:r>"
                              "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"_s
            + run(u"Clause 3"_s) + u"<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"_s;
        const auto doc = Fixture::body(para(run(u"As set out in "_s) + field + run(u" above."_s))
                                       + para(run(u"Page "_s) + u"<w:fldSimple w:instr=\" PAGE \">"_s + run(u"7"_s) + u"</w:fldSimple>"_s));
        QCOMPARE(doc.body.text, u"As set out in Clause 3 above.\nPage 7\n"_s);
        QVERIFY(Fixture::refusal(doc, {Fixture::replace(doc, u"in Clause"_s, u"under Clause"_s)}).contains(u"field"_s));
        // Inside the result: an ordinary edit.
        auto out = Fixture::redline(doc, {Fixture::replace(doc, u"3"_s, u"4"_s)});
        QCOMPARE(out.body.text, u"As set out in Clause 4 above.\nPage 7\n"_s);
        // The whole field: deleted with its instructions, begin/separate/end kept balanced in w:del.
        out = Fixture::redline(doc, {Fixture::replace(doc, u" in Clause 3"_s, u""_s)});
        QCOMPARE(out.body.text, u"As set out above.\nPage 7\n"_s);
        const QString &xml = out.body.xml;
        QVERIFY(xml.contains(u"<w:delInstrText xml:space=\"preserve\"> REF clause3 \\h </w:delInstrText>"_s));
        QVERIFY(!xml.contains(u"<w:instrText"_s));
        for (const char *kind : {"begin", "separate", "end"}) {
            const qsizetype at = xml.indexOf(u"w:fldCharType=\""_s + QLatin1String(kind));
            QVERIFY(at > 0);
            QVERIFY2(xml.lastIndexOf(u"<w:del "_s, at) > xml.lastIndexOf(u"</w:del>"_s, at), kind);
        }
        // Text added right after a field goes after its end, not into its result.
        out = Fixture::redline(doc, {Fixture::insertAfter(doc, u"Clause 3"_s, u" (as amended)"_s)});
        QVERIFY(out.body.xml.indexOf(u"(as amended)"_s) > out.body.xml.indexOf(u"w:fldCharType=\"end\""_s));
    }

    // 7. Content controls: revisions go inside sdtContent; locked or data-bound ones are refused.
    void contentControls()
    {
        const auto doc = Fixture::body(
            u"<w:sdt><w:sdtPr><w:alias w:val=\"Party\"/></w:sdtPr><w:sdtContent>"_s + para(run(u"Acme Corp"_s)) + u"</w:sdtContent></w:sdt>"_s
            + para(u"<w:sdt><w:sdtPr><w:lock w:val=\"contentLocked\"/></w:sdtPr><w:sdtContent>"_s + run(u"Locked text"_s)
                   + u"</w:sdtContent></w:sdt>"_s)
            + para(u"<w:sdt><w:sdtPr><w:dataBinding w:xpath=\"/a\" w:storeItemID=\"{1}\"/></w:sdtPr><w:sdtContent>"_s
                   + run(u"Bound text"_s) + u"</w:sdtContent></w:sdt>"_s));
        QCOMPARE(doc.body.text, u"Acme Corp\nLocked text\nBound text\n"_s);
        const auto out = Fixture::redline(doc, {Fixture::replace(doc, u"Corp"_s, u"Inc."_s)});
        QVERIFY(out.body.xml.contains(u"<w:sdtPr><w:alias w:val=\"Party\"/></w:sdtPr>"_s));
        QVERIFY(out.body.xml.indexOf(u"<w:del "_s) > out.body.xml.indexOf(u"<w:sdtContent>"_s));
        QVERIFY(!Fixture::refusal(doc, {Fixture::replace(doc, u"Locked"_s, u"Open"_s)}).isEmpty());
        QVERIFY(!Fixture::refusal(doc, {Fixture::replace(doc, u"Bound"_s, u"Free"_s)}).isEmpty());
    }

    // 8. Smart tags and custom XML are read through; markers keep their place and pairs.
    void wrappersAndMarkers()
    {
        const auto doc = Fixture::body(para(u"<w:smartTag w:uri=\"u\" w:element=\"place\">"_s + run(u"London "_s)
                                            + u"</w:smartTag><w:bookmarkStart w:id=\"7\" w:name=\"b\"/>"_s + run(u"and "_s)
                                            + u"<w:customXml w:element=\"x\">"_s + run(u"Paris"_s) + u"</w:customXml><w:bookmarkEnd w:id=\"7\"/>"_s));
        QCOMPARE(doc.body.text, u"London and Paris\n"_s);
        const auto out = Fixture::redline(doc, {Fixture::replace(doc, u"don and Par"_s, u""_s)});
        QCOMPARE(out.body.text, u"Lonis\n"_s);
        const QString &xml = out.body.xml;
        QCOMPARE(Fixture::count(xml, u"<w:bookmarkStart "_s), 1);
        QCOMPARE(Fixture::count(xml, u"<w:bookmarkEnd "_s), 1);
        QCOMPARE(Fixture::count(xml, u"<w:del "_s), 3);  // one per run, markers between them untouched
        QVERIFY(xml.contains(u"</w:del></w:smartTag><w:bookmarkStart w:id=\"7\" w:name=\"b\"/><w:del "_s));
    }

    // 9 and 10. Existing revisions and moves: read as accepted; our edits inside their insertion or
    // move nest in it, as Word writes them (deleting another author's insertion), and their
    // deletion is left alone.
    void existingRevisionsAndMoves()
    {
        const QString by = u" w:id=\"%1\" w:author=\"Other\" w:date=\"2020-01-01T00:00:00Z\""_s;
        const auto doc = Fixture::body(para(run(u"Keep "_s) + u"<w:ins"_s + by.arg(1) + u">"_s + run(u"added "_s) + u"</w:ins><w:del"_s
                                            + by.arg(2) + u"><w:r><w:delText>gone </w:delText></w:r></w:del>"_s + run(u"tail"_s))
                                       + para(u"<w:moveFromRangeStart w:id=\"3\" w:name=\"m\"/><w:moveFrom"_s + by.arg(4)
                                              + u"><w:r><w:t>moved</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id=\"3\"/>"_s + run(u"here"_s))
                                       + para(u"<w:moveToRangeStart w:id=\"5\" w:name=\"m\"/><w:moveTo"_s + by.arg(6)
                                              + u">"_s + run(u"moved"_s) + u"</w:moveTo><w:moveToRangeEnd w:id=\"5\"/>"_s));
        QCOMPARE(doc.body.text, u"Keep added tail\nhere\nmoved\n"_s);
        // Before their insertion at a paragraph's start: outside it, after the paragraph's properties.
        const auto theirClause =
            Fixture::body(para(u"<w:ins"_s + by.arg(1) + u">"_s + run(u"New clause."_s) + u"</w:ins>"_s));
        const auto before = Fixture::redline(theirClause, {Docx::Edit{0, 0, u"Subject to law, "_s, {}}});
        QCOMPARE(before.body.text, u"Subject to law, New clause.\n"_s);
        QVERIFY(before.body.xml.indexOf(u"Subject to law"_s) < before.body.xml.indexOf(u"<w:ins w:id=\"1\""_s));
        // New text strictly inside their insertion splits it, as Word does: theirs is closed before
        // ours and opened again after (an id of its own), so no reader meets an insertion nested in
        // another (pandoc drops those).
        const qint32 inside = qint32(doc.body.text.indexOf(u"added"_s)) + 2;
        const auto split = Fixture::redline(doc, {Docx::Edit{inside, inside, u"x"_s, {}}});
        QCOMPARE(split.body.text, u"Keep adxded tail\nhere\nmoved\n"_s);
        auto splitMarkup = Docx::readExistingMarkup(split);
        QVERIFY(splitMarkup);
        QStringList insertions;
        QSet<qint64> ids;
        for (const Docx::ExistingChange &c : splitMarkup.value().changes) {
            if (c.kind != Docx::ExistingChange::Kind::Insertion)
                continue;
            insertions.append(c.author + u": "_s + c.text);
            ids.insert(c.id);
            QCOMPARE(c.within, -1);
        }
        QCOMPARE(insertions, (QStringList{u"Other: ad"_s, u"Ann Lawyer: x"_s, u"Other: ded "_s}));
        QCOMPARE(ids.size(), 3);
        QVERIFY(splitMarkup.value().originalText.startsWith(u"Keep gone tail\n"_s));
        // Between two runs of their insertion too; inside a link within it, still refused.
        const auto twoRuns =
            Fixture::body(para(u"<w:ins"_s + by.arg(1) + u">"_s + run(u"one "_s) + run(u"two"_s) + u"</w:ins>"_s));
        QCOMPARE(Fixture::redline(twoRuns, {Docx::Edit{4, 4, u"and "_s, {}}}).body.text, u"one and two\n"_s);
        const auto linked = Fixture::body(para(u"<w:ins"_s + by.arg(1) + u"><w:hyperlink w:anchor=\"a\">"_s
                                               + run(u"linked words"_s) + u"</w:hyperlink></w:ins>"_s));
        QVERIFY(Fixture::refusal(linked, {Docx::Edit{3, 3, u"x"_s, {}}}).contains(u"inside someone else"_s));
        const auto out = Fixture::redline(doc, {Fixture::replace(doc, u"added "_s, u"new "_s),
                                                Fixture::replace(doc, u"tail"_s, u"end"_s),
                                                Fixture::replace(doc, u"moved"_s, u"shifted"_s)});
        QCOMPARE(out.body.text, u"Keep new end\nhere\nshifted\n"_s);
        QVERIFY(out.body.xml.contains(u"<w:delText>gone </w:delText>"_s));  // their deletion is left alone
        // Our deletion of "added" lies inside their w:ins, our deletion of "moved" inside their w:moveTo.
        const qsizetype theirs = out.body.xml.indexOf(u"<w:ins w:id=\"1\""_s);
        const qsizetype ours = out.body.xml.indexOf(u"<w:delText xml:space=\"preserve\">added </w:delText>"_s);
        QVERIFY2(theirs >= 0 && ours > theirs && ours < out.body.xml.indexOf(u"</w:ins>"_s, theirs),
                 qPrintable(out.body.xml));
        const qsizetype moveTo = out.body.xml.indexOf(u"<w:moveTo w:id=\"6\""_s);
        const qsizetype movedOurs = out.body.xml.indexOf(u"<w:delText xml:space=\"preserve\">moved</w:delText>"_s);
        QVERIFY(moveTo >= 0 && movedOurs > moveTo && movedOurs < out.body.xml.indexOf(u"</w:moveTo>"_s, moveTo));
        auto markup = Docx::readExistingMarkup(out);
        QVERIFY(markup);
        bool nested = false;
        for (const Docx::ExistingChange &c : markup.value().changes) {
            if (c.kind == Docx::ExistingChange::Kind::Deletion && c.text == u"added "_s) {
                QVERIFY(c.within >= 0);
                QCOMPARE(markup.value().changes.at(c.within).author, u"Other"_s);
                nested = true;
            }
        }
        QVERIFY(nested);
        // Rejecting everything leaves neither their insertion nor ours.
        QVERIFY(!markup.value().originalText.contains(u"new"_s) && !markup.value().originalText.contains(u"added"_s));
        QVERIFY(markup.value().originalText.contains(u"gone"_s));
    }

    // 11. Numbering: labels from numbering.xml, never in the working text; new paragraphs continue lists.
    void numberingLabels()
    {
        TestSupport::DocxSpec spec;
        spec.numberingXml = numberingXml;
        spec.documentXml = wordDocument(numbered(u"Definitions"_s, 1, 0) + numbered(u"Meaning"_s, 1, 1) + numbered(u"oral"_s, 1, 2)
                                        + numbered(u"written"_s, 1, 2) + numbered(u"drawn"_s, 1, 3) + numbered(u"Second"_s, 1, 1)
                                        + numbered(u"Term"_s, 1, 0) + numbered(u"Scope"_s, 2, 0) + numbered(u"Legal"_s, 2, 1)
                                        + numbered(u"Restarted"_s, 3, 0) + numbered(u"Next"_s, 3, 0) + para(run(u"Plain"_s)));
        const auto doc = Fixture::read(spec);
        QStringList labels;
        for (const auto &p : doc.body.paragraphs)
            labels << p.listLabel;
        QCOMPARE(labels, (QStringList{u"1."_s, u"1.1"_s, u"(a)"_s, u"(b)"_s, u"i."_s, u"1.2"_s, u"2."_s, u"Article I"_s,
                                      u"Section 1.1"_s, u"7."_s, u"8."_s, QString()}));
        QVERIFY(!doc.body.text.contains(u"1."_s));
        // A clause added after "Term" continues the list: the next number, as Word shows it.
        const qint32 end = doc.body.paragraphs.at(6).textEnd;
        const auto out = Fixture::redline(doc, {{end, end, u"\nConfidentiality"_s, {}}});
        QCOMPARE(out.body.paragraphs.at(7).listLabel, u"3."_s);
        QCOMPARE(out.body.paragraphAt(out.body.text.indexOf(u"Confidentiality"_s)), 7);
        // As in Word: the mark before the new text is the inserted one; the new paragraph ends with
        // the original mark, so rejecting restores "Term" exactly.
        QVERIFY(out.body.paragraphs.at(6).markInserted);
        QVERIFY(!out.body.paragraphs.at(7).markInserted);
    }

    // A new top-level clause added after a sub-item takes the top level's numbering; rejecting it
    // restores the sub-item's own properties (recorded in w:pPrChange).
    void addedParagraphTakesAnotherStyle()
    {
        TestSupport::DocxSpec spec;
        spec.numberingXml = numberingXml;
        spec.documentXml = wordDocument(numbered(u"Definitions"_s, 1, 0) + numbered(u"oral"_s, 1, 2) + para(run(u"Signed"_s)));
        const auto doc = Fixture::read(spec);
        const qint32 end = doc.body.paragraphs.at(1).textEnd;
        Docx::Edit e{end, end, u"\nNo Licence. Nothing grants a licence."_s, {}, doc.body.paragraphs.at(0).textStart};
        const auto out = Fixture::redline(doc, {e});
        QCOMPARE(out.body.paragraphs.at(2).listLabel, u"2."_s);
        QCOMPARE(out.body.paragraphs.at(1).listLabel, u"(a)"_s);
        QVERIFY(out.body.paragraphs.at(1).markInserted);
        QVERIFY(out.body.xml.contains(u"<w:pPrChange "_s));
        const qsizetype change = out.body.xml.indexOf(u"<w:pPrChange "_s);
        QVERIFY2(out.body.xml.indexOf(u"<w:ilvl w:val=\"2\"/>"_s, change) > change, "the former level is recorded");
    }

    // 12. Tables: cells in row order; an edit never crosses a cell; a cell keeps its last mark.
    void tables()
    {
        const auto cell = [](const QString &t) -> QString { return u"<w:tc>"_s + para(run(t)) + u"</w:tc>"_s; };
        const auto doc = Fixture::body(u"<w:tbl><w:tblPr/><w:tr>"_s + cell(u"Discloser"_s) + cell(u"Acme"_s) + u"</w:tr><w:tr>"_s
                                       + cell(u"Recipient"_s) + cell(u"Beta"_s) + u"</w:tr></w:tbl>"_s + para(run(u"After"_s)));
        QCOMPARE(doc.body.text, u"Discloser\nAcme\nRecipient\nBeta\nAfter\n"_s);
        QVERIFY(Fixture::refusal(doc, {Fixture::replace(doc, u"Acme\nRecipient"_s, u"x"_s)}).contains(u"cell"_s));
        QVERIFY(Fixture::refusal(doc, {Fixture::replace(doc, u"Beta\n"_s, u""_s)}).contains(u"last paragraph mark"_s));
        const auto out = Fixture::redline(doc, {Fixture::replace(doc, u"Beta"_s, u"Gamma"_s)});
        QCOMPARE(out.body.text, u"Discloser\nAcme\nRecipient\nGamma\nAfter\n"_s);
        QCOMPARE(Fixture::count(out.body.xml, u"<w:tc>"_s), 4);
    }

    // 13. Other stories: headers, footers and notes are read on their own; text boxes are one object.
    void otherStories()
    {
        TestSupport::DocxSpec spec;
        spec.headers = {{u"header1.xml"_s, TestSupport::headerPart(paragraph(u"CONFIDENTIAL"_s))}};
        spec.footers = {{u"footer1.xml"_s, TestSupport::footerPart(paragraph(u"Page footer"_s))}};
        spec.footnotesXml = uR"x(<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> A note.</w:t></w:r></w:p></w:footnote></w:footnotes>)x"_s;
        const QString textBox = uR"x(<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline><a:graphic><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent><w:p><w:r><w:t>Box</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Box</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>)x"_s;
        spec.documentXml = wordDocument(para(run(u"Body"_s) + u"<w:r><w:footnoteReference w:id=\"1\"/></w:r>"_s + textBox + run(u" text"_s)),
                                        TestSupport::sectionProperties(true, true));
        const auto doc = Fixture::read(spec);
        QCOMPARE(doc.body.text, u"Body\uFFFC\uFFFC text\n"_s);
        QCOMPARE(doc.headers.size(), 1);
        QCOMPARE(doc.headers.first().text, u"CONFIDENTIAL\n"_s);
        QCOMPARE(doc.footers.first().text, u"Page footer\n"_s);
        QCOMPARE(doc.notes.first().text, u" A note.\n"_s);
        const auto out = Fixture::redline(doc, {Fixture::replace(doc, u"text"_s, u"words"_s)});
        QCOMPARE(Fixture::count(out.body.xml, u"<w:t>Box</w:t>"_s), 2);  // both branches of the text box untouched
    }

    // 14. Comments: a new comments part with its content type and relationship; ranges balanced.
    void commentsPartCreated()
    {
        const auto doc = Fixture::body(para(run(u"Five year term."_s)));
        QList<Docx::RevisionWriter::Refusal> refusals;
        auto bytes = Docx::RevisionWriter::write(doc, {Fixture::replace(doc, u"Five"_s, u"Three"_s, 1, u"Three is market & fair."_s)},
                                                 Fixture::options(), &refusals);
        QVERIFY(bytes);
        auto pkg = Docx::Package::fromBytes(bytes.value(), u"out.docx"_s).value();
        QVERIFY(pkg.contains(u"word/comments.xml"_s));
        const QString types = QString::fromUtf8(pkg.read(u"[Content_Types].xml"_s).value());
        QVERIFY(types.contains(u"PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\""_s));
        const QString rels = QString::fromUtf8(pkg.read(u"word/_rels/document.xml.rels"_s).value());
        QVERIFY(rels.contains(u"relationships/comments\" Target=\"comments.xml\""_s));
        const auto out = Docx::DocumentReader::read(pkg).value();
        QCOMPARE(out.comments.size(), 1);
        QCOMPARE(out.comments.first().text, u"Three is market & fair.\n"_s);
        QCOMPARE(Fixture::count(out.body.xml, u"<w:commentRangeStart "_s), 1);
        QCOMPARE(Fixture::count(out.body.xml, u"<w:commentRangeEnd "_s), 1);
        QCOMPARE(Fixture::count(out.body.xml, u"<w:commentReference "_s), 1);
        QVERIFY(out.comments.first().xml.contains(u"w:author=\"Ann Lawyer\""_s));

        // A second round adds to the existing part with fresh ids.
        const auto again = Fixture::redline(out, {Fixture::replace(out, u"term"_s, u"period"_s, 1, u"Clearer."_s)});
        QCOMPARE(again.comments.first().text, u"Three is market & fair.\nClearer.\n"_s);
        QRegularExpression ids(u"<w:comment w:id=\"(\\d+)\""_s);
        QSet<QString> seen;
        for (auto it = ids.globalMatch(again.comments.first().xml); it.hasNext();)
            seen.insert(it.next().captured(1));
        QCOMPARE(seen.size(), 2);
    }

    // 15. Namespaces by URI: an ns0 prefix, Strict OOXML, a default namespace, a main part elsewhere.
    void namespacesAndPackage_data()
    {
        QTest::addColumn<QString>("documentXml");
        QTest::addColumn<QString>("mainPart");
        QTest::addColumn<QString>("expectedTag");
        const QString t = Docx::Ns::WordTransitional.toString();
        const QString s = Docx::Ns::WordStrict.toString();
        QTest::newRow("ns0 prefix") << u"<ns0:document xmlns:ns0=\"%1\"><ns0:body><ns0:p><ns0:r><ns0:t>Five years</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>"_s.arg(t)
                                    << u"word/document.xml"_s << u"<ns0:del "_s;
        QTest::newRow("strict") << u"<w:document xmlns:w=\"%1\"><w:body><w:p><w:r><w:t>Five years</w:t></w:r></w:p></w:body></w:document>"_s.arg(s)
                                << u"word/document.xml"_s << u"<w:del "_s;
        QTest::newRow("default namespace") << u"<document xmlns=\"%1\"><body><p><r><t>Five years</t></r></p></body></document>"_s.arg(t)
                                           << u"word/document.xml"_s << u"<w:del xmlns:w="_s;
        QTest::newRow("main part elsewhere") << wordDocument(para(run(u"Five years"_s))) << u"word/document22.xml"_s << u"<w:del "_s;
    }

    void namespacesAndPackage()
    {
        QFETCH(QString, documentXml);
        QFETCH(QString, mainPart);
        QFETCH(QString, expectedTag);
        TestSupport::DocxSpec spec;
        spec.documentXml = documentXml;
        spec.mainPartName = mainPart;
        const auto doc = Fixture::read(spec);
        QCOMPARE(doc.mainPart, mainPart);
        QCOMPARE(doc.body.text, u"Five years\n"_s);
        const auto out = Fixture::redline(doc, {Fixture::replace(doc, u"Five"_s, u"Three"_s, 1, u"Shorter."_s)});
        QCOMPARE(out.body.text, u"Three years\n"_s);
        QVERIFY2(out.body.xml.contains(expectedTag), qPrintable(out.body.xml));
        QCOMPARE(out.body.wordNamespace, doc.body.wordNamespace);
        QCOMPARE(out.comments.size(), 1);
        QCOMPARE(out.comments.first().wordNamespace, doc.body.wordNamespace);
    }

    // The root element, its mc:Ignorable prefixes and every other part are left exactly as they were.
    void untouchedBytes()
    {
        TestSupport::DocxSpec spec;
        spec.documentXml = wordDocument(para(run(u"Alpha"_s)) + para(run(u"Beta gamma"_s)) + para(run(u"Delta"_s)));
        spec.stylesXml = uR"x(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>)x"_s;
        spec.extraParts = {{u"customXml/item1.xml"_s, QByteArrayLiteral("<unknown>\xEF\xBB\xBFkeep me</unknown>")}};
        const auto doc = Fixture::read(spec);
        auto bytes = Docx::RevisionWriter::write(doc, {Fixture::replace(doc, u"gamma"_s, u"epsilon"_s)}, Fixture::options());
        QVERIFY(bytes);
        const auto pkg = Docx::Package::fromBytes(bytes.value(), u"out.docx"_s).value();
        for (const QString &part : doc.package.partNames()) {
            if (part != doc.mainPart)
                QCOMPARE(pkg.read(part).value(), doc.package.read(part).value());
        }
        const QString before = doc.body.xml;
        const QString after = QString::fromUtf8(pkg.read(doc.mainPart).value());
        const auto &p = doc.body.paragraphs.at(1);
        QCOMPARE(after.left(p.raw.begin), before.left(p.raw.begin));
        QCOMPARE(after.right(before.size() - doc.body.paragraphs.at(2).raw.begin),
                 before.right(before.size() - doc.body.paragraphs.at(2).raw.begin));
        QVERIFY(after.contains(u"mc:Ignorable=\"w14\""_s));
    }

    // Non-BMP characters are never split; whole ones are edited like any other.
    void surrogatePairs()
    {
        const auto doc = Fixture::body(para(run(u"Deal \U0001F91D done"_s)));
        const qint32 at = qint32(doc.body.text.indexOf(u"\U0001F91D"_s));
        QVERIFY(Fixture::refusal(doc, {{at, at + 1, {}, {}}}).contains(u"split a character"_s));
        const auto out = Fixture::redline(doc, {{at, at + 2, u"\U0001F4DD"_s, {}}});
        QCOMPARE(out.body.text, u"Deal \U0001F4DD done\n"_s);
    }

    // Overlapping edits and two insertions at one place are refused, with the other edit's number.
    void conflictingEdits()
    {
        const auto doc = Fixture::body(para(run(u"The term is five years."_s)));
        QVERIFY(Fixture::refusal(doc, {Fixture::replace(doc, u"term is"_s, u"x"_s), Fixture::replace(doc, u"is five"_s, u"y"_s)})
                    .contains(u"overlaps another edit (#1)"_s));
        QVERIFY(Fixture::refusal(doc, {Fixture::insertAfter(doc, u"five"_s, u" (5)"_s), Fixture::insertAfter(doc, u"five"_s, u" full"_s)})
                    .contains(u"same place as edit #1"_s));
        QVERIFY(Fixture::refusal(doc, {{0, 999, {}, {}}}).contains(u"outside the document"_s));
    }

    // A sentence added at the end of a paragraph and new paragraphs added after it share the
    // position but not the place: the sentence goes into the paragraph, the paragraphs after it.
    void sentenceAndParagraphsAtOneEnd()
    {
        const auto doc = Fixture::body(para(run(u"The term is five years."_s)) + para(run(u"Signed."_s)));
        const QList<Docx::Edit> edits{
            Fixture::insertAfter(doc, u"years."_s, u" It may be renewed."_s),
            Fixture::insertAfter(doc, u"years."_s, u"\n12. Notices. Notices are in writing."_s)};
        const auto out = Fixture::redline(doc, edits);
        QCOMPARE(out.body.text,
                 u"The term is five years. It may be renewed.\n12. Notices. Notices are in writing.\nSigned.\n"_s);
        // Both are tracked insertions: the sentence in the paragraph, the clause in a paragraph of its own.
        QCOMPARE(out.body.xml.count(u"<w:ins "_s), 3); // the sentence, the new paragraph's mark, its text
    }

    // A write that fails part-way (here: past the file-size limit, as on a full disk; small enough
    // to sit in the write buffer, so it fails only at the final flush) leaves the
    // file that was there, whole, and no temporary file beside it; the reason is the system's.
    void failedWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"redline.docx"_s);
        QVERIFY(Docx::writeFileAtomically(path, QByteArray("the lawyer's earlier export")).isEmpty());
        rlimit before{};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &before) == 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = before;
        small.rlim_cur = 4096;
        QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
        const QString why = Docx::writeFileAtomically(path, QByteArray(10 * 1024, 'x'));
        const Docx::DocxError saved = Docx::saveAtomically(path, QByteArray(10 * 1024, 'y'));
        setrlimit(RLIMIT_FSIZE, &before);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY2(why.contains(u"File too large"_s), qPrintable(why));
        QVERIFY(saved.isError());
        QVERIFY2(saved.toString().contains(u"File too large"_s), qPrintable(saved.toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("the lawyer's earlier export"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"redline.docx"_s});
    }

    // A part saved with a UTF-8 byte-order mark keeps it.
    void byteOrderMarkKept()
    {
        TestSupport::DocxSpec spec;
        spec.documentXml = wordDocument(para(run(u"Keep the BOM"_s)));
        spec.extraParts = {{u"word/document.xml"_s, QByteArrayLiteral("\xEF\xBB\xBF") + spec.documentXml.toUtf8()}};
        const auto doc = Fixture::read(spec);
        QCOMPARE(doc.body.encoding, Docx::XmlEncoding::Utf8Bom);
        auto bytes = Docx::RevisionWriter::write(doc, {Fixture::replace(doc, u"Keep"_s, u"Hold"_s)}, Fixture::options());
        const auto pkg = Docx::Package::fromBytes(bytes.value(), u"out.docx"_s).value();
        QVERIFY(pkg.read(u"word/document.xml"_s).value().startsWith("\xEF\xBB\xBF<?xml"));
    }
};

QTEST_GUILESS_MAIN(TestPitfalls)
#include "tst_pitfalls.moc"
