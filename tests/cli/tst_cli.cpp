// SPDX-License-Identifier: GPL-3.0-or-later
//
// The command-line contract, exercised on the real redliner-cli binary: what it prints, what it
// writes, and the exit codes scripts depend on (0 ok, 1 usage, 2 edit refused, 3 bad input,
// 4 output refused).

#include "docx/documentreader.h"
#include "docx/package.h"

#include "docxbuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
namespace TS = Redliner::TestSupport;

namespace {

struct CliResult {
    bool ran = false;  // started and exited normally (no crash, no timeout)
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return u"exit %1\n--- stdout ---\n%2--- stderr ---\n%3"_s.arg(exitCode).arg(out, err);
    }
};

CliResult runProgram(const QString &program, const QStringList &args, const QString &workDir = {},
                     const std::function<void()> &inChild = {}, int timeoutMs = 120'000)
{
    QProcess process;
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    if (inChild)
        process.setChildProcessModifier(inChild);
    process.start(program, args);
    CliResult r;
    if (!process.waitForStarted(30'000) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.err = u"did not run to the end: "_s + process.errorString();
        return r;
    }
    r.ran = process.exitStatus() == QProcess::NormalExit;
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

CliResult cli(const QStringList &args, const QString &workDir = {})
{
    return runProgram(QStringLiteral(REDLINER_CLI), args, workDir);
}

// AddressSanitizer reserves terabytes of address space for its shadow memory at start: a build
// with it cannot run under an address-space limit.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool addressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool addressSanitizer = true;
#else
constexpr bool addressSanitizer = false;
#endif
#else
constexpr bool addressSanitizer = false;
#endif

// For files a broken build would read without end or block on: 2 GB of address space (reading
// /dev/zero then aborts instead of taking the machine's memory; not under AddressSanitizer, whose
// own allocation limit stops it) and 30 s (a FIFO without a writer).
CliResult cliBounded(const QStringList &args, const QString &workDir = {})
{
    return runProgram(QStringLiteral(REDLINER_CLI), args, workDir, [] {
        if (addressSanitizer)
            return;
        const rlimit limit{rlim_t(2) << 30, rlim_t(2) << 30};
        ::setrlimit(RLIMIT_AS, &limit);
    }, 30'000);
}

// Writes of more than `bytes` fail with EFBIG ("File too large") in the child, as a full disk would
// fail them: an unprivileged stand-in for ENOSPC.
CliResult cliWithFileSizeLimit(const QStringList &args, qint64 bytes)
{
    return runProgram(QStringLiteral(REDLINER_CLI), args, {}, [bytes] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{rlim_t(bytes), rlim_t(bytes)};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

bool isFifo(const QString &path)
{
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

const QString kWordNs = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;

const QString kTerm = u"This Agreement remains in force for five (5) years from the Effective Date."_s;
const QString kSecret = u"Each party shall notify the other party in writing."_s;

bool writeNda(const QString &path)
{
    TS::DocxSpec spec;
    spec.documentXml = TS::wordDocument(TS::paragraph(u"Mutual Non-Disclosure Agreement"_s)
                                        + TS::paragraph(kTerm) + TS::paragraph(kSecret));
    QString error;
    if (!TS::writeDocx(path, spec, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QJsonObject edit(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &[key, value] : fields)
        o.insert(key, value);
    return o;
}

bool writeEdits(const QString &path, const QJsonArray &edits)
{
    return writeFile(path, QJsonDocument(edits).toJson());
}

// The main document part of a written package, as text.
QString mainPartXml(const QString &docxPath)
{
    auto package = Redliner::Docx::Package::open(docxPath);
    if (!package)
        return u"<unreadable: "_s + package.error().toString() + u">"_s;
    auto main = package.value().mainDocumentPart();
    if (!main)
        return u"<no main part: "_s + main.error().toString() + u">"_s;
    auto bytes = package.value().read(main.value());
    return bytes ? QString::fromUtf8(bytes.value()) : u"<unreadable part>"_s;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_in;     // the input document of the current test
    QString m_edits;  // where the current test writes its edits
    QString m_out;    // where the redlined document should go

    // Runs `redline IN --edits EDITS -o OUT extra...` with the given edits.
    CliResult redline(const QJsonArray &edits, const QStringList &extra = {})
    {
        if (!writeEdits(m_edits, edits))
            qWarning("cannot write %s", qPrintable(m_edits));
        return cli(QStringList{u"redline"_s, m_in, u"--edits"_s, m_edits, u"-o"_s, m_out} + extra);
    }

private slots:
    void init();
    void cleanup();

    void helpDocumentsExitCodes();
    void versionPrintsVersion();
    void unknownCommandIsUsageError();
    void textPrintsOneParagraphPerLine();
    void textLabelsPrefixListLabels();
    void redlineReplaceWithComment();
    void redlineUnanchoredEditWritesNothing();
    void redlineOccurrencePicksTheNth();
    void redlineAfterInserts();
    void invalidJsonNamesLineAndColumn();
    void unknownFieldIsNamed();
    void outputOverInputRefused();
    void brokenInputIsInputError();
    void invalidDateIsUsageError();
    void authorAndDateAreWritten();
    void pandocRejectGivesOriginalWords();
    void reportOverAnInputIsRefused();
    void anAuthorWordCannotHoldIsAnInputError();
    void outputsMustDiffer();
    void outputThatIsNotARegularFileIsRefused();
    void nonRegularInputsAreRefusedUnopened();
    void editsFileSizeIsBounded();
    void reportFailureSaysTheRedlineWasWritten();
    void commandHelpPrintsItsUsage();
    void changesListsTheOtherSidesRedline();
    void compareTracksWhatChanged();
    void folderReviewTriagesEveryFile();
    void playbookCheckGivesTheLoadersVerdict();
    void playbookDiffListsWhatDiffers();
    void reportNamesThePlaybookVersionAndHash();
};

void TestCli::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_in = m_dir->filePath(u"nda.docx"_s);
    m_edits = m_dir->filePath(u"edits.json"_s);
    m_out = m_dir->filePath(u"nda-redlined.docx"_s);
    QVERIFY(writeNda(m_in));
}

void TestCli::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

void TestCli::helpDocumentsExitCodes()
{
    for (const QString &flag : {u"--help"_s, u"-h"_s}) {
        const CliResult r = cli({flag});
        QVERIFY2(r.ran, qPrintable(r.describe()));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"text IN.docx"_s) && r.out.contains(u"redline IN.docx"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Exit codes"_s), qPrintable(r.out));
        for (int code = 0; code <= 5; ++code) {
            const QRegularExpression line(u"^\\s+%1\\s+\\w+"_s.arg(code), QRegularExpression::MultilineOption);
            QVERIFY2(r.out.contains(line), qPrintable(u"exit code %1 is not documented:\n"_s.arg(code) + r.out));
        }
        // A missing key exits 1 (checked before any request), as documented; 5 is for reviews that ran.
        const QRegularExpression noKey(u"^\\s+1\\s+usage error.*no API key"_s, QRegularExpression::MultilineOption);
        QVERIFY2(r.out.contains(noKey), qPrintable(r.out));
    }
}

void TestCli::versionPrintsVersion()
{
    const CliResult r = cli({u"--version"_s});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), u"redliner-cli "_s + QStringLiteral(REDLINER_VERSION));
    QVERIFY2(QRegularExpression(u"^redliner-cli \\d+\\.\\d+\\.\\d+$"_s).match(r.out.trimmed()).hasMatch(),
             qPrintable(r.out));
}

void TestCli::unknownCommandIsUsageError()
{
    CliResult r = cli({u"frobnicate"_s, m_in});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"frobnicate"_s), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"usage:"_s), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));

    r = cli({});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 1);

    r = cli({u"text"_s, m_in, u"--no-such-option"_s});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"no-such-option"_s), qPrintable(r.describe()));
}

void TestCli::textPrintsOneParagraphPerLine()
{
    const CliResult r = cli({u"text"_s, m_in});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"Mutual Non-Disclosure Agreement\n"_s + kTerm + u"\n"_s + kSecret + u"\n"_s);
}

void TestCli::textLabelsPrefixListLabels()
{
    const QString numbered = u"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                             "<w:r><w:t>%1</w:t></w:r></w:p>"_s;
    TS::DocxSpec spec;
    spec.documentXml = TS::wordDocument(TS::paragraph(u"Definitions"_s) + numbered.arg(u"First"_s)
                                        + numbered.arg(u"Second"_s) + TS::paragraph(u"Signatures"_s));
    spec.numberingXml = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\""_s + kWordNs
        + u"\"><w:abstractNum w:abstractNumId=\"0\">"
          "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
          "<w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
          "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"_s;
    const QString path = m_dir->filePath(u"list.docx"_s);
    QString error;
    QVERIFY2(TS::writeDocx(path, spec, &error), qPrintable(error));

    CliResult r = cli({u"text"_s, path, u"--labels"_s});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"Definitions\n1. First\n2. Second\nSignatures\n"_s);

    // Without --labels the labels are not part of the text.
    r = cli({u"text"_s, path});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"Definitions\nFirst\nSecond\nSignatures\n"_s);
}

void TestCli::redlineReplaceWithComment()
{
    const QByteArray original = fileBytes(m_in);
    const CliResult r = redline({edit({{u"find"_s, u"five (5) years"_s},
                                       {u"replace"_s, u"three (3) years"_s},
                                       {u"comment"_s, u"Two to three years is market."_s}})});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFileInfo::exists(m_out));
    QCOMPARE(fileBytes(m_in), original);

    // The working text shows insertions as made and deletions as gone.
    const CliResult text = cli({u"text"_s, m_out});
    QVERIFY2(text.ran, qPrintable(text.describe()));
    QCOMPARE(text.exitCode, 0);
    QString expected = kTerm;
    expected.replace(u"five (5) years"_s, u"three (3) years"_s);
    QCOMPARE(text.out, u"Mutual Non-Disclosure Agreement\n"_s + expected + u"\n"_s + kSecret + u"\n"_s);

    // Tracked, not silently rewritten: the old words are in a deletion, the comment is there.
    const QString xml = mainPartXml(m_out);
    QVERIFY2(xml.contains(u"<w:del "_s) && xml.contains(u"<w:ins "_s), qPrintable(xml));
    QVERIFY2(xml.contains(u"five (5)"_s), qPrintable(xml));
    QVERIFY2(xml.contains(u"commentReference"_s), qPrintable(xml));
    auto package = Redliner::Docx::Package::open(m_out);
    QVERIFY2(package, qPrintable(package.error().toString()));
    bool commentFound = false;
    for (const QString &part : package.value().partNames()) {
        if (part.contains(u"comments"_s) && part.endsWith(u".xml"_s)) {
            auto bytes = package.value().read(part);
            QVERIFY(bytes);
            commentFound = commentFound || bytes.value().contains("Two to three years is market.");
        }
    }
    QVERIFY2(commentFound, "the comment text is in no comments part");
}

void TestCli::redlineUnanchoredEditWritesNothing()
{
    const QByteArray original = fileBytes(m_in);
    const CliResult r = redline({edit({{u"find"_s, u"five (5) years"_s}, {u"replace"_s, u"three (3) years"_s}}),
                                 edit({{u"find"_s, u"seven (7) years"_s}, {u"replace"_s, u"two (2) years"_s}})});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"#2"_s), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"seven (7) years"_s), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains(u"#1"_s), qPrintable(u"the anchored edit is not an error:\n"_s + r.describe()));
    QVERIFY2(!QFileInfo::exists(m_out), "nothing may be written when an edit cannot be anchored");
    QCOMPARE(listing(m_dir->path()), (QStringList{u"edits.json"_s, u"nda.docx"_s}));
    QCOMPARE(fileBytes(m_in), original);
}

void TestCli::redlineOccurrencePicksTheNth()
{
    const CliResult r = redline({edit({{u"find"_s, u"party"_s}, {u"occurrence"_s, 2}, {u"replace"_s, u"Party"_s}})});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 0);
    const CliResult text = cli({u"text"_s, m_out});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"Each party shall notify the other Party in writing.\n"_s), qPrintable(text.out));

    // An occurrence that does not exist is refused with the count.
    QFile::remove(m_out);
    const CliResult third = redline({edit({{u"find"_s, u"party"_s}, {u"occurrence"_s, 3}, {u"replace"_s, u"Party"_s}})});
    QVERIFY2(third.ran, qPrintable(third.describe()));
    QCOMPARE(third.exitCode, 2);
    QVERIFY2(third.err.contains(u"2 time"_s), qPrintable(third.describe()));
    QVERIFY(!QFileInfo::exists(m_out));
}

void TestCli::redlineAfterInserts()
{
    const CliResult r = redline({edit({{u"after"_s, u"five (5) years"_s}, {u"replace"_s, u" (or until terminated)"_s}})});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 0);
    const CliResult text = cli({u"text"_s, m_out});
    QCOMPARE(text.exitCode, 0);
    QString expected = kTerm;
    expected.replace(u"five (5) years"_s, u"five (5) years (or until terminated)"_s);
    QVERIFY2(text.out.contains(expected + u"\n"_s), qPrintable(text.out));
    const QString xml = mainPartXml(m_out);
    QVERIFY2(xml.contains(u"<w:ins "_s), qPrintable(xml));
    QVERIFY2(!xml.contains(u"<w:del "_s), "a pure insertion deletes nothing");
}

void TestCli::invalidJsonNamesLineAndColumn()
{
    QVERIFY(writeFile(m_edits, "[\n  {\"find\": \"five (5) years\",\n   \"replace\": }\n]\n"));
    const CliResult r = cli({u"redline"_s, m_in, u"--edits"_s, m_edits, u"-o"_s, m_out});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 3);
    const QRegularExpression where(u"edits\\.json:(\\d+):(\\d+): "_s);
    const auto match = where.match(r.err);
    QVERIFY2(match.hasMatch(), qPrintable(r.describe()));
    QCOMPARE(match.captured(1).toInt(), 3);
    QVERIFY(match.captured(2).toInt() > 0);
    QVERIFY2(r.err.contains(u"JSON"_s), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(m_out));
}

void TestCli::unknownFieldIsNamed()
{
    const CliResult r = redline({edit({{u"find"_s, u"five (5) years"_s}, {u"replce"_s, u"three (3) years"_s}})});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"\"replce\""_s), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"edits.json"_s), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(m_out));
}

void TestCli::outputOverInputRefused()
{
    const QByteArray original = fileBytes(m_in);
    QVERIFY(writeEdits(m_edits, {edit({{u"find"_s, u"five (5) years"_s}, {u"replace"_s, u"three (3) years"_s}})}));
    QVERIFY(QFile::link(m_in, m_dir->filePath(u"link.docx"_s)));

    // The same file however it is spelled: the same path, a relative path, a symbolic link.
    const QList<QPair<QString, QString>> spellings = {
        {m_in, QString()},
        {u"./nda.docx"_s, m_dir->path()},
        {m_dir->filePath(u"link.docx"_s), QString()},
    };
    for (const auto &[output, workDir] : spellings) {
        const CliResult r = cli({u"redline"_s, m_in, u"--edits"_s, m_edits, u"-o"_s, output}, workDir);
        QVERIFY2(r.ran, qPrintable(r.describe()));
        QVERIFY2(r.exitCode == 3, qPrintable(u"-o "_s + output + u": "_s + r.describe()));
        QVERIFY2(r.err.contains(u"input"_s), qPrintable(r.describe()));
        QCOMPARE(fileBytes(m_in), original);
        QVERIFY(QFileInfo(m_dir->filePath(u"link.docx"_s)).isSymLink());
    }
}

void TestCli::brokenInputIsInputError()
{
    const QString broken = m_dir->filePath(u"broken.docx"_s);
    QVERIFY(writeFile(broken, "This was saved from a text editor, not from Word.\n"));
    QVERIFY(writeEdits(m_edits, {edit({{u"find"_s, u"five"_s}, {u"replace"_s, u"three"_s}})}));

    CliResult r = cli({u"redline"_s, broken, u"--edits"_s, m_edits, u"-o"_s, m_out});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"broken.docx"_s), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"not a ZIP"_s, Qt::CaseInsensitive), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(m_out));

    r = cli({u"text"_s, broken});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"broken.docx"_s) && r.err.contains(u"ZIP"_s), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());

    r = cli({u"text"_s, m_dir->filePath(u"missing.docx"_s)});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"missing.docx"_s), qPrintable(r.describe()));
}

void TestCli::invalidDateIsUsageError()
{
    const CliResult r = redline({edit({{u"find"_s, u"five (5) years"_s}, {u"replace"_s, u"three (3) years"_s}})},
                                {u"--date"_s, u"next Tuesday"_s});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"--date"_s) && r.err.contains(u"next Tuesday"_s), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(m_out));
}

void TestCli::authorAndDateAreWritten()
{
    const CliResult r = redline({edit({{u"find"_s, u"five (5) years"_s}, {u"replace"_s, u"three (3) years"_s}})},
                                {u"--author"_s, u"Jane Doe"_s, u"--date"_s, u"2026-01-02T03:04:05Z"_s});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 0);
    const QString xml = mainPartXml(m_out);
    QVERIFY2(xml.contains(u"w:author=\"Jane Doe\""_s), qPrintable(xml));
    QVERIFY2(xml.contains(u"w:date=\"2026-01-02T03:04:05Z\""_s), qPrintable(xml));
    QVERIFY2(!xml.contains(u"w:author=\"Redliner\""_s), "every change carries the given author");
}

void TestCli::pandocRejectGivesOriginalWords()
{
    const QString pandoc = QStandardPaths::findExecutable(u"pandoc"_s);
    if (pandoc.isEmpty())
        QSKIP("pandoc is not installed: cannot cross-check the tracked changes with another reader");

    const CliResult r = redline({edit({{u"find"_s, u"five (5) years"_s},
                                       {u"replace"_s, u"three (3) years"_s},
                                       {u"comment"_s, u"Market."_s}}),
                                 edit({{u"after"_s, u"in writing"_s}, {u"replace"_s, u" within ten days"_s}})});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 0);

    const auto plain = [&](const QString &mode) {
        const CliResult p = runProgram(pandoc, {u"--track-changes="_s + mode, u"-t"_s, u"plain"_s,
                                                u"--wrap=none"_s, m_out});
        if (!p.ran || p.exitCode != 0)
            qWarning("pandoc failed: %s", qPrintable(p.describe()));
        return p.out.simplified();
    };
    const QString rejected = plain(u"reject"_s);
    QVERIFY2(rejected.contains(kTerm), qPrintable(rejected));
    QVERIFY2(rejected.contains(kSecret), qPrintable(rejected));
    QVERIFY2(!rejected.contains(u"three (3)"_s) && !rejected.contains(u"ten days"_s), qPrintable(rejected));

    const QString accepted = plain(u"accept"_s);
    QVERIFY2(accepted.contains(u"for three (3) years from"_s), qPrintable(accepted));
    QVERIFY2(accepted.contains(u"in writing within ten days."_s), qPrintable(accepted));
    QVERIFY2(!accepted.contains(u"five (5)"_s), qPrintable(accepted));
}

void TestCli::anAuthorWordCannotHoldIsAnInputError()
{
    // U+FFFF is not a character XML may hold: Word would refuse the whole file.
    for (const QString &command : {u"review"_s, u"redline"_s}) {
        QStringList args{command, m_in, u"-o"_s, m_out, u"--author"_s, u"Counsel\uFFFF"_s};
        if (command == u"redline"_s) {
            QFile edits(m_edits);
            QVERIFY(edits.open(QIODevice::WriteOnly));
            edits.write(R"([{"find": "Agreement", "replace": "agreement"}])");
            edits.close();
            args << u"--edits"_s << m_edits;
        }
        const CliResult r = cli(args);
        QVERIFY2(r.exitCode == 3, qPrintable(command + u": "_s + r.describe()));
        QVERIFY2(r.err.contains(u"U+FFFF"_s), qPrintable(r.describe()));
        QVERIFY(!QFileInfo::exists(m_out));
    }
}

void TestCli::reportOverAnInputIsRefused()
{
    const QByteArray original = fileBytes(m_in);
    QVERIFY(QFile::link(m_in, m_dir->filePath(u"link.docx"_s)));
    QVERIFY(::link(QFile::encodeName(m_in).constData(), QFile::encodeName(m_dir->filePath(u"hard.docx"_s)).constData()) == 0);
    // The NDA however it is spelled: as given, relative, through a symbolic link, a hard link.
    const QList<QPair<QString, QString>> spellings = {
        {m_in, QString()},
        {u"nda.docx"_s, m_dir->path()},
        {m_dir->filePath(u"link.docx"_s), QString()},
        {m_dir->filePath(u"hard.docx"_s), QString()},
    };
    for (const auto &[report, workDir] : spellings) {
        const CliResult r = cli({u"review"_s, m_in, u"-o"_s, m_out, u"--report"_s, report}, workDir);
        QVERIFY2(r.ran, qPrintable(r.describe()));
        QVERIFY2(r.exitCode == 3, qPrintable(u"--report "_s + report + u": "_s + r.describe()));
        QVERIFY2(r.err.contains(report) && r.err.contains(m_in), qPrintable(r.describe()));
        QVERIFY2(!r.out.contains(u"Wrote"_s), qPrintable(r.describe()));
        QCOMPARE(fileBytes(m_in), original);
        QVERIFY(!QFileInfo::exists(m_out));
    }
    // Other inputs are protected the same way: the playbook, the edits.
    const QString playbook = m_dir->filePath(u"playbook.json"_s);
    QVERIFY(QFile::copy(u":/playbooks/nda-default.json"_s, playbook) || writeFile(playbook, "{}"));
    const QByteArray playbookBytes = fileBytes(playbook);
    CliResult r = cli({u"review"_s, m_in, u"-o"_s, m_out, u"--playbook"_s, playbook, u"--report"_s, playbook});
    QVERIFY2(r.exitCode == 3 && r.err.contains(u"--playbook"_s), qPrintable(r.describe()));
    QCOMPARE(fileBytes(playbook), playbookBytes);
    QVERIFY(writeEdits(m_edits, {edit({{u"find"_s, u"five (5) years"_s}, {u"replace"_s, u"three (3) years"_s}})}));
    const QByteArray editsBytes = fileBytes(m_edits);
    r = cli({u"redline"_s, m_in, u"--edits"_s, m_edits, u"-o"_s, m_edits});
    QVERIFY2(r.exitCode == 3 && r.err.contains(u"--edits"_s), qPrintable(r.describe()));
    QCOMPARE(fileBytes(m_edits), editsBytes);
}

void TestCli::outputsMustDiffer()
{
    // --report over -o would replace the redline just written, and still say "Wrote".
    CliResult r = cli({u"review"_s, m_in, u"-o"_s, m_out, u"--report"_s, m_out});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"--report"_s) && r.err.contains(u"-o"_s) && r.err.contains(m_out), qPrintable(r.describe()));
    QVERIFY2(!r.out.contains(u"Wrote"_s), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(m_out));

    // Neither exists yet: the same directory and name, spelled differently.
    QVERIFY(QDir(m_dir->path()).mkdir(u"sub"_s));
    r = cli({u"review"_s, m_in, u"-o"_s, u"sub/../out.docx"_s, u"--report"_s, m_dir->filePath(u"out.docx"_s)}, m_dir->path());
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"out.docx"_s)));
}

void TestCli::outputThatIsNotARegularFileIsRefused()
{
    const QString fifo = m_dir->filePath(u"pipe.docx"_s);
    if (!makeFifo(fifo))
        QSKIP("cannot make a FIFO here");
    QVERIFY(QFile::link(fifo, m_dir->filePath(u"pipe-link.docx"_s)));
    QVERIFY(writeEdits(m_edits, {edit({{u"find"_s, u"five (5) years"_s}, {u"replace"_s, u"three (3) years"_s}})}));
    for (const QString &output : {fifo, m_dir->filePath(u"pipe-link.docx"_s)}) {
        const CliResult r = cliBounded({u"redline"_s, m_in, u"--edits"_s, m_edits, u"-o"_s, output});
        QVERIFY2(r.ran, qPrintable(r.describe()));
        QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(output) && r.err.contains(u"FIFO"_s), qPrintable(r.describe()));
        QVERIFY2(isFifo(fifo), "the FIFO was replaced by a regular file");
    }
    // A report onto it is refused before the redline is written.
    CliResult r = cliBounded({u"review"_s, m_in, u"-o"_s, m_out, u"--report"_s, fifo});
    QVERIFY2(r.exitCode == 4 && r.err.contains(u"--report"_s), qPrintable(r.describe()));
    QVERIFY(isFifo(fifo));
    QVERIFY(!QFileInfo::exists(m_out));
    // A directory is no file to replace either.
    r = cliBounded({u"review"_s, m_in, u"-o"_s, m_dir->path()});
    QVERIFY2(r.exitCode == 4 && r.err.contains(u"directory"_s), qPrintable(r.describe()));
}

void TestCli::nonRegularInputsAreRefusedUnopened()
{
    const QString fifo = m_dir->filePath(u"pipe"_s);
    if (!makeFifo(fifo))
        QSKIP("cannot make a FIFO here");
    QVERIFY(QFile::link(fifo, m_dir->filePath(u"pipe.md"_s)));
    QVERIFY(QFile::link(fifo, m_dir->filePath(u"pipe.txt"_s)));
    QVERIFY(writeEdits(m_edits, {edit({{u"find"_s, u"five (5) years"_s}, {u"replace"_s, u"three (3) years"_s}})}));
    QStringList devices{fifo};
    QStringList mdDevices{m_dir->filePath(u"pipe.md"_s)};
    // /dev/zero never ends: without the check the whole of memory is read into one buffer.
    if (QFileInfo::exists(u"/dev/zero"_s)) {
        devices << u"/dev/zero"_s;
        QVERIFY(QFile::link(u"/dev/zero"_s, m_dir->filePath(u"zero.md"_s)));
        mdDevices << m_dir->filePath(u"zero.md"_s);
    }
    for (const QString &device : std::as_const(devices)) {
        const QList<QStringList> runs = {
            {u"text"_s, device},
            {u"clauses"_s, m_dir->filePath(u"pipe.txt"_s)},
            {u"redline"_s, m_in, u"--edits"_s, device, u"-o"_s, m_out},
            {u"review"_s, m_in, u"-o"_s, m_out, u"--playbook"_s, device},
            {u"review"_s, m_in, u"-o"_s, m_out, u"--provider"_s, u"openai"_s, u"--api-key-file"_s, device},
        };
        for (const QStringList &args : runs) {
            const CliResult r = cliBounded(args);
            QVERIFY2(r.ran, qPrintable(args.join(u' ') + u": "_s + r.describe()));
            QVERIFY2(r.exitCode == 3, qPrintable(args.join(u' ') + u": "_s + r.describe()));
            QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(args.join(u' ') + u": "_s + r.describe()));
            QVERIFY(!QFileInfo::exists(m_out));
        }
    }
    for (const QString &md : std::as_const(mdDevices)) {
        // Not "no such file": the file is there, it is just not one Redliner reads.
        const CliResult r = cliBounded({u"facts"_s, md});
        QVERIFY2(r.ran && r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(md) && r.err.contains(u"not a regular file"_s), qPrintable(r.describe()));
        QVERIFY2(!r.err.contains(u"no such file"_s), qPrintable(r.describe()));
    }
}

void TestCli::editsFileSizeIsBounded()
{
    // Valid JSON (an empty list after white space), but far larger than any edits file.
    QFile big(m_edits);
    QVERIFY(big.open(QIODevice::WriteOnly));
    const QByteArray spaces(1024 * 1024, ' ');
    for (int i = 0; i < 17; ++i)
        QVERIFY(big.write(spaces) == spaces.size());
    QVERIFY(big.write("[]") == 2);
    big.close();
    const CliResult r = cli({u"redline"_s, m_in, u"--edits"_s, m_edits, u"-o"_s, m_out});
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(m_edits) && r.err.contains(u"MiB"_s), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(m_out));
}

void TestCli::reportFailureSaysTheRedlineWasWritten()
{
    // First without a limit, to learn the sizes: the limit must let the redline through and stop the report.
    const QString report = m_dir->filePath(u"report.json"_s);
    CliResult r = cli({u"review"_s, m_in, u"-o"_s, m_out, u"--report"_s, report});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const qint64 redlineSize = QFileInfo(m_out).size();
    const qint64 reportSize = QFileInfo(report).size();
    // The redline's size varies by a few bytes between runs (its dates compress differently), so the
    // limit sits halfway between the two sizes rather than at the redline's exact size.
    if (reportSize <= redlineSize + 1024)
        QSKIP("the report is not clearly larger than the redline: no file size limit separates them");
    QVERIFY(QFile::remove(m_out) && QFile::remove(report));

    const qint64 limit = redlineSize + (reportSize - redlineSize) / 2;
    r = cliWithFileSizeLimit({u"review"_s, m_in, u"-o"_s, m_out, u"--report"_s, report}, limit);
    QVERIFY2(r.ran, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"Wrote "_s + m_out) && r.err.contains(u"could not write the report "_s + report),
             qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"File too large"_s), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains(u"Unknown error"_s), qPrintable(r.describe()));
    QVERIFY(Redliner::Docx::Package::open(m_out));
    QVERIFY(!QFileInfo::exists(report));

    // When the redline itself cannot be written, the reason is the system's, and nothing is left.
    QVERIFY(QFile::remove(m_out));
    r = cliWithFileSizeLimit({u"review"_s, m_in, u"-o"_s, m_out}, 100);
    QVERIFY2(r.exitCode == 4 && r.err.contains(u"File too large"_s), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(m_out));
}

void TestCli::commandHelpPrintsItsUsage()
{
    for (const QString &command : {u"text"_s, u"clauses"_s, u"changes"_s, u"facts"_s, u"redline"_s, u"review"_s}) {
        for (const QString &flag : {u"--help"_s, u"-h"_s}) {
            const CliResult r = cli({command, flag});
            QVERIFY2(r.ran, qPrintable(r.describe()));
            QVERIFY2(r.exitCode == 0, qPrintable(command + u" "_s + flag + u": "_s + r.describe()));
            QVERIFY2(r.out.startsWith(u"usage: redliner-cli "_s + command), qPrintable(r.describe()));
            QVERIFY2(r.out.contains(u"--help"_s), qPrintable(r.describe()));
        }
    }
    const CliResult r = cli({u"review"_s, u"--help"_s});
    QVERIFY2(r.out.contains(u"--timeout"_s) && r.out.contains(u"--report"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"--anthropic-version"_s), qPrintable(r.out));
}

// A counterparty's redline: their deletion and insertion in the term, and a comment on a defined
// term. `changes` lists them; a review's report carries them with the findings of their clause.
void TestCli::changesListsTheOtherSidesRedline()
{
    const QString who = u"w:author=\"Opposing Counsel\" w:date=\"2026-11-30T10:00:00Z\""_s;
    TS::DocxSpec spec;
    spec.documentXml = TS::wordDocument(
        TS::paragraph(u"Mutual Non-Disclosure Agreement"_s)
        + u"<w:p><w:r><w:t xml:space=\"preserve\">This Agreement remains in force for </w:t></w:r>"
          "<w:del w:id=\"1\" %1><w:r><w:delText>five (5)</w:delText></w:r></w:del>"
          "<w:ins w:id=\"2\" %1><w:r><w:t>three (3)</w:t></w:r></w:ins>"
          "<w:r><w:t xml:space=\"preserve\"> years from the </w:t></w:r><w:commentRangeStart w:id=\"3\"/>"
          "<w:r><w:t>Effective Date</w:t></w:r><w:commentRangeEnd w:id=\"3\"/>"
          "<w:r><w:commentReference w:id=\"3\"/></w:r><w:r><w:t>.</w:t></w:r></w:p>"_s.arg(who)
        + TS::paragraph(kSecret));
    spec.commentsXml = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments xmlns:w=\""_s + kWordNs
                       + u"\"><w:comment w:id=\"3\" w:author=\"Opposing Counsel\" w:initials=\"OC\" "
                         "w:date=\"2026-11-30T10:05:00Z\"><w:p><w:r><w:t>Why so long?</w:t></w:r></w:p></w:comment>"
                         "</w:comments>"_s;
    const QString path = m_dir->filePath(u"their-redline.docx"_s);
    QString error;
    QVERIFY2(TS::writeDocx(path, spec, &error), qPrintable(error));

    CliResult r = cli({u"changes"_s, path});
    QVERIFY2(r.ran && r.exitCode == 0, qPrintable(r.describe()));
    for (const QString &line :
         {u"Tracked changes: 2"_s, u"deletion  Opposing Counsel, 2026-11-30T10:00:00Z"_s, u"- \"five (5)\""_s,
          u"+ \"three (3)\""_s, u"Comments: 1"_s, u"on \"Effective Date\""_s, u"\"Why so long?\""_s})
        QVERIFY2(r.out.contains(line), qPrintable(line + u"\n"_s + r.describe()));

    r = cli({u"changes"_s, path, u"--json"_s});
    QVERIFY2(r.ran && r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray changes = json.value(u"changes"_s).toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).toObject().value(u"kind"_s).toString(), u"deletion"_s);
    QCOMPARE(changes.at(0).toObject().value(u"before"_s).toString(), u"five (5)"_s);
    QCOMPARE(changes.at(1).toObject().value(u"kind"_s).toString(), u"insertion"_s);
    QCOMPARE(changes.at(1).toObject().value(u"after"_s).toString(), u"three (3)"_s);
    QCOMPARE(changes.at(1).toObject().value(u"author"_s).toString(), u"Opposing Counsel"_s);
    QCOMPARE(changes.at(1).toObject().value(u"date"_s).toString(), u"2026-11-30T10:00:00Z"_s);
    const QJsonObject comment = json.value(u"comments"_s).toArray().first().toObject();
    QCOMPARE(comment.value(u"anchorText"_s).toString(), u"Effective Date"_s);
    QCOMPARE(comment.value(u"initials"_s).toString(), u"OC"_s);
    QCOMPARE(comment.value(u"text"_s).toString(), u"Why so long?"_s);

    // The review's report carries their markup, each change with the findings of its clause.
    const QString report = m_dir->filePath(u"their-report.json"_s);
    r = cli({u"review"_s, path, u"-o"_s, m_dir->filePath(u"answered.docx"_s), u"--report"_s, report});
    QVERIFY2(r.ran && r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject theirs = QJsonDocument::fromJson(fileBytes(report)).object().value(u"theirMarkup"_s).toObject();
    QCOMPARE(theirs.value(u"changes"_s).toArray().size(), 2);
    for (const QJsonValue &c : theirs.value(u"changes"_s).toArray())
        QVERIFY(c.toObject().value(u"findings"_s).isArray());
    QCOMPARE(theirs.value(u"comments"_s).toArray().size(), 1);

    // A comment-threads part we cannot read costs the report its markup, not the user the review;
    // `changes`, whose whole job it is, refuses the file naming the part.
    spec.commentsExtendedXml = u"<w15:commentsEx xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">"
                               "<w15:commentEx w15:paraId=\"1\">"_s;
    const QString broken = m_dir->filePath(u"broken-threads.docx"_s);
    QVERIFY2(TS::writeDocx(broken, spec, &error), qPrintable(error));
    r = cli({u"review"_s, broken, u"-o"_s, m_dir->filePath(u"broken-answered.docx"_s), u"--report"_s, report});
    QVERIFY2(r.ran && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"commentsExtended.xml"_s), qPrintable(r.describe()));
    const QJsonObject missing = QJsonDocument::fromJson(fileBytes(report)).object().value(u"theirMarkup"_s).toObject();
    QVERIFY(missing.value(u"error"_s).toString().contains(u"commentsExtended.xml"_s));
    r = cli({u"changes"_s, broken});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"commentsExtended.xml"_s), qPrintable(r.describe()));

    // A document nobody marked up says so.
    r = cli({u"changes"_s, m_in});
    QVERIFY2(r.ran && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, u"No tracked changes and no comments.\n"_s);
}

// redliner-cli compare: a "clean" new version becomes a redline of everything that changed, and
// its own reading (changes) lists them; a file compared with itself is copied unchanged.
void TestCli::compareTracksWhatChanged()
{
    const auto write = [&](const QString &name, const QStringList &paragraphs) {
        TS::DocxSpec spec;
        QString body;
        for (const QString &p : paragraphs)
            body += TS::paragraph(p);
        spec.documentXml = TS::wordDocument(body);
        const QString path = m_dir->filePath(name);
        QString error;
        return TS::writeDocx(path, spec, &error) ? path : QString();
    };
    const QString older = write(
        u"v1.docx"_s, {u"Mutual Non-Disclosure Agreement"_s, u"This Agreement remains in force for five (5) years."_s,
                       u"Each party may assign this Agreement."_s, u"Governing law: England."_s});
    const QString newer = write(
        u"v2.docx"_s, {u"Mutual Non-Disclosure Agreement"_s, u"This Agreement remains in force for three (3) years."_s,
                       u"Governing law: England."_s, u"The Recipient shall not solicit employees."_s});
    QVERIFY(!older.isEmpty() && !newer.isEmpty());
    const QString redline = m_dir->filePath(u"v1-v2.docx"_s);
    CliResult r = cli({u"compare"_s, older, newer, u"-o"_s, redline, u"--author"_s, u"Comparison"_s, u"--date"_s,
                       u"2026-12-01T09:00:00Z"_s});
    QVERIFY2(r.ran && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"1 paragraph(s) edited, 1 inserted, 1 deleted"_s), qPrintable(r.describe()));

    r = cli({u"changes"_s, redline});
    QVERIFY2(r.ran && r.exitCode == 0, qPrintable(r.describe()));
    for (const QString &line :
         {u"deletion  Comparison, 2026-12-01T09:00:00Z"_s, u"- \"five (5)\""_s, u"+ \"three (3)\""_s,
          u"- \"Each party may assign this Agreement.\""_s, u"+ \"The Recipient shall not solicit employees.\""_s})
        QVERIFY2(r.out.contains(line), qPrintable(line + u"\n"_s + r.describe()));
    r = cli({u"text"_s, redline});
    QVERIFY2(r.ran && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"three (3) years"_s) && !r.out.contains(u"five (5)"_s), qPrintable(r.out));

    // No difference: NEW itself, byte for byte.
    const QString same = m_dir->filePath(u"same.docx"_s);
    r = cli({u"compare"_s, newer, newer, u"-o"_s, same});
    QVERIFY2(r.ran && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"No differences"_s), qPrintable(r.describe()));
    QCOMPARE(fileBytes(same), fileBytes(newer));

    // The output may not be an input; nothing is written.
    r = cli({u"compare"_s, older, newer, u"-o"_s, newer});
    QVERIFY2(r.ran && r.exitCode == 3, qPrintable(r.describe()));
    r = cli({u"compare"_s, older, u"-o"_s, redline});
    QVERIFY2(r.ran && r.exitCode == 1 && r.err.contains(u"usage: redliner-cli compare"_s), qPrintable(r.describe()));

    // answer: the redline's changes rejected by their author read as the older version, accepted
    // as the newer one, with no change left either way.
    const QString rejected = m_dir->filePath(u"rejected.docx"_s);
    r = cli({u"answer"_s, redline, u"-o"_s, rejected, u"--reject-author"_s, u"Comparison"_s});
    QVERIFY2(r.ran && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"accepted, "_s) && r.out.contains(u"0 left as they came"_s), qPrintable(r.describe()));
    const CliResult olderText = cli({u"text"_s, older});
    QCOMPARE(cli({u"text"_s, rejected}).out, olderText.out);
    QVERIFY2(cli({u"changes"_s, rejected}).out.contains(u"No tracked changes"_s), qPrintable(r.describe()));
    const QString accepted = m_dir->filePath(u"accepted.docx"_s);
    r = cli({u"answer"_s, redline, u"-o"_s, accepted, u"--accept-all"_s, u"--accept-author"_s, u"Nobody"_s});
    QVERIFY2(r.ran && r.exitCode == 0 && r.err.contains(u"no tracked change is by Nobody"_s), qPrintable(r.describe()));
    QCOMPARE(cli({u"text"_s, accepted}).out, cli({u"text"_s, newer}).out);
    // Nothing to answer with, or both ways at once: a usage error, nothing written.
    r = cli({u"answer"_s, redline, u"-o"_s, accepted});
    QVERIFY2(r.ran && r.exitCode == 1 && r.err.contains(u"usage: redliner-cli answer"_s), qPrintable(r.describe()));
    r = cli({u"answer"_s, redline, u"-o"_s, accepted, u"--accept-all"_s, u"--reject-all"_s});
    QVERIFY2(r.ran && r.exitCode == 1, qPrintable(r.describe()));
}

// redliner-cli review DIR --out-dir OUT: every .docx under the folder reviewed, each redline and
// report written, one summary row per file (the broken ones with why), and an exit status that
// says not all of them could be reviewed. Word's lock files and our own outputs are not inputs.
void TestCli::folderReviewTriagesEveryFile()
{
    const QString in = m_dir->filePath(u"queue"_s);
    QVERIFY(QDir().mkpath(in + u"/from-client"_s));
    TS::DocxSpec nda;
    nda.documentXml = TS::wordDocument(
        TS::paragraph(u"Mutual Non-Disclosure Agreement"_s)
        + TS::paragraph(u"This Agreement is made between Acme Corporation (\u201CAcme\u201D) and Beta Holdings LLC "
                        "(\u201CBeta\u201D). Each party may disclose Confidential Information to the other party."_s)
        + TS::paragraph(
            u"This Agreement shall remain in effect for a period of five (5) years from the Effective Date."_s)
        + TS::paragraph(kSecret)
        + TS::paragraph(u"This Agreement is governed by the laws of the State of New York."_s));
    QString error;
    QVERIFY2(TS::writeDocx(in + u"/acme.docx"_s, nda, &error), qPrintable(error));
    QVERIFY(QFile::copy(in + u"/acme.docx"_s, in + u"/from-client/acme.docx"_s)); // the same name twice
    TS::DocxSpec recipe;
    recipe.documentXml = TS::wordDocument(TS::paragraph(u"Whisk two eggs with the sugar until pale."_s));
    QVERIFY2(TS::writeDocx(in + u"/recipe.docx"_s, recipe, &error), qPrintable(error));
    const auto put = [](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    QVERIFY(put(in + u"/notes.docx"_s, "These are notes, not a Word document."));
    // An encrypted Office file is an OLE compound file, not a ZIP package.
    QVERIFY(put(in + u"/locked.docx"_s, QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(504, '\0')));
    QVERIFY(put(in + u"/~$acme.docx"_s, "lock"));
    QVERIFY(put(in + u"/old (redline).docx"_s, "an earlier run's output"));

    const QString out = m_dir->filePath(u"triage"_s);
    CliResult r = cli({u"review"_s, in, u"--out-dir"_s, out});
    QVERIFY2(r.ran && r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"Reviewed 2 of 5 file(s)"_s), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"[5/5]"_s) && !r.err.contains(u"~$"_s), qPrintable(r.describe()));

    QFile csv(out + u"/summary.csv"_s);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.first().startsWith(u"file,parties,mutual or one-way,governing law,term,high,medium,low"_s));
    const auto rowOf = [&](const QString &file) {
        for (const QString &line : lines)
            if (line.startsWith(in + u"/"_s + file + u","_s))
                return line;
        return QString();
    };
    QVERIFY2(rowOf(u"acme.docx"_s).contains(u",reviewed,acme (redline).docx"_s), qPrintable(lines.join(u"\n"_s)));
    QVERIFY2(
        rowOf(u"acme.docx"_s).contains(u",Acme Corporation; Beta Holdings LLC,mutual,State of New York,5 year(s),"_s),
        qPrintable(rowOf(u"acme.docx"_s)));
    QVERIFY2(rowOf(u"from-client/acme.docx"_s).endsWith(u",reviewed,acme (2) (redline).docx"_s),
             qPrintable(lines.join(u"\n"_s)));
    // A recipe saved into the queue is named, not reviewed (five NDA clauses added to it would
    // read as a risky NDA in the triage).
    QVERIFY2(rowOf(u"recipe.docx"_s).contains(u"failed: "_s)
                 && rowOf(u"recipe.docx"_s).contains(u"does not look like a confidentiality agreement"_s),
             qPrintable(lines.join(u"\n"_s)));
    QVERIFY2(rowOf(u"notes.docx"_s).contains(u"failed: "_s) && rowOf(u"notes.docx"_s).contains(u"ZIP"_s),
             qPrintable(lines.join(u"\n"_s)));
    QVERIFY2(rowOf(u"locked.docx"_s).contains(u"password-protected"_s), qPrintable(lines.join(u"\n"_s)));
    for (const QString &name : {u"acme"_s, u"acme (2)"_s}) {
        QVERIFY2(QFileInfo::exists(out + u"/"_s + name + u" (redline).docx"_s), qPrintable(name));
        QVERIFY2(QFileInfo::exists(out + u"/"_s + name + u" (report).json"_s), qPrintable(name));
    }
    QVERIFY(!QFileInfo::exists(out + u"/notes (redline).docx"_s));
    QVERIFY(!QFileInfo::exists(out + u"/recipe (redline).docx"_s));
    // The redline is a review like any other: the term finding is a tracked change in it.
    auto redline = Redliner::Docx::DocumentReader::read(out + u"/acme (redline).docx"_s);
    QVERIFY2(redline, qPrintable(redline.error().toString()));
    QVERIFY(redline.value().body.xml.contains(u"<w:ins "_s) || redline.value().body.xml.contains(u"<w:del "_s));

    QFile html(out + u"/summary.html"_s);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    QCOMPARE(page.count(u"<tr"_s), 6);
    QCOMPARE(page.count(u"<tr class=\"failed\">"_s), 3);
    QVERIFY(page.contains(u"<a href=\"acme%20%282%29%20%28redline%29.docx\">"_s));

    // Four at once (the offline reviewer on a thread pool): the same summary, row for row.
    const QString four = m_dir->filePath(u"four-at-once"_s);
    r = cli({u"review"_s, in, u"--out-dir"_s, four, u"--jobs"_s, u"4"_s});
    QVERIFY2(r.ran && r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(fileBytes(four + u"/summary.csv"_s), fileBytes(out + u"/summary.csv"_s));

    // Only good files: exit 0; -o with --out-dir is a usage error.
    r = cli({u"review"_s, in + u"/acme.docx"_s, in + u"/from-client"_s, u"--out-dir"_s, m_dir->filePath(u"good"_s)});
    QVERIFY2(r.ran && r.exitCode == 0, qPrintable(r.describe()));
    r = cli({u"review"_s, in, u"--out-dir"_s, out, u"-o"_s, m_out});
    QCOMPARE(r.exitCode, 1);
    r = cli({u"review"_s, in, u"--out-dir"_s, out, u"--jobs"_s, u"0"_s});
    QCOMPARE(r.exitCode, 1);
}

namespace {

QString bundledPlaybook()
{
    return QStringLiteral(REDLINER_SOURCE_DIR) + u"/resources/playbooks/nda-default.json"_s;
}

// The bundled playbook with one textual change, which must apply exactly once.
QByteArray bundledWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray bytes = fileBytes(bundledPlaybook());
    const qsizetype at = bytes.indexOf(from);
    if (at < 0 || bytes.indexOf(from, at + 1) >= 0)
        return {};
    return bytes.replace(at, from.size(), to);
}

} // namespace

void TestCli::playbookCheckGivesTheLoadersVerdict()
{
    CliResult r = cli({u"playbook"_s, u"check"_s, bundledPlaybook()});
    QVERIFY2(r.ran && r.exitCode == 0, qPrintable(r.describe()));
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(fileBytes(bundledPlaybook()), QCryptographicHash::Sha256).toHex());
    QVERIFY2(r.out.contains(u"valid playbook \"Redliner default NDA playbook\", version 1.0.0"_s)
                 && r.out.contains(hash),
             qPrintable(r.describe()));

    // Two mistakes: both reported, with file, line and field, exit 3.
    const QString broken = m_dir->filePath(u"broken.json"_s);
    QByteArray bytes = bundledWith("confidentiality of the discussions\",\n      \"severity\": \"low\"",
                                   "confidentiality of the discussions\",\n      \"severity\": \"lowish\"");
    QVERIFY(!bytes.isEmpty());
    bytes.replace("\"max_months\": 36, \"proposed_months\": 24", "\"max_months\": 36, \"proposed_months\": 48");
    QVERIFY(writeFile(broken, bytes));
    r = cli({u"playbook"_s, u"check"_s, broken});
    QVERIFY2(r.ran && r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QRegularExpression(
                 u"broken\\.json:\\d+: issues\\[\\d+\\]\\.severity: must be low, medium or high, not 'lowish'"_s)),
             qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"parameters.proposed_months: must not exceed max_months"_s), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());

    r = cli({u"playbook"_s, u"check"_s, m_dir->filePath(u"missing.json"_s)});
    QVERIFY2(r.ran && r.exitCode == 3, qPrintable(r.describe()));
    r = cli({u"playbook"_s, u"lint"_s, bundledPlaybook()});
    QVERIFY2(r.ran && r.exitCode == 1 && r.err.contains(u"usage:"_s), qPrintable(r.describe()));
}

void TestCli::playbookDiffListsWhatDiffers()
{
    const QString edited = m_dir->filePath(u"edited.json"_s);
    const QByteArray bytes = bundledWith("confidentiality of the discussions\",\n      \"severity\": \"low\"",
                                         "confidentiality of the discussions\",\n      \"severity\": \"high\"");
    QVERIFY(!bytes.isEmpty());
    QVERIFY(writeFile(edited, bytes));
    CliResult r = cli({u"playbook"_s, u"diff"_s, bundledPlaybook(), edited});
    QVERIFY2(r.ran && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, u"publicity: severity: low -> high\n"_s);

    r = cli({u"playbook"_s, u"diff"_s, bundledPlaybook(), bundledPlaybook()});
    QVERIFY2(r.ran && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, u"no differences\n"_s);

    const QString broken = m_dir->filePath(u"broken.json"_s);
    QVERIFY(writeFile(broken, "{\"name\": 1}"));
    r = cli({u"playbook"_s, u"diff"_s, bundledPlaybook(), broken});
    QVERIFY2(r.ran && r.exitCode == 3 && r.err.contains(u"broken.json:1: name: must be a string"_s),
             qPrintable(r.describe()));
}

void TestCli::reportNamesThePlaybookVersionAndHash()
{
    const QString playbook = m_dir->filePath(u"ours.json"_s);
    const QByteArray bytes = bundledWith("\"version\": \"1.0.0\"", "\"version\": \"1.0.7\"");
    QVERIFY(!bytes.isEmpty());
    QVERIFY(writeFile(playbook, bytes));
    const QString report = m_dir->filePath(u"report.json"_s);
    const CliResult r = cli({u"review"_s, m_in, u"-o"_s, m_out, u"--playbook"_s, playbook, u"--report"_s, report});
    QVERIFY2(r.ran && r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject recorded = QJsonDocument::fromJson(fileBytes(report)).object().value(u"playbook"_s).toObject();
    QCOMPARE(recorded.value(u"version"_s).toString(), u"1.0.7"_s);
    QCOMPARE(recorded.value(u"sha256"_s).toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

QTEST_GUILESS_MAIN(TestCli)

#include "tst_cli.moc"
