// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionmarkup.h"
#include "xmltext.h"

#include <QRegularExpression>

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;

RevisionMarkup::RevisionMarkup(const QString &prefix, const QString &namespaceUri, const RevisionOptions &options)
    : m_author(escapeXml(options.author)),
      m_date(options.date.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s))
{
    if (prefix.isEmpty()) {
        m_prefix = u"w:"_s;
        m_declaration = u" xmlns:w=\""_s + escapeXml(namespaceUri) + u"\""_s;
    } else {
        m_prefix = prefix + u":"_s;
    }
}

QString RevisionMarkup::open(const QString &local) const
{
    return u"<"_s + name(local) + m_declaration + u">"_s;
}

QString RevisionMarkup::openRevision(const QString &local, qint64 id) const
{
    return u"<"_s + name(local) + m_declaration + revisionAttributes(id) + u">"_s;
}

QString RevisionMarkup::close(const QString &local) const
{
    return u"</"_s + name(local) + u">"_s;
}

QString RevisionMarkup::closeLike(const QString &xml, const XmlRange &startTag)
{
    qsizetype end = startTag.begin + 1;
    while (end < startTag.end && !xml.at(end).isSpace() && xml.at(end) != u'>' && xml.at(end) != u'/')
        ++end;
    return u"</"_s + xml.mid(startTag.begin + 1, end - startTag.begin - 1) + u">"_s;
}

QString RevisionMarkup::revisionAttributes(qint64 id) const
{
    return u" "_s + name(u"id"_s) + u"=\""_s + QString::number(id) + u"\" "_s + name(u"author"_s) + u"=\""_s + m_author
        + u"\" "_s + name(u"date"_s) + u"=\""_s + m_date + u"\""_s;
}

QString RevisionMarkup::text(QStringView value, bool deleted) const
{
    const QString tag = name(deleted ? u"delText"_s : u"t"_s);
    // Kept pieces of a split run sit in the original run, outside any element we declared.
    return u"<"_s + tag + m_declaration + u" xml:space=\"preserve\">"_s + escapeXml(value) + u"</"_s + tag + u">"_s;
}

// Tabs and line breaks are elements of their own in a run, not characters of w:t.
QString RevisionMarkup::runContent(QStringView value, bool deleted) const
{
    QString content;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        const bool end = i == value.size();
        const QChar c = end ? QChar() : value.at(i);
        if (!end && c != Glyph::Tab && c != Glyph::LineBreak)
            continue;
        if (i > from)
            content += text(value.mid(from, i - from), deleted);
        if (!end)
            content += u"<"_s + name(c == Glyph::Tab ? u"tab"_s : u"br"_s) + u"/>"_s;
        from = i + 1;
    }
    return content;
}

QString RevisionMarkup::insertion(qint64 id, const QString &runProperties, QStringView value) const
{
    return openRevision(u"ins"_s, id) + u"<"_s + name(u"r"_s) + u">"_s + runProperties + runContent(value, false)
           + u"</"_s + name(u"r"_s) + u"></"_s + name(u"ins"_s) + u">"_s;
}

QString RevisionMarkup::deletedText(qint64 id, const QString &runProperties, QStringView value) const
{
    return deletion(id, u"<"_s + name(u"r"_s) + u">"_s + runProperties + runContent(value, true) + u"</"_s
                            + name(u"r"_s) + u">"_s);
}

QString RevisionMarkup::deletion(qint64 id, const QString &runXml) const
{
    return openRevision(u"del"_s, id) + runXml + u"</"_s + name(u"del"_s)
        + u">"_s;
}

QString RevisionMarkup::paragraphMark(const QString &kind, qint64 id) const
{
    return u"<"_s + name(kind) + m_declaration + revisionAttributes(id) + u"/>"_s;
}

QString RevisionMarkup::deletedInstruction(const QString &xml, const XmlRange &raw) const
{
    QString element = xml.mid(raw.begin, raw.length());
    static const QRegularExpression tag(u"^<([A-Za-z_][\\w.-]*:)?instrText\\b"_s);
    static const QRegularExpression endTag(u"</([A-Za-z_][\\w.-]*:)?instrText>$"_s);
    element.replace(tag, u"<\\1delInstrText"_s);
    element.replace(endTag, u"</\\1delInstrText>"_s);
    return element;
}

QString RevisionMarkup::commentStart(qint64 id) const
{
    return u"<"_s + name(u"commentRangeStart"_s) + m_declaration + u" "_s + name(u"id"_s) + u"=\""_s
        + QString::number(id) + u"\"/>"_s;
}

QString RevisionMarkup::commentEnd(qint64 id) const
{
    return commentRangeEnd(id) + commentReferenceRun(id);
}

QString RevisionMarkup::commentRangeEnd(qint64 id) const
{
    return u"<"_s + name(u"commentRangeEnd"_s) + m_declaration + u" "_s + name(u"id"_s) + u"=\""_s + QString::number(id)
           + u"\"/>"_s;
}

QString RevisionMarkup::commentReferenceRun(qint64 id) const
{
    return u"<"_s + name(u"r"_s) + m_declaration + u"><"_s + name(u"commentReference"_s) + u" "_s + name(u"id"_s)
           + u"=\""_s + QString::number(id) + u"\"/></"_s + name(u"r"_s) + u">"_s;
}

QString RevisionMarkup::cleanProperties(const QString &xml, const XmlRange &properties) const
{
    if (!properties.isValid())
        return {};
    QString rPr = xml.mid(properties.begin, properties.length());
    if (!rPr.contains(u"rPrChange"_s))
        return rPr;
    static const QRegularExpression change(
        u"<([A-Za-z_][\\w.-]*:)?rPrChange\\b(?:[^>]*/>|.*?</([A-Za-z_][\\w.-]*:)?rPrChange>)"_s,
        QRegularExpression::DotMatchesEverythingOption);
    rPr.remove(change);
    return rPr;
}

} // namespace Redliner::Docx
