// SPDX-License-Identifier: GPL-3.0-or-later
// The offline reviewer on the bundled sample NDA: the classic problems planted in it are found for
// the receiving party, the changes are minimal tracked changes with rationale comments, the
// signature block is never touched, and the CLI writes the DOCX and the JSON report.
#include "docx/documentreader.h"
#include "docx/revisionwriter.h"
#include "review/reviewer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;
using namespace Redliner::Review;

namespace {

const Finding *findingFor(const ReviewResult &r, const QString &issue)
{
    for (const Finding &f : r.findings) {
        if (f.issueId == issue)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestReview final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto doc = Docx::DocumentReader::read(QStringLiteral(REDLINER_SAMPLE_NDA_DOCX));
        QVERIFY2(doc, qPrintable(doc.error().toString()));
        m_doc = doc.value();
        m_text = TextDocument::fromStory(m_doc.body);
    }

    void receivingPartyFindsThePlantedProblems()
    {
        const ReviewResult r = reviewDocument(m_text, Playbook::builtin(), {Side::Receiving});
        const QStringList expected{u"mutuality"_s, u"marking"_s, u"independent-development"_s, u"compelled-disclosure"_s,
                                   u"term"_s, u"survival"_s, u"return-destroy"_s, u"retention"_s, u"non-solicitation"_s,
                                   u"non-compete"_s, u"remedies"_s, u"liquidated-damages"_s, u"indemnity"_s,
                                   u"governing-law"_s, u"assignment"_s, u"permitted-recipients"_s, u"standard-of-care"_s};
        QStringList found;
        for (const Finding &f : r.findings)
            found << f.issueId;
        for (const QString &issue : expected)
            QVERIFY2(found.contains(issue), qPrintable(u"missing finding "_s + issue + u"; found "_s + found.join(u", "_s)));
        // What the sample gets right is not raised.
        for (const QString &issue : {u"exclusions"_s, u"no-licence"_s, u"residuals"_s, u"purpose"_s})
            QVERIFY2(!found.contains(issue), qPrintable(u"unexpected finding "_s + issue));
        // Ids in document order, every finding with a rationale and a title.
        for (qsizetype i = 0; i < r.findings.size(); ++i) {
            QCOMPARE(r.findings[i].id, u"F%1"_s.arg(i + 1));
            QVERIFY(!r.findings[i].rationale.isEmpty());
            QVERIFY(!r.findings[i].title.isEmpty());
        }
    }

    void editsAreMinimal()
    {
        const ReviewResult r = reviewDocument(m_text, Playbook::builtin(), {Side::Receiving});
        const Finding *term = findingFor(r, u"term"_s);
        QVERIFY(term);
        QCOMPARE(term->edits.size(), 1);
        const Docx::Edit &e = term->edits.first();
        QCOMPARE(m_text.text.mid(e.start, e.end - e.start), u"five (5) years"_s);
        QCOMPARE(e.text, u"twenty-four (24) months"_s);

        const Finding *remedies = findingFor(r, u"remedies"_s);
        QVERIFY(remedies);
        QVERIFY(remedies->proposedText.contains(u"may seek injunctive relief"_s));
        for (const Docx::Edit &edit : remedies->edits)
            QVERIFY2(edit.end - edit.start < 60, "a phrase-level fix must not rewrite the clause");

        const Finding *independent = findingFor(r, u"independent-development"_s);
        QVERIFY(independent);
        QCOMPARE(independent->edits.size(), 1);
        QVERIFY(independent->edits.first().text.startsWith(u"\n"_s));  // a new item (d) of the exclusions list
        QVERIFY(independent->edits.first().text.contains(u"independently develop"_s));
    }

    void signatureBlockNeverEdited()
    {
        for (Side side : {Side::Receiving, Side::Disclosing, Side::Mutual}) {
            const ReviewResult r = reviewDocument(m_text, Playbook::builtin(), {side});
            const auto signature = std::find_if(r.clauses.cbegin(), r.clauses.cend(), [](const Clause &c) { return c.isSignature(); });
            QVERIFY(signature != r.clauses.cend());
            for (const Finding &f : r.findings) {
                for (const Docx::Edit &e : f.edits)
                    QVERIFY2(e.end <= signature->start && e.start <= signature->start,
                             qPrintable(f.issueId));
            }
        }
    }

    void disclosingPartyWantsOtherThings()
    {
        const ReviewResult r = reviewDocument(m_text, Playbook::builtin(), {Side::Disclosing});
        QStringList found;
        for (const Finding &f : r.findings)
            found << f.issueId;
        // A one-sided NDA in the discloser's favour: the receiving party's complaints vanish...
        for (const QString &issue : {u"non-solicitation"_s, u"liquidated-damages"_s, u"marking"_s, u"independent-development"_s})
            QVERIFY2(!found.contains(issue), qPrintable(issue));
        // ... and the discloser still wants its standard protections.
        for (const QString &issue : {u"no-licence"_s, u"no-warranty"_s})
            QVERIFY2(found.contains(issue), qPrintable(u"missing "_s + issue + u" in "_s + found.join(u", "_s)));
    }

    void cliWritesRedlineAndReport()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out.docx"_s);
        const QString report = dir.filePath(u"report.json"_s);
        QProcess cli;
        cli.start(QStringLiteral(REDLINER_CLI), {u"review"_s, QStringLiteral(REDLINER_SAMPLE_NDA_DOCX), u"-o"_s, out,
                                                 u"--report"_s, report, u"--author"_s, u"Reviewer"_s});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(u"side"_s).toString(), u"receiving"_s);
        QCOMPARE(json.value(u"provider"_s).toString(), u"offline"_s);
        const QJsonArray findings = json.value(u"findings"_s).toArray();
        QVERIFY(findings.size() >= 12);
        int written = 0;
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            for (const char *key : {"id", "severity", "title", "clause", "original", "proposed", "rationale", "edits"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
            written += f.value(u"written"_s).toBool();
        }
        QVERIFY(written >= 12);

        auto redlined = Docx::DocumentReader::read(out);
        QVERIFY(redlined);
        const QString text = redlined.value().body.text;
        QVERIFY(text.contains(u"twenty-four (24) months from the Effective Date"_s));
        QVERIFY(text.contains(u"may seek injunctive relief"_s));
        QVERIFY(!text.contains(u"in perpetuity"_s));
        QCOMPARE(redlined.value().comments.size(), 1);
        QVERIFY(redlined.value().comments.first().text.count(u'\n') >= written);
        QVERIFY(redlined.value().body.xml.contains(u"w:author=\"Reviewer\""_s));
        // The new clause continues the document's numbering.
        QStringList labels;
        for (const auto &p : redlined.value().body.paragraphs)
            labels << p.listLabel;
        QVERIFY2(labels.contains(u"15."_s), qPrintable(labels.join(u' ')));
    }

    void noCommentsOption()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out.docx"_s);
        QProcess cli;
        cli.start(QStringLiteral(REDLINER_CLI), {u"review"_s, QStringLiteral(REDLINER_SAMPLE_NDA_DOCX), u"-o"_s, out,
                                                 u"--no-comments"_s, u"--side"_s, u"mutual"_s});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        auto redlined = Docx::DocumentReader::read(out);
        QVERIFY(redlined);
        QVERIFY(redlined.value().comments.isEmpty());
        QVERIFY(redlined.value().body.xml.contains(u"<w:ins "_s));
    }

    void badPlaybookIsReported()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\n  \"name\": \"x\",\n  \"version\": \"1\",\n  \"issues\": [ { \"id\": \"term\", \"severity\": \"urgent\" } ]\n}\n");
        bad.close();
        QProcess cli;
        cli.start(QStringLiteral(REDLINER_CLI), {u"review"_s, QStringLiteral(REDLINER_SAMPLE_NDA_DOCX), u"-o"_s,
                                                 dir.filePath(u"out.docx"_s), u"--playbook"_s, bad.fileName()});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 3);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(u"bad.json:4"_s) && err.contains(u"severity"_s), qPrintable(err));
        QVERIFY(!QFile::exists(dir.filePath(u"out.docx"_s)));
    }

    // ---- obligation rules (breach notice, representatives, fees, audit, personal data) ----

    static ReviewResult reviewText(const QString &body, Side side)
    {
        const QString text = u"MUTUAL NON-DISCLOSURE AGREEMENT\n"
                             "1. Confidentiality. The Receiving Party shall keep the Confidential Information of the Disclosing Party confidential.\n"_s
            + body + u"\nIN WITNESS WHEREOF the parties have signed this Agreement.\n"_s;
        return reviewDocument(TextDocument::fromPlainText(text), Playbook::builtin(), {side});
    }

    void obligationBreachNoticeMadePromptAndActual()
    {
        ReviewResult r = reviewText(u"2. Notice. If the Receiving Party becomes aware that Confidential Information has been or likely has been "
                                    "disclosed in violation of this Agreement, it shall immediately notify the Disclosing Party."_s,
                                    Side::Receiving);
        const Finding *f = findingFor(r, u"breach-notice"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"has been disclosed in violation of this Agreement, it shall promptly notify"_s),
                 qPrintable(f->proposedText));
        // Prompt notice of what the party knows is market: nothing to raise.
        r = reviewText(u"2. Notice. The Receiving Party shall promptly notify the Disclosing Party of any unauthorized use or "
                       "disclosure of which it becomes aware."_s, Side::Receiving);
        QVERIFY(!findingFor(r, u"breach-notice"_s));
        // The discloser wants the duty when it is missing, and not when it is there.
        QVERIFY(!findingFor(r = reviewText(u"2. Notice. The Receiving Party shall promptly notify the Disclosing Party of any "
                                           "unauthorized use or disclosure."_s, Side::Disclosing), u"breach-notice"_s));
        r = reviewText(u"2. Use. The Receiving Party shall use the Confidential Information only for the Purpose."_s, Side::Disclosing);
        f = findingFor(r, u"breach-notice"_s);
        QVERIFY(f);
        QVERIFY(!f->edits.isEmpty());
    }

    void obligationRepresentativesNeedNoSeparateUndertakings()
    {
        ReviewResult r = reviewText(u"2. Employees. Each employee to whom Confidential Information is disclosed shall sign a non-disclosure "
                                    "agreement substantially the same as this Agreement."_s, Side::Receiving);
        const Finding *f = findingFor(r, u"representatives-liability"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"Each employee to whom Confidential Information is disclosed shall be bound by written or "
                                          "professional obligations of confidentiality no less protective than this Agreement."_s),
                 qPrintable(f->proposedText));
        r = reviewText(u"2. Employees. The Receiving Party shall require its employees to execute a confidentiality agreement "
                       "containing terms at least as stringent as this Agreement."_s, Side::Receiving);
        f = findingFor(r, u"representatives-liability"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"shall ensure that its employees are bound by written"_s), qPrintable(f->proposedText));
        // Professional duties already suffice: nothing to raise; the parties' own signatures are no condition.
        r = reviewText(u"2. Employees. The Receiving Party may disclose to employees bound by a signed non-disclosure agreement or "
                       "equivalent professional duties."_s, Side::Receiving);
        QVERIFY(!findingFor(r, u"representatives-liability"_s));
    }

    void obligationOneSidedFeesMadeMutual()
    {
        ReviewResult r = reviewText(u"2. Fees. In any action under this Agreement, should it prevail, Disclosing Party shall be entitled to "
                                    "recover reasonable attorneys' fees."_s, Side::Receiving);
        const Finding *f = findingFor(r, u"legal-fees"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"under this Agreement, the prevailing party shall be entitled to recover reasonable"_s),
                 qPrintable(f->proposedText));
        r = reviewText(u"2. Fees. The prevailing party shall be entitled to recover its reasonable attorneys' fees."_s, Side::Receiving);
        QVERIFY(!findingFor(r, u"legal-fees"_s));
    }

    void obligationAuditLimited()
    {
        ReviewResult r = reviewText(u"2. Audit. The Disclosing Party retains the right to audit the Receiving Party to ensure compliance."_s,
                                    Side::Receiving);
        const Finding *f = findingFor(r, u"audit"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"retains the right, on reasonable prior written notice, during normal business hours"_s),
                 qPrintable(f->proposedText));
        QVERIFY(f->proposedText.contains(u"period (except after a breach), to audit the Receiving Party"_s));
        r = reviewText(u"2. Audit. On reasonable prior notice the Disclosing Party may audit the Receiving Party."_s, Side::Receiving);
        QVERIFY(!findingFor(r, u"audit"_s));
    }

    void obligationSecurityStandardsFixed()
    {
        ReviewResult r = reviewText(u"2. Security. The Receiving Party shall apply administrative and technical security measures to the "
                                    "Disclosing Party's standards."_s, Side::Receiving);
        const Finding *f = findingFor(r, u"data-protection"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"measures consistent with the Disclosing Party's written standards provided before the date"_s),
                 qPrintable(f->proposedText));
        r = reviewText(u"2. Security. The Receiving Party shall apply reasonable security measures."_s, Side::Receiving);
        QVERIFY(!findingFor(r, u"data-protection"_s));
    }

    // Term and survival (termdrafting.cpp): open-ended obligations get the playbook's period and
    // a trade-secret carve-out, in the sentence's own grammar; a market period stays silent.
    void lifecycleSurvivalBounded()
    {
        const QString use = u"1. Use. The Receiving Party shall use the Confidential Information only for the Purpose.\n"_s;
        ReviewResult r = reviewText(use + u"2. Survival. The obligations of the Receiving Party shall survive the termination of this Agreement."_s,
                                    Side::Receiving);
        const Finding *f = findingFor(r, u"survival"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"shall survive the termination of this Agreement for twenty-four (24) months, except that "
                                          "obligations concerning trade secrets continue for as long as they remain trade secrets."_s),
                 qPrintable(f->proposedText));
        r = reviewText(use + u"2. Term. The Receiving Party shall keep the Confidential Information confidential for as long as it is not "
                             "publicly known."_s, Side::Receiving);
        QVERIFY(f = findingFor(r, u"survival"_s));
        QVERIFY2(f->proposedText.contains(u"confidential for twenty-four (24) months from the date of disclosure and, for trade secrets, "
                                          "for as long as they remain trade secrets."_s), qPrintable(f->proposedText));
        r = reviewText(use + u"2. Term. Termination of this Agreement shall not relieve the Receiving Party of its obligations regarding "
                             "Confidential Information."_s, Side::Receiving);
        QVERIFY(f = findingFor(r, u"survival"_s));
        QVERIFY2(f->proposedText.contains(u"shall not, for twenty-four (24) months thereafter, relieve the Receiving Party"_s),
                 qPrintable(f->proposedText));
        // "a period of five (5) years" keeps its "of".
        r = reviewText(use + u"2. Term. This Agreement shall remain in effect for a period of five (5) years."_s, Side::Receiving);
        QVERIFY(f = findingFor(r, u"term"_s));
        QVERIFY2(f->proposedText.contains(u"for a period of twenty-four (24) months."_s), qPrintable(f->proposedText));
        r = reviewText(use + u"2. Term. The obligations of the Receiving Party shall continue for two (2) years after termination, and "
                             "for trade secrets for as long as they remain trade secrets."_s, Side::Receiving);
        QVERIFY(!findingFor(r, u"survival"_s));
        QVERIFY(!findingFor(r, u"term"_s));
    }

    void lifecycleTermMissingOrWithoutTradeSecrets()
    {
        ReviewResult r = reviewText(u"1. Use. The Receiving Party shall use the Confidential Information only for the Purpose."_s, Side::Receiving);
        const Finding *f = findingFor(r, u"term"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"shall continue for twenty-four (24) months from the date of disclosure"_s), qPrintable(f->proposedText));
        // For the discloser a fixed end must not end the protection of trade secrets.
        r = reviewText(u"1. Term. The obligations of the Receiving Party under this Agreement shall expire three (3) years after the "
                       "Effective Date."_s, Side::Disclosing);
        QVERIFY(f = findingFor(r, u"term"_s));
        QVERIFY2(f->proposedText.contains(u"Effective Date. Notwithstanding the foregoing, the obligations concerning any Confidential "
                                          "Information that is a trade secret continue"_s), qPrintable(f->proposedText));
    }

    // Return or destruction (returndrafting.cpp).
    void lifecycleReturnGivenTimeAndChoice()
    {
        ReviewResult r = reviewText(u"3. Return. The Receiving Party shall immediately return all Confidential Information upon the "
                                    "Disclosing Party's request."_s, Side::Receiving);
        const Finding *f = findingFor(r, u"return-destroy"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"shall within thirty (30) days return (or, at its option, destroy) all Confidential Information"_s),
                 qPrintable(f->proposedText));
        r = reviewText(u"3. Return. All Confidential Information shall be returned to the Disclosing Party upon request."_s, Side::Receiving);
        QVERIFY(f = findingFor(r, u"return-destroy"_s));
        QVERIFY2(f->proposedText.contains(u"shall be returned (or, at the Receiving Party's option, destroyed) within thirty (30) days to "
                                          "the Disclosing Party"_s), qPrintable(f->proposedText));
        r = reviewText(u"3. Return. The Receiving Party shall return or destroy all Confidential Information within three (3) days of "
                       "request."_s, Side::Receiving);
        QVERIFY(f = findingFor(r, u"return-destroy"_s));
        QVERIFY2(f->proposedText.contains(u"within thirty (30) days of request"_s), qPrintable(f->proposedText));
        // Return or destroy at the recipient's choice, promptly on request: market.
        r = reviewText(u"3. Return. Upon the Disclosing Party's written request, the Receiving Party shall promptly return or destroy all "
                       "Confidential Information."_s, Side::Receiving);
        QVERIFY(!findingFor(r, u"return-destroy"_s));
        // The discloser wants a certificate.
        r = reviewText(u"3. Return. Upon request, the Receiving Party shall return or destroy all Confidential Information."_s, Side::Disclosing);
        QVERIFY(f = findingFor(r, u"return-destroy"_s));
        QVERIFY2(f->proposedText.contains(u"Confidential Information. The Receiving Party shall certify in writing to the Disclosing Party "
                                          "that it has done so."_s), qPrintable(f->proposedText));
        r = reviewText(u"3. Return. Upon request, the Receiving Party shall return or destroy all Confidential Information and certify "
                       "in writing that it has done so."_s, Side::Disclosing);
        QVERIFY(!findingFor(r, u"return-destroy"_s));
    }

    void lifecycleRetentionExceptsBackups()
    {
        ReviewResult r = reviewText(u"3. Return. Upon request, the Receiving Party shall return or destroy all Confidential Information, "
                                    "except that it may retain one archival copy."_s, Side::Receiving);
        const Finding *f = findingFor(r, u"retention"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"one archival copy. The Receiving Party is not required to return or destroy copies"_s),
                 qPrintable(f->proposedText));
        r = reviewText(u"3. Devices. The Receiving Party shall expunge all Confidential Information from its computers at the Disclosing "
                       "Party's request."_s, Side::Receiving);
        QVERIFY(f = findingFor(r, u"retention"_s));
        QVERIFY(f->proposedText.contains(u"automatic electronic backup systems"_s));
        r = reviewText(u"3. Return. Upon request, the Receiving Party shall return or destroy all Confidential Information, except "
                       "copies held in automatic backup systems or required to be retained by law."_s, Side::Receiving);
        QVERIFY(!findingFor(r, u"retention"_s));
    }

    // Compelled disclosure (compelleddrafting.cpp).
    void lifecycleCompelledNoticeQualified()
    {
        ReviewResult r = reviewText(u"4. Required Disclosure. The Receiving Party may disclose Confidential Information to the extent "
                                    "required by law, provided that it gives the Disclosing Party not less than five business days' notice."_s,
                                    Side::Receiving);
        const Finding *f = findingFor(r, u"compelled-disclosure"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"provided that, to the extent legally permitted, it gives the Disclosing Party prompt notice."_s),
                 qPrintable(f->proposedText));
        r = reviewText(u"4. Required Disclosure. If the Receiving Party is required by a court order to disclose Confidential Information, "
                       "it shall promptly notify the Disclosing Party."_s, Side::Receiving);
        QVERIFY(f = findingFor(r, u"compelled-disclosure"_s));
        QVERIFY2(f->proposedText.contains(u"it shall, to the extent legally permitted, promptly notify the Disclosing Party."_s),
                 qPrintable(f->proposedText));
        const QString market = u"4. Required Disclosure. The Receiving Party may disclose Confidential Information to the extent required "
                               "by law, provided that, to the extent legally permitted, it gives the Disclosing Party prompt notice and "
                               "reasonably cooperates with any effort to obtain a protective order."_s;
        QVERIFY(!findingFor(reviewText(market, Side::Receiving), u"compelled-disclosure"_s));
        QVERIFY(!findingFor(reviewText(market, Side::Disclosing), u"compelled-disclosure"_s));
        // For the discloser, a carve-out without notice or cooperation gets both.
        r = reviewText(u"4. Exclusions. The obligations do not apply to information that the Receiving Party is required by law to "
                       "disclose."_s, Side::Disclosing);
        QVERIFY(f = findingFor(r, u"compelled-disclosure"_s));
        QVERIFY2(f->proposedText.contains(u"it shall, where lawful, give the Disclosing Party prompt written notice"_s), qPrintable(f->proposedText));
    }

    void lifecycleTradeSecretsOnlyAndFinalOrders()
    {
        const QString onlySecrets = u"1. Term. The Receiving Party's duty to hold the Confidential Information in confidence shall remain "
                                    "in effect until such information no longer qualifies as a trade secret."_s;
        // The discloser: information that is not a trade secret would get no protection at all.
        ReviewResult r = reviewText(onlySecrets, Side::Disclosing);
        const Finding *f = findingFor(r, u"term"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"shall remain in effect for twenty-four (24) months from the date of disclosure and, for trade "
                                          "secrets, until such information no longer qualifies as a trade secret."_s), qPrintable(f->proposedText));
        // The recipient: the same clause is open-ended.
        r = reviewText(onlySecrets, Side::Receiving);
        QVERIFY(f = findingFor(r, u"survival"_s));
        QVERIFY2(f->proposedText.contains(u"shall remain in effect for twenty-four (24) months from the date of disclosure and, for trade "
                                          "secrets, for as long as they remain trade secrets."_s), qPrintable(f->proposedText));
        r = reviewText(u"4. Required Disclosure. If the Receiving Party is required by a final, non-appealable court order to disclose "
                       "Confidential Information, it shall, where lawful, notify the Disclosing Party."_s, Side::Receiving);
        QVERIFY(f = findingFor(r, u"compelled-disclosure"_s));
        QVERIFY2(f->proposedText.contains(u"required by a final court order to disclose"_s), qPrintable(f->proposedText));
        // Tangible copies returned, a certificate for electronic ones: no choice to destroy.
        r = reviewText(u"3. Return. The Receiving Party shall promptly return all tangible information and confirm destruction of all "
                       "information held electronically."_s, Side::Receiving);
        QVERIFY(f = findingFor(r, u"return-destroy"_s));
        QVERIFY2(f->proposedText.contains(u"shall return (or, at its option, destroy) within thirty (30) days all tangible information"_s),
                 qPrintable(f->proposedText));
    }

    void lifecycleRetentionLimitedForDiscloser()
    {
        ReviewResult r = reviewText(u"3. Return. Upon request, the Receiving Party shall return or destroy all Confidential Information, "
                                    "but it may retain Confidential Information in accordance with its record retention policies."_s,
                                    Side::Disclosing);
        const Finding *f = findingFor(r, u"retention"_s);
        QVERIFY(f);
        QVERIFY2(f->proposedText.contains(u"retention policies. Retention is limited to copies held in automatic electronic backup systems"_s),
                 qPrintable(f->proposedText));
        r = reviewText(u"3. Return. Upon request, the Receiving Party shall return or destroy all Confidential Information, except "
                       "copies required to be retained by law."_s, Side::Disclosing);
        QVERIFY(!findingFor(r, u"retention"_s));
    }

private:
    Docx::Document m_doc;
    TextDocument m_text;
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
