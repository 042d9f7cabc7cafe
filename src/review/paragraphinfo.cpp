// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphinfo.h"

#include "clauseheading.h"

#include <QRegularExpression>

#include <algorithm>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isEmphasis(QChar c)
{
    return c == u'*' || c == u'_';
}

// Removes markdown emphasis ("**", "__", "*", "_") but keeps underscores inside words
// ("{party_1_name}") and blanks to fill in ("_______").
QString withoutEmphasis(QStringView text)
{
    // Most paragraphs have no marker at all: copied whole, not a character at a time.
    qsizetype i = 0;
    while (i < text.size() && !isEmphasis(text.at(i)))
        ++i;
    if (i == text.size())
        return text.toString();
    QString out;
    out.reserve(text.size());
    out.append(text.left(i));
    while (i < text.size()) {
        if (!isEmphasis(text.at(i))) {
            qsizetype plain = i;
            while (plain < text.size() && !isEmphasis(text.at(plain)))
                ++plain;
            out.append(text.mid(i, plain - i));
            i = plain;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text.at(end) == text.at(i))
            ++end;
        const qsizetype run = end - i;
        const bool wordBefore = i > 0 && text.at(i - 1).isLetterOrNumber();
        const bool wordAfter = end < text.size() && text.at(end).isLetterOrNumber();
        const bool marker = run <= (text.at(i) == u'*' ? 3 : 2) && !(wordBefore && wordAfter);
        if (!marker)
            out.append(text.mid(i, run));
        i = end;
    }
    return out;
}

} // namespace

int ParagraphInfo::words() const
{
    return wordCount(probe);
}

ParagraphInfo inspectParagraph(const TextParagraph &paragraph)
{
    ParagraphInfo info;
    info.headingLevel = paragraph.headingLevel;
    info.inTable = paragraph.inTable;
    QStringView view = QStringView(paragraph.text).trimmed();
    info.blank = view.isEmpty();
    if (info.blank)
        return info;

    // Markdown structure at the start of a line: "## Heading", "> quote", "- item", "* item".
    while (view.startsWith(u'#')) {
        ++info.markdownHeading;
        view = view.mid(1);
    }
    if (info.markdownHeading > 0 && !view.isEmpty() && !view.front().isSpace())
        info.markdownHeading = 0;  // "#1 priority" is not a heading (the '#' is gone, harmlessly)
    view = view.trimmed();
    for (const QStringView bullet : {u">", u"-", u"*", u"+", u"\u2022", u"\u00B7"}) {
        if (view.size() > bullet.size() && view.startsWith(bullet) && view.at(bullet.size()).isSpace()) {
            view = view.mid(bullet.size()).trimmed();
            break;
        }
    }
    info.probe = withoutEmphasis(view).trimmed();
    // PDF text often has no-break spaces between words: recognisers match plain spaces.
    for (QChar &c : info.probe) {
        if (c.isSpace() && c != u' ')
            c = u' ';
    }

    if (!paragraph.listLabel.isEmpty()) {
        info.number = parseListLabel(paragraph.listLabel);
        info.body = info.probe;
        return info;
    }
    info.number = parseTypedLabel(info.probe);
    // "13 GENERAL": a number without its dot counts when a heading follows it (not "2 years").
    static const QRegularExpression bare(u"^(\\d{1,2})\\s+(?=\\p{Lu})"_s);
    // Addresses ("41 Canal Street, Albany") are not headings: no commas, no further digits, no tables.
    if (const auto m = bare.match(info.probe); !info.number.isValid() && !info.inTable && m.hasMatch()) {
        const QStringView rest = QStringView(info.probe).mid(m.capturedLength());
        const QString heading = wholeHeading(rest, false);
        const bool plain = std::none_of(heading.begin(), heading.end(), [](QChar c) { return c.isDigit() || c == u','; });
        if (!heading.isEmpty() && plain && wordCount(heading) <= 6) {
            info.number = parseTypedLabel(QString(m.captured(1) + u". "_s));
            info.number.length = m.capturedLength();
        }
    }
    QStringView body = QStringView(info.probe).mid(info.number.length).trimmed();
    // "Article 1 - Purpose", "1. Definitions: ..." — separators between a label and its heading.
    while (info.number.isValid() && !body.isEmpty()
           && QStringView(u".:-\u2013\u2014").contains(body.front()))
        body = body.mid(1).trimmed();
    info.body = body.toString();
    return info;
}

QList<ParagraphInfo> inspectParagraphs(const QList<TextParagraph> &paragraphs)
{
    QList<ParagraphInfo> out;
    out.reserve(paragraphs.size());
    for (const TextParagraph &p : paragraphs)
        out.append(inspectParagraph(p));
    return out;
}

} // namespace Redliner::Review
