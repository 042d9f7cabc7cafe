// SPDX-License-Identifier: GPL-3.0-or-later
// Permitted recipients and the standard of care on hand-made agreements: the document's own list
// is completed with the fewest words, and market wording is left alone.
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

const QString opening = u"This Agreement is made between Acme Ltd (the \"Disclosing Party\") and Beta Ltd (the \"Receiving Party\").\n"_s;

} // namespace

class TestRulesH8 final : public QObject {
    Q_OBJECT

private slots:
    void employeesOnlyGetAdvisersAndContractors()
    {
        const QString text = opening
            + u"1. The Receiving Party shall disclose Confidential Information only to those employees, officers and directors who need to know it.\n"_s;
        const auto f = findingFor(review(text, Side::Receiving), u"permitted-recipients"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"only to those employees, officers, directors, professional advisers and contractors who need to know it"_s),
                 qPrintable(f->proposedText));
    }

    void wideListIsAcceptable()
    {
        const QString text = opening
            + u"1. The Receiving Party may disclose Confidential Information to its employees, officers, professional advisers and contractors who need to know it.\n"_s;
        QVERIFY(!findingFor(review(text, Side::Receiving), u"permitted-recipients"_s));
    }

    void noCarveOutGetsOne()
    {
        const QString text = opening + u"1. The Receiving Party shall not disclose Confidential Information to any third party.\n"_s;
        const auto f = findingFor(review(text, Side::Receiving), u"permitted-recipients"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"to any third party, except to its employees, officers, professional advisers and contractors who need to know it"_s),
                 qPrintable(f->proposedText));
    }

    void highestCareBecomesOwnCare()
    {
        const QString text = opening
            + u"1. The Receiving Party shall protect the Confidential Information with the same care as it uses to protect its own most valuable trade secrets.\n"_s;
        const auto f = findingFor(review(text, Side::Receiving), u"standard-of-care"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"to protect its own confidential information of a similar nature."_s), qPrintable(f->proposedText));
        QVERIFY(!findingFor(review(text, Side::Disclosing), u"standard-of-care"_s));
    }

    void reasonableCareIsAcceptable()
    {
        const QString text = opening
            + u"1. The Receiving Party shall protect the Confidential Information with the degree of care it uses for its own confidential information, and no less than reasonable care.\n"_s;
        QVERIFY(!findingFor(review(text, Side::Receiving), u"standard-of-care"_s));
    }
};

QTEST_GUILESS_MAIN(TestRulesH8)
#include "tst_recipients_care.moc"
