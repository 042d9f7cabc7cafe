// SPDX-License-Identifier: GPL-3.0-or-later
// The fact extractor: the bundled sample NDA fact by fact, short texts for the negations a rule
// must get right, and the duration parser.

#include "docx/documentreader.h"
#include "review/clausesegmenter.h"
#include "review/durationparser.h"
#include "review/factextractor.h"
#include "review/sentencesplitter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;

namespace {

FactSheet factsOf(const QString &text)
{
    const TextDocument doc = TextDocument::fromPlainText(text);
    return extractFacts(doc, segmentClauses(doc));
}

QString describe(const FactSheet &sheet)
{
    QStringList lines;
    for (const Fact &f : sheet.facts)
        lines.append(f.id + (f.yes() ? u" yes "_s : u" no "_s) + f.value + u": "_s + f.evidence.left(100));
    return lines.join(u'\n');
}

} // namespace

class TstFacts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleNda_data();
    void sampleNda();
    void sampleNdaAbsent_data();
    void sampleNdaAbsent();
    void sampleNdaEvidenceSpans();
    void shortTexts_data();
    void shortTexts();
    void durations_data();
    void durations();
    void numbers();
    void sentences();
    void emptyDocument();

private:
    TextDocument m_sample;
    QList<Clause> m_sampleClauses;
    FactSheet m_sampleFacts;
};

void TstFacts::initTestCase()
{
    const QString path = QStringLiteral(REDLINER_SAMPLE_NDA_DOCX);
    auto doc = Redliner::Docx::DocumentReader::read(path);
    QVERIFY2(doc, qPrintable(path + u": "_s + (doc ? QString() : doc.error().toString())));
    m_sample = TextDocument::fromStory(doc.value().body);
    m_sampleClauses = segmentClauses(m_sample);
    m_sampleFacts = extractFacts(m_sample, m_sampleClauses);
}

// The sample NDA is titled "Mutual" but only Northwind discloses: every fact the playbook
// reviews, with the words its evidence must contain.
void TstFacts::sampleNda_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("yes");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("evidence");
    auto row = [](const char *id, bool yes, const QString &value, const QString &evidence) {
        QTest::newRow(id) << QString::fromLatin1(id) << yes << value << evidence;
    };
    row(FactId::Mutual, false, {}, u"(\"Northwind\" or the \"Disclosing Party\")"_s);
    row(FactId::DisclosingParty, true, u"Northwind"_s, u"\"Disclosing Party\""_s);
    row(FactId::OralIncluded, true, {}, u"oral and visual information"_s);
    row(FactId::MarkingRequired, false, {}, u"whether or not marked"_s);
    row(FactId::ExclusionPublic, true, {}, u"was public when disclosed"_s);
    row(FactId::ExclusionKnown, true, {}, u"lawfully known to the Receiving Party"_s);
    row(FactId::ExclusionThirdParty, true, {}, u"received from a third party"_s);
    row(FactId::PurposeOnly, true, {}, u"solely for the Purpose"_s);
    row(FactId::ShareEmployees, true, {}, u"other than its Employees who strictly need to know"_s);
    row(FactId::AgreementTerm, true, u"60"_s, u"five (5) years"_s);
    row(FactId::ObligationTerm, true, u"perpetual"_s, u"in perpetuity"_s);
    row(FactId::Survival, true, {}, u"shall survive"_s);
    row(FactId::ReturnDestroy, true, u"on-termination"_s, u"return or destroy"_s);
    row(FactId::ReturnDays, true, u"5"_s, u"Within five (5) days"_s);
    row(FactId::RetentionAllowed, false, {}, u"shall not retain any copy"_s);
    row(FactId::NonSolicit, true, u"24"_s, u"solicit, hire or engage"_s);
    row(FactId::NonCompete, true, {}, u"competes with"_s);
    row(FactId::Injunctive, true, {}, u"injunctive relief"_s);
    row(FactId::InjunctiveEntitled, true, {}, u"shall be entitled to injunctive relief"_s);
    row(FactId::LiquidatedDamages, true, {}, u"as liquidated damages"_s);
    row(FactId::Indemnity, true, {}, u"shall indemnify"_s);
    row(FactId::GoverningLaw, true, u"Republic of Singapore"_s, u"governed by the laws of the Republic of Singapore"_s);
    row(FactId::ExclusiveVenue, true, {}, u"exclusive jurisdiction"_s);
    row(FactId::Assignment, true, u"one-sided"_s, u"may assign this Agreement"_s);
    row(FactId::StandardOfCare, true, u"highest"_s, u"highest degree of care"_s);
}

void TstFacts::sampleNda()
{
    QFETCH(QString, id);
    QFETCH(bool, yes);
    QFETCH(QString, value);
    QFETCH(QString, evidence);
    const Fact *f = m_sampleFacts.find(id);
    QVERIFY2(f, qPrintable(id + u" not found; facts:\n"_s + describe(m_sampleFacts)));
    QCOMPARE(f->yes(), yes);
    if (!value.isEmpty())
        QCOMPARE(f->value, value);
    QVERIFY2(f->evidence.contains(evidence), qPrintable(u"evidence: "_s + f->evidence));
}

// What the sample does not give: independent development, a compelled-disclosure carve-out, and
// any recipient beyond employees (its definition of Employees excludes the others).
void TstFacts::sampleNdaAbsent_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("mayBeNo");
    QTest::newRow("independent") << QString::fromLatin1(FactId::ExclusionIndependent) << false;
    QTest::newRow("compelled") << QString::fromLatin1(FactId::CompelledDisclosure) << false;
    QTest::newRow("affiliates") << QString::fromLatin1(FactId::ShareAffiliates) << true;
    QTest::newRow("advisers") << QString::fromLatin1(FactId::ShareAdvisers) << true;
    QTest::newRow("contractors") << QString::fromLatin1(FactId::ShareContractors) << true;
}

void TstFacts::sampleNdaAbsent()
{
    QFETCH(QString, id);
    QFETCH(bool, mayBeNo);
    const Fact *f = m_sampleFacts.find(id);
    if (mayBeNo)
        QVERIFY2(!f || !f->yes(), qPrintable(f ? f->evidence : QString()));
    else
        QVERIFY2(!f, qPrintable(f ? f->evidence : QString()));
}

void TstFacts::sampleNdaEvidenceSpans()
{
    QVERIFY(!m_sampleFacts.facts.isEmpty());
    for (const Fact &f : std::as_const(m_sampleFacts.facts)) {
        QVERIFY2(f.start >= 0 && f.end > f.start && f.end <= m_sample.text.size(), qPrintable(f.id));
        QCOMPARE(m_sample.text.mid(f.start, f.end - f.start), f.evidence);
        QVERIFY2(f.clause >= 0 && f.clause < m_sampleClauses.size(), qPrintable(f.id));
        const Clause &c = m_sampleClauses.at(f.clause);
        QVERIFY2(c.start <= f.start && f.start < qMax(c.end, c.start + 1), qPrintable(f.id));
    }
}

// One or two sentences each; "absent" means the fact must not be found.
void TstFacts::shortTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");  // "yes", "no" or "absent"
    QTest::addColumn<QString>("value");
    auto row = [](const char *name, const QString &text, const char *id, const QString &expected, const QString &value = {}) {
        QTest::newRow(name) << text << QString::fromLatin1(id) << expected << value;
    };
    row("nothing grants a licence", u"Nothing in this Agreement grants any licence to the Receiving Party."_s,
        FactId::NoLicence, u"yes"_s);
    row("nothing construed to grant", u"Nothing in this Agreement shall be construed to grant the Recipient any right in the Confidential Information."_s,
        FactId::NoLicence, u"yes"_s);
    row("archival copy", u"The Receiving Party may retain one archival copy of the Confidential Information."_s,
        FactId::RetentionAllowed, u"yes"_s);
    row("shall not retain", u"On request the Recipient shall return all Confidential Information and shall not retain any copies."_s,
        FactId::RetentionAllowed, u"no"_s);
    row("return all copies", u"Upon termination the Recipient shall return all Confidential Information and all copies thereof."_s,
        FactId::RetentionAllowed, u"no"_s);
    row("backup copies kept", u"Upon termination the Recipient shall destroy all Confidential Information, except that it may keep copies in automatic backup systems."_s,
        FactId::RetentionAllowed, u"yes"_s);
    row("whether or not marked", u"\"Confidential Information\" means all information disclosed by the Discloser, whether or not marked as confidential."_s,
        FactId::MarkingRequired, u"no"_s);
    row("reasonably understood", u"\"Confidential Information\" means information that is marked as confidential or that a reasonable person would understand to be confidential."_s,
        FactId::MarkingRequired, u"no"_s);
    row("marked", u"\"Confidential Information\" means information that is marked \"Confidential\" at the time of disclosure."_s,
        FactId::MarkingRequired, u"yes"_s);
    row("oral included", u"\"Confidential Information\" means any information disclosed in writing, orally or visually."_s,
        FactId::OralIncluded, u"yes"_s);
    row("oral excluded", u"Information disclosed orally shall not be considered Confidential Information."_s,
        FactId::OralIncluded, u"no"_s);
    row("oral in boilerplate", u"This Agreement supersedes all prior agreements, whether written or oral."_s,
        FactId::OralIncluded, u"absent"_s);
    row("may seek", u"The Disclosing Party may seek injunctive relief without posting a bond."_s,
        FactId::InjunctiveEntitled, u"no"_s);
    row("entitled", u"The Disclosing Party shall be entitled to injunctive relief."_s,
        FactId::InjunctiveEntitled, u"yes"_s);
    row("non-exclusive jurisdiction", u"The parties submit to the non-exclusive jurisdiction of the English courts."_s,
        FactId::ExclusiveVenue, u"no"_s);
    row("free to compete", u"Nothing in this Agreement shall prevent either party from developing products that compete with those of the other party."_s,
        FactId::NonCompete, u"no"_s);
    row("use to compete", u"The Recipient shall not use the Confidential Information to compete with the Discloser."_s,
        FactId::NonCompete, u"absent"_s);
    row("no third parties", u"The Recipient shall not disclose the Confidential Information to any third party."_s,
        FactId::ShareThirdParties, u"no"_s);
    row("advisers permitted", u"The Recipient may disclose the Confidential Information to its professional advisers who need to know it."_s,
        FactId::ShareAdvisers, u"yes"_s);
    row("employees other than", u"The Recipient shall not disclose Confidential Information to anyone other than its employees who need to know it."_s,
        FactId::ShareEmployees, u"yes"_s);
    row("consent only", u"The Recipient shall not disclose Confidential Information to any third party without the prior written consent of the Discloser."_s,
        FactId::ShareThirdParties, u"no"_s);
    row("not limited to is no negation", u"The Recipient may disclose Confidential Information to its representatives, including but not limited to its attorneys and accountants."_s,
        FactId::ShareAdvisers, u"yes"_s);
    row("reverse engineering", u"The Recipient shall not reverse engineer, decompile or disassemble any prototype."_s,
        FactId::NoReverseEngineering, u"yes"_s);
    row("mutual", u"Each party may disclose Confidential Information to the other party in connection with the Purpose."_s,
        FactId::Mutual, u"yes"_s);
    row("mutual covenants are consideration", u"In consideration of the mutual covenants herein, the Recipient agrees to keep the Confidential Information confidential."_s,
        FactId::Mutual, u"absent"_s);
    row("independent development", u"The obligations shall not apply to information that is independently developed by the Recipient."_s,
        FactId::ExclusionIndependent, u"yes"_s);
    row("received from a third party", u"This Agreement shall not apply to information that the Recipient lawfully receives from a third party without restriction."_s,
        FactId::ExclusionThirdParty, u"yes"_s);
    row("notice of compelled disclosure", u"If the Recipient is required by law to disclose Confidential Information, it shall give the Discloser prompt written notice."_s,
        FactId::CompelledNotice, u"yes"_s);
    row("secrecy of the talks", u"Neither party shall disclose the existence of this Agreement or the fact that discussions are taking place."_s,
        FactId::Publicity, u"yes"_s);
    row("copies except as necessary", u"The Recipient shall not copy the Confidential Information except as reasonably necessary for the Purpose."_s,
        FactId::CopiesPermitted, u"yes"_s);
    row("no copies", u"The Recipient shall not copy or reproduce the Confidential Information."_s,
        FactId::CopiesPermitted, u"no"_s);
    row("survival", u"The obligations of confidentiality shall survive the termination of this Agreement for three (3) years."_s,
        FactId::Survival, u"yes"_s);
    row("obligations term", u"The obligations of confidentiality shall survive the termination of this Agreement for three (3) years."_s,
        FactId::ObligationTerm, u"yes"_s, u"36"_s);
    row("agreement term", u"This Agreement shall remain in effect for eighteen months from the Effective Date."_s,
        FactId::AgreementTerm, u"yes"_s, u"18"_s);
    row("notice period is no term", u"This Agreement shall continue until terminated by either party on thirty (30) days' written notice."_s,
        FactId::AgreementTerm, u"absent"_s);
    row("Delaware", u"This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflicts of law principles."_s,
        FactId::GoverningLaw, u"yes"_s, u"State of Delaware"_s);
    row("England and Wales", u"This Agreement is governed by the laws of England and Wales."_s,
        FactId::GoverningLaw, u"yes"_s, u"England and Wales"_s);
    row("English law", u"This Agreement is governed by English law."_s,
        FactId::GoverningLaw, u"yes"_s, u"England and Wales"_s);
    row("neither party may assign", u"Neither party may assign this Agreement without the prior written consent of the other party."_s,
        FactId::Assignment, u"yes"_s, u"mutual-consent"_s);
    row("reasonable care", u"The Recipient shall protect the Confidential Information with at least reasonable care."_s,
        FactId::StandardOfCare, u"yes"_s, u"reasonable"_s);
    row("non-solicitation", u"For twelve (12) months the Recipient shall not solicit any employee of the Discloser."_s,
        FactId::NonSolicit, u"yes"_s, u"12"_s);
    row("solicitor is no solicitation", u"Nothing waives solicitor-client privilege for any employee."_s,
        FactId::NonSolicit, u"absent"_s);
    row("technical only", u"\"Confidential Information\" means technical data, software, designs and specifications disclosed by the Discloser."_s,
        FactId::TechnicalOnly, u"yes"_s);
    row("business too", u"\"Confidential Information\" means technical, financial and business information disclosed by the Discloser."_s,
        FactId::TechnicalOnly, u"no"_s);
}

void TstFacts::shortTexts()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QFETCH(QString, value);
    const FactSheet sheet = factsOf(text);
    const Fact *f = sheet.find(id);
    const QString found = describe(sheet);
    if (expected == u"absent") {
        QVERIFY2(!f, qPrintable(found));
        return;
    }
    QVERIFY2(f, qPrintable(id + u" not found; facts:\n"_s + found));
    QCOMPARE(f->yes() ? u"yes"_s : u"no"_s, expected);
    if (!value.isEmpty())
        QCOMPARE(f->value, value);
    QVERIFY2(text.contains(f->evidence), qPrintable(f->evidence));
}

void TstFacts::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("months");
    QTest::newRow("three (3) years") << u"for a period of three (3) years from"_s << u"36"_s;
    QTest::newRow("eighteen months") << u"for eighteen months after"_s << u"18"_s;
    QTest::newRow("in perpetuity") << u"shall continue in perpetuity"_s << u"perpetual"_s;
    QTest::newRow("perpetual") << u"a perpetual obligation"_s << u"perpetual"_s;
    QTest::newRow("indefinitely") << u"shall survive indefinitely"_s << u"perpetual"_s;
    QTest::newRow("five (5) years") << u"five (5) years"_s << u"60"_s;
    QTest::newRow("twenty-four (24) months") << u"twenty-four (24) months"_s << u"24"_s;
    QTest::newRow("2 years") << u"2 years"_s << u"24"_s;
    QTest::newRow("2 (two) years") << u"2 (two) years"_s << u"24"_s;
    QTest::newRow("a year") << u"within a year"_s << u"12"_s;
    QTest::newRow("one-year period") << u"a one-year period"_s << u"12"_s;
    QTest::newRow("upper case") << u"FIVE (5) YEARS"_s << u"60"_s;
}

void TstFacts::durations()
{
    QFETCH(QString, text);
    QFETCH(QString, months);
    const QList<Duration> found = findDurations(text);
    QVERIFY2(!found.isEmpty(), qPrintable(text));
    QCOMPARE(found.constFirst().monthsValue(), months);
}

void TstFacts::numbers()
{
    QCOMPARE(parseNumber(u"five"), std::optional<int>(5));
    QCOMPARE(parseNumber(u"twenty-four"), std::optional<int>(24));
    QCOMPARE(parseNumber(u"one hundred and twenty"), std::optional<int>(120));
    QCOMPARE(parseNumber(u"365"), std::optional<int>(365));
    QCOMPARE(parseNumber(u"several"), std::nullopt);
    const QList<Duration> days = findDurations(u"within thirty (30) days, or five (5) business days after notice");
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.at(0).days(), 30);
    QCOMPARE(days.at(1).unit, Duration::Unit::BusinessDays);
    QCOMPARE(days.at(1).count, 5);
    QVERIFY(findDurations(u"the term of this Agreement").isEmpty());
}

void TstFacts::sentences()
{
    const TextDocument doc = TextDocument::fromPlainText(
        u"Acme Inc. and Beta Ltd. agree as follows. The term is 2 years, e.g. until 2027. Notices go to No. 5 Main St.\n"
        u"1. Definitions. \"Information\" means data.\n"
        u"The Recipient shall keep the information\n"
        u"confidential and shall not disclose it."_s);
    const QList<SentenceSpan> spans = splitSentences(doc);
    QStringList texts;
    for (const SentenceSpan &s : spans)
        texts.append(doc.text.mid(s.start, s.end - s.start));
    QCOMPARE(texts.value(0), u"Acme Inc. and Beta Ltd. agree as follows."_s);
    QCOMPARE(texts.value(1), u"The term is 2 years, e.g. until 2027."_s);
    QCOMPARE(texts.value(2), u"Notices go to No. 5 Main St."_s);
    QCOMPARE(texts.value(3), u"1. Definitions."_s);
    QCOMPARE(texts.value(4), u"\"Information\" means data."_s);
    // A line broken in the middle of a sentence (text from a PDF) is one sentence.
    QCOMPARE(texts.value(5), u"The Recipient shall keep the information\nconfidential and shall not disclose it."_s);
    QCOMPARE(texts.size(), 6);
}

void TstFacts::emptyDocument()
{
    QVERIFY(factsOf(QString()).facts.isEmpty());
    QVERIFY(factsOf(u"\n\n   \n"_s).facts.isEmpty());
}

QTEST_GUILESS_MAIN(TstFacts)
#include "tst_facts.moc"
