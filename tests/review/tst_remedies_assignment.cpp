// SPDX-License-Identifier: GPL-3.0-or-later
// Remedies and assignment (remedydrafting.cpp): what a lawyer redlines in an injunction or an
// assignment clause, edited in place with the smallest change, and what is left alone.
#include "rulecheck.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::Review;

namespace {

// A short one-way agreement with the clause under test as section 3.
QString agreement(const QString &clause)
{
    return u"MUTUAL CONFIDENTIALITY AGREEMENT\n"
           "This Agreement is made between Acme Limited (the \"Disclosing Party\") and Beta Inc. (the \"Receiving Party\").\n"
           "1. Confidentiality. The Receiving Party shall keep the Confidential Information confidential and use it only to evaluate a possible transaction.\n"
           "2. Term. This Agreement lasts two (2) years.\n"
           "3. "_s + clause + u"\n"
           "4. Governing Law. This Agreement is governed by the laws of England.\n"_s;
}

using RuleCheck::findingFor;

ReviewResult review(const QString &clause, Side side)
{
    return RuleCheck::reviewText(agreement(clause), side);
}

} // namespace

class TestRulesH7 final : public QObject {
    Q_OBJECT

private slots:
    void entitlementBondAndConcessionAreRedlined()
    {
        const ReviewResult r = review(u"Remedies. The Receiving Party agrees that any breach will cause irreparable harm to the Disclosing Party. "
                                      "The Disclosing Party shall be entitled to injunctive relief without the need to post a bond, in addition to any other remedy."_s,
                                      Side::Receiving);
        const auto f = findingFor(r, u"remedies"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"any breach may cause irreparable harm"_s), qPrintable(f->proposedText));
        QVERIFY2(f->proposedText.contains(u"The Disclosing Party may seek injunctive relief, in addition to any other remedy."_s),
                 qPrintable(f->proposedText));
    }

    void parallelRemediesKeepTheirGrammar()
    {
        const ReviewResult r = review(u"Remedies. The Disclosing Party shall be entitled to specific performance, and to seek an injunction against any breach."_s,
                                      Side::Receiving);
        const auto f = findingFor(r, u"remedies"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"shall be entitled to seek specific performance, and to seek an injunction"_s), qPrintable(f->proposedText));
    }

    void bondWaiverSentenceAndAdequacyDefenceGo()
    {
        const ReviewResult r = review(u"Remedies. The Disclosing Party may seek an injunction, and the Receiving Party will not raise the defense of an adequate remedy at law. "
                                      "Both parties waive any requirement to post a bond. Each party bears its own costs."_s,
                                      Side::Receiving);
        const auto f = findingFor(r, u"remedies"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"The Disclosing Party may seek an injunction. Each party bears its own costs."_s), qPrintable(f->proposedText));
    }

    void marketRemediesAreLeftAlone()
    {
        const ReviewResult r = review(u"Remedies. A breach may cause irreparable harm for which damages are an insufficient remedy. "
                                      "The Disclosing Party is entitled to seek injunctive relief in addition to its other remedies."_s,
                                      Side::Receiving);
        QVERIFY(!findingFor(r, u"remedies"_s));
        // The owner of the information has what it needs.
        QVERIFY(!findingFor(review(u"Remedies. The Disclosing Party may seek injunctive relief."_s, Side::Disclosing), u"remedies"_s));
    }

    void cureBeforeRemediesIsStruckForTheDiscloser()
    {
        const ReviewResult r = review(u"Breach. If the Receiving Party breaches this Agreement and fails to remedy such breach within 7 days of written notice, "
                                      "then the Disclosing Party may seek an injunction in any court."_s,
                                      Side::Disclosing);
        const auto f = findingFor(r, u"remedies"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"If the Receiving Party breaches this Agreement, then the Disclosing Party may seek"_s), qPrintable(f->proposedText));
    }

    void consentWithoutCarveOutGetsOne()
    {
        const ReviewResult r = review(u"Assignment. Neither party may assign this Agreement without the prior written consent of the other party."_s, Side::Receiving);
        const auto f = findingFor(r, u"assignment"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"consent of the other party, except to an affiliate or to a successor to all or substantially all of its relevant business or assets"_s),
                 qPrintable(f->proposedText));
        QCOMPARE(f->edits.size(), 1);
    }

    void absoluteBanGetsConsentAndCarveOut()
    {
        const ReviewResult r = review(u"Assignment. This Agreement shall not be assigned by either party and any purported assignment is void."_s, Side::Receiving);
        const auto f = findingFor(r, u"assignment"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"by either party without the prior written consent of the other party, except to an affiliate"_s), qPrintable(f->proposedText));
        QVERIFY2(f->proposedText.contains(u"bound by this Agreement, and any purported"_s), qPrintable(f->proposedText));
    }

    void carveOutForBothIsLeftAlone()
    {
        const ReviewResult r = review(u"Assignment. Neither party may assign this Agreement without the other party's consent. "
                                      "Either party may assign this Agreement to a successor on a merger or sale of its business."_s,
                                      Side::Receiving);
        QVERIFY(!findingFor(r, u"assignment"_s));
    }

    void oneSidedRightBecomesMutual()
    {
        const ReviewResult r = review(u"Assignment. Neither party may assign this Agreement without the prior written consent of the other party, "
                                      "except that Acme may assign this Agreement in connection with a merger or sale of all of its assets."_s,
                                      Side::Receiving);
        const auto f = findingFor(r, u"assignment"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"except that either party may assign this Agreement in connection with a merger"_s), qPrintable(f->proposedText));

        const ReviewResult notice = review(u"Assignment. Notwithstanding the above, Acme may on written notice to Beta, cede its rights under this Agreement to a successor."_s,
                                           Side::Receiving);
        const auto n = findingFor(notice, u"assignment"_s);
        QVERIFY(n);
        QVERIFY2(n->proposedText.contains(u"either party may on written notice to the other party, cede"_s), qPrintable(n->proposedText));
    }

    void freeRightForOneSideIsStruck()
    {
        const ReviewResult r = review(u"Assignment. The Disclosing Party may assign this Agreement to any person without the consent of the Receiving Party. "
                                      "The Receiving Party shall not assign this Agreement without the prior written consent of the Disclosing Party."_s,
                                      Side::Receiving);
        const auto f = findingFor(r, u"assignment"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"Assignment. Neither party shall assign this Agreement without the prior written consent of the other party."_s),
                 qPrintable(f->proposedText));
    }

    void discloserWantsTheRecipientRestricted()
    {
        const ReviewResult missing = review(u"Notices. Notices are given in writing."_s, Side::Disclosing);
        const auto f = findingFor(missing, u"assignment"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"The Receiving Party may not assign this Agreement without the Disclosing Party's prior written consent."_s),
                 qPrintable(f->proposedText));

        const ReviewResult binding = review(u"Miscellaneous. This Agreement binds the parties and their successors and assigns. Notices are given in writing."_s,
                                            Side::Disclosing);
        const auto b = findingFor(binding, u"assignment"_s);
        QVERIFY(b);
        QVERIFY2(b->proposedText.contains(u"successors and permitted assigns. The Receiving Party may not assign"_s), qPrintable(b->proposedText));

        const ReviewResult restricted = review(u"Assignment. The Receiving Party may not assign this Agreement without consent."_s, Side::Disclosing);
        QVERIFY(!findingFor(restricted, u"assignment"_s));
    }

    void discloserGivesNoIndemnity()
    {
        const ReviewResult r = review(u"Warranty. The Disclosing Party warrants that its information does not infringe the rights of a third party, "
                                      "and the Disclosing Party hereby indemnifies the Receiving Party against third party claims on such a basis."_s,
                                      Side::Disclosing);
        const auto f = findingFor(r, u"indemnity"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"does not infringe the rights of a third party."_s), qPrintable(f->proposedText));
        // An indemnity in the discloser's favour is its to keep.
        const ReviewResult own = review(u"Indemnity. The Receiving Party shall indemnify the Disclosing Party against any loss from a breach."_s,
                                        Side::Disclosing);
        QVERIFY(!findingFor(own, u"indemnity"_s));
    }

    void fixedSumForUnprovableDamages()
    {
        const QString clause = u"Damages. If damages resulting from a breach by the Receiving Party cannot be determined, the Disclosing Party may "
                               "seek legal remedy amounting in the maximum amount of [amount], including reasonable legal fees."_s;
        // The recipient pays only the damages proved.
        const auto r = findingFor(review(clause, Side::Receiving), u"liquidated-damages"_s);
        QVERIFY(r);
        QVERIFY2(r->proposedText.contains(u"actual damages that are proved"_s), qPrintable(r->proposedText));
        // For the discloser the sum is a ceiling on its recovery.
        const ReviewResult d = review(clause, Side::Disclosing);
        const auto f = findingFor(d, u"liquidated-damages"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"may seek all remedies available at law or in equity, including reasonable legal fees."_s), qPrintable(f->proposedText));
        // A liquidated sum without a ceiling is the discloser's to keep.
        QVERIFY(!findingFor(review(u"Damages. The Receiving Party shall pay liquidated damages of $10,000 for each breach."_s, Side::Disclosing),
                            u"liquidated-damages"_s));
    }
};

QTEST_GUILESS_MAIN(TestRulesH7)
#include "tst_remedies_assignment.moc"
