// SPDX-License-Identifier: GPL-3.0-or-later
// Clause segmentation of the sample NDA, the NDA templates in the shared corpus and ContractNLI
// documents, plus the plain-text reading they rely on.

#include "corpuspaths.h"

#include "docx/documentreader.h"
#include "review/clausesegmenter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;

namespace {

QString textOf(const TextDocument &doc, const Clause &c)
{
    return doc.text.mid(c.start, c.end - c.start);
}

// Clauses come in order, never overlap, hold every non-blank paragraph exactly once, and their
// ranges are their paragraphs' text; ids and parents are consistent.
void checkCoverage(const TextDocument &doc, const QList<Clause> &clauses, const QString &name)
{
    const auto where = [&name](const QString &what) { return qPrintable(name + u": "_s + what); };
    QList<int> owner(doc.paragraphs.size(), -1);
    for (qsizetype k = 0; k < clauses.size(); ++k) {
        const Clause &c = clauses[k];
        QVERIFY2(c.id == u"c"_s + QString::number(k), where(c.id));
        QVERIFY2(c.firstParagraph <= c.lastParagraph, where(c.id));
        QVERIFY2(k == 0 || c.firstParagraph > clauses[k - 1].lastParagraph, where(c.id + u" overlaps"_s));
        QVERIFY2(k == 0 || c.start >= clauses[k - 1].end, where(c.id + u" range overlaps"_s));
        const TextParagraph &first = doc.paragraphs.at(c.firstParagraph);
        const TextParagraph &last = doc.paragraphs.at(c.lastParagraph);
        QCOMPARE(c.start, first.start);
        QCOMPARE(c.end, last.start + qint32(last.text.size()));
        QVERIFY2(!first.text.trimmed().isEmpty() && !last.text.trimmed().isEmpty(), where(c.id + u" ends on a blank"_s));
        QVERIFY2(c.parent < k, where(c.id + u" parent"_s));
        QCOMPARE(c.level, c.parent < 0 ? 0 : clauses[c.parent].level + 1);
        for (int p = c.firstParagraph; p <= c.lastParagraph; ++p)
            owner[p] = int(k);
    }
    for (qsizetype p = 0; p < doc.paragraphs.size(); ++p)
        QVERIFY2(owner[p] >= 0 || doc.paragraphs[p].text.trimmed().isEmpty(),
                 where(u"paragraph "_s + QString::number(p) + u" in no clause: "_s + doc.paragraphs[p].text));
}

// "label=heading" for each top-level numbered clause, in order.
QStringList topSections(const QList<Clause> &clauses)
{
    QStringList out;
    for (const Clause &c : clauses) {
        if (c.parent < 0 && !c.label.isEmpty())
            out.append(c.label + u'=' + c.heading);
    }
    return out;
}

int signatureIndex(const QList<Clause> &clauses)
{
    for (qsizetype k = 0; k < clauses.size(); ++k) {
        if (clauses[k].isSignature())
            return int(k);
    }
    return -1;
}

std::optional<TextDocument> load(const QString &path)
{
    if (path.endsWith(u".md"_s) || path.endsWith(u".txt"_s)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return TextDocument::fromPlainText(QString::fromUtf8(file.readAll()));
    }
    auto doc = Redliner::Docx::DocumentReader::read(path);
    if (!doc)
        return std::nullopt;
    return TextDocument::fromStory(doc.value().body);
}

} // namespace

class TestClauses : public QObject {
    Q_OBJECT

private slots:
    void plainTextKeepsOffsets()
    {
        const QString text = u"TITLE\r\n\r\n  1. First line\n   \nSecond\n"_s;
        const TextDocument doc = TextDocument::fromPlainText(text);
        QCOMPARE(doc.text, text);
        QCOMPARE(doc.paragraphs.size(), 3);
        QCOMPARE(doc.paragraphs[0].text, u"TITLE"_s);
        QCOMPARE(doc.paragraphs[1].start, 9);
        QCOMPARE(doc.paragraphs[1].text, u"  1. First line"_s);
        QCOMPARE(text.mid(doc.paragraphs[2].start, 6), u"Second"_s);
        QVERIFY(doc.paragraphs[2].listLabel.isEmpty());
        QVERIFY(TextDocument::fromPlainText(QString()).paragraphs.isEmpty());
    }

    void typedNumbering()
    {
        const QString text = uR"(NON-DISCLOSURE AGREEMENT
This Agreement is made on 1 May 2025 between Acme Ltd and Beta LLC.
ARTICLE IV
1. Term. This Agreement lasts two years.
1.1 Renewal: It renews each year.
(a) first letter item;
(b) second letter item;
(i) a roman item;
(ii) another roman item;
(h) eighth letter item;
(i) ninth letter item;
Section 2 shall not apply to anything.
SECTION 3. NOTICES
a) By email.
2. "Affiliate" means any controlled entity.
CONFIDENTIALITY
The parties keep secrets.
IN WITNESS WHEREOF the parties sign.
By: ________
Name:
)"_s;
        const TextDocument doc = TextDocument::fromPlainText(text);
        const QList<Clause> clauses = segmentClauses(doc);
        checkCoverage(doc, clauses, u"typed"_s);
        QStringList shape;
        for (const Clause &c : clauses)
            shape.append(clauseKindName(c.kind) + u'|' + c.label + u'|' + c.heading + u'|' + QString::number(c.parent));
        const QStringList expected{
            u"title||NON-DISCLOSURE AGREEMENT|-1"_s, u"preamble|||-1"_s,
            u"section|ARTICLE IV||-1"_s, u"section|1|Term|2"_s, u"section|1.1|Renewal|3"_s,
            u"section|(a)||4"_s, u"section|(b)||4"_s, u"section|(i)||6"_s, u"section|(ii)||6"_s,
            u"section|(h)||4"_s, u"section|(i)||4"_s,  // "(i)" after "(h)" is a letter; "Section 2 shall" continues it
            u"section|SECTION 3|NOTICES|2"_s, u"section|a)||11"_s,
            u"definitions|2|Affiliate|2"_s, u"section||CONFIDENTIALITY|-1"_s, u"signature|||-1"_s};
        QCOMPARE(shape, expected);
        QVERIFY(textOf(doc, clauses[10]).contains(u"Section 2 shall not apply"_s));
        QVERIFY(textOf(doc, clauses.last()).startsWith(u"IN WITNESS WHEREOF"_s));
    }

    void sampleNda()
    {
        const std::optional<TextDocument> loaded = load(QStringLiteral(REDLINER_SAMPLE_NDA_DOCX));
        QVERIFY2(loaded, "samples/sample-nda.docx was not built (target sample-nda)");
        const TextDocument &doc = *loaded;
        const QList<Clause> clauses = segmentClauses(doc);
        checkCoverage(doc, clauses, u"sample"_s);
        QCOMPARE(clauses.size(), 33);

        QCOMPARE(clauses[0].kind, Clause::Kind::Title);
        QCOMPARE(clauses[0].heading, u"MUTUAL NON-DISCLOSURE AGREEMENT"_s);
        QCOMPARE(clauses[1].kind, Clause::Kind::Preamble);
        QVERIFY(textOf(doc, clauses[1]).startsWith(u"This Mutual Non-Disclosure Agreement"_s));
        QCOMPARE(clauses[2].kind, Clause::Kind::Recitals);
        QVERIFY(textOf(doc, clauses[2]).startsWith(u"WHEREAS, Northwind"_s));
        QVERIFY(textOf(doc, clauses[2]).endsWith(u"the Parties agree as follows:"_s));

        QCOMPARE(topSections(clauses),
                 (QStringList{u"1=Definitions"_s, u"2=Obligations of the Receiving Party"_s, u"3=Exclusions"_s,
                              u"4=Term"_s, u"5=Return or Destruction of Materials"_s, u"6=Non-Solicitation"_s,
                              u"7=Non-Competition"_s, u"8=Equitable Relief"_s, u"9=Liquidated Damages"_s,
                              u"10=Indemnification"_s, u"11=Governing Law and Venue"_s, u"12=Assignment"_s,
                              u"13=Notices"_s, u"14=General"_s}));

        // Section 1 and its items are definitions, each item named after its term.
        QCOMPARE(clauses[3].kind, Clause::Kind::Definitions);
        const QStringList terms{u"Confidential Information"_s, u"Employees"_s, u"Affiliate"_s};
        for (int k = 0; k < 3; ++k) {
            QCOMPARE(clauses[4 + k].kind, Clause::Kind::Definitions);
            QCOMPARE(clauses[4 + k].heading, terms[k]);
            QCOMPARE(clauses[4 + k].parent, 3);
        }
        // Section 2's (a)-(e) are its sub-clauses.
        QCOMPARE(clauses[7].label, u"2"_s);
        const QStringList letters{u"(a)"_s, u"(b)"_s, u"(c)"_s, u"(d)"_s, u"(e)"_s};
        for (int k = 0; k < 5; ++k) {
            const Clause &item = clauses[8 + k];
            QCOMPARE(item.label, letters[k]);
            QCOMPARE(item.parent, 7);
            QCOMPARE(item.level, 1);
            QCOMPARE(item.kind, Clause::Kind::Section);
        }
        QVERIFY(textOf(doc, clauses[10]).contains(u"highest degree of care"_s));
        QCOMPARE(clauses[17].heading, u"Term"_s);
        QVERIFY(textOf(doc, clauses[17]).contains(u"five (5) years"_s));

        const Clause &signature = clauses.last();
        QVERIFY(signature.isSignature());
        QCOMPARE(signatureIndex(clauses), int(clauses.size()) - 1);
        QVERIFY(textOf(doc, signature).startsWith(u"IN WITNESS WHEREOF"_s));
        QVERIFY(textOf(doc, signature).contains(u"HARBOR LANE PARTNERS LLC"_s));
        QCOMPARE(qsizetype(signature.end), doc.text.trimmed().size());
    }

    void corpusNdas_data()
    {
        QTest::addColumn<QString>("path");
        if (!CorpusPaths::available()) {
            QTest::newRow("corpus absent") << QString();
            return;
        }
        QDirIterator it(CorpusPaths::sharedDir() + u"/corpus/nda"_s, {u"*.docx"_s, u"*.md"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext()) {
            const QString file = it.next();
            if (!file.endsWith(u"SOURCES.md"_s))
                files.append(file);
        }
        files.sort();
        for (const QString &file : files)
            QTest::newRow(qPrintable(QDir(CorpusPaths::sharedDir()).relativeFilePath(file))) << file;
    }

    void corpusNdas()
    {
        if (!CorpusPaths::available())
            QSKIP("../shared/corpus is absent: set REDLINER_SHARED_DIR to the shared corpus to run this test");
        QFETCH(QString, path);
        const std::optional<TextDocument> doc = load(path);
        QVERIFY2(doc, qPrintable(path));
        const QList<Clause> clauses = segmentClauses(*doc);
        checkCoverage(*doc, clauses, path);
        QVERIFY(!clauses.isEmpty());
        const int signature = signatureIndex(clauses);
        const QString sigText = signature >= 0 ? textOf(*doc, clauses[signature]) : QString();
        const QString name = QFileInfo(path).fileName();
        const QString folder = QFileInfo(path).dir().dirName();

        if (folder == u"bonterms-mutual-nda-v1" && name == u"Mutual-NDA.md") {
            QCOMPARE(clauses[0].kind, Clause::Kind::Title);
            QCOMPARE(topSections(clauses),
                     (QStringList{u"1=Introduction"_s, u"2=Confidential Information"_s,
                                  u"3=Use and Protection of Confidential Information"_s, u"4=Exceptions"_s,
                                  u"5=Permitted Disclosures"_s, u"6=Term and Termination"_s,
                                  u"7=Return or Destruction of Confidential Information"_s, u"8=Proprietary Rights"_s,
                                  u"9=Disclaimer"_s, u"10=Governing Law and Courts"_s, u"11=Equitable Relief"_s,
                                  u"12=General"_s}));
            QCOMPARE(clauses[2].kind, Clause::Kind::Definitions);  // "Confidential Information" means...
            QCOMPARE(clauses[6].label, u"(a)"_s);
            QCOMPARE(clauses[6].heading, u"Representatives"_s);
            QCOMPARE(clauses[6].parent, 5);
            QCOMPARE(clauses[7].heading, u"Required by Law"_s);
            QCOMPARE(signature, -1);  // the standard terms are signed through a cover page
        } else if (name == u"Mutual-NDA.md") {
            QCOMPARE(topSections(clauses).size(), 11);
            QCOMPARE(topSections(clauses).at(3), u"4=Disclosures Required by Law"_s);
            QCOMPARE(signature, -1);
        } else if (name == u"Mutual-NDA-coverpage.md") {
            QCOMPARE(clauses[0].heading, u"Mutual Non-Disclosure Agreement"_s);
            QCOMPARE(signature, int(clauses.size()) - 1);
            QVERIFY(sigText.startsWith(u"By signing this Cover Page"_s));
        } else if (name == u"uk-en.md") {
            QCOMPARE(clauses[1].kind, Clause::Kind::Preamble);
            QCOMPARE(clauses[2].kind, Clause::Kind::Recitals);
            QCOMPARE(topSections(clauses).size(), 12);
            QCOMPARE(clauses[3].kind, Clause::Kind::Definitions);
            QCOMPARE(clauses[3].heading, u"Confidential Information"_s);
            QCOMPARE(topSections(clauses).at(7), u"8=Term"_s);
            QCOMPARE(signature, int(clauses.size()) - 1);
            QVERIFY(sigText.startsWith(u"Signed, for the"_s));
        } else if (name == u"fr.md") {
            QCOMPARE(topSections(clauses).size(), 6);
            QCOMPARE(topSections(clauses).first(), u"Article 1=Objet"_s);
            QCOMPARE(signature, int(clauses.size()) - 1);
            QVERIFY(sigText.startsWith(u"Fait"_s));
        } else if (name == u"common-paper-one-way-nda.docx") {
            // The cover page is signed before the terms that follow it.
            QCOMPARE(clauses[0].heading, u"One-Way NDA"_s);
            QCOMPARE(clauses[1].kind, Clause::Kind::Preamble);
            QCOMPARE(signature, 2);
            QVERIFY(sigText.startsWith(u"By signing this Cover Page"_s));
            const QStringList sections = topSections(clauses);
            QCOMPARE(sections.size(), 11);
            QCOMPARE(sections.first(), u"1=Introduction"_s);
            QCOMPARE(sections.at(4), u"5=Term and Termination"_s);
            QCOMPARE(sections.last(), u"11=General"_s);
        } else if (name.contains(u"cover-page"_s) || name.startsWith(u"Example-Cover-Page"_s)) {
            QVERIFY(std::any_of(clauses.begin(), clauses.end(), [](const Clause &c) { return c.kind == Clause::Kind::Title; }));
            QCOMPARE(signature, int(clauses.size()) - 1);
            QVERIFY(!sigText.isEmpty());
        } else {
            QCOMPARE(signature, -1);  // the Bonterms playbook is not an agreement
        }
    }

    // Ten ContractNLI NDAs (plain text from PDFs): numbered as they visibly are, signed where signed.
    void contractNli()
    {
        if (!CorpusPaths::available())
            QSKIP("../shared/corpus is absent: set REDLINER_SHARED_DIR to the shared corpus to run this test");
        QFile file(CorpusPaths::sharedDir() + u"/corpus/contractnli/dev.json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonArray documents = QJsonDocument::fromJson(file.readAll()).object().value(u"documents"_s).toArray();
        QVERIFY(documents.size() >= 10);
        struct Expectation {
            const char *labels;  // the numbering the text visibly has...
            int count;           // ...and how many such clauses it has at least
            bool signed_;
        };
        const Expectation expectations[10] = {
            {"\\d+", 16, true}, {"\\d+", 21, true}, {"\\d+", 23, true}, {"ARTICLE \\d|\\d\\.\\d\\d", 3 + 24, true},
            {"\\d+", 11, true}, {"\\d+", 15, true}, {"\\d+", 11, false}, {"\\d+", 6, true},
            {"\\d+", 13, true}, {"\\d+", 5, true}};
        for (int i = 0; i < 10; ++i) {
            const QString name = u"contractnli dev #"_s + QString::number(i);
            const TextDocument doc = TextDocument::fromPlainText(documents.at(i).toObject().value(u"text"_s).toString());
            const QList<Clause> clauses = segmentClauses(doc);
            checkCoverage(doc, clauses, name);
            QCOMPARE(clauses.first().kind, Clause::Kind::Title);
            const QRegularExpression pattern(u"^("_s + QString::fromLatin1(expectations[i].labels) + u")$"_s);
            const auto numbered = std::count_if(clauses.begin(), clauses.end(),
                                                [&](const Clause &c) { return pattern.match(c.label).hasMatch(); });
            QVERIFY2(numbered >= expectations[i].count, qPrintable(name + u": "_s + QString::number(numbered)));
            const int signature = signatureIndex(clauses);
            QCOMPARE(signature >= 0, expectations[i].signed_);
            if (signature >= 0)
                QCOMPARE(signature, int(clauses.size()) - 1);
        }
    }

    void cliListsClauses()
    {
        QProcess cli;
        cli.start(QStringLiteral(REDLINER_CLI), {u"clauses"_s, QStringLiteral(REDLINER_SAMPLE_NDA_DOCX), u"--json"_s});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray clauses = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        QCOMPARE(clauses.size(), 33);
        const QJsonObject term = clauses.at(17).toObject();
        QCOMPARE(term.value(u"id"_s).toString(), u"c17"_s);
        QCOMPARE(term.value(u"kind"_s).toString(), u"section"_s);
        QCOMPARE(term.value(u"label"_s).toString(), u"4"_s);
        QCOMPARE(term.value(u"heading"_s).toString(), u"Term"_s);
        QCOMPARE(term.value(u"parent"_s).toInt(), -1);
        QVERIFY(term.value(u"text"_s).toString().startsWith(u"Term. This Agreement shall remain"_s));

        cli.start(QStringLiteral(REDLINER_CLI), {u"clauses"_s, QStringLiteral(REDLINER_SAMPLE_NDA_DOCX)});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).contains(u"c17  Section  4  Term  ["_s));

        cli.start(QStringLiteral(REDLINER_CLI), {u"clauses"_s, u"/nonexistent/missing.docx"_s});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 3);
        QVERIFY(!cli.readAllStandardError().isEmpty());
        cli.start(QStringLiteral(REDLINER_CLI), {u"clauses"_s, u"/nonexistent/missing.txt"_s});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 3);
    }
};

QTEST_GUILESS_MAIN(TestClauses)
#include "tst_clauses.moc"
