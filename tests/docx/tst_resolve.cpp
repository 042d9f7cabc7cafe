// SPDX-License-Identifier: GPL-3.0-or-later
// RevisionResolver: the other side's tracked changes accepted or rejected as Word does it, one
// by one, nested, with our own edits written on top. Hand-made fixtures for every revision kind,
// read back by Redliner and by pandoc; the corpus resolved all one way and all the other.
#include "corpuspaths.h"
#include "editpicker.h"
#include "fixture.h"
#include "markupxml.h"
#include "wordlist.h"

#include "docx/commentreplies.h"
#include "docx/existingmarkup.h"
#include "docx/revisionresolver.h"

#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace MarkupXml;
using Kind = Docx::ExistingChange::Kind;

namespace {

struct Resolved {
    Docx::Document doc;
    Docx::ExistingMarkup markup;
    QByteArray bytes;
};

Docx::Document readBytes(const QByteArray &bytes)
{
    auto pkg = Docx::Package::fromBytes(bytes, u"resolved.docx"_s);
    if (!pkg)
        qFatal("resolved package: %s", qPrintable(pkg.error().toString()));
    auto doc = Docx::DocumentReader::read(pkg.value());
    if (!doc)
        qFatal("resolved document does not read: %s", qPrintable(doc.error().toString()));
    return doc.value();
}

// Resolves (and writes our edits); fails the test on an error.
Resolved resolve(const Docx::Document &doc, const QList<Docx::Resolution> &decisions,
                 const QList<Docx::Edit> &edits = {})
{
    const auto before = markupOf(doc);
    auto bytes = Docx::RevisionResolver::write(doc, before, decisions, edits, Fixture::options());
    if (!bytes)
        qFatal("not resolved: %s", qPrintable(bytes.error().toString()));
    Resolved out;
    out.bytes = bytes.value();
    out.doc = readBytes(out.bytes);
    out.markup = markupOf(out.doc);
    return out;
}

QList<Docx::Resolution> all(const Docx::Document &doc, bool accept)
{
    QList<Docx::Resolution> out;
    const auto m = markupOf(doc);
    for (qsizetype i = 0; i < m.changes.size(); ++i)
        out.append({i, accept});
    return out;
}

QStringList kindsAndAuthors(const Docx::ExistingMarkup &m)
{
    QStringList out;
    for (const auto &c : m.changes)
        out.append(u"%1:%2"_s.arg(int(c.kind)).arg(c.author));
    return out;
}

QString kindAuthor(Kind kind, const QString &author)
{
    return u"%1:%2"_s.arg(int(kind)).arg(author);
}

// Ins "added " by Alice, then a deletion "gone " by Bob.
QString insertionAndDeletion()
{
    return para(run(u"Keep "_s) + wrap(u"ins"_s, 1, run(u"added "_s))
                + wrap(u"del"_s, 2, delRun(u"gone "_s), u"Bob"_s, Date2) + run(u"tail"_s));
}

// pandoc's words of a package read with --track-changes=accept or reject.
QStringList pandocWords(const QByteArray &bytes, const QString &mode)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"resolved.docx"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    bool ok = false;
    const QStringList words =
        WordList::pandocWords(CorpusPaths::sharedDir() + u"/tools/pandoc-words"_s, path, mode, &ok);
    if (!ok)
        qFatal("pandoc cannot read the resolved document");
    return words;
}

} // namespace

class TestResolve final : public QObject {
    Q_OBJECT

private slots:
    void insertionsAndDeletions_data()
    {
        QTest::addColumn<QList<Docx::Resolution>>("decisions");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("original");
        QTest::addColumn<QStringList>("remaining");
        const QString ins = kindAuthor(Kind::Insertion, u"Alice"_s);
        const QString del = kindAuthor(Kind::Deletion, u"Bob"_s);
        QTest::newRow("accept insertion") << QList<Docx::Resolution>{{0, true}} << u"Keep added tail\n"_s
                                          << u"Keep added gone tail\n"_s << QStringList{del};
        QTest::newRow("reject insertion")
            << QList<Docx::Resolution>{{0, false}} << u"Keep tail\n"_s << u"Keep gone tail\n"_s << QStringList{del};
        QTest::newRow("accept deletion") << QList<Docx::Resolution>{{1, true}} << u"Keep added tail\n"_s
                                         << u"Keep tail\n"_s << QStringList{ins};
        QTest::newRow("reject deletion") << QList<Docx::Resolution>{{1, false}} << u"Keep added gone tail\n"_s
                                         << u"Keep gone tail\n"_s << QStringList{ins};
        QTest::newRow("accept both") << QList<Docx::Resolution>{{0, true}, {1, true}} << u"Keep added tail\n"_s
                                     << u"Keep added tail\n"_s << QStringList{};
        QTest::newRow("reject both") << QList<Docx::Resolution>{{0, false}, {1, false}} << u"Keep gone tail\n"_s
                                     << u"Keep gone tail\n"_s << QStringList{};
        QTest::newRow("none") << QList<Docx::Resolution>{} << u"Keep added tail\n"_s << u"Keep gone tail\n"_s
                              << QStringList{ins, del};
    }

    // Accepting an insertion unwraps it, rejecting removes it; the reverse for a deletion, whose
    // text becomes text again. What is not decided stays exactly as it was.
    void insertionsAndDeletions()
    {
        QFETCH(QList<Docx::Resolution>, decisions);
        QFETCH(QString, text);
        QFETCH(QString, original);
        QFETCH(QStringList, remaining);
        const auto doc = Fixture::body(insertionAndDeletion());
        const Resolved r = resolve(doc, decisions);
        QCOMPARE(r.doc.body.text, text);
        QCOMPARE(r.markup.originalText, original);
        QCOMPARE(kindsAndAuthors(r.markup), remaining);
        for (const auto &c : r.markup.changes) {
            QCOMPARE(c.date, c.author == u"Bob"_s ? utc(2024, 5, 7, 10, 0, 0) : utc(2024, 5, 6, 7, 8, 9));
            QCOMPARE(c.id, c.author == u"Bob"_s ? 2 : 1);
        }
        QVERIFY(!r.doc.body.xml.contains(u"delText>gone"_s)
                || remaining.contains(kindAuthor(Kind::Deletion, u"Bob"_s)));
        // Outside the paragraph, not a byte moved.
        const qsizetype at = doc.body.xml.indexOf(u"<w:p>"_s);
        QCOMPARE(r.doc.body.xml.left(at), doc.body.xml.left(at));
        QCOMPARE(r.doc.body.xml.mid(r.doc.body.xml.lastIndexOf(u"</w:p>"_s)),
                 doc.body.xml.mid(doc.body.xml.lastIndexOf(u"</w:p>"_s)));
    }

    // Bob deleted part of Alice's insertion: rejecting hers takes his along; rejecting his puts
    // the words back inside hers.
    void deletionInsideInsertion()
    {
        const auto doc = Fixture::body(
            para(run(u"A "_s)
                 + wrap(u"ins"_s, 1, run(u"abc"_s) + wrap(u"del"_s, 2, delRun(u"def"_s), u"Bob"_s) + run(u"ghi"_s))
                 + run(u" Z"_s)));
        Resolved r = resolve(doc, {{0, false}, {1, false}});
        QCOMPARE(r.doc.body.text, u"A  Z\n"_s);
        QVERIFY(r.markup.changes.isEmpty());
        r = resolve(doc, {{1, false}});
        QCOMPARE(r.doc.body.text, u"A abcdefghi Z\n"_s);
        QCOMPARE(kindsAndAuthors(r.markup), QStringList{kindAuthor(Kind::Insertion, u"Alice"_s)});
        QCOMPARE(r.markup.changes[0].text, u"abcdefghi"_s);
        r = resolve(doc, {{0, true}});
        QCOMPARE(r.doc.body.text, u"A abcghi Z\n"_s);
        QCOMPARE(kindsAndAuthors(r.markup), QStringList{kindAuthor(Kind::Deletion, u"Bob"_s)});
        QCOMPARE(r.markup.originalText, u"A abcdefghi Z\n"_s);
        QCOMPARE(r.markup.changes[0].within, -1);
    }

    // A paragraph moved down with its mark: both halves and the mark, accepted or rejected.
    void moves()
    {
        const auto doc = Fixture::body(movedParagraph());
        const auto before = markupOf(doc);
        QCOMPARE(before.changes.size(), 4);
        Resolved r = resolve(doc, all(doc, true));
        QCOMPARE(r.doc.body.text, doc.body.text);
        QVERIFY(r.markup.changes.isEmpty());
        r = resolve(doc, all(doc, false));
        QCOMPARE(r.doc.body.text, before.originalText);
        QVERIFY(r.markup.changes.isEmpty());
        QVERIFY(!r.doc.body.xml.contains(u"delText"_s));
    }

    // Rejecting an inserted paragraph mark joins its paragraph with the next, which gives the
    // result its properties (its mark is the one that stays); accepting a deleted one does the same.
    void paragraphMarks()
    {
        const QString heading = u"<w:pStyle w:val=\"Heading1\"/>"_s;
        const auto inserted = Fixture::body(para(run(u"One"_s), markRevision(u"ins"_s, 1))
                                            + para(run(u"Two"_s), heading) + para(run(u"Three"_s)));
        QCOMPARE(inserted.body.text, u"One\nTwo\nThree\n"_s);
        Resolved r = resolve(inserted, {{0, false}});
        QCOMPARE(r.doc.body.text, u"OneTwo\nThree\n"_s);
        QVERIFY(r.markup.changes.isEmpty());
        QCOMPARE(r.doc.body.paragraphs.size(), 2);
        QCOMPARE(r.doc.body.paragraphs[0].styleId, u"Heading1"_s);
        r = resolve(inserted, {{0, true}});
        QCOMPARE(r.doc.body.text, inserted.body.text);
        QVERIFY(r.markup.changes.isEmpty());
        QCOMPARE(r.doc.body.paragraphs.size(), 3);

        // Two deleted marks in a row: three paragraphs become one.
        const auto deleted = Fixture::body(para(run(u"One"_s), markRevision(u"del"_s, 1))
                                           + para(run(u"Two"_s), markRevision(u"del"_s, 2, u"Bob"_s))
                                           + para(run(u"Three"_s), heading) + para(run(u"Four"_s)));
        QCOMPARE(deleted.body.text, u"OneTwoThree\nFour\n"_s);
        r = resolve(deleted, all(deleted, true));
        QCOMPARE(r.doc.body.text, u"OneTwoThree\nFour\n"_s);
        QVERIFY(r.markup.changes.isEmpty());
        QCOMPARE(r.doc.body.paragraphs.size(), 2);
        QCOMPARE(r.doc.body.paragraphs[0].styleId, u"Heading1"_s);
        r = resolve(deleted, all(deleted, false));
        QCOMPARE(r.doc.body.text, u"One\nTwo\nThree\nFour\n"_s);
        QVERIFY(r.markup.changes.isEmpty());
        r = resolve(deleted, {{1, true}});
        QCOMPARE(r.doc.body.text, u"OneTwoThree\nFour\n"_s);
        QCOMPARE(kindsAndAuthors(r.markup), QStringList{kindAuthor(Kind::ParagraphDeletion, u"Alice"_s)});
        QCOMPARE(r.markup.originalText, u"One\nTwoThree\nFour\n"_s);
    }

    // A join that would cross a table or take away a section break is refused, naming why; the
    // other decisions can still be written.
    void joinsThatCannotBeWritten()
    {
        const QString table = u"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"_s;
        const auto doc =
            Fixture::body(para(run(u"Before"_s), markRevision(u"del"_s, 1)) + table
                          + para(run(u"After"_s), u"<w:sectPr/>"_s + markRevision(u"ins"_s, 2)) + para(run(u"End"_s)));
        const auto m = markupOf(doc);
        QCOMPARE(m.changes.size(), 2);
        QVERIFY(Docx::RevisionResolver::check(doc, m, {0, true}).contains(u"table"_s));
        QVERIFY(Docx::RevisionResolver::check(doc, m, {0, false}).isEmpty());
        QVERIFY(Docx::RevisionResolver::check(doc, m, {1, false}).contains(u"section"_s));
        QVERIFY(Docx::RevisionResolver::check(doc, m, {1, true}).isEmpty());
        auto refused = Docx::RevisionResolver::resolve(doc, m, {{0, true}});
        QVERIFY(!refused);
        QVERIFY2(refused.error().toString().contains(u"deleted paragraph mark by Alice cannot be accepted"_s),
                 qPrintable(refused.error().toString()));
        const Resolved r = resolve(doc, {{0, false}, {1, true}});
        QCOMPARE(r.doc.body.text, doc.body.text.left(6) + u"\n"_s + doc.body.text.mid(6));
        QVERIFY(r.markup.changes.isEmpty());
    }

    // Joining never crosses the edge of a block content control (its tag, lock and binding would
    // go); a mark someone inserted and another deleted goes away with the insertion's rejection
    // whatever becomes of the deletion, and our new text after it lands where it was meant.
    void marksAtEdgesAndTwice()
    {
        const auto control = Fixture::body(u"<w:sdt><w:sdtPr><w:tag w:val=\"c1\"/></w:sdtPr><w:sdtContent>"_s
                                           + para(run(u"One"_s), markRevision(u"del"_s, 1))
                                           + u"</w:sdtContent></w:sdt>"_s + para(run(u"Two"_s)) + para(run(u"End"_s)));
        const auto controlMarkup = markupOf(control);
        QCOMPARE(controlMarkup.changes.size(), 1);
        QVERIFY(!Docx::RevisionResolver::check(control, controlMarkup, {0, true}).isEmpty());

        const auto twice = Fixture::body(
            para(run(u"One"_s), u"<w:rPr><w:ins"_s + by(1) + u"/><w:del"_s + by(2, u"Bob"_s) + u"/></w:rPr>"_s)
            + para(run(u"Two three"_s)));
        QCOMPARE(twice.body.text, u"OneTwo three\n"_s);
        const auto m = markupOf(twice);
        qsizetype alice = -1, bob = -1;
        for (qsizetype i = 0; i < m.changes.size(); ++i) {
            if (m.changes[i].kind == Kind::ParagraphInsertion)
                alice = i;
            if (m.changes[i].kind == Kind::ParagraphDeletion)
                bob = i;
        }
        QVERIFY(alice >= 0 && bob >= 0);
        const Docx::Edit ours = Fixture::insertAfter(twice, u"Two "_s, u"new "_s);
        for (const QList<Docx::Resolution> &decisions :
             {QList<Docx::Resolution>{{alice, false}}, QList<Docx::Resolution>{{alice, false}, {bob, false}}}) {
            const Resolved r = resolve(twice, decisions, {ours});
            QCOMPARE(r.doc.body.text, u"OneTwo new three\n"_s);
        }
        const Resolved back = resolve(twice, {{bob, false}}, {ours});
        QCOMPARE(back.doc.body.text, u"One\nTwo new three\n"_s);
    }

    // Formatting and paragraph properties: accepting drops the record, rejecting puts the earlier
    // properties back (the paragraph mark's own revision stays with them).
    void propertyChanges()
    {
        const QString rPrChange = u"<w:rPrChange"_s + by(3) + u"><w:rPr><w:i/></w:rPr></w:rPrChange>"_s;
        const QString pPr = u"<w:jc w:val=\"center\"/>"_s + markRevision(u"ins"_s, 4, u"Bob"_s) + u"<w:pPrChange"_s
                            + by(5) + u"><w:pPr><w:jc w:val=\"left\"/></w:pPr></w:pPrChange>"_s;
        const auto doc = Fixture::body(para(run(u"Bold now"_s, u"<w:b/>"_s + rPrChange), pPr) + para(run(u"Next"_s)));
        const auto m = markupOf(doc);
        QCOMPARE(m.changes.size(), 3);
        QCOMPARE(m.changes[0].kind, Kind::ParagraphPropertyChange);
        QCOMPARE(m.changes[1].kind, Kind::FormatChange);
        QCOMPARE(m.changes[2].kind, Kind::ParagraphInsertion);

        Resolved r = resolve(doc, {{0, true}, {1, true}});
        QCOMPARE(kindsAndAuthors(r.markup), QStringList{kindAuthor(Kind::ParagraphInsertion, u"Bob"_s)});
        QVERIFY(r.doc.body.runs[0].has(Docx::Run::Bold));
        QVERIFY(r.doc.body.xml.contains(u"<w:jc w:val=\"center\"/>"_s));
        QVERIFY(!r.doc.body.xml.contains(u"Change"_s));

        r = resolve(doc, {{0, false}, {1, false}});
        QCOMPARE(kindsAndAuthors(r.markup), QStringList{kindAuthor(Kind::ParagraphInsertion, u"Bob"_s)});
        QVERIFY(!r.doc.body.runs[0].has(Docx::Run::Bold));
        QVERIFY(r.doc.body.runs[0].has(Docx::Run::Italic));
        QVERIFY(r.doc.body.xml.contains(u"<w:pPr><w:jc w:val=\"left\"/><w:rPr><w:ins"_s));
        QCOMPARE(r.doc.body.text, doc.body.text);

        // The mark's formatting and the paragraph's properties both put back: neither is lost.
        const QString both = u"<w:jc w:val=\"center\"/><w:rPr><w:b/><w:rPrChange"_s + by(6)
                             + u"><w:rPr/></w:rPrChange></w:rPr><w:pPrChange"_s + by(7) + u"><w:pPr/></w:pPrChange>"_s;
        const auto styled = Fixture::body(para(run(u"Styled"_s), both) + para(run(u"Next"_s)));
        r = resolve(styled, all(styled, false));
        QVERIFY(r.markup.changes.isEmpty());
        QVERIFY2(r.doc.body.xml.contains(u"<w:p><w:pPr><w:rPr></w:rPr></w:pPr>"_s), qPrintable(r.doc.body.xml));

        // The mark's revision decided with the paragraph's properties put back.
        r = resolve(doc, {{0, false}, {2, true}});
        QVERIFY(r.doc.body.xml.contains(u"<w:pPr><w:jc w:val=\"left\"/><w:rPr></w:rPr></w:pPr>"_s));
        QCOMPARE(kindsAndAuthors(r.markup), QStringList{kindAuthor(Kind::FormatChange, u"Alice"_s)});
    }

    // Text taken out keeps the comments and bookmarks anchored in it.
    void anchorsInRemovedTextStay()
    {
        TestSupport::DocxSpec spec;
        spec.documentXml = TestSupport::wordDocument(para(
            run(u"Start "_s)
            + wrap(u"ins"_s, 1,
                   u"<w:commentRangeStart w:id=\"7\"/><w:bookmarkStart w:id=\"0\" w:name=\"b\"/>"_s + run(u"inserted"_s)
                       + u"<w:bookmarkEnd w:id=\"0\"/><w:commentRangeEnd w:id=\"7\"/>"_s + commentReference(7))
            + run(u" end"_s)));
        spec.commentsXml = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\""
                           "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:comment w:id=\"7\" "
                           "w:author=\"Carol\"><w:p><w:r><w:t>Why?</w:t></w:r></w:p></w:comment></w:comments>"_s;
        const auto doc = Fixture::read(spec);
        const Resolved r = resolve(doc, {{0, false}});
        QCOMPARE(r.doc.body.text, u"Start  end\n"_s);
        QVERIFY(r.markup.changes.isEmpty());
        QCOMPARE(r.markup.comments.size(), 1);
        QCOMPARE(r.markup.comments[0].start, 6);
        QVERIFY(r.doc.body.xml.contains(u"<w:bookmarkStart w:id=\"0\" w:name=\"b\"/>"_s));
    }

    // Our edits are written on the resolved text: after text put back or taken out, and refused
    // inside text that rejecting removes.
    void ourEditsOnTop()
    {
        const auto doc = Fixture::body(insertionAndDeletion() + para(run(u"Second clause stays."_s)));
        const Docx::Edit tail = Fixture::replace(doc, u"tail"_s, u"end"_s);
        const Docx::Edit second = Fixture::replace(doc, u"stays"_s, u"remains"_s);
        Resolved r = resolve(doc, {{0, false}, {1, false}}, {tail, second});
        QCOMPARE(r.doc.body.text, u"Keep gone end\nSecond clause remains.\n"_s);
        QCOMPARE(r.markup.originalText, u"Keep gone tail\nSecond clause stays.\n"_s);
        for (const auto &c : r.markup.changes)
            QCOMPARE(c.author, u"Ann Lawyer"_s);

        const Docx::Edit inTheirs = Fixture::replace(doc, u"added"_s, u"put"_s);
        auto refused = Docx::RevisionResolver::write(doc, markupOf(doc), {{0, false}}, {inTheirs});
        QVERIFY(!refused);
        QVERIFY2(refused.error().toString().contains(u"rejected"_s), qPrintable(refused.error().toString()));
        // Accepted instead, the same edit is ours inside what is now plain text.
        r = resolve(doc, {{0, true}}, {inTheirs});
        QCOMPARE(r.doc.body.text, u"Keep put tail\nSecond clause stays.\n"_s);
    }

    // What Word-compatible readers see: pandoc reads the remaining changes exactly as Redliner does.
    void pandocReadsWhatRemains()
    {
        if (!WordList::havePandoc() || !CorpusPaths::available())
            QSKIP("pandoc or ../shared/tools is missing: the reading by pandoc is not compared");
        const auto doc = Fixture::body(insertionAndDeletion() + para(run(u"One"_s), markRevision(u"del"_s, 3))
                                       + para(run(u"Two words here."_s)));
        const Docx::Edit ours = Fixture::replace(doc, u"words"_s, u"terms"_s);
        for (const bool accept : {true, false}) {
            const Resolved r = resolve(doc, {{0, accept}, {2, !accept}}, {ours});
            QCOMPARE(pandocWords(r.bytes, u"accept"_s), WordList::split(r.doc.body.text));
            QCOMPARE(pandocWords(r.bytes, u"reject"_s), WordList::split(r.markup.originalText));
            QCOMPARE(r.markup.changes.size(), 3); // Bob's deletion and our two halves
        }
        // Our new text inside Alice's insertion, left undecided, splits hers: pandoc shows all three.
        const Docx::Edit inside{
            qint32(doc.body.text.indexOf(u"added"_s)) + 3, qint32(doc.body.text.indexOf(u"added"_s)) + 3, u"-on"_s, {}};
        const Resolved r = resolve(doc, {{2, true}}, {inside});
        QVERIFY(r.doc.body.text.startsWith(u"Keep add-oned tail\n"_s));
        QCOMPARE(pandocWords(r.bytes, u"accept"_s), WordList::split(r.doc.body.text));
        QCOMPARE(pandocWords(r.bytes, u"reject"_s), WordList::split(r.markup.originalText));
    }

    // A reply is a comment of its own, anchored where the comment it answers is and threaded under
    // it by the paragraph ids; without a thread part, it still stands beside it. Nothing else moves.
    void repliesToComments()
    {
        const QString ns14 = u"http://schemas.microsoft.com/office/word/2010/wordml"_s;
        TestSupport::DocxSpec spec;
        spec.documentXml = TestSupport::wordDocument(
            para(run(u"Keep the "_s) + u"<w:commentRangeStart w:id=\"1\"/>"_s + run(u"Confidential Information"_s)
                 + u"<w:commentRangeEnd w:id=\"1\"/>"_s + commentReference(1) + run(u" secret."_s))
            + para(run(u"Unanchored."_s)));
        spec.commentsXml = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\""
                           "http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:w14=\""_s
                           + ns14 + u"\"><w:comment w:id=\"1\" w:author=\"Carol\"><w:p w14:paraId=\"0A0B0C0D\">"_s
                           + run(u"Too broad."_s) + u"</w:p></w:comment><w:comment w:id=\"2\" w:author=\"Dan\"><w:p>"_s
                           + run(u"Nowhere."_s) + u"</w:p></w:comment></w:comments>"_s;
        spec.commentsExtendedXml =
            u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w15:commentsEx xmlns:w15=\""
            "http://schemas.microsoft.com/office/word/2012/wordml\"><w15:commentEx w15:paraId=\"0A0B0C0D\" "
            "w15:done=\"0\"/></w15:commentsEx>"_s;
        const auto doc = Fixture::read(spec);
        const auto before = markupOf(doc);
        QCOMPARE(before.comments.size(), 2);
        QCOMPARE(before.comments[0].paraId, u"0A0B0C0D"_s);

        auto bytes = Docx::addCommentReplies(doc, before, {{1, u"Narrowed in clause 2."_s}}, Fixture::options());
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().toString()));
        const auto out = readBytes(bytes.value());
        QCOMPARE(out.body.text, doc.body.text);
        const auto after = markupOf(out);
        QCOMPARE(after.comments.size(), 3);
        const auto reply = std::find_if(after.comments.cbegin(), after.comments.cend(),
                                        [](const auto &c) { return c.text == u"Narrowed in clause 2."_s; });
        QVERIFY(reply != after.comments.cend());
        QCOMPARE(reply->author, u"Ann Lawyer"_s);
        QCOMPARE(reply->parentId, 1);
        QCOMPARE(std::pair(reply->start, reply->end), std::pair(before.comments[0].start, before.comments[0].end));
        QVERIFY(!reply->paraId.isEmpty() && reply->paraId != u"0A0B0C0D"_s);

        // No thread part (a file from LibreOffice or an older Word), and comments without paragraph
        // ids: commentsExtended.xml is made, with its content type and relationship, the comment
        // answered gets a paragraph id, and the reply is threaded under it.
        spec.commentsExtendedXml.clear();
        spec.commentsXml.replace(u" w14:paraId=\"0A0B0C0D\""_s, QString());
        const auto plain = Fixture::read(spec);
        QVERIFY(markupOf(plain).comments[0].paraId.isEmpty());
        bytes = Docx::addCommentReplies(plain, markupOf(plain), {{1, u"Noted."_s}}, Fixture::options());
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().toString()));
        const auto plainDoc = readBytes(bytes.value());
        const auto plainAfter = markupOf(plainDoc);
        QCOMPARE(plainAfter.comments.size(), 3);
        const auto noted = std::find_if(plainAfter.comments.cbegin(), plainAfter.comments.cend(),
                                        [](const auto &c) { return c.text == u"Noted."_s; });
        QVERIFY(noted != plainAfter.comments.cend());
        QCOMPARE(noted->parentId, 1);
        QCOMPARE(noted->start, before.comments[0].start);
        QVERIFY(!plainAfter.comments[0].paraId.isEmpty());
        QCOMPARE(plainAfter.comments[0].text, u"Too broad."_s);
        QVERIFY(plainDoc.package.contains(u"word/commentsExtended.xml"_s));
        const QString types = QString::fromUtf8(plainDoc.package.read(u"[Content_Types].xml"_s).value());
        QVERIFY2(types.contains(u"PartName=\"/word/commentsExtended.xml\" ContentType=\"application/"
                                "vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml\""_s),
                 qPrintable(types));
        // A second reply to the same comment goes into the thread part now there.
        bytes = Docx::addCommentReplies(plainDoc, plainAfter, {{1, u"And again."_s}}, Fixture::options());
        QVERIFY(bytes);
        const auto twice = markupOf(readBytes(bytes.value()));
        QCOMPARE(twice.comments.size(), 4);
        for (const auto &c : twice.comments)
            QCOMPARE(c.parentId, c.id == 1 || c.author == u"Dan"_s ? -1 : 1);

        // A comment with no place in the body has no place for a reply either: that reply is left
        // out, named, and the others are written.
        QStringList skipped;
        bytes = Docx::addCommentReplies(doc, before, {{2, u"Where?"_s}, {1, u"Here."_s}}, Fixture::options(), &skipped);
        QVERIFY(bytes);
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped.first().contains(u"Dan's comment “Nowhere.”: that comment is not anchored"_s),
                 qPrintable(skipped.first()));
        QCOMPARE(markupOf(readBytes(bytes.value())).comments.size(), 3);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        if (!CorpusPaths::available())
            return;
        for (const QString &f : CorpusPaths::docxFiles()) {
            if (CorpusPaths::expectations().value(f).first != u"open-error")
                QTest::newRow(f.toUtf8().constData()) << f;
        }
    }

    // Every corpus file with tracked changes, all accepted, reads as its working text with no
    // change left; all rejected, as its original reading. A join Redliner refuses stays undecided.
    // The same for each file redlined by the writer with a reviewer's edits: resolving answers
    // our own markup as well as theirs, on every kind of real document.
    void corpus()
    {
        if (!CorpusPaths::available())
            QSKIP("../shared/corpus is not beside this checkout (a newcomer's clone): corpus tests skipped");
        QFETCH(QString, file);
        auto read = Docx::DocumentReader::read(CorpusPaths::absolute(file));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        resolveEverything(read.value());
        if (QTest::currentTestFailed())
            return;
        const QList<Docx::Edit> edits = EditPicker::pick(read.value(), quint32(qHash(file)), 8);
        if (edits.isEmpty())
            return;
        resolveEverything(Fixture::redline(read.value(), edits));
    }

private:
    void resolveEverything(const Docx::Document &doc)
    {
        const auto m = markupOf(doc);
        for (const bool accept : {true, false}) {
            QList<Docx::Resolution> decisions;
            int refused = 0;
            for (qsizetype i = 0; i < m.changes.size(); ++i) {
                if (Docx::RevisionResolver::check(doc, m, {i, accept}).isEmpty())
                    decisions.append({i, accept});
                else
                    ++refused;
            }
            auto bytes = Docx::RevisionResolver::resolve(doc, m, decisions);
            QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().toString()));
            const Docx::Document out = readBytes(bytes.value());
            const auto left = markupOf(out);
            QVERIFY2(left.changes.size() == refused,
                     qPrintable(u"%1 changes left, %2 refused"_s.arg(left.changes.size()).arg(refused)));
            if (refused > 0)
                qInfo("%d of %lld changes cannot be %s here", refused, qint64(m.changes.size()),
                      accept ? "accepted" : "rejected");
            if (refused == 0) {
                QCOMPARE(WordList::split(out.body.text), WordList::split(accept ? doc.body.text : m.originalText));
                QCOMPARE(out.body.text, accept ? doc.body.text : m.originalText);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestResolve)
#include "tst_resolve.moc"
