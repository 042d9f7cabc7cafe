// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentthreads.h"
#include "partxml.h"
#include "storyreader.h"

#include <QHash>

#include <algorithm>

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;

namespace {

// Word 2010's w14:paraId on paragraphs; Word 2012's commentsExtended vocabulary. (Literals: the
// reader looks attributes up by QString.)
QString word2010()
{
    return QStringLiteral("http://schemas.microsoft.com/office/word/2010/wordml");
}

QString word2012()
{
    return QStringLiteral("http://schemas.microsoft.com/office/word/2012/wordml");
}

struct ThreadEntry {
    QString parentParaId;
    bool done = false;
};

// The text of the comment: its paragraphs (those whose start tags lie in [begin, end)) as the
// comments story's working text has them.
QString commentText(const Story &part, qsizetype begin, qsizetype end)
{
    const auto first = std::lower_bound(part.paragraphs.cbegin(), part.paragraphs.cend(), begin,
                                        [](const Paragraph &p, qsizetype b) { return p.raw.begin < b; });
    QString text;
    for (auto it = first; it != part.paragraphs.cend() && it->raw.begin < end; ++it) {
        if (it != first)
            text += u'\n';
        text += QStringView(part.text).mid(it->textStart, it->length());
    }
    return text;
}

// w15:commentEx entries by paraId (upper case: hex, written either way).
Outcome<QHash<QString, ThreadEntry>> readThreads(const Document &doc)
{
    QHash<QString, ThreadEntry> threads;
    auto rels = doc.package.relationships(doc.mainPart);
    if (!rels)
        return rels.error();
    for (const Relationship &rel : rels.value()) {
        if (rel.external || !rel.hasType(u"/commentsExtended") || !doc.package.contains(rel.target))
            continue;
        auto bytes = doc.package.read(rel.target);
        if (!bytes)
            return bytes.error();
        PartXml xml(bytes.value(), PackageLimits{});
        QXmlStreamReader &r = xml.reader();
        const QString ns = word2012();
        r.setNamespaceProcessing(true);
        while (xml.next()) {
            if (!r.isStartElement() || r.name() != u"commentEx" || r.namespaceUri() != ns)
                continue;
            const QXmlStreamAttributes attributes = r.attributes();
            const QString paraId = attributes.value(ns, "paraId"_L1).toString().toUpper();
            if (paraId.isEmpty())
                continue;
            const QStringView done = attributes.value(ns, "done"_L1);
            ThreadEntry entry;
            entry.parentParaId = attributes.value(ns, "paraIdParent"_L1).toString().toUpper();
            entry.done = done == u"1" || done == u"true" || done == u"on";
            threads.insert(paraId, entry);
        }
        if (xml.hasError())
            return xml.error(doc.displayName(), rel.target);
    }
    return threads;
}

} // namespace

Outcome<QList<ExistingComment>> readCommentThreads(const Document &doc)
{
    QList<ExistingComment> comments;
    QList<QString> lastParaIds; // parallel to comments
    for (const Story &part : doc.comments) {
        StoryReader xml(part);
        int depth = 0;
        int commentDepth = -1; // depth of the w:comment being read, -1 outside one
        qsizetype begin = 0;
        while (xml.next()) {
            if (xml.isStart()) {
                ++depth;
                if (commentDepth < 0 && xml.isWord() && xml.name() == u"comment") {
                    commentDepth = depth;
                    begin = xml.elementBegin();
                    ExistingComment c;
                    bool ok = false;
                    const qint64 id = xml.wordAttribute("id"_L1).toLongLong(&ok);
                    c.id = ok ? id : -1;
                    c.author = xml.wordAttribute("author"_L1).toString();
                    c.initials = xml.wordAttribute("initials"_L1).toString();
                    c.date = revisionDate(xml.wordAttribute("date"_L1));
                    comments.append(std::move(c));
                    lastParaIds.append(QString());
                } else if (commentDepth >= 0 && xml.isWord() && xml.name() == u"p") {
                    // The thread names a comment by its last paragraph's id.
                    lastParaIds.last() = xml.xml().attributes().value(word2010(), "paraId"_L1).toString().toUpper();
                }
            } else if (xml.isEnd()) {
                if (depth == commentDepth) {
                    comments.last().text = commentText(part, begin, xml.offset());
                    commentDepth = -1;
                }
                --depth;
            }
        }
        if (xml.hasError())
            return xml.error(doc.displayName());
    }

    for (qsizetype i = 0; i < comments.size(); ++i)
        comments[i].paraId = lastParaIds[i];
    auto threads = readThreads(doc);
    if (!threads)
        return threads.error();
    if (threads.value().isEmpty())
        return comments;
    QHash<QString, qint64> idByParaId;
    for (qsizetype i = 0; i < comments.size(); ++i) {
        if (!lastParaIds[i].isEmpty())
            idByParaId.insert(lastParaIds[i], comments[i].id);
    }
    for (qsizetype i = 0; i < comments.size(); ++i) {
        const auto entry = threads.value().constFind(lastParaIds[i]);
        if (lastParaIds[i].isEmpty() || entry == threads.value().cend())
            continue;
        comments[i].done = entry->done;
        const qint64 parent = entry->parentParaId.isEmpty() ? -1 : idByParaId.value(entry->parentParaId, -1);
        comments[i].parentId = parent == comments[i].id ? -1 : parent;
    }
    return comments;
}

} // namespace Redliner::Docx
