// SPDX-License-Identifier: GPL-3.0-or-later
// Drafting rules on hand-made agreements: proposals use the document's own defined terms, new
// clauses continue the numbering, and the findings read like a lawyer's markup.
#include "review/documentterms.h"
#include "review/qualitygate.h"
#include "review/reviewer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::Review;

namespace {

ReviewResult review(const QString &text, Side side)
{
    return reviewDocument(TextDocument::fromPlainText(text), Playbook::builtin(), {side});
}

// Every capitalised standard term a finding inserts must be one the document uses or defines.
QString foreignTerm(const ReviewResult &r, const QString &text)
{
    for (const Finding &f : r.findings) {
        for (const Docx::Edit &e : f.edits) {
            for (const QString &term : {u"Receiving Party"_s, u"Disclosing Party"_s, u"Confidential Information"_s,
                                        u"Purpose"_s, u"Agreement"_s, u"Effective Date"_s, u"Representatives"_s}) {
                if (e.text.contains(term) && !text.contains(term))
                    return f.issueId + u": "_s + term + u" in \""_s + e.text + u'"';
            }
        }
    }
    return {};
}

} // namespace

class TestDrafting final : public QObject {
    Q_OBJECT

private slots:
    void learnsTheRolesTheDocumentDefines()
    {
        const DocumentTerms terms(u"This agreement is between Acme Ltd (the \"Company\") and Bob Smith (the \"Recipient\").\n"
                                  "1. The Recipient shall keep the Proprietary Information secret.\n"
                                  "2. The Recipient shall use the Proprietary Information only for the Project (the \"Project\").\n"
                                  "3. The Company may disclose Proprietary Information to the Recipient."_s);
        QCOMPARE(terms.receivingParty(), u"Recipient"_s);
        QCOMPARE(terms.disclosingParty(), u"Company"_s);
        QCOMPARE(terms.information(), u"Proprietary Information"_s);
        QCOMPARE(terms.adapt(u"The Receiving Party shall return the Disclosing Party's Confidential Information."_s),
                 u"The Recipient shall return the Company's Proprietary Information."_s);
        QCOMPARE(terms.adapt(u"used only for the Purpose under this Agreement"_s), u"used only for the Project under this agreement"_s);
    }

    void keepsStandardTermsTheDocumentUses()
    {
        const DocumentTerms terms(u"1. The Receiving Party shall protect the Disclosing Party's Confidential Information for the Purpose.\n"
                                  "2. This Agreement is governed by English law."_s);
        const QString proposal = u"The Receiving Party may retain Confidential Information required by law under this Agreement."_s;
        QCOMPARE(terms.adapt(proposal), proposal);
    }

    void writesToYouWhenTheDocumentDoes()
    {
        const DocumentTerms terms(u"1. You will keep our information confidential. You must not copy it.\n"
                                  "2. You may share it with your advisers. If you are asked by a court, you will tell us.\n"
                                  "3. Our information remains ours."_s);
        QCOMPARE(terms.adapt(u"The Receiving Party is not required to destroy copies the Receiving Party's systems keep."_s),
                 u"You are not required to destroy copies your systems keep."_s);
    }

    void capitalisesPartyWhereTheDocumentDoes()
    {
        const DocumentTerms terms(u"1. Each Party may disclose Confidential Information to the other Party.\n"
                                  "2. Neither Party shall assign this Agreement. Either Party may terminate it."_s);
        QCOMPARE(terms.adapt(u"each party may disclose it to a third party with the other party's consent"_s),
                 u"each Party may disclose it to a third party with the other Party's consent"_s);
    }

    void proposalsUseTheDocumentsTerms()
    {
        const QString text = u"MUTUAL CONFIDENTIALITY AGREEMENT\n"
                             "This Agreement is made between Northwind Ltd (\"Northwind\") and Contoso Inc (the \"Recipient\").\n"
                             "1. Definitions. \"Proprietary Information\" means all information disclosed by Northwind to the Recipient.\n"
                             "2. Obligations. The Recipient shall hold Proprietary Information in confidence and shall not disclose it to any person.\n"
                             "3. Return. On request the Recipient shall immediately return all Proprietary Information.\n"
                             "4. Term. The obligations of the Recipient continue in perpetuity.\n"
                             "5. Law. This Agreement is governed by the laws of England.\n"
                             "Signed by Northwind Ltd\nSigned by Contoso Inc"_s;
        const ReviewResult r = review(text, Side::Receiving);
        QVERIFY(!r.findings.isEmpty());
        const QString foreign = foreignTerm(r, text);
        QVERIFY2(foreign.isEmpty(), qPrintable(foreign));
    }

    void addedClausesContinueTheNumbering()
    {
        // Several missing protections at one place: 6., 7., 8. - never three clauses numbered 6.
        const QString text = u"CONFIDENTIALITY AGREEMENT\n"
                             "1. Confidential Information means information the Disclosing Party discloses to the Receiving Party.\n"
                             "2. The Receiving Party shall keep Confidential Information confidential.\n"
                             "3. The Receiving Party may disclose Confidential Information to its employees who need to know it.\n"
                             "4. This Agreement lasts two (2) years.\n"
                             "5. This Agreement is governed by the laws of England.\n"
                             "IN WITNESS WHEREOF the parties have signed this Agreement.\n"
                             "By: ____________"_s;
        const ReviewResult r = review(text, Side::Disclosing);
        const QList<Docx::Edit> edits = editsForWriting(r.findings, false);
        QStringList numbers;
        static const QRegularExpression number(u"\\n(\\d+)\\. "_s);
        for (const Docx::Edit &e : edits) {
            for (auto it = number.globalMatch(e.text); it.hasNext();)
                numbers << it.next().captured(1);
        }
        QVERIFY2(numbers.size() >= 2, qPrintable(numbers.join(u", "_s)));
        for (qsizetype i = 0; i < numbers.size(); ++i)
            QCOMPARE(numbers.at(i), QString::number(6 + i));
    }

    void aNumberTakenByTheExecutionClauseIsNotReused()
    {
        const QString text = u"CONFIDENTIALITY AGREEMENT\n"
                             "1. Confidential Information means information the Disclosing Party discloses to the Receiving Party.\n"
                             "2. The Receiving Party shall keep Confidential Information confidential.\n"
                             "3. This Agreement lasts two (2) years.\n"
                             "IN WITNESS WHEREOF the parties have signed this Agreement.\n"
                             "4. EXECUTION\n"
                             "By: ____________"_s;
        const ReviewResult r = review(text, Side::Disclosing);
        QStringList numbers;
        static const QRegularExpression number(u"\\n(\\d+[A-Z]?)\\. "_s);
        for (const Docx::Edit &e : editsForWriting(r.findings, false)) {
            for (auto it = number.globalMatch(e.text); it.hasNext();)
                numbers << it.next().captured(1);
        }
        QVERIFY2(numbers.size() >= 2, qPrintable(numbers.join(u", "_s)));
        QVERIFY2(!numbers.contains(u"4"_s), qPrintable(numbers.join(u", "_s)));
        QCOMPARE(numbers.mid(0, 2), (QStringList{u"3A"_s, u"3B"_s}));
    }

    void aOneWayAgreementSaysSoInItsTitle()
    {
        const ReviewResult r = review(u"This One-Way Non-Disclosure Agreement is made between Acme and Bolt.\n"
                                      "1. Bolt shall keep the Confidential Information of Acme confidential.\n"
                                      "2. Bolt shall use it only to evaluate a possible deal."_s, Side::Receiving);
        QVERIFY(r.facts.find(u"mutual") && !r.facts.find(u"mutual")->yes());
        bool raised = false;
        for (const Finding &f : r.findings)
            raised = raised || f.issueId == u"mutuality"_s;
        QVERIFY(raised);
    }

    void theDiscloserWantsRecipientsBound()
    {
        const QString unbound = u"1. The Recipient may disclose Confidential Information only to its employees and "
                                "contractors who need to know it.\n2. The Recipient shall keep it confidential."_s;
        const ReviewResult r = review(unbound, Side::Disclosing);
        const Finding *recipients = nullptr;
        for (const Finding &f : r.findings)
            recipients = f.issueId == u"permitted-recipients"_s ? &f : recipients;
        QVERIFY(recipients);
        QVERIFY(recipients->proposedText.contains(u"bound by written or professional obligations of confidentiality"_s));
        QVERIFY2(!recipients->proposedText.contains(u"Receiving Party"_s), qPrintable(recipients->proposedText));
        // Already bound: nothing to add.
        const ReviewResult bound = review(u"1. The Recipient may disclose Confidential Information only to its employees who "
                                          "need to know it and are bound by obligations of confidentiality.\n"
                                          "2. The Recipient shall keep it confidential."_s, Side::Disclosing);
        for (const Finding &f : bound.findings)
            QVERIFY2(f.issueId != u"permitted-recipients"_s, qPrintable(f.proposedText));
    }

    void clauseLabelsNameTheirParents()
    {
        QList<Clause> clauses(5);
        clauses[0].label = u"2"_s;
        clauses[1].label = u"(c)"_s;
        clauses[1].parent = 0;
        clauses[2].label = u"1.2"_s;
        clauses[3].label = u"1.2.1"_s;
        clauses[3].parent = 2;
        clauses[4].kind = Clause::Kind::Preamble;
        QCOMPARE(clausePath(clauses, 1), u"2(c)"_s);
        QCOMPARE(clausePath(clauses, 3), u"1.2.1"_s);
        QCOMPARE(clausePath(clauses, 0), u"2"_s);
        QCOMPARE(clausePath(clauses, 4), u"preamble"_s);
    }

    void findingsCarryTheFullClausePath()
    {
        const ReviewResult r = review(u"1. Definitions.\n(a) \"Confidential Information\" means any information disclosed by "
                                      "the Disclosing Party.\n(b) \"Purpose\" means the evaluation of a deal.\n"
                                      "2. Obligations. The Receiving Party shall keep Confidential Information confidential."_s,
                                      Side::Receiving);
        bool sawSubClause = false;
        for (const Finding &f : r.findings) {
            QVERIFY2(!f.clauseLabel.startsWith(u'('), qPrintable(f.issueId + u": "_s + f.clauseLabel));
            sawSubClause = sawSubClause || f.clauseLabel == u"1(a)"_s;
        }
        QVERIFY(sawSubClause);
    }

    void aProposalThatStrikesAProtectionBecomesAComment()
    {
        Finding f;
        f.issueId = u"non-compete"_s;
        f.originalText = u"Nothing in this Agreement prevents either party from independently developing competing products."_s;
        f.proposedText = u"Neither party shall develop competing products."_s;
        f.edits = {Docx::Edit{0, 10, u"Neither"_s, {}, -1}};
        const QString why = protectionStruck(f, Side::Receiving);
        QVERIFY2(!why.isEmpty(), "striking the freedom to develop must fail the gate");
        QVERIFY(protectionStruck(f, Side::Disclosing).isEmpty());
        turnIntoComment(&f, why);
        QVERIFY(f.edits.isEmpty());
        QVERIFY(f.rationale.contains(u"not redlined"_s));
        // Adding a protection passes.
        Finding add;
        add.issueId = u"retention"_s;
        add.originalText = u"The Receiving Party shall destroy all copies."_s;
        add.proposedText = add.originalText + u" It may keep copies in automatic backups."_s;
        add.edits = {Docx::Edit{45, 45, u" It may keep copies in automatic backups."_s, {}, -1}};
        QVERIFY(protectionStruck(add, Side::Receiving).isEmpty());
    }

    void governingLawIsRaisedOnlyWhenItFavoursTheOtherSide()
    {
        const QString head = u"This Agreement is made between Acme Inc of 1 Main Street, Springfield, Missouri (\"Acme\") "
                             "and Bolt Ltd (the \"Recipient\").\n"
                             "1. The Recipient shall keep Confidential Information confidential.\n"_s;
        // The parties' own neutral national courts: nothing to gain by changing them.
        const ReviewResult neutral = review(head + u"2. This Agreement is governed by English law and the parties submit to "
                                                   "the exclusive jurisdiction of the English courts."_s, Side::Receiving);
        for (const Finding &f : neutral.findings)
            QVERIFY2(f.issueId != u"governing-law"_s, qPrintable(f.proposedText));
        // Exclusive courts in the other side's home town: kept, but no longer the only ones.
        const ReviewResult home = review(head + u"2. This Agreement is governed by the laws of Missouri and the parties agree "
                                                "to the exclusive jurisdiction of the courts in Springfield, Missouri."_s, Side::Receiving);
        const Finding *law = nullptr;
        for (const Finding &f : home.findings)
            law = f.issueId == u"governing-law"_s ? &f : law;
        QVERIFY(law);
        QVERIFY2(law->proposedText.contains(u"non-exclusive jurisdiction of the courts in Springfield"_s), qPrintable(law->proposedText));
        QVERIFY(!law->proposedText.contains(u"[jurisdiction]"_s));
    }

    void broadDefinitionIsLimitedToNonPublicInformation()
    {
        const ReviewResult r = review(u"1. \"Confidential Information\" means any information disclosed by the Disclosing Party "
                                      "to the Receiving Party, whether or not marked as confidential.\n"
                                      "2. The Receiving Party shall keep Confidential Information confidential."_s, Side::Receiving);
        const Finding *scope = nullptr;
        for (const Finding &f : r.findings)
            scope = f.issueId == u"definition-scope"_s ? &f : scope;
        QVERIFY(scope);
        QCOMPARE(scope->edits.size(), 1);
        QCOMPARE(scope->edits.first().text.trimmed(), u"non-public"_s);
        // Already limited: nothing to raise.
        const ReviewResult fine = review(u"1. \"Confidential Information\" means any non-public information disclosed by the "
                                         "Disclosing Party.\n2. The Receiving Party shall keep it confidential."_s, Side::Receiving);
        for (const Finding &f : fine.findings)
            QVERIFY(f.issueId != u"definition-scope"_s);
    }
};

QTEST_GUILESS_MAIN(TestDrafting)
#include "tst_drafting.moc"
