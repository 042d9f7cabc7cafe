// SPDX-License-Identifier: GPL-3.0-or-later
// The use restriction from the receiving side, on hand-made agreements: use limited to evaluating
// alone, or only with the other side's consent, is raised as a point; a purpose that reaches the
// deal is left alone.
#include "rulecheck.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::Review;
using RuleCheck::findingFor;

namespace {

QString agreement(const QString &useClause)
{
    return u"This Agreement is made between Acme Ltd (the \"Disclosing Party\") and Beta Ltd (the \"Receiving "
           u"Party\").\n"
           "1. The Receiving Party shall keep the Confidential Information confidential.\n"
           "2. "_s
           + useClause + u"\n3. This Agreement is governed by the laws of England.\n"_s;
}

std::optional<Finding> purposeFinding(const QString &useClause, Side side = Side::Receiving)
{
    return findingFor(RuleCheck::reviewText(agreement(useClause), side), u"purpose"_s);
}

} // namespace

class TestPurposeUse final : public QObject {
    Q_OBJECT

private slots:
    void evaluatingAloneIsRaised()
    {
        const auto f =
            purposeFinding(u"The Receiving Party shall use the Confidential Information solely to internally "
                           "evaluate the possible Transaction and not for any other purpose."_s);
        QVERIFY(f);
        QVERIFY(f->edits.isEmpty()); // a point to raise: the deal's own words are the parties' to choose
        QVERIFY2(f->originalText.contains(u"solely to internally evaluate"_s), qPrintable(f->originalText));
        QVERIFY2(f->rationale.contains(u"negotiat"_s), qPrintable(f->rationale));
    }

    void evaluatingWhetherToTalkIsRaised()
    {
        QVERIFY(
            purposeFinding(u"The Confidential Information shall be used by the Receiving Party only for purposes of "
                           "evaluating whether it might have interest in discussing a business opportunity."_s));
    }

    void aPurposeThatReachesTheDealIsLeftAlone()
    {
        QVERIFY(!purposeFinding(u"The Receiving Party shall use the Confidential Information solely to evaluate, "
                                "negotiate and complete the possible Transaction."_s));
        QVERIFY(!purposeFinding(u"The Receiving Party shall use the Confidential Information only for the Purpose."_s));
    }

    void useOnlyWithConsentIsRaised()
    {
        const auto f = purposeFinding(u"The Receiving Party shall make no commercial use of the Confidential "
                                      u"Information without the prior written "
                                      "consent of the Disclosing Party."_s);
        QVERIFY(f);
        QVERIFY2(f->originalText.contains(u"without the prior written consent"_s), qPrintable(f->originalText));
        // With a purpose beside it, consent is only for other uses.
        QVERIFY(!purposeFinding(
            u"The Receiving Party shall use the Confidential Information only for the Purpose, and "
            "shall make no other use of it without the prior written consent of the Disclosing Party."_s));
    }

    void theDiscloserIsNotAskedToWidenIt()
    {
        QVERIFY(!purposeFinding(u"The Receiving Party shall use the Confidential Information solely to evaluate the "
                                "possible Transaction."_s,
                                Side::Disclosing));
    }
};

QTEST_GUILESS_MAIN(TestPurposeUse)
#include "tst_purpose_use.moc"
