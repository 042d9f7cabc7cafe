// SPDX-License-Identifier: GPL-3.0-or-later
//
// The playbook: the built-in default is complete and valid (Redliner qFatals otherwise), and a
// hand-edited playbook with a mistake is refused with a message that names the file, the line (and
// for broken JSON the column) and the field, so that a lawyer can find and fix it.

#include "review/jsonlocator.h"
#include "review/playbook.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;

namespace {

// A small valid playbook whose line numbers the error tests rely on:
//   1 {            5 issues[0] {      10 receiving      15 issues[1] {   19 positions
//   2 name         6 id               11 disclosing     16 id            20 receiving
//   3 version      7 title            12 mutual         17 title         21 disclosing
//   4 issues [     8 severity         13 }              18 severity      22 mutual
//                  9 positions        14 },
constexpr char validPlaybook[] = R"({
  "name": "Test playbook",
  "version": "1.0.0",
  "issues": [
    {
      "id": "remedies",
      "title": "Remedies",
      "severity": "medium",
      "positions": {
        "receiving": {"raise": true, "preferred": "p", "fallback": "f", "rationale": "r", "language": "may seek injunctive relief"},
        "disclosing": {"raise": false},
        "mutual": {"raise": false, "preferred": "balanced"}
      }
    },
    {
      "id": "publicity",
      "title": "Publicity",
      "severity": "low",
      "positions": {
        "receiving": {"raise": false},
        "disclosing": {"raise": true, "preferred": "p", "fallback": "f", "rationale": "r", "language": "No announcements."},
        "mutual": {"raise": false}
      }
    }
  ]
}
)";

QByteArray valid()
{
    return QByteArray(validPlaybook);
}

// The valid playbook with one textual change; the change must apply exactly once.
QByteArray edited(const char *from, const char *to)
{
    QByteArray json = valid();
    const qsizetype at = json.indexOf(from);
    if (at < 0 || json.indexOf(from, at + 1) >= 0)
        qFatal("test bug: '%s' is not in the playbook exactly once", from);
    return json.replace(at, qstrlen(from), to);
}

QString knownList()
{
    return knownIssueIds().join(u", "_s);
}

} // namespace

class TestPlaybook : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Loads json from a file and returns the error with the file's path replaced by "FILE", so
    // expectations read like the messages and still prove that the path leads them. Empty when the
    // playbook was accepted.
    QString refusal(const QByteArray &json)
    {
        const QString path = m_dir.filePath(u"playbook.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
            qFatal("cannot write %s", qUtf8Printable(path));
        file.close();
        Playbook playbook;
        playbook.name = u"untouched"_s;
        QString error;
        if (Playbook::load(path, &playbook, &error))
            return QString();
        if (playbook.name != u"untouched")  // a refused playbook must not half-fill the output
            return u"output was modified"_s;
        if (!error.startsWith(path + u':'))
            return u"error does not start with the file: "_s + error;
        return error.replace(path, u"FILE"_s);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- the built-in default ---

    void builtinIsValid()
    {
        // load() first, so a broken default fails here with its message instead of qFatal.
        Playbook loaded;
        QString error;
        QVERIFY2(Playbook::load(Playbook::builtinPath(), &loaded, &error), qPrintable(error));
        const Playbook playbook = Playbook::builtin();
        QCOMPARE(playbook.path, u":/playbooks/nda-default.json"_s);
        QCOMPARE(playbook.version, u"1.0.0"_s);
        QVERIFY(!playbook.name.isEmpty());
        QVERIFY(playbook.issues.size() >= 20);
    }

    void builtinHasEveryKnownIdOnceInOrder()
    {
        const Playbook playbook = Playbook::builtin();
        QStringList ids;
        for (const PlaybookIssue &issue : playbook.issues)
            ids.append(issue.id);
        for (const QString &id : knownIssueIds())
            QVERIFY2(ids.count(id) == 1, qPrintable(id));
        QCOMPARE(ids, knownIssueIds());
        QCOMPARE(knownIssueIds().size(), 36);  // the classic 26 and the points of a first read
        QVERIFY(playbook.issue(u"term") != nullptr);
        QVERIFY(playbook.issue(u"copies") == nullptr);
    }

    void builtinRaisedPositionsAreComplete()
    {
        const Playbook playbook = Playbook::builtin();
        for (const PlaybookIssue &issue : playbook.issues) {
            QVERIFY2(!issue.title.isEmpty(), qPrintable(issue.id));
            QVERIFY2(issue.enabled, qPrintable(issue.id));
            for (Side side : {Side::Receiving, Side::Disclosing, Side::Mutual}) {
                const QString where = issue.id + u'/' + sideName(side);
                const Position *position = issue.position(side);
                QVERIFY2(position, qPrintable(where));
                QVERIFY2(!position->preferred.trimmed().isEmpty(), qPrintable(where));
                if (!position->raise)
                    continue;
                QVERIFY2(!position->fallback.trimmed().isEmpty(), qPrintable(where));
                QVERIFY2(!position->rationale.trimmed().isEmpty(), qPrintable(where));
                QVERIFY2(!position->language.trimmed().isEmpty(), qPrintable(where));
                // A comment a lawyer reads on a tracked change, not an essay.
                QVERIFY2(position->rationale.size() < 400, qPrintable(where));
            }
        }
    }

    void builtinHasParametersWhereRulesNeedThem()
    {
        const Playbook playbook = Playbook::builtin();
        QCOMPARE(playbook.issue(u"term")->intParameter(u"max_months"_s, -1), 36);
        QCOMPARE(playbook.issue(u"term")->intParameter(u"proposed_months"_s, -1), 24);
        QCOMPARE(playbook.issue(u"survival")->intParameter(u"max_months"_s, -1), 36);
        QCOMPARE(playbook.issue(u"survival")->intParameter(u"proposed_months"_s, -1), 24);
        QCOMPARE(playbook.issue(u"non-solicitation")->intParameter(u"max_months"_s, -1), 12);
        QCOMPARE(playbook.issue(u"return-destroy")->intParameter(u"min_days"_s, -1), 30);
        QCOMPARE(playbook.issue(u"term")->intParameter(u"no_such"_s, -7), -7);
        // The duration template the term rule fills in.
        QVERIFY(playbook.issue(u"term")->position(Side::Receiving)->language.contains(u"{months}"));
    }

    // Positions flip with the side the user represents.
    void builtinFlipsBySide_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("receiving");
        QTest::addColumn<bool>("disclosing");
        QTest::addColumn<bool>("mutual");
        QTest::newRow("marking") << u"marking"_s << true << false << true;
        QTest::newRow("residuals") << u"residuals"_s << false << true << true;
        QTest::newRow("non-solicitation") << u"non-solicitation"_s << true << false << true;
        QTest::newRow("non-compete") << u"non-compete"_s << true << false << true;
        // Both sides object, to different things: the receiving side to a penalty or an indemnity
        // it gives, the disclosing side to a cap on its damages or an indemnity it gives.
        QTest::newRow("liquidated-damages") << u"liquidated-damages"_s << true << true << true;
        QTest::newRow("indemnity") << u"indemnity"_s << true << true << true;
        QTest::newRow("remedies") << u"remedies"_s << true << true << true;
        QTest::newRow("independent-development") << u"independent-development"_s << true << false << true;
        QTest::newRow("no-licence") << u"no-licence"_s << false << true << true;
        QTest::newRow("no-warranty") << u"no-warranty"_s << false << true << true;
        // The receiving side raises a use restriction too narrow for the deal, never a missing one.
        QTest::newRow("purpose") << u"purpose"_s << true << true << true;
        QTest::newRow("term") << u"term"_s << true << true << true;
        QTest::newRow("standard-of-care") << u"standard-of-care"_s << true << true << true;
        QTest::newRow("compelled-disclosure") << u"compelled-disclosure"_s << true << true << true;
        QTest::newRow("permitted-recipients") << u"permitted-recipients"_s << true << true << true;
        QTest::newRow("return-destroy") << u"return-destroy"_s << true << true << true;
    }
    void builtinFlipsBySide()
    {
        QFETCH(QString, id);
        QFETCH(bool, receiving);
        QFETCH(bool, disclosing);
        QFETCH(bool, mutual);
        const PlaybookIssue *issue = Playbook::builtin().issue(id);
        QVERIFY(issue);
        QCOMPARE(issue->position(Side::Receiving)->raise, receiving);
        QCOMPARE(issue->position(Side::Disclosing)->raise, disclosing);
        QCOMPARE(issue->position(Side::Mutual)->raise, mutual);
    }

    void builtinOnDiskEqualsResource()
    {
        QFile disk(QStringLiteral(REDLINER_SOURCE_DIR "/resources/playbooks/nda-default.json"));
        QFile resource(Playbook::builtinPath());
        QVERIFY2(disk.open(QIODevice::ReadOnly), qPrintable(disk.errorString()));
        QVERIFY2(resource.open(QIODevice::ReadOnly), qPrintable(resource.errorString()));
        QCOMPARE(resource.readAll(), disk.readAll());
    }

    // --- names and look-ups ---

    void names()
    {
        for (Side side : {Side::Receiving, Side::Disclosing, Side::Mutual}) {
            Side parsed = side == Side::Mutual ? Side::Receiving : Side::Mutual;
            QVERIFY(parseSide(sideName(side), &parsed));
            QCOMPARE(parsed, side);
        }
        for (Severity severity : {Severity::Low, Severity::Medium, Severity::High}) {
            Severity parsed = severity == Severity::High ? Severity::Low : Severity::High;
            QVERIFY(parseSeverity(severityName(severity), &parsed));
            QCOMPARE(parsed, severity);
        }
        QCOMPARE(sideName(Side::Disclosing), u"disclosing"_s);
        QCOMPARE(severityName(Severity::High), u"high"_s);
        Side side = Side::Mutual;
        QVERIFY(!parseSide(u"buyer", &side));
        QVERIFY(!parseSide(u"", &side));
        QCOMPARE(side, Side::Mutual);
        Severity severity = Severity::Low;
        QVERIFY(!parseSeverity(u"urgent", &severity));
        QCOMPARE(severity, Severity::Low);
    }

    void intParameterFallsBackOnNonIntegers()
    {
        PlaybookIssue issue;
        issue.parameters = QJsonObject{{u"whole"_s, 12}, {u"fraction"_s, 1.5}, {u"text"_s, u"12"_s},
                                       {u"huge"_s, 1e12}};
        QCOMPARE(issue.intParameter(u"whole"_s, -1), 12);
        QCOMPARE(issue.intParameter(u"fraction"_s, -1), -1);
        QCOMPARE(issue.intParameter(u"text"_s, -1), -1);
        QCOMPARE(issue.intParameter(u"huge"_s, -1), -1);
        QCOMPARE(issue.intParameter(u"missing"_s, -1), -1);
        QVERIFY(issue.position(Side::Receiving) == nullptr);
    }

    // --- a user's playbook ---

    void validPlaybookLoads()
    {
        QCOMPARE(refusal(valid()), QString());
        Playbook playbook;
        QString error;
        QVERIFY2(Playbook::parse(valid(), u"mine.json"_s, &playbook, &error), qPrintable(error));
        QCOMPARE(playbook.name, u"Test playbook"_s);
        QCOMPARE(playbook.path, u"mine.json"_s);
        QCOMPARE(playbook.issues.size(), 2);
        const PlaybookIssue &remedies = playbook.issues.at(0);
        QCOMPARE(remedies.severity, Severity::Medium);
        QVERIFY(remedies.enabled);  // the default when "enabled" is left out
        QCOMPARE(remedies.position(Side::Receiving)->language, u"may seek injunctive relief"_s);
        QVERIFY(!remedies.position(Side::Disclosing)->raise);
        QCOMPARE(remedies.position(Side::Mutual)->preferred, u"balanced"_s);
        QCOMPARE(playbook.issues.at(1).severity, Severity::Low);
    }

    void commentsAndDisabledIssuesAreAccepted()
    {
        const QByteArray json = edited(R"("severity": "low",)",
                                       R"("severity": "low", "enabled": false, "_note": "agreed with the GC",)");
        QCOMPARE(refusal(json), QString());
        Playbook playbook;
        QVERIFY(Playbook::parse(json, u"x.json"_s, &playbook, nullptr));
        QVERIFY(!playbook.issue(u"publicity")->enabled);
    }

    void brokenJsonGivesLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing comma") << edited("\"1.0.0\",", "\"1.0.0\"")
            << u"FILE:4:3: not valid JSON: unterminated object (is a comma missing before this?)"_s;
        QTest::newRow("trailing comma") << edited(R"("mutual": {"raise": false}
      })", R"("mutual": {"raise": false},
      })")
            << u"FILE:23:7: not valid JSON: object is missing after a comma (JSON allows no comma after the last item)"_s;
        // Columns count characters, not UTF-8 bytes.
        QTest::newRow("column after accents") << edited(R"("title": "Remedies",)", R"("title": "Rémédies" "x",)")
            << u"FILE:7:27: not valid JSON: unterminated object (is a comma missing before this?)"_s;
        QTest::newRow("single quotes") << edited(R"("title": "Remedies",)", R"('title': "Remedies",)")
            << u"FILE:7:7: not valid JSON: unterminated object (JSON strings take double quotes)"_s;
        QTest::newRow("crlf") << edited("\"1.0.0\",", "\"1.0.0\"").replace("\n", "\r\n")
            << u"FILE:4:3: not valid JSON: unterminated object (is a comma missing before this?)"_s;
        QTest::newRow("empty") << QByteArray("  \n") << u"FILE:1:1: not valid JSON: the file is empty"_s;
        QTest::newRow("only a bom") << QByteArray("\xEF\xBB\xBF\n") << u"FILE:1:1: not valid JSON: the file is empty"_s;
    }
    void brokenJsonGivesLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QCOMPARE(refusal(json), expected);
    }

    void invalidPlaybookNamesLineAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("severity urgent") << edited(R"("severity": "medium")", R"("severity": "urgent")")
            << u"FILE:8: issues[0].severity: must be low, medium or high, not 'urgent'"_s;
        QTest::newRow("unknown id") << edited(R"("id": "publicity")", R"("id": "foo")")
            << QString(u"FILE:16: issues[1].id: unknown issue 'foo' (known: "_s + knownList() + u')');
        QTest::newRow("duplicate id") << edited(R"("id": "publicity")", R"("id": "remedies")")
            << u"FILE:16: issues[1].id: duplicate issue 'remedies' (already given as issues[0] on line 5)"_s;
        QTest::newRow("missing version") << edited("  \"version\": \"1.0.0\",\n", "")
            << u"FILE:1: version: missing: a version string such as \"1.0.0\""_s;
        QTest::newRow("issues not an array") << QByteArray(R"({
  "name": "n",
  "version": "1",
  "issues": {"id": "remedies"}
})") << u"FILE:4: issues: must be an array of issue objects, not an object"_s;
        // Both consequences of the wrong name, in line order.
        QTest::newRow("side buyer") << edited(R"("mutual": {"raise": false}
      })", R"("buyer": {"raise": false}
      })")
            << u"FILE:19: issues[1].positions: missing side 'mutual': every issue needs receiving, disclosing and mutual\n"
               "FILE:22: issues[1].positions.buyer: unknown side 'buyer' (known: receiving, disclosing, mutual)"_s;
        QTest::newRow("raised without language")
            << edited(R"(, "language": "may seek injunctive relief")", "")
            << u"FILE:10: issues[0].positions.receiving.language: missing: a raised position needs the language to propose"_s;
        QTest::newRow("raised with empty rationale") << edited(R"("rationale": "r", "language": "No)", R"("rationale": " ", "language": "No)")
            << u"FILE:21: issues[1].positions.disclosing.rationale: empty: a raised position needs a rationale (the comment on the change)"_s;
        QTest::newRow("raise not a bool") << edited(R"("disclosing": {"raise": false})", R"("disclosing": {"raise": "no"})")
            << u"FILE:11: issues[0].positions.disclosing.raise: must be true or false, not a string"_s;
        QTest::newRow("typo in a field") << edited(R"("fallback": "f", "rationale": "r", "language": "may)", R"("fallbak": "f", "rationale": "r", "language": "may)")
            << u"FILE:10: issues[0].positions.receiving.fallbak: unknown field (known: raise, preferred, fallback, rationale, language; start a key with _ for a comment)\n"
               "FILE:10: issues[0].positions.receiving.fallback: missing: a raised position needs a fallback position"_s;
        QTest::newRow("key given twice") << edited(R"("title": "Publicity",)", R"("title": "Publicity", "title": "Publicity again",)")
            << u"FILE:17: issues[1].title: given twice (also on line 17); JSON keeps only the last one"_s;
        QTest::newRow("issue not an object") << valid().replace("  \"issues\": [\n", "  \"issues\": [\n    42,\n")
            << u"FILE:5: issues[0]: must be an object, not a number"_s;
        QTest::newRow("no issues") << QByteArray("{\"name\": \"n\", \"version\": \"1\",\n \"issues\": []}")
            << u"FILE:2: issues: empty: a playbook needs at least one issue"_s;
        QTest::newRow("root is an array") << QByteArray("\n[1, 2]")
            << u"FILE:2: a playbook must be a JSON object with name, version and issues"_s;
        QTest::newRow("placeholder where none is filled") << edited("may seek injunctive relief", "may seek relief for {months}")
            << u"FILE:10: issues[0].positions.receiving.language: {months} is not filled in here: only the language of term and survival takes {months} and {months_words}"_s;
    }
    void invalidPlaybookNamesLineAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QCOMPARE(refusal(json), expected);
    }

    void parametersAreChecked()
    {
        // A term issue needs both numbers, the proposal within the limit.
        const QByteArray term = edited(R"("id": "remedies",
      "title": "Remedies",)", R"("id": "term",
      "title": "Term",
      "parameters": {"max_months": 12,
                     "proposed_months": 24, "max_month": 3},)");
        // The insert moved everything below line 7 by two lines; the language still has no
        // placeholder, which is allowed (a fixed proposal).
        QCOMPARE(refusal(term),
                 u"FILE:9: issues[0].parameters.max_month: unknown parameter (known for term: max_months, proposed_months)\n"
                 "FILE:9: issues[0].parameters.proposed_months: must not exceed max_months (12): the proposal would itself be objectionable"_s);
        const QByteArray missing = edited(R"("id": "remedies",)", R"("id": "term", "parameters": {"max_months": 1.5},)");
        QCOMPARE(refusal(missing),
                 u"FILE:6: issues[0].parameters.max_months: must be a whole number from 1 to 1200 (the longest term accepted, in months), not 1.5\n"
                 "FILE:6: issues[0].parameters.proposed_months: missing: the term proposed instead, in months"_s);
        const QByteArray extra = edited(R"("id": "remedies",)", R"("id": "remedies", "parameters": {"days": 3},)");
        QCOMPARE(refusal(extra), u"FILE:6: issues[0].parameters.days: unknown parameter: issue 'remedies' takes none"_s);
        const QByteArray placeholder = edited(R"("id": "remedies",)", R"("id": "term", "parameters": {"max_months": 36, "proposed_months": 24},)")
                                           .replace("may seek injunctive relief", "{months_word} ({months}) months");
        QCOMPARE(refusal(placeholder),
                 u"FILE:10: issues[0].positions.receiving.language: unknown placeholder {months_word} (known: {months}, {months_words})"_s);
    }

    // The locator must not be fooled by what is inside strings, escapes, or line-ending styles.
    void linesSurviveTrickyText_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QString urgent = u"issues[0].severity: must be low, medium or high, not 'urgent'"_s;
        QTest::newRow("braces, quotes and brackets in a string")
            // Not a raw string: moc 6.4 loses track of the class after a raw string with backslashes.
            << edited(R"("title": "Remedies",)",
                      "\"title\": \"a \\\"quoted\\\" {brace} [x] \\\\\", \"y\": {\"z\": [1, {\"w\": \"}\"}]},")
                   .replace(R"("severity": "medium")", R"("severity": "urgent")")
            << QString(u"FILE:7: issues[0].y: unknown field (known: id, title, severity, enabled, parameters, positions; start a key with _ for a comment)\nFILE:8: "_s + urgent);
        QTest::newRow("escaped key") << edited(R"("severity": "medium")", R"("sev\u0065rity": "urgent")")
            << QString(u"FILE:8: "_s + urgent);
        QTest::newRow("raw line break inside a string")  // Qt accepts it, so lines below move
            << edited(R"("title": "Remedies",)", "\"title\": \"Reme\ndies\",")
                   .replace(R"("severity": "medium")", R"("severity": "urgent")")
            << QString(u"FILE:9: "_s + urgent);
        QTest::newRow("crlf") << edited(R"("severity": "medium")", R"("severity": "urgent")").replace("\n", "\r\n")
            << QString(u"FILE:8: "_s + urgent);
        QTest::newRow("bom") << edited(R"("severity": "medium")", R"("severity": "urgent")").prepend("\xEF\xBB\xBF")
            << QString(u"FILE:8: "_s + urgent);
    }
    void linesSurviveTrickyText()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QCOMPARE(refusal(json), expected);
    }

    void unreadableFile()
    {
        Playbook playbook;
        QString error;
        const QString path = m_dir.filePath(u"does-not-exist.json"_s);
        QVERIFY(!Playbook::load(path, &playbook, &error));
        QVERIFY2(error.startsWith(path + u": cannot open the playbook: "_s), qPrintable(error));
    }

    void locatorPaths()
    {
        const QByteArray json = "{\"a\": [\n  {\"b\":\n 1},\n  [2,\n   3]\n],\n\"c\": {}}";
        const JsonLocator locator(json);
        QCOMPARE(locator.line(QString()), 1);
        QCOMPARE(locator.line(u"a"_s), 1);
        QCOMPARE(locator.line(u"a[0]"_s), 2);
        QCOMPARE(locator.line(u"a[0].b"_s), 2);
        QCOMPARE(locator.line(u"a[1]"_s), 4);
        QCOMPARE(locator.line(u"a[1][1]"_s), 5);
        QCOMPARE(locator.line(u"c"_s), 7);
        QCOMPARE(locator.line(u"c.missing"_s), 7);  // a missing field: its object's line
        QVERIFY(!locator.contains(u"c.missing"_s));
        QCOMPARE(parentJsonPath(u"a.b[2].c"_s), u"a.b[2]"_s);
        QCOMPARE(parentJsonPath(u"a.b[2]"_s), u"a.b"_s);
        QCOMPARE(parentJsonPath(u"a"_s), QString());
        const JsonLocator::Position end = JsonLocator::position("ab\r\ncé\rx", 9);
        QCOMPARE(end.line, 3);
        QCOMPARE(end.column, 2);
        // Malformed input: maps what it can and never reads past the end.
        const JsonLocator broken("{\"a\": [1, {\"b\": \"unterminated");
        QCOMPARE(broken.line(u"a[1].b"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlaybook)
#include "tst_playbook.moc"
