// SPDX-License-Identifier: GPL-3.0-or-later
//
// The user's playbook library: a playbook written back reads the same, a save is validated with the
// loader's messages, bumps the version, keeps a copy and a history line of what changed, and the
// defaults per side, import, export and removal behave as a user of Tools › Playbooks… expects.

#include "review/playbook.h"
#include "review/playbookdiff.h"
#include "review/playbooklibrary.h"
#include "review/playbookparameters.h"
#include "review/playbookwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;

namespace {

PlaybookIssue *issueOf(Playbook &playbook, const QString &id)
{
    for (PlaybookIssue &issue : playbook.issues) {
        if (issue.id == id)
            return &issue;
    }
    return nullptr;
}

QStringList describe(const QList<PlaybookDifference> &differences)
{
    QStringList out;
    for (const PlaybookDifference &difference : differences)
        out.append(describeDifference(difference));
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestPlaybookLibrary final : public QObject {
    Q_OBJECT

private slots:
    void writtenPlaybookReadsTheSame()
    {
        const Playbook builtin = Playbook::builtin();
        const QByteArray json = playbookJson(builtin);
        Playbook again;
        QString error;
        QVERIFY2(Playbook::parse(json, u"written.json"_s, &again, &error), qPrintable(error));
        QVERIFY2(diffPlaybooks(builtin, again).isEmpty(),
                 qPrintable(describe(diffPlaybooks(builtin, again)).join(u'\n')));
        // Laid out for people, in the bundled file's key order.
        QVERIFY(json.startsWith("{\n  \"name\": "));
        QVERIFY(json.indexOf("\"raise\"") < json.indexOf("\"preferred\""));
        QVERIFY(json.indexOf("\"id\"") < json.indexOf("\"enabled\""));
        // Written twice, byte for byte the same: the hash of a saved playbook is stable.
        QCOMPARE(playbookJson(again), json);
    }

    void parametersHaveUnitsAndLimits()
    {
        const QList<PlaybookParameter> term = playbookParameters(u"term");
        QCOMPARE(term.size(), 2);
        QCOMPARE(term.at(0).name, u"max_months"_s);
        QCOMPARE(term.at(0).unit, u"months"_s);
        QCOMPARE(term.at(0).minimum, 1);
        QCOMPARE(term.at(0).maximum, 1200);
        QCOMPARE(playbookParameters(u"return-destroy").at(0).unit, u"days"_s);
        QVERIFY(playbookParameters(u"publicity").isEmpty());
        QCOMPARE(playbookPlaceholders(u"survival"), QStringList({u"{months}"_s, u"{months_words}"_s}));
        QVERIFY(playbookPlaceholders(u"remedies").isEmpty());
    }

    void templatesComeFromTheBundledPlaybook()
    {
        for (const QString &id : knownIssueIds()) {
            const PlaybookIssue issue = playbookIssueTemplate(id);
            QCOMPARE(issue.id, id);
            Playbook one;
            one.name = u"one"_s;
            one.version = u"1"_s;
            one.issues = {issue};
            QString error;
            QVERIFY2(Playbook::parse(playbookJson(one), u"t.json"_s, nullptr, &error), qPrintable(error));
        }
    }

    void diffNamesWhatChanged()
    {
        const Playbook a = Playbook::builtin();
        Playbook b = a;
        issueOf(b, u"term"_s)->parameters.insert(u"max_months"_s, 24);
        issueOf(b, u"term"_s)->severity = Severity::High;
        issueOf(b, u"publicity"_s)->positions[Side::Receiving].rationale = u"We never announce."_s;
        b.issues.removeIf([](const PlaybookIssue &issue) { return issue.id == u"audit"; });
        const QStringList lines = describe(diffPlaybooks(a, b));
        QVERIFY2(lines.contains(u"term: parameters.max_months: %1 -> 24"_s.arg(
                     a.issue(u"term")->intParameter(u"max_months"_s, 0))),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(u"term: severity: %1 -> high"_s.arg(severityName(a.issue(u"term")->severity)))
                || a.issue(u"term")->severity == Severity::High);
        QVERIFY(lines.filter(u"publicity: receiving.rationale: "_s).size() == 1);
        QVERIFY(lines.contains(u"audit: (removed)"_s));
        QCOMPARE(describe(diffPlaybooks(b, a)).filter(u"audit: (added)"_s).size(), 1);
        QVERIFY(diffPlaybooks(a, a).isEmpty());
        // Issue order alone is no difference: the reviewer does not depend on it.
        Playbook reordered = a;
        std::reverse(reordered.issues.begin(), reordered.issues.end());
        QVERIFY(diffPlaybooks(a, reordered).isEmpty());
    }

    void saveValidatesVersionsAndKeepsHistory()
    {
        QTemporaryDir dir;
        PlaybookLibrary library(dir.path());
        Playbook mine = Playbook::builtin();
        mine.name = u"ACME – Receiving NDA (2026)"_s;
        mine.version = u"1.0.0"_s;
        QString path;
        QString error;
        QVERIFY2(library.save(mine, u"Alice"_s, &path, &error, u"duplicated from the built-in"_s), qPrintable(error));
        QCOMPARE(QFileInfo(path).fileName(), u"acme-receiving-nda-2026.json"_s);
        QCOMPARE(library.entries().size(), 2);
        QVERIFY(library.entries().at(0).builtin);
        QCOMPARE(library.entries().at(1).playbook.name, mine.name);

        // Saving it unchanged adds nothing.
        QVERIFY(library.save(mine, u"Alice"_s, &path, &error));
        QCOMPARE(library.history(path).size(), 1);

        // A change bumps the version and is recorded with who and what.
        issueOf(mine, u"term"_s)->parameters.insert(u"max_months"_s, 12);
        issueOf(mine, u"term"_s)->parameters.insert(u"proposed_months"_s, 12);
        QVERIFY2(library.save(mine, u"Bob"_s, &path, &error), qPrintable(error));
        Playbook saved;
        QVERIFY(Playbook::load(path, &saved, &error));
        QCOMPARE(saved.version, u"1.0.1"_s);
        const QList<PlaybookRevision> history = library.history(path);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).changes, QStringList{u"duplicated from the built-in"_s});
        QCOMPARE(history.at(1).version, u"1.0.1"_s);
        QCOMPARE(history.at(1).savedBy, u"Bob"_s);
        QCOMPARE(history.at(1).sha256, saved.sha256);
        QVERIFY(history.at(1).savedAt.isValid());
        QVERIFY2(history.at(1).changes.contains(u"term: parameters.max_months: %1 -> 12"_s.arg(
                     Playbook::builtin().issue(u"term")->intParameter(u"max_months"_s, 0))),
                 qPrintable(history.at(1).changes.join(u'\n')));
        // Each version is kept as it was saved.
        Playbook first;
        QVERIFY(Playbook::parse(library.versionBytes(path, u"1.0.0"_s), u"v"_s, &first, &error));
        QCOMPARE(first.issue(u"term")->intParameter(u"max_months"_s, 0),
                 Playbook::builtin().issue(u"term")->intParameter(u"max_months"_s, 0));
        QCOMPARE(library.versionBytes(path, u"1.0.1"_s), [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }());

        // A version the user sets is kept; reusing an old one is refused.
        mine = saved;
        issueOf(mine, u"publicity"_s)->severity = Severity::High;
        mine.version = u"2.0"_s;
        QVERIFY2(library.save(mine, u"Bob"_s, &path, &error), qPrintable(error));
        QVERIFY(Playbook::load(path, &saved, &error));
        QCOMPARE(saved.version, u"2.0"_s);
        issueOf(mine, u"audit"_s)->severity = Severity::Low;
        mine.version = u"1.0.1"_s;
        QVERIFY(!library.save(mine, u"Bob"_s, &path, &error));
        QVERIFY2(error.contains(u"1.0.1"_s) && error.contains(u"already saved"_s), qPrintable(error));
    }

    void invalidPlaybookIsRefusedWithTheLoadersMessage()
    {
        QTemporaryDir dir;
        PlaybookLibrary library(dir.path());
        Playbook mine = Playbook::builtin();
        mine.name = u"Mine"_s;
        PlaybookIssue *term = issueOf(mine, u"term"_s);
        term->positions[Side::Receiving].language = u"for {month} months"_s;
        QString path;
        QString error;
        QVERIFY(!library.save(mine, QString(), &path, &error));
        QVERIFY2(error.startsWith(u"mine.json:"_s), qPrintable(error));
        QVERIFY2(error.contains(u"positions.receiving.language: unknown placeholder {month}"_s), qPrintable(error));
        QVERIFY(path.isEmpty());
        QCOMPARE(library.entries().size(), 1); // nothing written

        // The same message the loader gives for the same file.
        QString loaderError;
        QVERIFY(!Playbook::parse(playbookJson(mine), u"mine.json"_s, nullptr, &loaderError));
        QCOMPARE(error, loaderError);

        QString builtinPath = Playbook::builtinPath();
        QVERIFY(!library.save(Playbook::builtin(), QString(), &builtinPath, &error));
        QVERIFY(error.contains(u"read-only"_s));
    }

    void defaultsImportExportAndRemove()
    {
        QTemporaryDir dir;
        PlaybookLibrary library(dir.path() + u"/library"_s);
        QCOMPARE(library.defaultFor(Side::Receiving), Playbook::builtinPath());

        // Import keeps the file byte for byte, so its hash is the one a report of the original shows.
        const QString source = dir.path() + u"/from-a-colleague.json"_s;
        Playbook colleague = Playbook::builtin();
        colleague.name = u"Colleague"_s;
        QByteArray bytes = playbookJson(colleague);
        bytes.replace("\"name\": \"Colleague\",", "\"name\": \"Colleague\",\n  \"_note\": \"kept as written\",");
        QVERIFY(writeFile(source, bytes));
        QString imported;
        QString error;
        QVERIFY2(library.importFile(source, &imported, &error, u"Carol"_s), qPrintable(error));
        Playbook fromLibrary;
        QVERIFY(Playbook::load(imported, &fromLibrary, &error));
        Playbook original;
        QVERIFY(Playbook::load(source, &original, &error));
        QCOMPARE(fromLibrary.sha256, original.sha256);
        QCOMPARE(library.history(imported).at(0).changes, QStringList{u"imported from from-a-colleague.json"_s});

        // A broken file is refused with the loader's message and not imported.
        QVERIFY(writeFile(dir.path() + u"/broken.json"_s, "{\"name\": \"x\",}"));
        QVERIFY(!library.importFile(dir.path() + u"/broken.json"_s, nullptr, &error));
        QVERIFY2(error.contains(u"broken.json:1:"_s), qPrintable(error));
        QCOMPARE(library.entries().size(), 2);

        QVERIFY(library.setDefaultFor(Side::Disclosing, imported, &error));
        QCOMPARE(library.defaultFor(Side::Disclosing), imported);
        QCOMPARE(library.defaultFor(Side::Receiving), Playbook::builtinPath());
        QVERIFY(!library.setDefaultFor(Side::Mutual, source, &error)); // not in the library

        const QString exported = dir.path() + u"/out/exported.json"_s;
        QVERIFY2(PlaybookLibrary::exportFile(imported, exported, &error), qPrintable(error));
        Playbook back;
        QVERIFY(Playbook::load(exported, &back, &error));
        QCOMPARE(back.sha256, original.sha256);
        QVERIFY(PlaybookLibrary::exportFile(Playbook::builtinPath(), dir.path() + u"/builtin.json"_s, &error));

        QVERIFY(!library.remove(Playbook::builtinPath(), &error));
        QVERIFY(library.remove(imported, &error));
        QVERIFY(!QFileInfo::exists(imported));
        QVERIFY(library.history(imported).isEmpty());
        QCOMPARE(library.defaultFor(Side::Disclosing), Playbook::builtinPath());
        QCOMPARE(library.entries().size(), 1);
    }

    void aRemovedDefaultStaysRemoved()
    {
        QTemporaryDir dir;
        PlaybookLibrary library(dir.path());
        Playbook mine = Playbook::builtin();
        mine.name = u"Mine"_s;
        QString path;
        QString error;
        QVERIFY(library.save(mine, QString(), &path, &error));
        QVERIFY(library.setDefaultFor(Side::Disclosing, path, &error));
        QVERIFY(library.remove(path, &error));
        // A new playbook of the same name gets the same file name; it is not the default.
        QString again;
        QVERIFY(library.save(mine, QString(), &again, &error));
        QCOMPARE(QFileInfo(again).fileName(), QFileInfo(path).fileName());
        QCOMPARE(library.defaultFor(Side::Disclosing), Playbook::builtinPath());
        QCOMPARE(library.history(again).size(), 1);

        // A defaults file edited by hand cannot point outside the library or at its bookkeeping.
        for (const QByteArray &name : {QByteArray("../mine.json"), QByteArray(".history/mine.json")}) {
            QVERIFY(writeFile(dir.path() + u"/.defaults.json"_s, "{\"receiving\": \"" + name + "\"}"));
            QCOMPARE(library.defaultFor(Side::Receiving), Playbook::builtinPath());
        }
        QCOMPARE(library.entries().size(), 2); // .defaults.json is not a playbook
    }

    void versionsThatLookAlikeKeepTheirOwnCopies()
    {
        QTemporaryDir dir;
        PlaybookLibrary library(dir.path());
        Playbook mine = Playbook::builtin();
        mine.name = u"Mine"_s;
        mine.version = u"1.0/3"_s;
        QString path;
        QString error;
        QVERIFY(library.save(mine, QString(), &path, &error));
        issueOf(mine, u"audit"_s)->severity = Severity::High;
        mine.version = u"1.0_3"_s;
        QVERIFY(library.save(mine, QString(), &path, &error));
        issueOf(mine, u"audit"_s)->severity = Severity::Low;
        mine.version = u"1.0_3B"_s;
        QVERIFY(library.save(mine, QString(), &path, &error));
        QStringList severities;
        for (const QString &version : {u"1.0/3"_s, u"1.0_3"_s, u"1.0_3B"_s}) {
            Playbook kept;
            QVERIFY2(Playbook::parse(library.versionBytes(path, version), version, &kept, &error), qPrintable(version));
            QCOMPARE(kept.version, version);
            severities.append(severityName(kept.issue(u"audit")->severity));
        }
        QCOMPARE(severities.at(1), u"high"_s);
        QCOMPARE(severities.at(2), u"low"_s);
        QVERIFY(severities.at(0) != u"high"_s || Playbook::builtin().issue(u"audit")->severity == Severity::High);
    }

    void anUnreadableHistoryIsKeptAside()
    {
        QTemporaryDir dir;
        PlaybookLibrary library(dir.path());
        Playbook mine = Playbook::builtin();
        mine.name = u"Mine"_s;
        QString path;
        QString error;
        QVERIFY(library.save(mine, QString(), &path, &error));
        const QString history = dir.path() + u"/.history/mine.json"_s;
        QVERIFY(QFileInfo::exists(history));
        QVERIFY(writeFile(history, "[{\"version\": \"1.0.0\", trailing garbage"));
        issueOf(mine, u"audit"_s)->severity = Severity::High;
        QVERIFY2(library.save(mine, QString(), &path, &error), qPrintable(error));
        const QList<PlaybookRevision> revisions = library.history(path);
        QCOMPARE(revisions.size(), 2);
        QVERIFY(revisions.at(0).version.isEmpty()); // a note, not a version
        QCOMPARE(revisions.at(1).version, u"1.0.1"_s);
        QVERIFY2(revisions.at(0).changes.value(0).contains(u"could not be read; it is kept as mine.json.unreadable-"_s),
                 qPrintable(revisions.at(0).changes.join(u'\n')));
        QCOMPARE(QDir(dir.path() + u"/.history"_s).entryList({u"mine.json.unreadable-*"_s}, QDir::Files).size(), 1);
    }

    void unreadableFileIsListedWithItsError()
    {
        QTemporaryDir dir;
        QVERIFY(
            writeFile(dir.path() + u"/hand-edited.json"_s, "{\"name\": \"x\", \"version\": \"1\", \"issues\": []}"));
        PlaybookLibrary library(dir.path());
        const QList<PlaybookEntry> entries = library.entries();
        QCOMPARE(entries.size(), 2);
        QVERIFY2(entries.at(1).error.contains(u"hand-edited.json:1: issues: empty"_s), qPrintable(entries.at(1).error));
    }

    void nextVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("next");
        QTest::newRow("semver") << u"1.0.9"_s << u"1.0.10"_s;
        QTest::newRow("number") << u"2"_s << u"3"_s;
        QTest::newRow("word") << u"draft"_s << u"draft.1"_s;
        QTest::newRow("suffix") << u"2026-rc1"_s << u"2026-rc2"_s;
        QTest::newRow("empty") << QString() << u"1"_s;
    }
    void nextVersion()
    {
        QFETCH(QString, version);
        QFETCH(QString, next);
        QCOMPARE(PlaybookLibrary::nextVersion(version), next);
    }
};

QTEST_GUILESS_MAIN(TestPlaybookLibrary)
#include "tst_playbook_library.moc"
