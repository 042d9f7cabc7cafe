// SPDX-License-Identifier: GPL-3.0-or-later
// Replies to the comments already in a document: new comments anchored beside the ones they
// answer, threaded in commentsExtended.xml.
#include "commentreplies.h"
#include "commentspart.h"
#include "packagewriter.h"
#include "revisionmarkup.h"
#include "xmltext.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;

namespace {

// The first element of this local name whose w:id is `id`; no match when there is none.
QRegularExpressionMatch findMarker(const QString &xml, const QString &localName, qint64 id)
{
    const QRegularExpression marker(u"<([\\w.-]+:)?"_s + localName + u"\\s[^>]*?\\b(?:[\\w.-]+:)?id=[\"']"_s
                                    + QString::number(id) + u"[\"'][^>]*>"_s);
    return marker.match(xml);
}

// Where the run holding the comment's reference ends, or -1.
qsizetype referenceRunEnd(const QString &xml, qint64 id)
{
    const QRegularExpressionMatch reference = findMarker(xml, u"commentReference"_s, id);
    if (!reference.hasMatch())
        return -1;
    const QString close = u"</"_s + reference.captured(1) + u"r>"_s;
    const qsizetype at = xml.indexOf(close, reference.capturedEnd());
    return at < 0 ? -1 : at + close.size();
}

// A new w14:paraId: eight hex digits below 0x80000000, as Word requires, not yet used.
QString newParaId(QSet<QString> &taken, quint32 seed)
{
    for (quint32 n = seed;; ++n) {
        const QString id = QString::number((n * 2654435761u) & 0x7FFFFFFFu, 16).toUpper().rightJustified(8, u'0');
        if (!taken.contains(id) && id != u"00000000") {
            taken.insert(id);
            return id;
        }
    }
}

// <w15:commentEx> for a comment's last paragraph, under its parent's when it is a reply.
QString commentEx(const QString &paraId, const QString &parent)
{
    return u"<w15:commentEx xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\" w15:paraId=\""_s + paraId
           + (parent.isEmpty() ? QString() : u"\" w15:paraIdParent=\""_s + parent) + u"\" w15:done=\"0\"/>"_s;
}

// Gives the last paragraph of comment `id` in a comments part the paragraph id `paraId`.
bool giveParaId(QString &xml, qint64 id, const QString &paraId)
{
    const QRegularExpressionMatch comment = findMarker(xml, u"comment"_s, id);
    if (!comment.hasMatch())
        return false;
    const QString prefix = comment.captured(1);
    const qsizetype end = xml.indexOf(u"</"_s + prefix + u"comment>"_s, comment.capturedEnd());
    const QRegularExpression paragraph(u"<"_s + QRegularExpression::escape(prefix) + u"p(?=[\\s/>])"_s);
    const qsizetype at = end < 0 ? -1 : xml.lastIndexOf(paragraph, end);
    if (at < comment.capturedEnd())
        return false;
    xml.insert(at + 2 + prefix.size(),
               u" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" w14:paraId=\""_s + paraId
                   + u"\""_s);
    return true;
}

QString excerpt(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > 40 ? line.left(40) + u"…"_s : line;
}

} // namespace

Outcome<QByteArray> addCommentReplies(const Document &doc, const ExistingMarkup &markup,
                                      const QList<CommentReply> &replies, const RevisionOptions &options,
                                      QStringList *skipped)
{
    if (replies.isEmpty())
        return doc.package.bytes();
    RevisionOptions opts = options;
    if (!opts.date.isValid())
        opts.date = QDateTime::currentDateTimeUtc();

    // The thread part, when the document has one: replies are threaded in it.
    auto rels = doc.package.relationships(doc.mainPart);
    if (!rels)
        return rels.error();
    QString threadsName;
    for (const Relationship &rel : rels.value()) {
        if (!rel.external && rel.hasType(u"/commentsExtended") && doc.package.contains(rel.target))
            threadsName = rel.target;
    }

    QSet<QString> paraIds;
    for (const ExistingComment &c : markup.comments)
        paraIds.insert(c.paraId);
    const QString &xml = doc.body.xml;
    // Spelled as the body binds WordprocessingML (a local declaration where it uses a default namespace).
    const RevisionMarkup spell(doc.body.wordPrefix, doc.body.wordNamespace, opts);
    struct Insert {
        qsizetype at;
        int order;
        QString text;
    };
    QList<Insert> inserts;
    QList<NewComment> added;
    QString threads;
    QHash<qint64, QString> givenParaIds; // comment id -> the paragraph id given to a comment without one
    qint64 nextId = doc.maxRevisionId + 1;
    for (int i = 0; i < replies.size(); ++i) {
        const CommentReply &reply = replies[i];
        const auto comment = std::find_if(markup.comments.cbegin(), markup.comments.cend(),
                                          [&](const ExistingComment &c) { return c.id == reply.commentId; });
        if (comment == markup.comments.cend())
            return doc.package.error(
                DocxError::Code::EditRefused, doc.mainPart,
                u"comment %1, which a reply answers, is not in the document"_s.arg(reply.commentId));
        const QString who = comment->author.isEmpty() ? u"an unnamed author"_s : comment->author;
        if (reply.text.trimmed().isEmpty() || invalidXmlCharacter(reply.text) >= 0)
            return doc.package.error(DocxError::Code::InvalidText, doc.mainPart,
                                     u"the reply to %1's comment “%2” is empty or holds a character a Word document "
                                     "cannot"_s.arg(who, excerpt(comment->text)));
        const qsizetype reference = referenceRunEnd(xml, comment->id);
        if (reference < 0) {
            if (skipped)
                skipped->append(u"the reply to %1's comment “%2”: that comment is not anchored in the body, so a "
                                "reply has no place"_s.arg(who, excerpt(comment->text)));
            continue;
        }
        const qint64 id = nextId++;
        if (const auto start = findMarker(xml, u"commentRangeStart"_s, comment->id); start.hasMatch())
            inserts.append({start.capturedEnd(), i, spell.commentStart(id)});
        if (const auto end = findMarker(xml, u"commentRangeEnd"_s, comment->id); end.hasMatch())
            inserts.append({end.capturedEnd(), i, spell.commentRangeEnd(id)});
        inserts.append({reference, i, spell.commentReferenceRun(id)});
        // Threaded by paragraph ids: a comment without one (and so not in any thread yet) is given
        // one and listed as a thread's first comment.
        QString parent = comment->paraId.isEmpty() ? givenParaIds.value(comment->id) : comment->paraId;
        if (parent.isEmpty()) {
            parent = newParaId(paraIds, quint32(comment->id) ^ 0x5EEDu);
            givenParaIds.insert(comment->id, parent);
            threads += commentEx(parent, {});
        }
        const QString paraId = newParaId(paraIds, quint32(id));
        threads += commentEx(paraId, parent);
        added.append({id, reply.text, paraId});
    }

    std::stable_sort(inserts.begin(), inserts.end(), [](const Insert &a, const Insert &b) {
        return std::pair(a.at, a.order) < std::pair(b.at, b.order);
    });
    QString body;
    body.reserve(xml.size() + inserts.size() * 64);
    qsizetype at = 0;
    for (const Insert &insert : std::as_const(inserts)) {
        body += QStringView(xml).sliced(at, insert.at - at);
        body += insert.text;
        at = insert.at;
    }
    body += QStringView(xml).sliced(at);

    if (added.isEmpty())
        return doc.package.bytes();
    auto parts = addComments(doc, added, opts);
    if (!parts)
        return parts.error();
    QHash<QString, QByteArray> changed = std::move(parts).value();
    changed.insert(doc.mainPart, encodeXmlPart(body, doc.body.encoding));
    if (!givenParaIds.isEmpty()) {
        const QString &commentsName = doc.comments.first().partName;
        XmlEncoding encoding;
        QString commentsXml = decodeXmlPart(changed.value(commentsName), &encoding);
        for (auto it = givenParaIds.cbegin(); it != givenParaIds.cend(); ++it) {
            if (!giveParaId(commentsXml, it.key(), it.value()))
                return doc.package.error(DocxError::Code::MalformedXml, commentsName,
                                         u"comment %1 has no paragraph to thread a reply by"_s.arg(it.key()));
        }
        changed.insert(commentsName, encodeXmlPart(commentsXml, encoding));
    }
    if (threadsName.isEmpty()) {
        // No thread part yet: commentsExtended.xml is made, as Word makes it for a first reply.
        const QString dir =
            doc.mainPart.contains(u'/') ? doc.mainPart.left(doc.mainPart.lastIndexOf(u'/') + 1) : QString();
        QString name = dir + u"commentsExtended.xml"_s;
        for (int n = 1; doc.package.contains(name); ++n)
            name = dir + u"commentsExtended%1.xml"_s.arg(n);
        changed.insert(name, (u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w15:commentsEx "
                              "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">"_s
                              + threads + u"</w15:commentsEx>"_s)
                                 .toUtf8());
        if (auto error = addRelatedPart(
                doc, name, u"application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"_s,
                u"http://schemas.microsoft.com/office/2011/relationships/commentsExtended"_s, {}, changed))
            return *error;
    } else {
        auto bytes = doc.package.read(threadsName);
        if (!bytes)
            return bytes.error();
        XmlEncoding encoding;
        const QString threadsXml = beforeRootEnd(decodeXmlPart(bytes.value(), &encoding), threads);
        if (threadsXml.isEmpty())
            return doc.package.error(DocxError::Code::MalformedXml, threadsName,
                                     u"has no root element to add replies to"_s);
        changed.insert(threadsName, encodeXmlPart(threadsXml, encoding));
    }
    return rewritePackage(doc.package, changed);
}

} // namespace Redliner::Docx
