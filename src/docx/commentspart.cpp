// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentspart.h"
#include "revisionmarkup.h"
#include "xmlnames.h"
#include "xmltext.h"

#include <QRegularExpression>

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;

namespace {

QString initials(const QString &author)
{
    QString out;
    for (const QString &word : author.split(u' ', Qt::SkipEmptyParts))
        out += word.at(0).toUpper();
    return out.left(8);
}

QString commentsXml(const RevisionMarkup &markup, const QList<NewComment> &comments, const RevisionOptions &options)
{
    QString out;
    const QString initialsAttr = escapeXml(initials(options.author));
    for (const NewComment &c : comments) {
        out += u"<w:comment"_s + markup.revisionAttributes(c.id) + u" w:initials=\""_s
            + initialsAttr + u"\">"_s;
        const QStringList lines = c.text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            // The paragraph id is declared where it is used: the part's root may not know w14.
            out += i + 1 == lines.size() && !c.paraId.isEmpty()
                       ? u"<w:p xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" w14:paraId=\""_s
                             + c.paraId + u"\">"_s
                       : u"<w:p>"_s;
            if (i == 0)
                out += u"<w:r><w:annotationRef/></w:r>"_s;
            out += u"<w:r>"_s + markup.text(lines[i], false) + u"</w:r></w:p>"_s;
        }
        out += u"</w:comment>"_s;
    }
    return out;
}

} // namespace

QString beforeRootEnd(const QString &xml, const QString &insert)
{
    qsizetype end = xml.size();
    while (end > 0 && xml.at(end - 1).isSpace())
        --end;
    if (end < 2 || xml.at(end - 1) != u'>')
        return {};
    if (xml.at(end - 2) == u'/') {
        // The root is the last start tag; find its name to close it.
        const qsizetype open = xml.lastIndexOf(u'<', end - 1);
        qsizetype nameEnd = open + 1;
        while (nameEnd < end && !xml.at(nameEnd).isSpace() && xml.at(nameEnd) != u'/')
            ++nameEnd;
        if (open < 0 || xml.at(open + 1) == u'?' || xml.at(open + 1) == u'!')
            return {};
        return xml.left(end - 2) + u">"_s + insert + u"</"_s + xml.mid(open + 1, nameEnd - open - 1) + u">"_s + xml.mid(end);
    }
    const qsizetype at = xml.lastIndexOf(u"</"_s, end - 1);
    if (at < 0)
        return {};
    return xml.left(at) + insert + xml.mid(at);
}

std::optional<DocxError> addRelatedPart(const Document &doc, const QString &partName, const QString &contentType,
                                        const QString &relType, const QString &replacedType,
                                        QHash<QString, QByteArray> &parts)
{
    const auto current = [&](const QString &name) -> Outcome<QByteArray> {
        if (parts.contains(name))
            return parts.value(name);
        return doc.package.read(name);
    };
    // [Content_Types].xml: an Override for the new part.
    const QString typesName = u"[Content_Types].xml"_s;
    auto types = current(typesName);
    if (!types)
        return types.error();
    XmlEncoding typesEncoding;
    const QString typesXml = decodeXmlPart(types.value(), &typesEncoding);
    const QString newTypes = beforeRootEnd(typesXml, u"<Override PartName=\"/"_s + escapeXml(partName)
                                                         + u"\" ContentType=\""_s + contentType + u"\"/>"_s);
    if (newTypes.isEmpty())
        return doc.package.error(DocxError::Code::MalformedXml, typesName, u"has no root element to add an entry to"_s);
    parts.insert(typesName, encodeXmlPart(newTypes, typesEncoding));

    // The main part's relationships: one to the new part, with an unused id.
    const QString dir = doc.mainPart.contains(u'/') ? doc.mainPart.left(doc.mainPart.lastIndexOf(u'/') + 1) : QString();
    const QString relsName = Package::relationshipsPartName(doc.mainPart);
    QString relsXml;
    XmlEncoding relsEncoding = XmlEncoding::Utf8;
    if (parts.contains(relsName) || doc.package.contains(relsName)) {
        auto rels = current(relsName);
        if (!rels)
            return rels.error();
        relsXml = decodeXmlPart(rels.value(), &relsEncoding);
    } else {
        relsXml = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>"_s;
    }
    if (!replacedType.isEmpty()) {
        const QRegularExpression replaced(u"<Relationship\\b[^>]*\\bType=\"[^\"]*"_s
                                          + QRegularExpression::escape(replacedType)
                                          + u"\"[^>]*>(\\s*</Relationship>)?"_s);
        relsXml.remove(replaced);
    }
    QString id;
    for (int n = 1; id.isEmpty() || relsXml.contains(u"Id=\""_s + id + u"\""_s); ++n)
        id = u"rIdRedliner%1"_s.arg(n);
    const QString target = partName.startsWith(dir) ? partName.mid(dir.size()) : u"/"_s + partName;
    const QString newRels = beforeRootEnd(relsXml, u"<Relationship Id=\""_s + id + u"\" Type=\""_s + relType
                                                       + u"\" Target=\""_s + escapeXml(target) + u"\"/>"_s);
    if (newRels.isEmpty())
        return doc.package.error(DocxError::Code::MalformedXml, relsName,
                                 u"has no root element to add a relationship to"_s);
    parts.insert(relsName, encodeXmlPart(newRels, relsEncoding));
    return std::nullopt;
}

Outcome<QHash<QString, QByteArray>> addComments(const Document &doc, const QList<NewComment> &comments,
                                                const RevisionOptions &options)
{
    QHash<QString, QByteArray> parts;
    const bool strict = doc.body.wordNamespace == Ns::WordStrict;

    if (!doc.comments.isEmpty()) {
        // Append to the existing part with its own prefix: spelled through a markup object for it.
        const Story &existing = doc.comments.first();
        QString fragment = commentsXml(RevisionMarkup(u"w"_s, existing.wordNamespace, options), comments, options);
        if (existing.wordPrefix != u"w") {
            // Rare (ns0: or default-namespace parts): declare w locally on each new comment.
            fragment.replace(u"<w:comment "_s, u"<w:comment xmlns:w=\""_s + existing.wordNamespace + u"\" "_s);
        }
        const QString xml = beforeRootEnd(existing.xml, fragment);
        if (xml.isEmpty())
            return doc.package.error(DocxError::Code::MalformedXml, existing.partName, u"has no root element to add comments to"_s);
        parts.insert(existing.partName, encodeXmlPart(xml, existing.encoding));
        return parts;
    }

    const QString dir = doc.mainPart.contains(u'/') ? doc.mainPart.left(doc.mainPart.lastIndexOf(u'/') + 1) : QString();
    QString partName = dir + u"comments.xml"_s;
    for (int n = 1; doc.package.contains(partName); ++n)
        partName = dir + u"comments%1.xml"_s.arg(n);

    const RevisionMarkup markup(u"w"_s, doc.body.wordNamespace, options);
    const QString xml = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\""_s
        + doc.body.wordNamespace + u"\">"_s + commentsXml(markup, comments, options) + u"</w:comments>"_s;
    parts.insert(partName, xml.toUtf8());

    const QString relType = strict ? u"http://purl.oclc.org/ooxml/officeDocument/relationships/comments"_s
                                   : u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"_s;
    // A comments relationship the reader did not follow (to no part, or to one that holds no
    // comments) is replaced: Word takes one comments part per document.
    if (auto error = addRelatedPart(doc, partName,
                                    u"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"_s,
                                    relType, u"/comments"_s, parts))
        return *error;
    return parts;
}

} // namespace Redliner::Docx
