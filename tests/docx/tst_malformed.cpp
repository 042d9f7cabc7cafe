// SPDX-License-Identifier: GPL-3.0-or-later
//
// Broken, hostile and foreign files given to the reader. Every case must be refused with the
// right error code and a message that names the file (and the part, line and column where that
// applies) with a reason a user can act on; and reading must never write anything: the folder of
// the input keeps exactly its entries and the input keeps exactly its bytes.

#include "docx/documentreader.h"
#include "docx/package.h"
#include "docx/revisionwriter.h"
#include "docx/xmltext.h"

#include "docxbuilder.h"
#include "zipcraft.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using Redliner::Docx::DocumentReader;
using Redliner::Docx::Document;
using Redliner::Docx::DocxError;
using Redliner::Docx::Edit;
using Redliner::Docx::Package;
using Redliner::Docx::RevisionWriter;
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
    case DocxError::Code::Unsupported: return u"Unsupported"_s;
    case DocxError::Code::InvalidText: return u"InvalidText"_s;
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

// Reads a package from memory; fails the test when it does not read.
Document readBytes(const QByteArray &bytes, const QString &name = u"contract.docx"_s)
{
    auto package = Package::fromBytes(bytes, name);
    if (!package)
        qWarning("%s", qPrintable(package.error().toString()));
    auto doc = package ? DocumentReader::read(package.value()) : Redliner::Docx::Outcome<Document>(package.error());
    if (!doc)
        qWarning("%s", qPrintable(doc.error().toString()));
    return doc ? doc.value() : Document{};
}

// The bytes of one entry of a ZIP (empty when it is missing).
QByteArray entry(const QByteArray &zip, const QString &name)
{
    auto package = Package::fromBytes(zip, u"out.docx"_s);
    if (!package)
        return {};
    auto bytes = package.value().read(name);
    return bytes ? bytes.value() : QByteArray();
}

Edit replaceText(const Document &doc, const QString &what, const QString &with, const QString &comment = {})
{
    const qsizetype at = doc.body.text.indexOf(what);
    return {qint32(at), qint32(at + what.size()), with, comment};
}

// A document.xml whose text holds `text`, declared in `encoding`, as a QString.
QString declaredDocument(const QString &encoding, const QString &text)
{
    return u"<?xml version=\"1.0\" encoding=\"%1\" standalone=\"yes\"?>\n"_s.arg(encoding)
        + u"<w:document xmlns:w=\"%1\"><w:body><w:p><w:r><w:t>%2</w:t></w:r></w:p>"
          "<w:p><w:r><w:t>This Agreement lasts five (5) years.</w:t></w:r></w:p></w:body></w:document>"_s
              .arg(kWordNs, text);
}

// A small XML part in a legacy encoding, holding bytes in that encoding: copied, never rewritten.
QByteArray headerPartIn(const QString &encoding, const QByteArray &bytes)
{
    return "<?xml version=\"1.0\" encoding=\"" + encoding.toLatin1() + "\"?>\n<item>" + bytes + "</item>";
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
    void overlappingEntriesShareData();
    void duplicatePartNames();
    void unwritableCharactersRefused_data();
    void unwritableCharactersRefused();
    void writerNeverEmitsUnwritableCharacters();
    void utf32Refused();
    void undeclaredEncodingRefused();
    void utf16WithoutByteOrderMarkRoundTrips_data();
    void utf16WithoutByteOrderMarkRoundTrips();
    void legacyEncodingHonoured_data();
    void legacyEncodingHonoured();
    void contentTypesMissing();
    void contentTypesMalformed();
    void contentTypesWithDtd();
    void commentsRelationshipToTheBody();
    void listNumberNeverNegative();
    void legacyEncodingInStylesAndNumbering();
    void tooManyAttributes();
    void tooManyNamespaceDeclarations();
    void storyOverMaxStorySize();
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

// Many names reading one compressed stream: each entry is within every limit, together they
// inflate without bound (1.1 MB in, 945 MB out). Refused however small the shared entry is.
void TestMalformed::overlappingEntriesShareData()
{
    TS::DocxSpec spec = simpleSpec();
    spec.extraParts.append({u"customXml/item1.xml"_s, "<item/>"});
    const QByteArray intact = build(spec);
    QVERIFY(!intact.isEmpty());
    const QByteArray crafted = TS::shareEntryData(intact, "customXml/item1.xml", "word/document.xml");
    QVERIFY(!crafted.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY2(DocumentReader::read(input(dir, intact, u"intact.docx"_s)), "the package before the change reads");
    const QString path = input(dir, crafted);
    DocxError e;
    expectRefused(path, {DocxError::Code::Truncated, {}, {u"share their data"_s}}, {}, &e);
    QVERIFY2(e.reason.contains(u"customXml/item1.xml"_s) && e.reason.contains(u"word/document.xml"_s),
             qPrintable(e.toString()));
}

// Two entries named word/document.xml (the second spelled in other case): which one a reader
// takes is up to the reader, so the review could see other words than Word shows.
void TestMalformed::duplicatePartNames()
{
    TS::DocxSpec spec = simpleSpec();
    spec.extraParts.append({u"word/DOCUMENT.XMX"_s, "<w:document/>"});
    QByteArray bytes = build(spec);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(bytes.count("word/DOCUMENT.XMX"), 2);  // its local header and its directory entry
    bytes.replace("word/DOCUMENT.XMX", "word/DOCUMENT.XML");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, bytes);
    expectRefused(path, {DocxError::Code::Truncated, u"word/DOCUMENT.XML"_s, {u"twice"_s}});
}

void TestMalformed::unwritableCharactersRefused_data()
{
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("code");
    QTest::newRow("U+FFFE") << u"a\uFFFEb"_s << u"U+FFFE"_s;
    QTest::newRow("U+FFFF") << u"a\uFFFFb"_s << u"U+FFFF"_s;
    QTest::newRow("C0 control") << u"a\u0001b"_s << u"U+0001"_s;
    QTest::newRow("lone high surrogate") << (u"a"_s + QChar(0xD800) + u"b"_s) << u"U+D800"_s;
    QTest::newRow("lone low surrogate") << (u"a"_s + QChar(0xDC00) + u"b"_s) << u"U+DC00"_s;
}

// Text XML 1.0 cannot carry makes a document Word refuses to open, and a lone surrogate became
// "?" without a word. Refused, naming the edit and the character, as an input error.
void TestMalformed::unwritableCharactersRefused()
{
    QFETCH(QString, bad);
    QFETCH(QString, code);
    const Document doc = readBytes(build(simpleSpec()));
    QVERIFY(!doc.body.text.isEmpty());
    const QString emoji = u"\U0001F600"_s;  // a proper pair is fine
    QVERIFY2(RevisionWriter::write(doc, {replaceText(doc, u"five"_s, u"three "_s + emoji)}),
             "a surrogate pair is written");

    auto expectInvalid = [&](const QList<Edit> &edits, const Redliner::Docx::RevisionOptions &options,
                             const QString &where) {
        const auto out = RevisionWriter::write(doc, edits, options);
        QVERIFY2(!out, qPrintable(where + u" was written"_s));
        QCOMPARE(codeName(out.error().code), u"InvalidText"_s);
        QVERIFY(out.error().isInputError());
        const QString message = out.error().toString();
        QVERIFY2(message.contains(u"contract.docx"_s) && message.contains(where) && message.contains(code),
                 qPrintable(message));
    };
    expectInvalid({replaceText(doc, u"five"_s, bad)}, {}, u"edit #1: its new text"_s);
    expectInvalid({replaceText(doc, u"secret"_s, u"safe"_s), replaceText(doc, u"five"_s, u"three"_s, bad)}, {},
                  u"edit #2: its comment"_s);
    Redliner::Docx::RevisionOptions options;
    options.author = bad;
    expectInvalid({replaceText(doc, u"five"_s, u"three"_s)}, options, u"the author name"_s);
    QVERIFY(!RevisionWriter::check(doc, {replaceText(doc, u"five"_s, bad)}).isEmpty());
}

// Defence in depth: whatever reaches the XML writer, it never emits such a character.
void TestMalformed::writerNeverEmitsUnwritableCharacters()
{
    const QString mixed = u"a\uFFFE\uFFFF\u0001\t\n\r&<"_s + QChar(0xD800) + u"b"_s + QChar(0xDC00)
        + u"\U0001F600"_s;
    QCOMPARE(Redliner::Docx::escapeXml(mixed), u"a\t\n\r&amp;&lt;b\U0001F600"_s);
    QCOMPARE(Redliner::Docx::invalidXmlCharacter(u"fine \U0001F600"_s), -1);
}

void TestMalformed::utf32Refused()
{
    QStringEncoder encoder(QStringEncoder::Utf32LE);
    TS::DocxSpec spec = simpleSpec();
    spec.extraParts.append({u"word/document.xml"_s, QByteArray(encoder(declaredDocument(u"UTF-32"_s, u"x"_s)))});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    expectRefused(input(dir, build(spec)), {DocxError::Code::Unsupported, u"word/document.xml"_s, {u"unsupported encoding"_s}});
}

void TestMalformed::undeclaredEncodingRefused()
{
    TS::DocxSpec spec = simpleSpec();
    spec.extraParts.append({u"word/document.xml"_s, declaredDocument(u"Shift_JIS"_s, u"x"_s).toLatin1()});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    expectRefused(input(dir, build(spec)),
                  {DocxError::Code::Unsupported, u"word/document.xml"_s, {u"unsupported encoding"_s, u"shift_jis"_s}});
}

void TestMalformed::utf16WithoutByteOrderMarkRoundTrips_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::newRow("UTF-16LE") << false;
    QTest::newRow("UTF-16BE") << true;
}

// Without a byte order mark the encoding shows in the first bytes ("<\0?\0"): the part is read
// and written back in it, not taken for UTF-8.
void TestMalformed::utf16WithoutByteOrderMarkRoundTrips()
{
    QFETCH(bool, bigEndian);
    QStringEncoder encoder(bigEndian ? QStringEncoder::Utf16BE : QStringEncoder::Utf16LE);
    const QByteArray part = encoder(declaredDocument(u"UTF-16"_s, u"Caf\u00e9 \u20ac5"_s));
    TS::DocxSpec spec = simpleSpec();
    spec.extraParts.append({u"word/document.xml"_s, part});
    const Document doc = readBytes(build(spec));
    QCOMPARE(doc.body.text, u"Caf\u00e9 \u20ac5\nThis Agreement lasts five (5) years.\n"_s);

    const auto out = RevisionWriter::write(doc, {replaceText(doc, u"five (5)"_s, u"three (3)"_s)});
    QVERIFY2(out, qPrintable(out.error().toString()));
    const QByteArray written = entry(out.value(), u"word/document.xml"_s);
    QVERIFY2(written.startsWith(bigEndian ? QByteArray("\0<", 2) : QByteArray("<\0", 2)), written.left(8).toHex().constData());
    QCOMPARE(readBytes(out.value()).body.text, u"Caf\u00e9 \u20ac5\nThis Agreement lasts three (3) years.\n"_s);
}

void TestMalformed::legacyEncodingHonoured_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("ISO-8859-1") << u"ISO-8859-1"_s << QByteArray("Caf\xE9 \xA9") << u"Caf\u00e9 \u00a9"_s;
    QTest::newRow("windows-1252") << u"windows-1252"_s << QByteArray("\x93" "Caf\xE9\x94 \x80") << u"\u201cCaf\u00e9\u201d \u20ac"_s;
}

// A part declared in a legacy encoding was read as UTF-8: an untouched "\u00e9" came out as U+FFFD.
// It is read as declared and written back as UTF-8 (declaration updated); untouched parts keep
// their bytes.
void TestMalformed::legacyEncodingHonoured()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const QByteArray part = declaredDocument(encoding, u"@"_s).toLatin1().replace("@", bytes);
    const QByteArray header = headerPartIn(encoding, bytes);
    TS::DocxSpec spec = simpleSpec();
    spec.extraParts.append({u"word/document.xml"_s, part});
    spec.extraParts.append({u"customXml/item1.xml"_s, header});
    const Document doc = readBytes(build(spec));
    QCOMPARE(doc.body.paragraphText(0).toString(), text);

    const auto out = RevisionWriter::write(doc, {replaceText(doc, u"five (5)"_s, u"three (3)"_s)});
    QVERIFY2(out, qPrintable(out.error().toString()));
    const QByteArray written = entry(out.value(), u"word/document.xml"_s);
    QVERIFY2(written.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""), written.left(60).constData());
    QVERIFY(!written.contains("\xEF\xBF\xBD"));  // no U+FFFD
    QVERIFY(written.contains(text.toUtf8()));
    QCOMPARE(readBytes(out.value()).body.paragraphText(0).toString(), text);
    QCOMPARE(entry(out.value(), u"customXml/item1.xml"_s), header);
}

void TestMalformed::contentTypesMissing()
{
    const QByteArray stripped = repack(build(simpleSpec()), [](zip_t *archive) {
        const zip_int64_t index = zip_name_locate(archive, "[Content_Types].xml", 0);
        return index >= 0 && zip_delete(archive, zip_uint64_t(index)) == 0;
    });
    QVERIFY(!stripped.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    expectRefused(input(dir, stripped), {DocxError::Code::MissingPart, u"[Content_Types].xml"_s, {u"missing"_s}});
}

void TestMalformed::contentTypesMalformed()
{
    TS::DocxSpec spec = simpleSpec();
    spec.extraParts.append({u"[Content_Types].xml"_s, "<?xml version=\"1.0\"?>\n<Types><Default Extension=\"xml\">"});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    expectRefused(input(dir, build(spec)),
                  {DocxError::Code::MalformedXml, u"[Content_Types].xml"_s, {u"well-formed"_s}, true});
}

// Every other part with a DTD is refused; this one was carried into the output as it was.
void TestMalformed::contentTypesWithDtd()
{
    const QByteArray types = entry(build(simpleSpec()), u"[Content_Types].xml"_s);
    QVERIFY(types.contains("<Types"));
    QByteArray withDtd = types;
    withDtd.insert(withDtd.indexOf("<Types"), "<!DOCTYPE Types [<!ENTITY x \"x\">]>\n");
    TS::DocxSpec spec = simpleSpec();
    spec.extraParts.append({u"[Content_Types].xml"_s, withDtd});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    expectRefused(input(dir, build(spec)), {DocxError::Code::ForbiddenXml, u"[Content_Types].xml"_s, {u"DTD"_s}, true});
}

// The comments relationship aimed at document.xml: the comment was appended to the body's
// original text and that replaced the redlined body, so the change was lost yet reported written.
void TestMalformed::commentsRelationshipToTheBody()
{
    TS::DocxSpec spec = simpleSpec();
    spec.extraParts.append(
        {u"word/_rels/document.xml.rels"_s,
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
         "comments\" Target=\"document.xml\"/></Relationships>"});
    const Document doc = readBytes(build(spec));
    QVERIFY(doc.comments.isEmpty());
    const auto out = RevisionWriter::write(doc, {replaceText(doc, u"five (5)"_s, u"three (3)"_s, u"Market."_s)});
    QVERIFY2(out, qPrintable(out.error().toString()));
    const Document written = readBytes(out.value());
    QCOMPARE(written.body.text, u"The Receiving Party shall keep it secret.\nThis Agreement lasts three (3) years.\n"_s);
    QCOMPARE(written.comments.size(), 1);
    QVERIFY(written.comments.first().text.contains(u"Market."_s));
    const QByteArray rels = entry(out.value(), u"word/_rels/document.xml.rels"_s);
    QCOMPARE(rels.count("/comments\""), 1);
    QVERIFY(!rels.contains("Target=\"document.xml\""));
}

// w:start 2147483647 was followed by the label -2147483648.
void TestMalformed::listNumberNeverNegative()
{
    TS::DocxSpec spec;
    spec.numberingXml = u"<w:numbering xmlns:w=\""_s + kWordNs + u"\"><w:abstractNum w:abstractNumId=\"0\">"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"2147483647\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"2147483647\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%2)\"/></w:lvl>"
        "<w:lvl w:ilvl=\"2\"><w:start w:val=\"-5\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3)\"/></w:lvl>"
        "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"_s;
    auto item = [](int level, const QString &text) {
        return u"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
               "<w:r><w:t>%2</w:t></w:r></w:p>"_s.arg(level).arg(text);
    };
    spec.documentXml = TS::wordDocument(item(0, u"a"_s) + item(0, u"b"_s) + item(0, u"c"_s) + item(1, u"d"_s)
                                        + item(1, u"e"_s) + item(2, u"f"_s));
    const Document doc = readBytes(build(spec));
    QCOMPARE(doc.body.paragraphs.size(), 6);
    QStringList labels;
    for (const auto &p : doc.body.paragraphs)
        labels.append(p.listLabel);
    QCOMPARE(labels, QStringList({u"2147483647."_s, u"2147483647."_s, u"2147483647."_s, u"(2147483647)"_s,
                                  u"(2147483647)"_s, u"0)"_s}));
}

// Styles and numbering declared in windows-1252 are read as declared: a bullet written as byte
// 0x95 is the label "\u2022", a heading style found by its name, an untouched part copied as it was.
void TestMalformed::legacyEncodingInStylesAndNumbering()
{
    TS::DocxSpec spec;
    const QByteArray styles =
        "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<w:styles xmlns:w=\"" + kWordNs.toLatin1()
        + "\"><w:style w:type=\"paragraph\" w:styleId=\"Quote\"><w:name w:val=\"\x93Quote\x94\"/></w:style>"
          "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>";
    const QByteArray numbering = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<w:numbering xmlns:w=\""
                                 + kWordNs.toLatin1()
                                 + "\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start "
                                   "w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
                                   "<w:lvlText w:val=\"\x95\"/></w:lvl></w:abstractNum><w:num "
                                   "w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                                   "</w:numbering>";
    // Placeholders make buildDocx write the relationships; the bytes below replace them.
    spec.stylesXml = u"<w:styles xmlns:w=\"%1\"/>"_s.arg(kWordNs);
    spec.numberingXml = u"<w:numbering xmlns:w=\"%1\"/>"_s.arg(kWordNs);
    spec.extraParts = {{u"word/styles.xml"_s, styles}, {u"word/numbering.xml"_s, numbering}};
    spec.documentXml =
        TS::wordDocument(u"<w:p><w:pPr><w:pStyle w:val=\"H1\"/></w:pPr><w:r><w:t>Confidentiality</w:t></w:r></w:p>"
                         "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                         "<w:r><w:t>This Agreement lasts five (5) years.</w:t></w:r></w:p>"_s);
    const Document doc = readBytes(build(spec));
    QCOMPARE(doc.body.paragraphs.size(), 2);
    QCOMPARE(doc.body.paragraphs.at(0).headingLevel, 1);
    QCOMPARE(doc.body.paragraphs.at(1).listLabel, u"\u2022"_s);

    const auto out = RevisionWriter::write(doc, {replaceText(doc, u"five (5)"_s, u"three (3)"_s)});
    QVERIFY2(out, qPrintable(out.error().toString()));
    QCOMPARE(entry(out.value(), u"word/styles.xml"_s), styles);
    QCOMPARE(entry(out.value(), u"word/numbering.xml"_s), numbering);
}

// 200,000 attributes on one element took QXmlStreamReader 86 s; refused before it parses.
void TestMalformed::tooManyAttributes()
{
    QString attributes;
    for (int i = 0; i < 20'000; ++i)
        attributes += u" a%1=\"1\""_s.arg(i);
    TS::DocxSpec spec;
    spec.documentXml = TS::wordDocument(TS::paragraph(u"Fine."_s) + u"\n<w:p"_s + attributes + u"/>"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DocxError e;
    expectRefused(input(dir, build(spec)), {DocxError::Code::ForbiddenXml, u"word/document.xml"_s, {u"20000 attributes"_s}, true},
                  {}, &e);
    QCOMPARE(e.line, 3);
}

void TestMalformed::tooManyNamespaceDeclarations()
{
    QString declarations;
    for (int i = 0; i < 5'000; ++i)
        declarations += u" xmlns:n%1=\"urn:n%1\""_s.arg(i);
    TS::DocxSpec spec;
    spec.documentXml = TS::wordDocument(u"<w:p"_s + declarations + u"><w:r><w:t>x</w:t></w:r></w:p>"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    expectRefused(input(dir, build(spec)), {DocxError::Code::ForbiddenXml, u"word/document.xml"_s, {u"namespaces"_s}, true});
}

// Reading holds a story about five times over: past the stated limit it is refused, not read
// until memory runs out (a 200 MB document took 3 GB to review).
void TestMalformed::storyOverMaxStorySize()
{
    QString body;
    for (int i = 0; i < 2'000; ++i)
        body += TS::paragraph(u"Paragraph %1 of a long agreement between the parties."_s.arg(i));
    TS::DocxSpec spec;
    spec.documentXml = TS::wordDocument(body);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = input(dir, build(spec));
    QVERIFY2(DocumentReader::read(path), "with the default limits the document reads");
    QCOMPARE(PackageLimits{}.maxStorySize, 64ll * 1024 * 1024);  // the limit README states
    PackageLimits limits;
    limits.maxStorySize = 64 * 1024;
    expectRefused(path, {DocxError::Code::TooLarge, u"word/document.xml"_s, {u"64 KB"_s, u"text parts"_s}}, limits);
}

QTEST_GUILESS_MAIN(TestMalformed)
#include "tst_malformed.moc"
