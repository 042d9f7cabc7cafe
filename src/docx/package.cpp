// SPDX-License-Identifier: GPL-3.0-or-later
#include "package.h"
#include "xmlsafety.h"
#include "ziplayout.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>

#include <zip.h>

#include <memory>

namespace Redliner::Docx {

namespace {

struct ZipCloser {
    void operator()(zip_t *z) const { zip_discard(z); }
};
struct ZipFileCloser {
    void operator()(zip_file_t *f) const { zip_fclose(f); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

// libzip is opened on our in-memory copy, never on the user's file.
ZipPtr openArchive(const QByteArray &bytes, zip_error_t *error)
{
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, error);
    if (!source)
        return {};
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, error);
    if (!archive) {
        zip_source_free(source);
        return {};
    }
    return ZipPtr(archive);
}

// "712 KB", "3.4 MB": exact enough for a person, never "0 MB".
QString formatSize(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg((bytes + 1023) / 1024);
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

bool startsWith(const QByteArray &bytes, const char *magic, int length)
{
    return bytes.size() >= length && memcmp(bytes.constData(), magic, size_t(length)) == 0;
}

// A part's XML refused by the reader or by XmlSafety, with its place.
DocxError xmlError(const Package &package, const QString &part, const QXmlStreamReader &xml, const XmlSafety &safety)
{
    DocxError e = package.error(safety.failed() ? DocxError::Code::ForbiddenXml : DocxError::Code::MalformedXml, part,
                                safety.failed() ? safety.reason() : QStringLiteral("is not well-formed XML: ") + xml.errorString());
    e.line = safety.line(xml);
    e.column = safety.column(xml);
    return e;
}

} // namespace

DocxError Package::error(DocxError::Code code, const QString &part, const QString &reason) const
{
    DocxError e;
    e.code = code;
    e.file = m_displayName;
    e.part = part;
    e.reason = reason;
    return e;
}

Outcome<Package> Package::open(const QString &path, const PackageLimits &limits)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    auto fail = [&](const QString &reason) {
        DocxError e;
        e.code = DocxError::Code::FileUnreadable;
        e.file = path;
        e.reason = reason;
        return e;
    };
    if (QFileInfo(path).isDir())
        return fail(QStringLiteral("is a folder, not a .docx file"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot be opened: %1").arg(file.errorString()));
    // Compressed size is capped like an entry: a multi-GB "docx" is not a contract.
    if (file.size() > limits.maxEntrySize)
        return fail(QStringLiteral("is %1, larger than any Word document Redliner accepts").arg(formatSize(file.size())));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(QStringLiteral("cannot be read: %1").arg(file.errorString()));
    return fromBytes(std::move(bytes), path, limits);
}

Outcome<Package> Package::fromBytes(QByteArray bytes, const QString &displayName, const PackageLimits &limits)
{
    Package p;
    p.m_bytes = std::move(bytes);
    p.m_displayName = displayName;
    p.m_limits = limits;

    if (startsWith(p.m_bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return p.error(DocxError::Code::Encrypted, {},
                       QStringLiteral("is password-protected (encrypted) or an old binary .doc file; "
                                      "remove the password or save it as .docx in Word first"));
    if (p.m_bytes.isEmpty())
        return p.error(DocxError::Code::NotAZip, {}, QStringLiteral("is empty (0 bytes)"));
    if (!startsWith(p.m_bytes, "PK", 2))
        return p.error(DocxError::Code::NotAZip, {},
                       QStringLiteral("is not a Word .docx document (it is not a ZIP package)"));

    zip_error_t zerr;
    zip_error_init(&zerr);
    ZipPtr archive = openArchive(p.m_bytes, &zerr);
    if (!archive) {
        const int code = zip_error_code_zip(&zerr);
        zip_error_fini(&zerr);
        if (code == ZIP_ER_NOZIP)
            return p.error(DocxError::Code::Truncated, {},
                           QStringLiteral("is damaged or truncated: its ZIP directory is missing"));
        return p.error(DocxError::Code::Truncated, {},
                       QStringLiteral("is damaged or truncated (ZIP error %1)").arg(code));
    }
    zip_error_fini(&zerr);
    if (const QString layout = checkZipLayout(p.m_bytes); !layout.isEmpty())
        return p.error(DocxError::Code::Truncated, {}, QStringLiteral("is damaged or crafted: ") + layout);
    // The archive reads from the byte array; the deleter keeps a reference so the buffer outlives it.
    p.m_archive = std::shared_ptr<zip_t>(archive.release(), [keep = p.m_bytes](zip_t *z) { zip_discard(z); });

    const zip_int64_t count = zip_get_num_entries(p.m_archive.get(), 0);
    if (count > limits.maxEntries)
        return p.error(DocxError::Code::TooLarge, {},
                       QStringLiteral("has %1 entries, more than the %2 allowed").arg(count).arg(limits.maxEntries));

    qint64 total = 0;
    QSet<QString> seen;  // OPC part names are case-insensitive
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(p.m_archive.get(), zip_uint64_t(i), 0, &st) != 0)
            return p.error(DocxError::Code::Truncated, {}, QStringLiteral("has an unreadable ZIP entry #%1").arg(i));
        const QString name = QString::fromUtf8(st.name);
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return p.error(DocxError::Code::Encrypted, name,
                           QStringLiteral("is encrypted; remove the password in Word first"));
        const qint64 size = qint64(st.size);
        const qint64 packed = qint64(st.comp_size);
        if (size > limits.maxEntrySize)
            return p.error(DocxError::Code::TooLarge, name,
                           QStringLiteral("would unpack to %1, more than the %2 allowed for one part")
                               .arg(formatSize(size), formatSize(limits.maxEntrySize)));
        if (size > limits.ratioFloor && size > packed * limits.maxCompressionRatio)
            return p.error(DocxError::Code::TooLarge, name,
                           QStringLiteral("is compressed %1:1, a sign of a ZIP bomb").arg(size / qMax<qint64>(packed, 1)));
        total += size;
        if (total > limits.maxTotalSize)
            return p.error(DocxError::Code::TooLarge, {},
                           QStringLiteral("would unpack to more than the %1 allowed in all").arg(formatSize(limits.maxTotalSize)));
        if (!name.endsWith(QLatin1Char('/'))) {
            // Two entries of one name: readers disagree on which one counts, so a reviewer could
            // see one text and Word show another.
            const QString folded = name.toCaseFolded();
            if (seen.contains(folded))
                return p.error(DocxError::Code::Truncated, name,
                               QStringLiteral("occurs twice in the package (part names ignore case); the file is "
                                              "damaged or crafted"));
            seen.insert(folded);

            p.m_names.append(name);
            p.m_index.insert(name, i);
        }
    }
    return p;
}

Outcome<QByteArray> Package::read(const QString &partName) const
{
    return read(partName, m_limits.maxEntrySize);
}

Outcome<QByteArray> Package::read(const QString &partName, qint64 maxSize) const
{
    const auto it = m_index.constFind(partName);
    if (it == m_index.constEnd())
        return error(DocxError::Code::MissingPart, partName, QStringLiteral("is missing from the package"));

    zip_t *archive = m_archive.get();
    zip_stat_t st;
    zip_stat_init(&st);
    zip_stat_index(archive, zip_uint64_t(*it), 0, &st);
    const qint64 declared = qint64(st.size);
    const qint64 packed = qint64(st.comp_size);
    const qint64 cap = qMin(maxSize, m_limits.maxEntrySize);
    auto tooLarge = [&] {
        return error(DocxError::Code::TooLarge, partName,
                     QStringLiteral("unpacks to more than the %1 allowed for this part").arg(formatSize(cap)));
    };
    if (declared > cap)
        return tooLarge();

    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(archive, zip_uint64_t(*it), 0));
    if (!file)
        return error(DocxError::Code::Truncated, partName,
                     QStringLiteral("cannot be unpacked: %1").arg(QString::fromUtf8(zip_strerror(archive))));
    // The header's sizes may lie: count what actually inflates, in chunks, against every cap.
    const qint64 alreadyCounted = m_inflated.value(*it);
    const qint64 budget = m_limits.maxTotalSize - (m_inflatedTotal - alreadyCounted);
    QByteArray data;
    // Reserve what the header declares only as far as an honest entry could inflate.
    data.reserve(qMin(qMin(declared, cap), qMax(packed * m_limits.maxCompressionRatio, m_limits.ratioFloor)) + 1);
    constexpr qint64 chunk = 64 * 1024;
    for (;;) {
        const qint64 done = data.size();
        data.resize(done + chunk);
        const zip_int64_t n = zip_fread(file.get(), data.data() + done, zip_uint64_t(chunk));
        data.resize(done + qMax<zip_int64_t>(n, 0));
        if (n < 0)
            return error(DocxError::Code::Truncated, partName,
                         QStringLiteral("is damaged (%1)").arg(QString::fromUtf8(zip_file_strerror(file.get()))));
        if (n == 0)
            break;
        const qint64 size = data.size();
        if (size > cap)
            return tooLarge();
        if (size > budget)
            return error(DocxError::Code::TooLarge, partName,
                         QStringLiteral("unpacks past the %1 allowed for all parts together").arg(formatSize(m_limits.maxTotalSize)));
        if (size > m_limits.ratioFloor && size > packed * m_limits.maxCompressionRatio)
            return error(DocxError::Code::TooLarge, partName,
                         QStringLiteral("is compressed more than %1:1, a sign of a ZIP bomb").arg(m_limits.maxCompressionRatio));
    }
    // libzip verifies the checksum when the end is read: a damaged entry failed above.
    if (data.size() != declared)
        return error(DocxError::Code::Truncated, partName,
                     QStringLiteral("is damaged: it unpacks to %1 bytes, not the %2 its header declares").arg(data.size()).arg(declared));
    m_inflatedTotal += data.size() - alreadyCounted;
    m_inflated.insert(*it, data.size());
    return data;
}

QString Package::relationshipsPartName(const QString &partName)
{
    const qsizetype slash = partName.lastIndexOf(QLatin1Char('/'));
    const QString dir = slash < 0 ? QString() : partName.left(slash + 1);
    const QString file = slash < 0 ? partName : partName.mid(slash + 1);
    return dir + QStringLiteral("_rels/") + file + QStringLiteral(".rels");
}

QString resolvePartName(const QString &sourcePart, const QString &target)
{
    QString path;
    if (target.startsWith(QLatin1Char('/'))) {
        path = target.mid(1);
    } else {
        const qsizetype slash = sourcePart.lastIndexOf(QLatin1Char('/'));
        path = (slash < 0 ? QString() : sourcePart.left(slash + 1)) + target;
    }
    QStringList out;
    for (const QString &seg : path.split(QLatin1Char('/'))) {
        if (seg.isEmpty() || seg == QLatin1String("."))
            continue;
        if (seg == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out.append(seg);
    }
    return QUrl::fromPercentEncoding(out.join(QLatin1Char('/')).toUtf8());
}

Outcome<QList<Relationship>> Package::relationships(const QString &partName) const
{
    const QString relsName = relationshipsPartName(partName);
    if (!contains(relsName))
        return QList<Relationship>{};
    auto bytes = read(relsName);
    if (!bytes)
        return bytes.error();

    QList<Relationship> rels;
    QXmlStreamReader xml(bytes.value());
    XmlSafety safety(m_limits);
    safety.scan(xml, QByteArrayView(bytes.value()));
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (!safety.check(xml))
            break;
        if (token != QXmlStreamReader::StartElement || xml.name() != QLatin1String("Relationship"))
            continue;
        const auto attrs = xml.attributes();
        Relationship rel;
        rel.id = attrs.value(QLatin1String("Id")).toString();
        rel.type = attrs.value(QLatin1String("Type")).toString();
        rel.external = attrs.value(QLatin1String("TargetMode")).compare(QLatin1String("External"), Qt::CaseInsensitive) == 0;
        const QString target = attrs.value(QLatin1String("Target")).toString();
        rel.target = rel.external ? target : resolvePartName(partName, target);
        rels.append(rel);
    }
    if (xml.hasError())
        return xmlError(*this, relsName, xml, safety);
    return rels;
}

DocxError Package::checkXmlPart(const QString &partName) const
{
    auto bytes = read(partName);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(bytes.value());
    XmlSafety safety(m_limits);
    safety.scan(xml, QByteArrayView(bytes.value()));
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (!safety.check(xml))
            break;
    }
    return xml.hasError() ? xmlError(*this, partName, xml, safety) : DocxError{};
}

Outcome<QString> Package::mainDocumentPart() const
{
    auto rels = relationships(QString());
    if (!rels)
        return rels.error();
    for (const Relationship &rel : rels.value()) {
        if (!rel.external && rel.hasType(u"/officeDocument")) {
            if (!contains(rel.target))
                return error(DocxError::Code::MissingPart, rel.target,
                             QStringLiteral("is named as the main document but is missing from the package"));
            return rel.target;
        }
    }
    if (!contains(QStringLiteral("_rels/.rels")) && contains(QStringLiteral("word/document.xml")))
        return QStringLiteral("word/document.xml");
    return error(DocxError::Code::MissingPart, QStringLiteral("_rels/.rels"),
                 QStringLiteral("names no main document: this is not a Word document"));
}

} // namespace Redliner::Docx
