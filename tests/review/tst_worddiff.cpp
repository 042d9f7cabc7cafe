// SPDX-License-Identifier: GPL-3.0-or-later
// The word diff that turns a revised clause into minimal tracked changes.

#include "review/worddiff.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using Redliner::Docx::Edit;
using Redliner::Review::applyEdits;
using Redliner::Review::wordDiff;

namespace {

// The original text an edit replaces.
QString replaced(const QString &original, const Edit &e, qint32 offset = 0)
{
    return original.mid(e.start - offset, e.end - e.start);
}

bool splitsSurrogate(const QString &text, qsizetype at)
{
    return at > 0 && at < text.size() && text.at(at).isLowSurrogate() && text.at(at - 1).isHighSurrogate();
}

// The properties every diff must have: it reproduces the revision, its edits are in order, apart
// (a word between neighbours, otherwise they would have been merged) and never cut a character.
void checkDiff(const QString &original, const QString &revised, qint32 offset = 0)
{
    const QList<Edit> edits = wordDiff(original, revised, offset);
    QCOMPARE(applyEdits(original, edits, offset), revised);
    for (qsizetype k = 0; k < edits.size(); ++k) {
        const Edit &e = edits[k];
        QVERIFY2(e.start >= offset && e.start <= e.end && e.end <= offset + original.size(), qPrintable(original));
        QVERIFY(e.start < e.end || !e.text.isEmpty());
        QVERIFY(!splitsSurrogate(original, e.start - offset));
        QVERIFY(!splitsSurrogate(original, e.end - offset));
        QVERIFY(e.text.isEmpty() || !e.text.front().isLowSurrogate());
        QVERIFY(e.text.isEmpty() || !e.text.back().isHighSurrogate());
        if (k > 0) {
            const QString gap = original.mid(edits[k - 1].end - offset, e.start - edits[k - 1].end);
            QVERIFY2(gap.contains(u'\n') || std::any_of(gap.begin(), gap.end(), [](QChar c) { return c.isLetterOrNumber(); }),
                     qPrintable(u"edits not merged across \""_s + gap + u"\" in: "_s + original));
        }
    }
}

QStringList sampleSentences()
{
    QFile file(QStringLiteral(REDLINER_SOURCE_DIR "/resources/samples/sample-nda.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList sentences;
    static const QRegularExpression boundary(u"(?<=[.;:])\\s+"_s);
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        for (const QString &s : line.split(boundary, Qt::SkipEmptyParts)) {
            if (s.count(u' ') >= 4 && !s.startsWith(u'|'))
                sentences.append(s.trimmed());
        }
    }
    return sentences;
}

} // namespace

class TestWordDiff : public QObject {
    Q_OBJECT

private slots:
    void fiveYearsIsOneReplacement()
    {
        const QString original = u"This Agreement shall remain in effect for a period of five (5) years from the Effective Date."_s;
        const QString revised = u"This Agreement shall remain in effect for a period of three (3) years from the Effective Date."_s;
        const QList<Edit> edits = wordDiff(original, revised);
        QCOMPARE(edits.size(), 1);
        QCOMPARE(replaced(original, edits[0]), u"five (5)"_s);
        QCOMPARE(edits[0].text, u"three (3)"_s);
        QVERIFY(edits[0].comment.isEmpty());
        checkDiff(original, revised);
    }

    void offsetShiftsPositions()
    {
        const QString original = u"for five (5) years"_s;
        const QList<Edit> edits = wordDiff(original, u"for three (3) years"_s, 1000);
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits[0].start, 1004);
        QCOMPARE(edits[0].end, 1012);
        QCOMPARE(applyEdits(original, edits, 1000), u"for three (3) years"_s);
    }

    void identicalTextsGiveNoEdits()
    {
        QVERIFY(wordDiff(u""_s, u""_s).isEmpty());
        const QString text = u"The Receiving Party shall hold all Confidential Information in confidence."_s;
        QVERIFY(wordDiff(text, text).isEmpty());
        QVERIFY(wordDiff(text, QString(text), 42).isEmpty());
    }

    void insertOnly()
    {
        const QString original = u"The Receiving Party shall not disclose Confidential Information."_s;
        const QString revised = u"The Receiving Party shall not knowingly disclose Confidential Information."_s;
        const QList<Edit> edits = wordDiff(original, revised);
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits[0].start, edits[0].end);
        QCOMPARE(edits[0].text.trimmed(), u"knowingly"_s);
        checkDiff(original, revised);

        const QList<Edit> fromNothing = wordDiff(u""_s, u"New clause."_s, 7);
        QCOMPARE(fromNothing.size(), 1);
        QCOMPARE(fromNothing[0].start, 7);
        QCOMPARE(fromNothing[0].end, 7);
        QCOMPARE(fromNothing[0].text, u"New clause."_s);
        checkDiff(u"Term."_s, u"Term. The obligations survive for two (2) years."_s);
    }

    void deleteOnly()
    {
        const QString original = u"protect the Confidential Information with the highest degree of care;"_s;
        const QString revised = u"protect the Confidential Information with the degree of care;"_s;
        const QList<Edit> edits = wordDiff(original, revised);
        QCOMPARE(edits.size(), 1);
        QVERIFY(edits[0].text.isEmpty());
        QCOMPARE(replaced(original, edits[0]).trimmed(), u"highest"_s);
        checkDiff(original, revised);

        const QList<Edit> all = wordDiff(u"Delete me."_s, u""_s);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].start, 0);
        QCOMPARE(all[0].end, 10);
        QVERIFY(all[0].text.isEmpty());
    }

    void punctuation()
    {
        const QString original = u"its affiliates, contractors and advisers"_s;
        const QList<Edit> semicolon = wordDiff(original, u"its affiliates; contractors and advisers"_s);
        QCOMPARE(semicolon.size(), 1);
        QCOMPARE(replaced(original, semicolon[0]), u","_s);
        QCOMPARE(semicolon[0].text, u";"_s);

        // A change inside quotes stays inside them.
        const QString quoted = u"\"Confidential Information\" means"_s;
        const QList<Edit> term = wordDiff(quoted, u"\"Proprietary Information\" means"_s);
        QCOMPARE(term.size(), 1);
        QCOMPARE(replaced(quoted, term[0]), u"Confidential"_s);

        // A change that opens a bracket takes in the one that closes it.
        const QString bracket = u"within ten days of the request"_s;
        checkDiff(bracket, u"within ten (10) days of the request"_s);
        const QString lettered = u"the exceptions in (a) and (b) apply"_s;
        const QList<Edit> letter = wordDiff(lettered, u"the exceptions in (a) and (c) apply"_s);
        QCOMPARE(letter.size(), 1);
        QCOMPARE(replaced(lettered, letter[0]), u"b"_s);

        // Words changed with only a space between them read as one change...
        const QString period = u"for a period of five years from"_s;
        const QList<Edit> merged = wordDiff(period, u"for a period of three months from"_s);
        QCOMPARE(merged.size(), 1);
        QCOMPARE(replaced(period, merged[0]), u"five years"_s);
        QCOMPARE(merged[0].text, u"three months"_s);
        // ...but a word that stays keeps the changes apart.
        const QString fox = u"the quick brown fox"_s;
        QCOMPARE(wordDiff(fox, u"the slow brown dog"_s).size(), 2);
        // Only the changed word, never the whole paragraph.
        const QString sentence = u"The Disclosing Party may assign this Agreement to any person without consent."_s;
        const QList<Edit> one = wordDiff(sentence, u"The Disclosing Party may assign this Agreement to any Affiliate without consent."_s);
        QCOMPARE(one.size(), 1);
        QCOMPARE(replaced(sentence, one[0]), u"person"_s);
    }

    void paragraphMarksStayPut()
    {
        // Changes on both sides of a paragraph mark stay two edits: neither deletes the mark.
        const QString original = u"The term is five years.\nThe law is English law."_s;
        const QString revised = u"The term is three months;\nthe law is English law."_s;
        const QList<Edit> edits = wordDiff(original, revised);
        QCOMPARE(edits.size(), 2);
        for (const Edit &e : edits) {
            QVERIFY(!e.text.contains(u'\n'));
            QVERIFY(!replaced(original, e).contains(u'\n'));
        }
        checkDiff(original, revised);
        // A new paragraph is inserted whole.
        const QList<Edit> added = wordDiff(u"One.\nTwo."_s, u"One.\nNew.\nTwo."_s);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0].start, added[0].end);
        checkDiff(u"One.\nTwo."_s, u"One.\nNew.\nTwo."_s);
    }

    void surrogatePairsStayWhole()
    {
        // U+1F600 and U+1F603 share their high surrogate; U+1D49C is a letter outside the BMP.
        const QString original = u"Party \U0001F600 shall sign \U0001D49Cbc here"_s;
        const QString revised = u"Party \U0001F603 shall sign \U0001D49Cbd here"_s;
        const QList<Edit> edits = wordDiff(original, revised);
        QCOMPARE(edits.size(), 2);
        QCOMPARE(replaced(original, edits[0]), u"\U0001F600"_s);
        QCOMPARE(edits[0].text, u"\U0001F603"_s);
        QCOMPARE(replaced(original, edits[1]), u"\U0001D49Cbc"_s);  // the word is the unit
        checkDiff(original, revised);
        checkDiff(u"\U0001F600\U0001F600"_s, u"\U0001F600\U0001F601\U0001F600"_s);
        checkDiff(u"a\U0001D49C"_s, u"a\U0001D49D"_s);
    }

    // 2,000 random word-level changes to the sample NDA's sentences (fixed seed: reproducible).
    void randomMutationsRoundTrip()
    {
        const QStringList sentences = sampleSentences();
        QVERIFY2(sentences.size() > 20, "resources/samples/sample-nda.md is missing");
        QStringList vocabulary;
        for (const QString &s : sentences)
            vocabulary += s.split(u' ', Qt::SkipEmptyParts);
        vocabulary += {u"(10)"_s, u"\"Party\""_s, u"\U0001F600"_s, u"\U0001D49Cx"_s, u"—"_s, u"Affiliates,"_s};

        QRandomGenerator random(20250303);
        for (int round = 0; round < 2000; ++round) {
            const QString original = sentences.at(random.bounded(int(sentences.size())));
            QStringList words = original.split(u' ');
            const int mutations = 1 + random.bounded(4);
            for (int m = 0; m < mutations; ++m) {
                const int at = random.bounded(int(words.size()));
                const QString word = vocabulary.at(random.bounded(int(vocabulary.size())));
                switch (random.bounded(5)) {
                case 0: words[at] = word; break;
                case 1: if (words.size() > 1) words.removeAt(at); break;
                case 2: words.insert(at, word); break;
                case 3: words[at] = words[at] + u","_s; break;
                default: words[at] = words[at].toUpper(); break;
                }
            }
            const QString revised = words.join(u' ');
            checkDiff(original, revised, qint32(round));
            if (QTest::currentTestFailed()) {
                qWarning("round %d:\n  %s\n  %s", round, qPrintable(original), qPrintable(revised));
                return;
            }
            QVERIFY(wordDiff(original, revised).size() <= 2 * mutations);
        }
    }

    void unrelatedTextsStillDiff()
    {
        // Two long texts with nothing in common: linear memory, one replacement.
        QString a, b;
        for (int i = 0; i < 2500; ++i) {
            a += u"alpha"_s + QString::number(i) + u' ';
            b += u"beta"_s + QString::number(i) + u'\n';
        }
        checkDiff(a, b);
    }

    void fewChangesInALongClauseAreFast()
    {
        const QStringList sentences = sampleSentences();
        QVERIFY(!sentences.isEmpty());
        QString clause;
        for (int i = 0; clause.count(u' ') < 3000; ++i)
            clause += sentences.at(i % sentences.size()) + u' ';
        QString revised = clause;
        revised.replace(400, 4, u"word"_s);
        revised.replace(revised.size() / 2, 0, u" inserted "_s);
        revised.replace(revised.size() - 300, 6, QString());
        checkDiff(clause, revised);

        qint64 best = std::numeric_limits<qint64>::max();
        for (int run = 0; run < 20; ++run) {
            QElapsedTimer timer;
            timer.start();
            const QList<Edit> edits = wordDiff(clause, revised);
            best = std::min(best, timer.nsecsElapsed());
            QVERIFY(!edits.isEmpty());
        }
        qInfo("3,000-word clause, 3 changes: %.3f ms", double(best) / 1e6);
        // The target is well under 1 ms; the bound leaves room for sanitizer and debug builds.
        QVERIFY2(best < 20'000'000, qPrintable(QString::number(double(best) / 1e6) + u" ms"_s));
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
