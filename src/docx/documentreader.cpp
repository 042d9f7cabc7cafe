// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentreader.h"
#include "listlabeler.h"
#include "numbering.h"
#include "storyparser.h"
#include "stylesheet.h"

namespace Redliner::Docx {

namespace {

Outcome<Story> readStory(const Package &package, const QString &part, Story::Kind kind,
                         const PackageLimits &limits, qint64 &maxRevisionId)
{
    auto bytes = package.read(part, limits.maxStorySize);
    if (!bytes) {
        DocxError e = bytes.error();
        if (e.code == DocxError::Code::TooLarge)
            e.reason += QStringLiteral(" (the limit for a document's text parts, which bounds the memory a review "
                                       "takes; a 1,000-page contract has about 10 MB of it)");
        return e;
    }
    Story story;
    story.kind = kind;
    story.partName = part;
    QString unsupported;
    story.xml = decodeXmlPart(bytes.value(), &story.encoding, &unsupported);
    if (!unsupported.isEmpty())
        return package.error(DocxError::Code::Unsupported, part, unsupported);
    // The reader decodes bytes itself only when they have a byte order mark or are UTF-8.
    const bool readerCanDecode = story.encoding != XmlEncoding::Utf16LENoBom && story.encoding != XmlEncoding::Utf16BENoBom;
    StoryParser parser(story, limits, readerCanDecode ? bytes.value() : QByteArray());
    DocxError error;
    error.file = package.displayName();
    if (!parser.parse(error))
        return error;
    maxRevisionId = qMax(maxRevisionId, parser.maxRevisionId());
    bytes.value().clear();  // the decoded copy is the one we keep
    return story;
}

} // namespace

Outcome<Document> DocumentReader::read(const QString &path, const PackageLimits &limits)
{
    auto package = Package::open(path, limits);
    if (!package)
        return package.error();
    return read(std::move(package.value()), limits);
}

Outcome<Document> DocumentReader::read(Package package, const PackageLimits &limits)
{
    Document doc;
    doc.package = std::move(package);
    // Every package names its parts' types here, and a redline writes into it: check it now, so
    // that a broken one is an input error before anything is written, and a DTD is never carried.
    const QString types = QStringLiteral("[Content_Types].xml");
    if (!doc.package.contains(types))
        return doc.package.error(DocxError::Code::MissingPart, types,
                                 QStringLiteral("is missing: every Word document has one, so the file is damaged"));
    if (const DocxError e = doc.package.checkXmlPart(types); e.isError())
        return e;
    auto main = doc.package.mainDocumentPart();
    if (!main)
        return main.error();
    doc.mainPart = main.value();

    auto rels = doc.package.relationships(doc.mainPart);
    if (!rels)
        return rels.error();

    StyleSheet styles;
    Numbering numbering;
    QStringList headers, footers, notes, comments;
    for (const Relationship &rel : rels.value()) {
        if (rel.external || !doc.package.contains(rel.target))
            continue;  // a dangling relationship is the writer's problem, not a reason to refuse reading
        if (rel.hasType(u"/styles")) {
            auto bytes = doc.package.read(rel.target);
            if (!bytes)
                return bytes.error();
            auto parsed = StyleSheet::parse(bytes.value(), doc.displayName(), rel.target, limits);
            if (!parsed)
                return parsed.error();
            styles = std::move(parsed.value());
        } else if (rel.hasType(u"/numbering")) {
            auto bytes = doc.package.read(rel.target);
            if (!bytes)
                return bytes.error();
            auto parsed = Numbering::parse(bytes.value(), doc.displayName(), rel.target, limits);
            if (!parsed)
                return parsed.error();
            numbering = std::move(parsed.value());
        } else if (rel.hasType(u"/header")) {
            headers.append(rel.target);
        } else if (rel.hasType(u"/footer")) {
            footers.append(rel.target);
        } else if (rel.hasType(u"/footnotes") || rel.hasType(u"/endnotes")) {
            notes.append(rel.target);
        } else if (rel.hasType(u"/comments")) {
            comments.append(rel.target);
        }
    }

    auto body = readStory(doc.package, doc.mainPart, Story::Kind::Body, limits, doc.maxRevisionId);
    if (!body)
        return body.error();
    doc.body = std::move(body.value());
    ListLabeler(numbering, styles).label(doc.body);

    auto readAll = [&](const QStringList &parts, Story::Kind kind, QList<Story> &out) -> DocxError {
        for (const QString &part : parts) {
            auto story = readStory(doc.package, part, kind, limits, doc.maxRevisionId);
            if (!story)
                return story.error();
            out.append(std::move(story.value()));
        }
        return {};
    };
    for (const auto &[parts, kind, out] : {std::tuple{&headers, Story::Kind::Header, &doc.headers},
                                           std::tuple{&footers, Story::Kind::Footer, &doc.footers},
                                           std::tuple{&notes, Story::Kind::Footnotes, &doc.notes},
                                           std::tuple{&comments, Story::Kind::Comments, &doc.comments}}) {
        const DocxError error = readAll(*parts, kind, *out);
        if (error.isError())
            return error;
    }
    // A comments relationship aimed at another kind of part (the body itself, say) names no
    // comments: the writer must not append comments to that part and lose what it wrote there.
    doc.comments.removeIf([&](const Story &s) { return s.rootElement != u"comments" || s.partName == doc.mainPart; });
    for (Story &note : doc.notes) {
        if (note.partName.contains(QLatin1String("endnote")))
            note.kind = Story::Kind::Endnotes;
    }
    return doc;
}

} // namespace Redliner::Docx
