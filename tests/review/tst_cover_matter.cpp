// SPDX-License-Identifier: GPL-3.0-or-later
// The operative agreement told apart from a cover letter or template instructions in front of it:
// nothing in the letter is reviewed or redlined, and the user is told so.
#include "rulecheck.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::Review;

namespace {

const QString agreement =
    u"MUTUAL NON-DISCLOSURE AGREEMENT\n"
    "This Agreement is made on 1 March 2026 between Acme Ltd (\"Acme\") and Beta Ltd (\"Beta\").\n"
    "1. Each party shall keep the other party's Confidential Information confidential for a period of [number] years.\n"
    "2. This Agreement is governed by the laws of England.\n"_s;

const QString letter = u"Dear Ms Shaw,\n"
                       "Please find attached our standard agreement. Please sign it and return it to us by [date].\n"
                       "Yours sincerely,\n"
                       "Tom Baker\n"_s;

bool mentions(const QList<Finding> &findings, const QString &words)
{
    for (const Finding &f : findings) {
        if (f.originalText.contains(words) || f.rationale.contains(words) || f.proposedText.contains(words))
            return true;
    }
    return false;
}

} // namespace

class TestCoverMatter final : public QObject {
    Q_OBJECT

private slots:
    void coverLetterIsNotReviewed()
    {
        const ReviewResult r = RuleCheck::reviewText(letter + agreement, Side::Receiving);
        QVERIFY(!r.clauses.isEmpty() && !r.clauses.first().operative);
        QVERIFY2(r.notes.join(u' ').contains(u"cover letter or instructions: its first 4 paragraphs"_s),
                 qPrintable(r.notes.join(u' ')));
        // The letter's blank is the sender's business; the agreement's blank is still raised.
        QVERIFY(!mentions(r.findings, u"[date]"_s));
        QVERIFY(mentions(r.findings, u"[number]"_s));
        for (const Finding &f : r.findings)
            QVERIFY2(f.clause < 0 || r.clauses.at(f.clause).operative, qPrintable(f.issueId));
    }

    void instructionsAreNotReviewed()
    {
        const QString instructions =
            u"How to use this template\n"
            "Replace every [bracketed] item and delete these instructions before you send it.\n"_s;
        const ReviewResult r = RuleCheck::reviewText(instructions + agreement, Side::Receiving);
        QVERIFY(!mentions(r.findings, u"[bracketed]"_s));
        QVERIFY(mentions(r.findings, u"[number]"_s));
    }

    void anAgreementAloneIsAllReviewed()
    {
        const ReviewResult r = RuleCheck::reviewText(agreement, Side::Receiving);
        QVERIFY(r.notes.filter(u"cover letter"_s).isEmpty());
        for (const Clause &c : r.clauses)
            QVERIFY(c.operative);
        // Text in front of the preamble that is no letter or instruction stays part of it.
        const ReviewResult prefixed =
            RuleCheck::reviewText(u"Reference: NDA-2026-114\n"_s + agreement, Side::Receiving);
        for (const Clause &c : prefixed.clauses)
            QVERIFY(c.operative);
    }
};

QTEST_GUILESS_MAIN(TestCoverMatter)
#include "tst_cover_matter.moc"
