// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsearch.h"

#include <QList>

namespace Redliner::Docx {

namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x2028) || c == QChar(0x202F);
}

QChar foldQuote(QChar c)
{
    switch (c.unicode()) {
    case 0x2018: case 0x2019: case 0x201A: case 0x2032: return QLatin1Char('\'');
    case 0x201C: case 0x201D: case 0x201E: case 0x2033: return QLatin1Char('"');
    case 0x2013: case 0x2014: case 0x2011: return QLatin1Char('-');
    default: return c;
    }
}

// The normalised text and, for each of its characters, where it starts in the original.
struct Folded {
    QString text;
    QList<qint32> origin;
};

Folded fold(QStringView s)
{
    Folded f;
    f.text.reserve(s.size());
    f.origin.reserve(s.size() + 1);
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (isSpace(s.at(i))) {
            if (!f.text.isEmpty() && f.text.back() == QLatin1Char(' '))
                continue;
            f.text += QLatin1Char(' ');
        } else {
            f.text += foldQuote(s.at(i));
        }
        f.origin.append(qint32(i));
    }
    f.origin.append(qint32(s.size()));
    return f;
}

} // namespace

TextMatch findOccurrence(QStringView text, QStringView needle, int occurrence)
{
    if (needle.isEmpty() || occurrence < 1)
        return {};
    qsizetype at = -1;
    for (int n = 0; n < occurrence; ++n) {
        at = text.indexOf(needle, at + 1);
        if (at < 0)
            break;
    }
    if (at >= 0)
        return {qint32(at), qint32(at + needle.size())};

    const Folded hay = fold(text);
    const Folded pin = fold(needle);
    const QString pinText = pin.text.trimmed();
    if (pinText.isEmpty())
        return {};
    at = -1;
    for (int n = 0; n < occurrence; ++n) {
        at = hay.text.indexOf(pinText, at + 1);
        if (at < 0)
            return {};
    }
    const qsizetype last = at + pinText.size() - 1;
    // The original end: just past the last matched character (whitespace runs collapse to one).
    qint32 end = hay.origin[last] + 1;
    if (pinText.back() == QLatin1Char(' ')) {
        while (end < text.size() && isSpace(text.at(end)))
            ++end;
    }
    return {hay.origin[at], end};
}

int countOccurrences(QStringView text, QStringView needle)
{
    int n = 0;
    while (findOccurrence(text, needle, n + 1).found())
        ++n;
    return n;
}

} // namespace Redliner::Docx
