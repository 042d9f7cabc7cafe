// SPDX-License-Identifier: GPL-3.0-or-later
//
// Broken, hostile and foreign files given to the reader. Every case must be refused with the
// right error code and a message that names the file (and the part, line and column where that
// applies) with a reason a user can act on; and reading must never write anything: the folder of
// the input keeps exactly its entries and the input keeps exactly its bytes.

#include "docx/documentreader.h"
#include "docx/package.h"

#include "docxbuilder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using Redliner::Docx::DocumentReader;
using Redliner::Docx::DocxError;
using Redliner::Docx::PackageLimits;
namespace TS = Redliner::TestSupport;

namespace {

QString codeName(DocxError::Code code)
{
    switch (code) {
    case DocxError::Code::None: return u"None"_s;
    case DocxError::Code::FileUnreadable: return u"FileUnreadable"_s;
    case DocxError::Code::NotAZip: return u"NotAZip"_s;
    case DocxError::Code::Encrypted: return u"Encrypted"_s;
    case DocxError::Code::Truncated: return u"Truncated"_s;
    case DocxError::Code::TooLarge: return u"TooLarge"_s;
    case DocxError::Code::MissingPart: return u"MissingPart"_s;
    case DocxError::Code::MalformedXml: return u"MalformedXml"_s;
    case DocxError::Code::ForbiddenXml: return u"ForbiddenXml"_s;
    case DocxError::Code::EditRefused: return u"EditRefused"_s;
    case DocxError::Code::WriteFailed: return u"WriteFailed"_s;
    }
    return u"Code(%1)"_s.arg(int(code));
}

// What a folder holds: every entry (hidden ones too) with its size and modification time.
QStringList listing(const QString &dirPath)
{
    QStringList out;
    const QFileInfoList entries = QDir(dirPath).entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &fi : entries) {
        out.append(u"%1 %2 %3"_s.arg(fi.fileName()).arg(fi.size()).arg(
            fi.lastModified().toMSecsSinceEpoch()));
    }
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QString kWordNs = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;

TS::DocxSpec simpleSpec()
{
    TS::DocxSpec spec;
    spec.documentXml = TS::wordDocument(TS::paragraph(u"The Receiving Party shall keep it secret."_s)
                                        + TS::paragraph(u"This Agreement lasts five (5) years."_s));
    return spec;
}

QByteArray build(const TS::DocxSpec &spec)
{
    QString error;
    const QByteArray bytes = TS::buildDocx(spec, &error);
    if (bytes.isEmpty())
        qWarning("buildDocx failed: %s", qPrintable(error));
    return bytes;
}

// Opens a copy of a ZIP in memory, lets change() modify the archive, and returns the new bytes
// (empty on failure). This is how the tests plant what buildDocx cannot: deleted entries,
// encrypted entries.
QByteArray repack(const QByteArray &zipBytes, const std::function<bool(zip_t *)> &change)
{
    void *copy = std::malloc(size_t(zipBytes.size()));
    if (!copy)
        return {};
    std::memcpy(copy, zipBytes.constData(), size_t(zipBytes.size()));
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *source = zip_source_buffer_create(copy, zip_uint64_t(zipBytes.size()), 1, &zerr);
    if (!source) {
        std::free(copy);
        zip_error_fini(&zerr);
        return {};
    }
    zip_t *archive = zip_open_from_source(source, 0, &zerr);
    zip_error_fini(&zerr);
    if (!archive) {
        zip_source_free(source);
        return {};
    }
    zip_source_keep(source);
    if (!change(archive) || zip_close(archive) != 0) {
        qWarning("repack failed: %s", zip_strerror(archive));
        zip_discard(archive);
        zip_source_free(source);
        return {};
    }
    QByteArray out;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(source, &st) == 0 && zip_source_open(source) == 0) {
        out.resize(qsizetype(st.size));
        const zip_int64_t n = zip_source_read(source, out.data(), st.size);
        zip_source_close(source);
        if (n < 0 || zip_uint64_t(n) != st.size)
            out.clear();
    }
    zip_source_free(source);
    return out;
}

// The expectations every refusal shares.
struct Refusal {
    DocxError::Code code = DocxError::Code::None;
    QString part;                // expected DocxError::part; empty when the package as a whole is refused
    QStringList reasonWords;     // each must occur in the reason (case-insensitive)
    bool lineAndColumn = false;  // an XML error: line and column must be given
};

// Reads path (which must be refused) and checks the error a user would see, and that reading
// left the input's folder and bytes exactly as they were. The error is returned in *out.
void expectRefused(const QString &path, const Refusal &expected, const PackageLimits &limits = {},
                   DocxError *out = nullptr)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QStringList before = listing(folder);
    const QByteArray bytesBefore = fileBytes(path);
    const bool existedBefore = QFileInfo::exists(path);

    const auto result = DocumentReader::read(path, limits);
    QVERIFY2(!result, qPrintable(u"%1 was read although it must be refused"_s.arg(path)));
    const DocxError e = result.error();
    if (out)
        *out = e;
    const QString message = e.toString();
    QVERIFY2(e.isError(), qPrintable(message));
    QCOMPARE(codeName(e.code), codeName(expected.code));

    // The message names the file the user gave...
    QVERIFY2(message.contains(QFileInfo(path).fileName()), qPrintable(u"no file name in: "_s + message));
    // ...and the part inside it where one is to blame.
    QCOMPARE(e.part, expected.part);
    if (!expected.part.isEmpty())
        QVERIFY2(message.contains(expected.part), qPrintable(u"no part name in: "_s + message));
    if (expected.lineAndColumn) {
        QVERIFY2(e.line > 0 && e.column > 0, qPrintable(u"no line/column in: "_s + message));
        QVERIFY2(message.contains(u"%1:%2:%3"_s.arg(expected.part).arg(e.line).arg(e.column)),
                 qPrintable(u"no part:line:column in: "_s + message));
    }
    QVERIFY2(!e.reason.trimmed().isEmpty(), qPrintable(u"no reason in: "_s + message));
    for (const QString &word : expected.reasonWords) {
        QVERIFY2(e.reason.contains(word, Qt::CaseInsensitive),
                 qPrintable(u"reason does not say \"%1\": %2"_s.arg(word, message)));
    }
    // A size given as "0 MB" explains nothing (small limits must not be rounded down to zero).
    static const QRegularExpression zeroMegabytes(u"\\b0 MB\\b"_s);
    QVERIFY2(!e.reason.contains(zeroMegabytes), qPrintable(u"meaningless size in: "_s + message));

    // Reading wrote nothing and changed nothing.
    QCOMPARE(listing(folder), before);
    QCOMPARE(QFileInfo::exists(path), existedBefore);
    QCOMPARE(fileBytes(path), bytesBefore);
}

} // namespace

class TestMalformed : public QObject {
    Q_OBJECT

private:
    // A fresh folder per case, so that its listing holds only the input.
    QString input(QTemporaryDir &dir, const QByteArray &bytes, const QString &name = u"contract.docx"_s)
    {
        const QString path = dir.filePath(name);
        if (!writeFile(path, bytes))
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void wellFormedDocxReads();
    void textFileIsNotAZip();
    void pdfIsNotAZip();
    void emptyFile();
    void folderPath();
    void nonexistentPath();
    void oleContainerIsEncrypted();
    void encryptedZipEntry();
    void truncatedArchive();
    void corruptedEntryFailsItsChecksum();
    void missingPackageRelsAndMainPart();
    void packageRelsPointAtMissingMainPart();
    void malformedDocumentXml();
    void entityDeclarationsForbidden();
    void deepNestingForbidden();
    void zipBomb();
    void entryOverMaxEntrySize();
    void moreEntriesThanMaxEntries();
    void totalOverMaxTotalSize();
    void malformedStylesXml();
};

// The positive control: the same helpers, the same folder checks, and a document that reads.
void TestMalformed::wellFormedDocxReads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray bytes = build(simpleSpec());
    QVERIFY(!bytes.isEmpty());
    const QString path = input(dir, bytes);
    const QStringList before = listing(dir.path());

    const auto doc = DocumentReader::read(path);
    QVERIFY2(doc, qPrintable(doc.error().toString()));
    QCOMPARE(doc.value().mainPart, u"word/document.xml"_s);
    QCOMPARE(doc.value().body.paragraphs.size(), 2);
    QCOMPARE(doc.value().body.text,
             u"The Receiving Party shall keep it secret.\nThis Agreement lasts five (5) years.\n"_s);
    QCOMPARE(doc.value().body.paragraphText(1).toString(), u"This Agreement lasts five (5) years."_s);

    QCOMPARE(listing(dir.path()), before);
    QCOMPARE(fileBytes(path), bytes);
}

void TestMalformed::textFileIsNotAZip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, "MUTUAL NON-DISCLOSURE AGREEMENT\n\nThis is plain text saved as .docx.\n");
    expectRefused(path, {DocxError::Code::NotAZip, {}, {u"zip"_s}});
}

void TestMalformed::pdfIsNotAZip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray pdf("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    pdf += QByteArray(2048, ' ') + "\n%%EOF\n";
    const QString path = input(dir, pdf, u"nda.pdf.docx"_s);
    expectRefused(path, {DocxError::Code::NotAZip, {}, {u"zip"_s}});
}

void TestMalformed::emptyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, QByteArray());
    QVERIFY(QFileInfo(path).isFile());
    expectRefused(path, {DocxError::Code::NotAZip, {}, {u"empty"_s}});
}

void TestMalformed::folderPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"looks-like.docx"_s);
    QVERIFY(QDir().mkpath(path));
    QVERIFY(writeFile(path + u"/inside.txt"_s, "not touched"));
    const QStringList inside = listing(path);
    expectRefused(path, {DocxError::Code::FileUnreadable, {}, {u"folder"_s}});
    QCOMPARE(listing(path), inside);
}

void TestMalformed::nonexistentPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"no-such-contract.docx"_s);
    expectRefused(path, {DocxError::Code::FileUnreadable, {}, {u"cannot be opened"_s, u"no such file"_s}});
    QVERIFY(!QFileInfo::exists(path));
}

// An encrypted Office document is an OLE compound file (EncryptionInfo + EncryptedPackage
// streams), not a ZIP; so is an old binary .doc.
void TestMalformed::oleContainerIsEncrypted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray cfb("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    cfb += QByteArray(16, '\0');
    cfb += QByteArray("\x3E\x00\x03\x00\xFE\xFF\x09\x00", 8);  // minor/major version, byte order, sector shift
    cfb += QByteArray(4096 - cfb.size(), '\0');
    const QString path = input(dir, cfb, u"protected.docx"_s);
    expectRefused(path, {DocxError::Code::Encrypted, {}, {u"password"_s}});
}

void TestMalformed::encryptedZipEntry()
{
    zip_uint16_t method = ZIP_EM_NONE;
    if (zip_encryption_method_supported(ZIP_EM_AES_256, 1))
        method = ZIP_EM_AES_256;
    else if (zip_encryption_method_supported(ZIP_EM_TRAD_PKWARE, 1))
        method = ZIP_EM_TRAD_PKWARE;
    if (method == ZIP_EM_NONE)
        QSKIP("this libzip can encrypt neither with AES-256 nor with traditional PKWARE");

    const QByteArray plain = build(simpleSpec());
    QVERIFY(!plain.isEmpty());
    const QByteArray encrypted = repack(plain, [method](zip_t *archive) {
        const zip_int64_t index = zip_name_locate(archive, "word/document.xml", 0);
        return index >= 0 && zip_file_set_encryption(archive, zip_uint64_t(index), method, "secret") == 0;
    });
    QVERIFY(!encrypted.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, encrypted);
    expectRefused(path, {DocxError::Code::Encrypted, u"word/document.xml"_s, {u"encrypted"_s}});
}

void TestMalformed::truncatedArchive()
{
    const QByteArray whole = build(simpleSpec());
    QVERIFY(!whole.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, whole.left(whole.size() * 6 / 10), u"download.docx"_s);
    expectRefused(path, {DocxError::Code::Truncated, {}, {u"truncated"_s}});
}

// One flipped byte inside a stored (uncompressed) entry: the ZIP structure is intact, only the
// entry's CRC-32 says the content is damaged. Reading it silently would hand the user a document
// with different words (and a redline written from it would carry them with a fresh checksum).
void TestMalformed::corruptedEntryFailsItsChecksum()
{
    const QByteArray storedDocx = repack(build(simpleSpec()), [](zip_t *archive) {
        for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
            if (zip_set_file_compression(archive, zip_uint64_t(i), ZIP_CM_STORE, 0) != 0)
                return false;
        }
        return true;
    });
    QVERIFY(!storedDocx.isEmpty());
    const qsizetype at = storedDocx.indexOf("five (5) years");
    QVERIFY2(at > 0, "the entry should be stored uncompressed");
    QByteArray corrupted = storedDocx;
    corrupted[at] = 'n';  // "nive (5) years": still well-formed XML, but not what was written

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY2(DocumentReader::read(input(dir, storedDocx, u"intact.docx"_s)), "the intact stored package reads");
    const QString path = input(dir, corrupted);
    expectRefused(path, {DocxError::Code::Truncated, u"word/document.xml"_s, {u"damaged"_s}});
}

void TestMalformed::missingPackageRelsAndMainPart()
{
    TS::DocxSpec spec = simpleSpec();
    spec.stylesXml = u"<w:styles xmlns:w=\"%1\"/>"_s.arg(kWordNs);
    const QByteArray stripped = repack(build(spec), [](zip_t *archive) {
        for (const char *name : {"_rels/.rels", "word/document.xml"}) {
            const zip_int64_t index = zip_name_locate(archive, name, 0);
            if (index < 0 || zip_delete(archive, zip_uint64_t(index)) != 0)
                return false;
        }
        return true;
    });
    QVERIFY(!stripped.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, stripped);
    expectRefused(path, {DocxError::Code::MissingPart, u"_rels/.rels"_s, {u"main document"_s}});
}

void TestMalformed::packageRelsPointAtMissingMainPart()
{
    TS::DocxSpec spec = simpleSpec();
    spec.extraParts.append(
        {u"_rels/.rels"_s,
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "relationships/officeDocument\" Target=\"word/contract.xml\"/></Relationships>"});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, build(spec));
    expectRefused(path, {DocxError::Code::MissingPart, u"word/contract.xml"_s, {u"missing"_s}});
}

void TestMalformed::malformedDocumentXml()
{
    // The unclosed <w:t> is on line 3; the parser notices at the </w:r> on that same line.
    TS::DocxSpec spec;
    spec.documentXml = TS::wordDocument(TS::paragraph(u"Fine."_s) + u"\n"_s
                                        + u"<w:p><w:r><w:t>unclosed</w:r></w:p>\n"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, build(spec));
    DocxError e;
    expectRefused(path, {DocxError::Code::MalformedXml, u"word/document.xml"_s, {u"well-formed"_s}, true}, {}, &e);
    QCOMPARE(e.line, 3);
}

void TestMalformed::entityDeclarationsForbidden()
{
    QString dtd = u"<!DOCTYPE w:document [\n  <!ENTITY lol \"lol\">\n"_s;
    for (int i = 1; i <= 9; ++i) {
        const QString prev = i == 1 ? u"lol"_s : u"lol%1"_s.arg(i - 1);
        dtd += u"  <!ENTITY lol%1 \""_s.arg(i) + QString(u"&"_s + prev + u";"_s).repeated(10) + u"\">\n"_s;
    }
    dtd += u"]>\n"_s;
    TS::DocxSpec spec;
    spec.documentXml = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"_s + dtd
        + u"<w:document xmlns:w=\"%1\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"_s
              .arg(kWordNs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, build(spec));
    expectRefused(path, {DocxError::Code::ForbiddenXml, u"word/document.xml"_s, {u"DTD"_s}, true});
}

void TestMalformed::deepNestingForbidden()
{
    // 10,000 levels: 5,000 content controls, each w:sdt around a w:sdtContent.
    constexpr int pairs = 5'000;
    const QString body = u"<w:sdt><w:sdtContent>"_s.repeated(pairs) + TS::paragraph(u"deep"_s)
        + u"</w:sdtContent></w:sdt>"_s.repeated(pairs);
    TS::DocxSpec spec;
    spec.documentXml = TS::wordDocument(body);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, build(spec));
    expectRefused(path, {DocxError::Code::ForbiddenXml, u"word/document.xml"_s, {u"deeper"_s}, true});
}

void TestMalformed::zipBomb()
{
    // 64 MB of zeros deflate to about 64 KB: far beyond the 1000:1 a real part ever reaches.
    TS::DocxSpec spec = simpleSpec();
    spec.extraParts.append({u"word/media/zeros.bin"_s, QByteArray(64 * 1024 * 1024, '\0')});
    const QByteArray bytes = build(spec);
    QVERIFY(!bytes.isEmpty());
    QVERIFY2(bytes.size() < 1024 * 1024, "the bomb should be small on disk");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, bytes);
    expectRefused(path, {DocxError::Code::TooLarge, u"word/media/zeros.bin"_s, {u"ZIP bomb"_s}});
}

void TestMalformed::entryOverMaxEntrySize()
{
    TS::DocxSpec spec = simpleSpec();
    spec.extraParts.append({u"word/media/big.bin"_s, QByteArray("confidential ").repeated(16 * 1024)});  // 208 KiB
    const QByteArray bytes = build(spec);
    QVERIFY(!bytes.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, bytes);
    QVERIFY2(DocumentReader::read(path), "with the default limits the package is fine");

    PackageLimits limits;
    limits.maxEntrySize = 64 * 1024;
    QVERIFY2(bytes.size() < limits.maxEntrySize, "the file itself is within the limit; one part is not");
    expectRefused(path, {DocxError::Code::TooLarge, u"word/media/big.bin"_s, {u"more than"_s}}, limits);
}

void TestMalformed::moreEntriesThanMaxEntries()
{
    TS::DocxSpec spec = simpleSpec();
    for (int i = 1; i <= 6; ++i)
        spec.extraParts.append({u"customXml/item%1.xml"_s.arg(i), "<item/>"});
    const QByteArray bytes = build(spec);  // 4 generated entries + 6
    QVERIFY(!bytes.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, bytes);
    QVERIFY2(DocumentReader::read(path), "with the default limits the package is fine");

    PackageLimits limits;
    limits.maxEntries = 8;
    DocxError e;
    expectRefused(path, {DocxError::Code::TooLarge, {}, {u"entries"_s}}, limits, &e);
    QVERIFY2(e.reason.contains(u"10"_s) && e.reason.contains(u"8"_s), qPrintable(e.toString()));
}

void TestMalformed::totalOverMaxTotalSize()
{
    TS::DocxSpec spec = simpleSpec();
    for (int i = 1; i <= 3; ++i)  // three parts of 48 KiB each: each fine, together too much
        spec.extraParts.append({u"word/media/part%1.bin"_s.arg(i), QByteArray(48 * 1024, char('a' + i))});
    const QByteArray bytes = build(spec);
    QVERIFY(!bytes.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, bytes);
    QVERIFY2(DocumentReader::read(path), "with the default limits the package is fine");

    PackageLimits limits;
    limits.maxTotalSize = 100 * 1024;
    expectRefused(path, {DocxError::Code::TooLarge, {}, {u"more than"_s}}, limits);
}

void TestMalformed::malformedStylesXml()
{
    TS::DocxSpec spec = simpleSpec();
    spec.stylesXml = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:styles xmlns:w=\"%1\">\n"
                     "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\">\n"
                     "</w:style></w:styles>\n"_s.arg(kWordNs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, build(spec));
    DocxError e;
    expectRefused(path, {DocxError::Code::MalformedXml, u"word/styles.xml"_s, {u"well-formed"_s}, true}, {}, &e);
    QCOMPARE(e.line, 4);
}

QTEST_GUILESS_MAIN(TestMalformed)
#include "tst_malformed.moc"
