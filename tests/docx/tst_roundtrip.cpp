// SPDX-License-Identifier: GPL-3.0-or-later
// Round trips on real files: edits chosen like a reviewer's are written as tracked changes into
// every corpus .docx (and generated NDAs); then
//  - Redliner reads the output and sees exactly the edited text,
//  - every part it had no reason to touch is byte-identical, and document.xml is identical
//    outside the edited paragraphs,
//  - pandoc --track-changes=reject gives back the original words, =accept the edited words,
//  - LibreOffice headless opens (converts) every output.
#include "corpuspaths.h"
#include "editpicker.h"
#include "wordlist.h"

#include "docx/documentreader.h"
#include "docx/packagewriter.h"
#include "docx/revisionwriter.h"
#include "ndagenerator.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;

class TestRoundTrip final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_expect = CorpusPaths::expectations();
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        // Our own generated NDA-like documents always run, corpus or not.
        for (int pages : {1, 5, 20}) {
            const QString path = m_dir.filePath(u"generated-%1-pages.docx"_s.arg(pages));
            QString error;
            QVERIFY2(TestSupport::writeDocx(path, TestSupport::generateNda(pages, quint32(pages)), &error), qPrintable(error));
            QTest::newRow(qPrintable(u"generated/%1-pages"_s.arg(pages))) << path;
        }
        if (!CorpusPaths::available()) {
            qWarning("../shared/corpus is not beside this checkout: only generated documents are round-tripped");
            return;
        }
        for (const QString &f : CorpusPaths::docxFiles())
            QTest::newRow(f.toUtf8().constData()) << f;
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        const bool generated = QFileInfo(file).isAbsolute();
        const QString path = generated ? file : CorpusPaths::absolute(file);
        const auto expectation = m_expect.value(file).first;

        auto doc = Docx::DocumentReader::read(path);
        if (expectation == u"open-error") {
            QVERIFY(!doc);
            return;
        }
        QVERIFY2(doc, qPrintable(doc.error().toString()));
        const QList<Docx::Edit> edits = EditPicker::pick(doc.value(), quint32(qHash(file)), 8);
        if (edits.isEmpty()) {
            QVERIFY2(EditPicker::words(doc.value().body.text).size() < 3,
                     "a document with text should accept at least one edit");
            QSKIP("the body has no editable words");
        }
        ++m_filesEdited;
        m_editsWritten += int(edits.size());

        Docx::RevisionOptions options;
        options.author = u"Round Trip"_s;
        options.date = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        QList<Docx::RevisionWriter::Refusal> refusals;
        auto bytes = Docx::RevisionWriter::write(doc.value(), edits, options, &refusals);
        QVERIFY2(bytes, qPrintable(bytes.error().toString()));

        const QString out = m_dir.filePath(QString::number(m_outputs.size()) + u".docx"_s);
        QVERIFY(!Docx::saveAtomically(out, bytes.value(), path).isError());
        m_outputs.append(out);

        // 1. Redliner reads its own output as the edited text.
        const QString expected = EditPicker::applyEdits(doc.value().body.text, edits);
        auto pkg = Docx::Package::fromBytes(bytes.value(), out);
        QVERIFY(pkg);
        auto reread = Docx::DocumentReader::read(pkg.value());
        QVERIFY2(reread, qPrintable(reread.error().toString()));
        QCOMPARE(reread.value().body.text, expected);

        // 2. Untouched parts are byte-identical; document.xml changes only inside edited paragraphs.
        const Docx::Package &original = doc.value().package;
        const QString mainPart = doc.value().mainPart;
        const QStringList mayChange{mainPart, u"[Content_Types].xml"_s, Docx::Package::relationshipsPartName(mainPart)};
        for (const QString &part : original.partNames()) {
            if (mayChange.contains(part) || (!doc.value().comments.isEmpty() && part == doc.value().comments.first().partName))
                continue;
            QVERIFY2(pkg.value().read(part).value() == original.read(part).value(), qPrintable(part + u" changed"_s));
        }
        const Docx::Story &body = doc.value().body;
        qsizetype firstRaw = body.xml.size(), lastRaw = 0;
        for (const Docx::Edit &e : edits) {
            firstRaw = qMin(firstRaw, body.paragraphs.at(body.paragraphAt(e.start)).raw.begin);
            lastRaw = qMax(lastRaw, body.paragraphs.at(body.paragraphAt(e.end)).raw.end);
        }
        const QString newXml = reread.value().body.xml;
        qsizetype prefix = 0;
        while (prefix < newXml.size() && prefix < body.xml.size() && newXml.at(prefix) == body.xml.at(prefix))
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < newXml.size() && suffix < body.xml.size()
               && newXml.at(newXml.size() - 1 - suffix) == body.xml.at(body.xml.size() - 1 - suffix))
            ++suffix;
        QVERIFY2(prefix >= firstRaw, "document.xml changed before the first edited paragraph");
        QVERIFY2(suffix >= body.xml.size() - lastRaw, "document.xml changed after the last edited paragraph");

        // 3. pandoc: rejecting gives back the original, accepting gives the edits.
        if (!WordList::havePandoc()) {
            QSKIP("pandoc is not installed (apt-get install pandoc): pandoc checks skipped");
        }
        if (!CorpusPaths::available())
            return;  // pandoc-words lives in ../shared/tools
        const QString tool = CorpusPaths::sharedDir() + u"/tools/pandoc-words"_s;
        bool ok1 = false, ok2 = false;
        const QStringList originalRejected = WordList::pandocWords(tool, path, u"reject"_s, &ok1);
        const QStringList outRejected = WordList::pandocWords(tool, out, u"reject"_s, &ok2);
        if (expectation == u"pandoc-fails" || expectation == u"pandoc-misreads-revisions")
            return;  // see corpus-expectations.tsv: LibreOffice and Redliner's own reading still check it
        QVERIFY2(ok1 && ok2, "pandoc cannot read the output");
        QVERIFY2(outRejected == originalRejected, qPrintable(u"reject: "_s + WordList::firstDifference(originalRejected, outRejected)));
        // Accepting is compared where pandoc reads the original as Redliner does (see
        // corpus-expectations.tsv for the files where it does not, and why).
        const QStringList originalAccepted = WordList::pandocWords(tool, path, u"accept"_s, &ok1);
        if (!ok1 || originalAccepted != WordList::split(doc.value().body.text))
            return;
        ++m_acceptChecked;
        const QStringList outAccepted = WordList::pandocWords(tool, out, u"accept"_s, &ok2);
        const QStringList expectedWords = WordList::split(expected);
        QVERIFY2(outAccepted == expectedWords, qPrintable(u"accept: "_s + WordList::firstDifference(expectedWords, outAccepted)));
    }

    void libreOfficeOpensEveryOutput()
    {
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        if (soffice.isEmpty())
            QSKIP("LibreOffice is not installed (apt-get install libreoffice-writer-nogui): conversion check skipped");
        QVERIFY(!m_outputs.isEmpty());
        const QString pdfDir = m_dir.filePath(u"pdf"_s);
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(soffice, QStringList{u"--headless"_s, u"--norestore"_s,
                                     u"-env:UserInstallation=file://"_s + m_dir.filePath(u"lo-profile"_s),
                                     u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, pdfDir} + m_outputs);
        QVERIFY(p.waitForFinished(20 * 60 * 1000));
        const QString log = QString::fromUtf8(p.readAll());
        QCOMPARE(p.exitCode(), 0);
        for (const QString &out : std::as_const(m_outputs)) {
            const QFileInfo pdf(pdfDir + u"/"_s + QFileInfo(out).completeBaseName() + u".pdf"_s);
            QVERIFY2(pdf.exists() && pdf.size() > 0, qPrintable(u"LibreOffice could not open "_s + out + u"\n"_s + log.right(2000)));
        }
        qInfo("%lld redlined outputs (%d files, %d tracked edits) opened by LibreOffice; pandoc accept compared on %d",
              qlonglong(m_outputs.size()), m_filesEdited, m_editsWritten, m_acceptChecked);
    }

private:
    QTemporaryDir m_dir;
    QHash<QString, QPair<QString, QString>> m_expect;
    QStringList m_outputs;
    int m_filesEdited = 0;
    int m_editsWritten = 0;
    int m_acceptChecked = 0;
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
