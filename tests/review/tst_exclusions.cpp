// SPDX-License-Identifier: GPL-3.0-or-later
// Exclusions and independent development: only the missing exclusion is added, as the next item
// of the document's own list; complete lists stay silent; a no-access test becomes use or reference.
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

const Finding *find(const ReviewResult &r, const QString &id)
{
    for (const Finding &f : r.findings) {
        if (f.issueId == id)
            return &f;
    }
    return nullptr;
}

QString inserted(const Finding &f)
{
    QString out;
    for (const Docx::Edit &e : f.edits)
        out += e.text;
    return out;
}

const QString head = u"MUTUAL NON-DISCLOSURE AGREEMENT\n1. Definition. \"Confidential Information\" means all information disclosed by the Disclosing Party to the Receiving Party.\n"
                     u"2. Exclusions. Confidential Information does not include information that:\n"_s;
const QString tail = u"3. Obligations. The Receiving Party shall keep the Confidential Information confidential.\n"_s;

} // namespace

class TestRulesH9 final : public QObject {
    Q_OBJECT

private slots:
    void addsOnlyTheMissingExclusion()
    {
        const QString text = head + u"(a) is or becomes generally available to the public other than through a breach of this Agreement;\n"
                                    u"(b) was known to the Receiving Party before its disclosure; or\n"
                                    u"(c) is independently developed by the Receiving Party without use of the Confidential Information.\n"_s
            + tail;
        const ReviewResult r = review(text, Side::Receiving);
        const Finding *f = find(r, u"exclusions"_s);
        QVERIFY(f);
        const QString added = inserted(*f);
        QVERIFY2(added.contains(u"(d)"_s), qPrintable(added));
        QVERIFY2(added.contains(u"third party"_s), qPrintable(added));
        QVERIFY2(!added.contains(u"public"_s), qPrintable(added));
        QVERIFY(!find(r, u"independent-development"_s));
    }

    void completeListIsSilent()
    {
        const QString text = head + u"(a) is or becomes publicly available through no fault of the Receiving Party;\n"
                                    u"(b) is in the Receiving Party's possession prior to receipt from the Disclosing Party;\n"
                                    u"(c) is received from a third party free to disclose such information; or\n"
                                    u"(d) is independently developed by the Receiving Party without use of the Confidential Information.\n"_s
            + tail;
        const ReviewResult r = review(text, Side::Receiving);
        QVERIFY(!find(r, u"exclusions"_s));
        QVERIFY(!find(r, u"independent-development"_s));
    }

    void noAccessBecomesUseOrReference()
    {
        const QString text = head + u"(a) is or becomes publicly available through no fault of the Receiving Party;\n"
                                    u"(b) was known to the Receiving Party before its disclosure;\n"
                                    u"(c) is received from a third party free to disclose such information; or\n"
                                    u"(d) is independently developed by employees of the Receiving Party who did not have access to any Confidential Information.\n"_s
            + tail;
        const ReviewResult r = review(text, Side::Receiving);
        const Finding *f = find(r, u"independent-development"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"employees of the Receiving Party without use of or reference to the Confidential Information."_s),
                 qPrintable(f->proposedText));
        // The clean-team test favours the discloser: not raised on its behalf.
        QVERIFY(!find(review(text, Side::Disclosing), u"independent-development"_s));
    }
};

QTEST_GUILESS_MAIN(TestRulesH9)
#include "tst_exclusions.moc"
