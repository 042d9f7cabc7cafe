// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "xmlsafety.h"

#include <QDateTime>
#include <QXmlStreamReader>

namespace Redliner::Docx {

// A second reading of a part the StoryParser already read (Story::xml is kept), for what the
// parser leaves out (deleted text, revision attributes, comment anchors). Its offsets are those
// of the parsed ranges (characters of Story::xml); the parser's safety (no DTD, the nesting limit;
// the attribute and namespace counts were checked on this text by the parser); namespaces by URI.
class StoryReader final {
public:
    // omit: whole elements (sorted, disjoint) the reader is not given, as if the part did not hold
    // them; their ancestors and so their namespace declarations stay. Line numbers in errors then
    // count only what was read.
    explicit StoryReader(const Story &story, const PackageLimits &limits = {}, const QList<XmlRange> &omit = {});

    // The next token; false at the end or on an error.
    bool next();
    QXmlStreamReader &xml() { return m_xml; }
    bool isStart() const { return m_xml.isStartElement(); }
    bool isEnd() const { return m_xml.isEndElement(); }
    // The current element is in the part's WordprocessingML namespace.
    bool isWord() const { return m_isWord; }
    QStringView name() const { return m_xml.name(); }
    QStringView wordAttribute(QLatin1StringView name) const
    {
        return m_xml.attributes().value(m_story.wordNamespace, name);
    }
    // Where the current start tag begins / where the current token ends, in Story::xml.
    qsizetype elementBegin() const;
    qsizetype offset() const { return storyOffset(qsizetype(m_xml.characterOffset())); }
    // Reads past the end of the current element.
    void skipElement();

    bool hasError() const { return m_xml.hasError(); }
    // The reader's error with the part, line and column.
    DocxError error(const QString &file) const;

private:
    // A stretch of Story::xml the reader is given, and where it starts in what it was given.
    struct Piece {
        qsizetype begin = 0;
        qsizetype end = 0;
        qsizetype fed = 0;
    };

    bool feed();
    qsizetype storyOffset(qsizetype fedOffset) const;

    const Story &m_story;
    QXmlStreamReader m_xml;
    XmlSafety m_safety;
    QList<Piece> m_pieces;
    qsizetype m_feeding = 0;       // the piece being given
    qsizetype m_fedInPiece = 0;    // how much of it has been given
    mutable qsizetype m_found = 0; // the piece the last offset was in (offsets mostly grow)
    bool m_isWord = false;
    const QChar *m_wordUri = nullptr;
};

// A revision's or comment's w:date: ISO 8601, in UTC when it names no zone (Word writes "Z", some
// writers nothing); invalid when it is not a date.
QDateTime revisionDate(QStringView text);

} // namespace Redliner::Docx
