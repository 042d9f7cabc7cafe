// SPDX-License-Identifier: GPL-3.0-or-later
// The drafting-defect reviewer on hand-made NDAs: each detector fires on its defect and stays
// silent on the same text done right, and blanks a form leaves for signing are never raised.
#include "review/reviewer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;

namespace {

const QString preamble = u"MUTUAL NON-DISCLOSURE AGREEMENT\n"
                         "This Agreement is made on ___ day of ________, 2020 between ______________, having its offices at "
                         "______________ (the \u201cRecipient\u201d), and Acme Ltd (the \u201cDiscloser\u201d).\n"_s;
const QString signature = u"IN WITNESS WHEREOF the parties have signed this Agreement.\n"
                          "By: ____________________\nName: __________________\nTitle: _________________\nDate: ____________\n"_s;

QString nda(const QString &body)
{
    return preamble + body + signature;
}

QList<Finding> defects(const QString &text)
{
    const TextDocument doc = TextDocument::fromPlainText(text);
    QList<Finding> out;
    for (const Finding &f : reviewDocument(doc, Playbook::builtin(), {Side::Receiving}).findings) {
        if (f.issueId == u"drafting-defect"_s)
            out << f;
    }
    return out;
}

const QString clean = u"1. Purpose. The Recipient shall use the Confidential Information only to evaluate a possible supply "
                      "agreement between the parties (the \u201cPurpose\u201d).\n"
                      "2. Confidentiality. The Recipient shall keep the Confidential Information confidential and shall not "
                      "disclose it to any third party except as permitted by Clause 3.\n"
                      "3. Permitted Disclosure. The Recipient may disclose the Confidential Information to its employees "
                      "who need to know it for the Purpose, and:\n"
                      "(a) to its professional advisers; and\n"
                      "(b) as required by law, subject to this Clause 3.\n"
                      "4. Term. The obligations in this Agreement last for two (2) years.\n"
                      "5. Governing Law. This Agreement is governed by the laws of England.\n"_s;

} // namespace

class TestDraftingDefects final : public QObject {
    Q_OBJECT

private slots:
    void cleanTextAndSigningBlanksAreSilent()
    {
        // Party details, the date and the signature lines are completed at signing.
        QVERIFY(defects(nda(clean)).isEmpty());
    }

    void blankPurposeIsRaisedWithItsWords()
    {
        QString body = clean;
        body.replace(u"to evaluate a possible supply agreement between the parties"_s, u"relating to ________________"_s);
        const QList<Finding> f = defects(nda(body));
        QCOMPARE(f.size(), 1);
        QVERIFY(f.first().edits.isEmpty());
        QVERIFY(f.first().originalText.contains(u"relating to ____"_s));
        QCOMPARE(f.first().clauseLabel, u"1"_s);
    }

    void placeholdersAreRaised()
    {
        for (const QString &placeholder : {u"[insert purpose]"_s, u"{purpose}"_s, u"(insert description)"_s, u"[\u25cf]"_s}) {
            QString body = clean;
            body.replace(u"to evaluate a possible supply agreement between the parties"_s, u"for "_s + placeholder);
            const QList<Finding> f = defects(nda(body));
            QCOMPARE(f.size(), 1);
            QVERIFY2(f.first().originalText.contains(placeholder), qPrintable(f.first().originalText));
        }
    }

    void templateInstructionIsRaised()
    {
        QString body = clean;
        body.replace(u"(the \u201cPurpose\u201d)."_s,
                     u"(the \u201cPurpose\u201d). Edit the highlighted portion to reflect the deal, then delete this sentence."_s);
        const QList<Finding> f = defects(nda(body));
        QCOMPARE(f.size(), 1);
        QVERIFY(f.first().originalText.contains(u"Edit the highlighted portion"_s));
    }

    void missingJurisdictionIsRaised()
    {
        QString text = nda(clean);
        text.replace(u"having its offices at"_s, u"a company established in accordance with the laws of , having its offices at"_s);
        const QList<Finding> f = defects(text);
        QCOMPARE(f.size(), 1);
        QVERIFY(f.first().originalText.contains(u"laws of"_s));
    }

    void clauseCutOffIsRaised()
    {
        QString body = clean;
        body.replace(u"last for two (2) years.\n"_s, u"last for two (2) years from the date of\n"_s);
        const QList<Finding> f = defects(nda(body));
        QCOMPARE(f.size(), 1);
        QVERIFY(f.first().rationale.contains(u"mid-sentence"_s));
        // A list lead-in ending "; and" is not a cut.
        QVERIFY(defects(nda(clean)).isEmpty());
    }

    void clauseRunningIntoTheNextIsRaised()
    {
        QString body = clean;
        body.replace(u"last for two (2) years.\n5. Governing Law."_s, u"last for two (2) years from the 5. Governing Law."_s);
        const QList<Finding> f = defects(nda(body));
        QCOMPARE(f.size(), 1);
        QVERIFY(f.first().originalText.contains(u"from the"_s));
    }

    void duplicateNumbersAreRaised()
    {
        QString body = clean;
        body.replace(u"(b) as required"_s, u"(a) as required"_s);
        const QList<Finding> f = defects(nda(body));
        QCOMPARE(f.size(), 1);
        QVERIFY(f.first().rationale.contains(u"(a)"_s));
    }

    void wrongSelfReferenceIsCorrected()
    {
        QString body = clean;
        body.replace(u"subject to this Clause 3"_s, u"subject to this Clause 2"_s);
        const QList<Finding> f = defects(nda(body));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().edits.size(), 1);
        QCOMPARE(f.first().edits.first().text, u"3"_s);
    }

    void clauseZeroAndMissingClausesAreRaised()
    {
        QString body = clean;
        body.replace(u"as permitted by Clause 3"_s, u"as permitted by Clause 0"_s);
        QCOMPARE(defects(nda(body)).size(), 1);
        body = clean;
        body.replace(u"as permitted by Clause 3"_s, u"as permitted by Clause 12"_s);
        QCOMPARE(defects(nda(body)).size(), 1);
    }

    void undefinedLetteredPartyIsRaised()
    {
        QString body = clean;
        body.replace(u"The Recipient shall keep"_s, u"Party A shall keep"_s);
        const QList<Finding> f = defects(nda(body));
        QCOMPARE(f.size(), 1);
        QVERIFY(f.first().rationale.contains(u"Party A"_s));
    }
};

QTEST_GUILESS_MAIN(TestDraftingDefects)
#include "tst_draftingdefects.moc"
