// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// WordprocessingML snippets with tracked changes, for the tests of reading and resolving the
// markup someone already made; and the corpus files FEATURES.tsv marks as having some.
#include "corpuspaths.h"
#include "docxbuilder.h"

#include "docx/existingmarkup.h"

#include <QFile>
#include <QHash>

namespace MarkupXml {

using namespace Qt::Literals::StringLiterals;
using namespace Redliner;

inline const QString Date1 = u"2024-05-06T07:08:09Z"_s;
inline const QString Date2 = u"2024-05-07T10:00:00Z"_s;

inline QString by(int id, const QString &author = u"Alice"_s, const QString &date = Date1)
{
    return u" w:id=\"%1\" w:author=\"%2\" w:date=\"%3\""_s.arg(id).arg(author, date);
}

inline QString run(const QString &text, const QString &props = {})
{
    return u"<w:r>"_s + (props.isEmpty() ? QString() : u"<w:rPr>"_s + props + u"</w:rPr>"_s)
           + u"<w:t xml:space=\"preserve\">"_s + TestSupport::escapeXml(text) + u"</w:t></w:r>"_s;
}

inline QString delRun(const QString &text)
{
    return u"<w:r><w:delText xml:space=\"preserve\">"_s + TestSupport::escapeXml(text) + u"</w:delText></w:r>"_s;
}

inline QString wrap(const QString &element, int id, const QString &content, const QString &author = u"Alice"_s,
                    const QString &date = Date1)
{
    return u"<w:"_s + element + by(id, author, date) + u">"_s + content + u"</w:"_s + element + u">"_s;
}

inline QString para(const QString &content, const QString &pPr = {})
{
    return u"<w:p>"_s + (pPr.isEmpty() ? QString() : u"<w:pPr>"_s + pPr + u"</w:pPr>"_s) + content + u"</w:p>"_s;
}

inline QString markRevision(const QString &element, int id, const QString &author = u"Alice"_s)
{
    return u"<w:rPr><w:"_s + element + by(id, author) + u"/></w:rPr>"_s;
}

inline QString commentReference(int id)
{
    return u"<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"%1\"/></w:r>"_s.arg(
        id);
}

inline QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

inline Docx::ExistingMarkup markupOf(const Docx::Document &doc)
{
    auto markup = Docx::readExistingMarkup(doc);
    if (!markup)
        qFatal("readExistingMarkup: %s", qPrintable(markup.error().toString()));
    return markup.value();
}

// "Moved text." moved from second to third place, its paragraph mark with it: ids 10 to 15, the
// halves paired by the move ranges' name "move1".
inline QString movedParagraph()
{
    return para(run(u"First."_s)) + u"<w:moveFromRangeStart w:id=\"10\" w:name=\"move1\"/>"_s
           + para(wrap(u"moveFrom"_s, 11, run(u"Moved text."_s)), markRevision(u"moveFrom"_s, 12))
           + u"<w:moveFromRangeEnd w:id=\"10\"/>"_s + para(run(u"Middle."_s))
           + para(u"<w:moveToRangeStart w:id=\"13\" w:name=\"move1\"/>"_s + wrap(u"moveTo"_s, 14, run(u"Moved text."_s))
                      + u"<w:moveToRangeEnd w:id=\"13\"/>"_s,
                  markRevision(u"moveTo"_s, 15))
           + para(run(u"Last."_s));
}

// FEATURES.tsv of the docx corpus: path (relative to corpus/) -> features.
inline QHash<QString, QStringList> corpusFeatures()
{
    QHash<QString, QStringList> out;
    QFile file(CorpusPaths::sharedDir() + u"/corpus/docx/FEATURES.tsv"_s);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    while (!file.atEnd()) {
        const QStringList cols = QString::fromUtf8(file.readLine()).trimmed().split(u'\t');
        if (cols.size() >= 3 && !cols[0].startsWith(u'#'))
            out.insert(u"docx/"_s + cols[0], cols[2].split(u','));
    }
    return out;
}

inline bool hasTrackedChanges(const QStringList &features)
{
    return features.contains(u"ins"_s) || features.contains(u"del"_s) || features.contains(u"move"_s);
}

} // namespace MarkupXml
