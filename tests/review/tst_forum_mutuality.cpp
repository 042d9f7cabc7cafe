// SPDX-License-Identifier: GPL-3.0-or-later
// Two points a lawyer raises about the agreement as a whole, on hand-made agreements: a governing
// law that names no courts (for the owner of the information), and an agreement that binds only
// one named party although it defines no roles.
#include "rulecheck.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::Review;

namespace {

using RuleCheck::findingFor;

ReviewResult review(const QString &text, Side side)
{
    return RuleCheck::reviewText(text, side);
}

const QString opening =
    u"This Agreement is made between Acme Ltd (the \"Disclosing Party\") and Beta Ltd (the \"Receiving Party\").\n"
    "1. The Receiving Party shall keep the Confidential Information confidential and shall not disclose it to any third party.\n"_s;

// One-way in substance: Acme and Beta are named, no roles are defined, only Beta is bound.
const QString namedOneWay =
    u"This Agreement is made between Acme Ltd of London and Beta Ltd of Leeds.\n"
    "Recitals\n"
    "(A) Acme will disclose certain confidential information to Beta in connection with a possible supply contract.\n"
    "1. Beta shall keep all confidential information received from Acme secret and shall not disclose it to any "
    "person.\n"
    "2. Beta shall use the confidential information received from Acme only to evaluate the supply contract.\n"
    "3. Beta agrees to protect the confidential information with reasonable care.\n"_s;

} // namespace

class TestForumMutuality final : public QObject {
    Q_OBJECT

private slots:
    void lawWithoutCourtsGetsThem()
    {
        const QString text = opening + u"2. This Agreement is governed by the laws of the State of New York.\n"_s;
        const auto f = findingFor(review(text, Side::Disclosing), u"governing-law"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(
                     u"governed by the laws of the State of New York. The courts of the State of New York have "
                     "exclusive jurisdiction"_s),
                 qPrintable(f->proposedText));
        QVERIFY2(
            f->proposedText.contains(
                u"either party may seek injunctive or other equitable relief in any court of competent jurisdiction."_s),
            qPrintable(f->proposedText));
        // For the side that receives, no court imposed on it is fine.
        QVERIFY(!findingFor(review(text, Side::Receiving), u"governing-law"_s));
    }

    void competentCourtIsNotAForum()
    {
        // "a court of competent jurisdiction" in the compelled-disclosure clause chooses nothing.
        const QString text = opening
                             + u"2. The Receiving Party may disclose Confidential Information if ordered to by a court "
                               u"of competent jurisdiction.\n"
                               "3. This Agreement is governed by the laws of England and Wales.\n"_s;
        const auto f = findingFor(review(text, Side::Disclosing), u"governing-law"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"The courts of England and Wales have exclusive jurisdiction"_s),
                 qPrintable(f->proposedText));
    }

    void chosenCourtsAreLeftAlone()
    {
        const QString text = opening
                             + u"2. This Agreement is governed by the laws of England and Wales, and the parties "
                               u"submit to the non-exclusive "
                               "jurisdiction of the English courts.\n"_s;
        QVERIFY(!findingFor(review(text, Side::Disclosing), u"governing-law"_s));
        const QString arbitration =
            opening
            + u"2. This Agreement is governed by the laws of Sweden. Any dispute shall be finally settled by arbitration in Stockholm.\n"_s;
        QVERIFY(!findingFor(review(arbitration, Side::Disclosing), u"governing-law"_s));
    }

    void oneNamedPartyBoundIsOneWay()
    {
        const auto f = findingFor(review(namedOneWay, Side::Receiving), u"mutuality"_s);
        QVERIFY(f);
        QVERIFY(f->edits.isEmpty()); // a point for the cover note, not a redline
        // The comment sits on the recital that says who discloses.
        QVERIFY2(f->originalText.contains(u"Acme will disclose certain confidential information to Beta"_s),
                 qPrintable(f->originalText));
        // The discloser has nothing to ask for.
        QVERIFY(!findingFor(review(namedOneWay, Side::Disclosing), u"mutuality"_s));
    }

    void bothNamedPartiesBoundIsMutual()
    {
        QString text = namedOneWay;
        text +=
            u"4. Acme shall keep all confidential information received from Beta secret and shall not disclose it to any person.\n"_s;
        QVERIFY(!findingFor(review(text, Side::Receiving), u"mutuality"_s));
        const QString eachParty =
            u"This Agreement is made between Acme Ltd of London and Beta Ltd of Leeds.\n"
            "1. Each party shall keep the confidential information of the other secret and shall not disclose it to "
            "any person.\n"
            "2. Beta shall keep the confidential information received from Acme secret and shall not disclose it.\n"
            "3. Beta agrees to protect the confidential information with reasonable care.\n"_s;
        QVERIFY(!findingFor(review(eachParty, Side::Receiving), u"mutuality"_s));
    }
};

QTEST_GUILESS_MAIN(TestForumMutuality)
#include "tst_forum_mutuality.moc"
