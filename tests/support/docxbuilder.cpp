// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxbuilder.h"

#include <QSaveFile>

#include <zip.h>

#include <algorithm>
#include <ctime>
#include <memory>
#include <utility>

namespace Redliner::TestSupport {

namespace {

constexpr QStringView kRelNs = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr QStringView kWordNs = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr QStringView kWmlType = u"application/vnd.openxmlformats-officedocument.wordprocessingml.";

// One part the package gets: its relationship from the main part and its content type.
struct PartInfo {
    QString fileName;  // relative to the main part's folder
    QString relId;
    QString relType;      // the full relationship type URI
    QString contentType;  // suffix after kWmlType
    QString xml;
};

QString xmlDeclaration()
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
}

// "word/document.xml" -> "word/"; a main part at the package root has no folder.
QString folderOf(const QString &partName)
{
    const qsizetype slash = partName.lastIndexOf(u'/');
    return slash < 0 ? QString() : partName.left(slash + 1);
}

QString relsNameOf(const QString &partName)
{
    const qsizetype slash = partName.lastIndexOf(u'/');
    return folderOf(partName) % u"_rels/" % partName.mid(slash + 1) % u".rels";
}

QList<PartInfo> relatedParts(const DocxSpec &spec)
{
    QList<PartInfo> parts;
    const auto addIfAny = [&parts](const QString &xml, const QString &file, const QString &id, const QString &type,
                                   QStringView relNs = kRelNs) {
        if (!xml.isEmpty())
            parts.append({file, id, relNs % u'/' % type, type % u"+xml", xml});
    };
    addIfAny(spec.stylesXml, QStringLiteral("styles.xml"), QStringLiteral("rId1"),
             QStringLiteral("styles"));
    addIfAny(spec.numberingXml, QStringLiteral("numbering.xml"), QStringLiteral("rId2"),
             QStringLiteral("numbering"));
    addIfAny(spec.footnotesXml, QStringLiteral("footnotes.xml"), QStringLiteral("rId3"),
             QStringLiteral("footnotes"));
    addIfAny(spec.commentsXml, QStringLiteral("comments.xml"), QStringLiteral("rId4"),
             QStringLiteral("comments"));
    // Word 2013's parts have relationship types of their own namespace.
    addIfAny(spec.commentsExtendedXml, QStringLiteral("commentsExtended.xml"), QStringLiteral("rId5"),
             QStringLiteral("commentsExtended"), u"http://schemas.microsoft.com/office/2011/relationships");
    for (qsizetype i = 0; i < spec.headers.size(); ++i)
        addIfAny(spec.headers[i].second, spec.headers[i].first, headerRelationshipId(i),
                 QStringLiteral("header"));
    for (qsizetype i = 0; i < spec.footers.size(); ++i)
        addIfAny(spec.footers[i].second, spec.footers[i].first, footerRelationshipId(i),
                 QStringLiteral("footer"));
    return parts;
}

// Extra parts such as images need a Default for their extension or Word refuses the package.
QString mediaDefaults(const DocxSpec &spec)
{
    static const QList<QPair<QString, QString>> known = {
        {QStringLiteral("png"), QStringLiteral("image/png")},
        {QStringLiteral("jpeg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("jpg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("gif"), QStringLiteral("image/gif")},
        {QStringLiteral("emf"), QStringLiteral("image/x-emf")},
    };
    QString out;
    for (const auto &[ext, type] : known) {
        for (const auto &extra : spec.extraParts) {
            if (extra.first.endsWith(u'.' % ext, Qt::CaseInsensitive)) {
                out += u"<Default Extension=\"" % ext % u"\" ContentType=\"" % type % u"\"/>";
                break;
            }
        }
    }
    return out;
}

QString contentTypes(const DocxSpec &spec, const QList<PartInfo> &parts)
{
    const QString folder = u'/' % folderOf(spec.mainPartName);
    QString xml = xmlDeclaration()
        % u"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          u"<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
          u"relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        % mediaDefaults(spec) % u"<Override PartName=\"/" % escapeXml(spec.mainPartName)
        % u"\" ContentType=\"" % kWmlType % u"document.main+xml\"/>";
    for (const PartInfo &part : parts) {
        xml += u"<Override PartName=\"" % escapeXml(QString(folder % part.fileName))
            % u"\" ContentType=\"" % kWmlType % part.contentType % u"\"/>";
    }
    return xml % u"</Types>";
}

// type: the full type URI.
QString relationship(const QString &id, const QString &type, const QString &target)
{
    return u"<Relationship Id=\"" % id % u"\" Type=\"" % type % u"\" Target=\"" % escapeXml(target) % u"\"/>";
}

QString relationships(const QString &inner)
{
    return xmlDeclaration()
        % u"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        % inner % u"</Relationships>";
}

struct ZipDeleter {
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct SourceDeleter {
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString zipMessage(zip_error_t *err)
{
    return QString::fromUtf8(zip_error_strerror(err));
}

// Copies the finished archive out of the buffer source libzip wrote it to.
QByteArray readSource(zip_source_t *source, QString *error)
{
    if (zip_source_open(source) < 0) {
        setError(error, u"cannot reopen ZIP buffer: " % zipMessage(zip_source_error(source)));
        return {};
    }
    QByteArray out;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(source, &st) == 0 && (st.valid & ZIP_STAT_SIZE))
        out.reserve(qsizetype(st.size));
    char chunk[64 * 1024];
    zip_int64_t n = 0;
    while ((n = zip_source_read(source, chunk, sizeof chunk)) > 0)
        out.append(chunk, qsizetype(n));
    if (n < 0) {
        setError(error, u"cannot read ZIP buffer: " % zipMessage(zip_source_error(source)));
        out.clear();
    }
    zip_source_close(source);
    return out;
}

} // namespace

QString headerRelationshipId(qsizetype index)
{
    return u"rId" % QString::number(100 + index);
}

QString footerRelationshipId(qsizetype index)
{
    // Headers take rId100.., so footers start far enough away for any realistic fixture.
    return u"rId" % QString::number(1000 + index);
}

QByteArray buildDocx(const DocxSpec &spec, QString *error)
{
    if (spec.documentXml.isEmpty() || spec.mainPartName.isEmpty()
        || spec.mainPartName.startsWith(u'/')) {
        setError(error, QStringLiteral("the spec needs documentXml and a relative mainPartName"));
        return {};
    }
    const QList<PartInfo> parts = relatedParts(spec);
    const QString folder = folderOf(spec.mainPartName);

    // Entries in the order Word writes them: content types first, then the package rels.
    QList<QPair<QString, QByteArray>> entries;
    entries.append({QStringLiteral("[Content_Types].xml"), contentTypes(spec, parts).toUtf8()});
    entries.append({QStringLiteral("_rels/.rels"),
                    relationships(relationship(QStringLiteral("rId1"), kRelNs % QStringLiteral("/officeDocument"),
                                               spec.mainPartName))
                        .toUtf8()});
    entries.append({spec.mainPartName, spec.documentXml.toUtf8()});
    QString mainRels;
    for (const PartInfo &part : parts)
        mainRels += relationship(part.relId, part.relType, part.fileName);
    entries.append({relsNameOf(spec.mainPartName), relationships(mainRels).toUtf8()});
    for (const PartInfo &part : parts)
        entries.append({folder % part.fileName, part.xml.toUtf8()});
    for (const auto &extra : spec.extraParts) {
        const auto same = [&extra](const auto &entry) { return entry.first == extra.first; };
        const auto it = std::find_if(entries.begin(), entries.end(), same);
        if (it != entries.end())
            it->second = extra.second;
        else
            entries.append(extra);
    }

    // libzip's in-memory pattern: an archive over a growable buffer source that outlives it.
    zip_error_t zerr;
    zip_error_init(&zerr);
    std::unique_ptr<zip_source_t, SourceDeleter> buffer(zip_source_buffer_create(nullptr, 0, 0, &zerr));
    if (!buffer) {
        setError(error, u"cannot create ZIP buffer: " % zipMessage(&zerr));
        zip_error_fini(&zerr);
        return {};
    }
    std::unique_ptr<zip_t, ZipDeleter> archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &zerr));
    if (!archive) {
        setError(error, u"cannot open ZIP buffer: " % zipMessage(&zerr));
        zip_error_fini(&zerr);
        return {};
    }
    zip_error_fini(&zerr);
    zip_source_keep(buffer.get());  // the archive releases its reference on close

    // A fixed timestamp keeps the bytes equal for equal specs (benchmark inputs, golden files).
    std::tm stamp{};
    stamp.tm_year = 2024 - 1900;
    stamp.tm_mon = 0;
    stamp.tm_mday = 1;
    stamp.tm_hour = 12;
    const std::time_t mtime = std::mktime(&stamp);

    // entries owns the bytes; zip_source_buffer only points at them until zip_close.
    for (const auto &[name, data] : std::as_const(entries)) {
        zip_source_t *src = zip_source_buffer(archive.get(), data.constData(),
                                              zip_uint64_t(data.size()), 0);
        const QByteArray utf8Name = name.toUtf8();
        const zip_int64_t index = src ? zip_file_add(archive.get(), utf8Name.constData(), src,
                                                     ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                      : -1;
        if (index < 0) {
            if (src)
                zip_source_free(src);
            setError(error, u"cannot add " % name % u": "
                                % zipMessage(zip_get_error(archive.get())));
            return {};
        }
        zip_set_file_compression(archive.get(), zip_uint64_t(index), ZIP_CM_DEFLATE, 0);
        zip_file_set_mtime(archive.get(), zip_uint64_t(index), mtime, 0);
    }
    if (zip_close(archive.get()) < 0) {
        setError(error, u"cannot write ZIP: " % zipMessage(zip_get_error(archive.get())));
        return {};
    }
    (void)archive.release();  // zip_close freed it
    return readSource(buffer.get(), error);
}

bool writeDocx(const QString &path, const DocxSpec &spec, QString *error)
{
    const QByteArray bytes = buildDocx(spec, error);
    if (bytes.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        setError(error, u"cannot write " % path % u": " % file.errorString());
        return false;
    }
    return true;
}

QString escapeXml(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"; break;
        case u'<': out += u"&lt;"; break;
        case u'>': out += u"&gt;"; break;
        case u'"': out += u"&quot;"; break;
        case u'\'': out += u"&apos;"; break;
        default: out += c;
        }
    }
    return out;
}

QString sectionProperties(bool withHeader, bool withFooter)
{
    QString xml;
    if (withHeader)
        xml += u"<w:headerReference w:type=\"default\" r:id=\"" % headerRelationshipId(0) % u"\"/>";
    if (withFooter)
        xml += u"<w:footerReference w:type=\"default\" r:id=\"" % footerRelationshipId(0) % u"\"/>";
    return xml
        % u"<w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" "
          u"w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>"
          u"<w:cols w:space=\"720\"/><w:docGrid w:linePitch=\"360\"/>";
}

QString wordDocument(const QString &bodyInnerXml, const QString &sectPrInnerXml)
{
    return xmlDeclaration()
        % u"<w:document xmlns:w=\"" % kWordNs % u"\" xmlns:r=\"" % kRelNs
        % u"\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
          u" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
          u" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
          u" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
          u" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
          u" mc:Ignorable=\"w14\"><w:body>"
        % bodyInnerXml % u"<w:sectPr>" % sectPrInnerXml % u"</w:sectPr></w:body></w:document>";
}

QString paragraph(const QString &text, const QString &style)
{
    QString xml = QStringLiteral("<w:p>");
    if (!style.isEmpty())
        xml += u"<w:pPr><w:pStyle w:val=\"" % escapeXml(style) % u"\"/></w:pPr>";
    if (!text.isEmpty()) {
        // A tab or newline inside w:t is plain whitespace to Word; it needs its own element.
        xml += u"<w:r>";
        QString pending;
        const auto flush = [&xml, &pending] {
            if (!pending.isEmpty())
                xml += u"<w:t xml:space=\"preserve\">" % escapeXml(pending) % u"</w:t>";
            pending.clear();
        };
        for (const QChar c : text) {
            if (c == u'\t' || c == u'\n') {
                flush();
                xml += c == u'\t' ? QStringView(u"<w:tab/>") : QStringView(u"<w:br/>");
            } else {
                pending += c;
            }
        }
        flush();
        xml += u"</w:r>";
    }
    return xml % u"</w:p>";
}

QString headerPart(const QString &paragraphsXml)
{
    return xmlDeclaration() % u"<w:hdr xmlns:w=\"" % kWordNs % u"\" xmlns:r=\"" % kRelNs % u"\">"
        % paragraphsXml % u"</w:hdr>";
}

QString footerPart(const QString &paragraphsXml)
{
    return xmlDeclaration() % u"<w:ftr xmlns:w=\"" % kWordNs % u"\" xmlns:r=\"" % kRelNs % u"\">"
        % paragraphsXml % u"</w:ftr>";
}

} // namespace Redliner::TestSupport
