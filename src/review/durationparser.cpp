// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationparser.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

struct NumberWord {
    QStringView word;
    int value;
};

constexpr std::array<NumberWord, 28> numberWords{{
    {u"zero", 0},      {u"one", 1},        {u"two", 2},        {u"three", 3},     {u"four", 4},
    {u"five", 5},      {u"six", 6},        {u"seven", 7},      {u"eight", 8},     {u"nine", 9},
    {u"ten", 10},      {u"eleven", 11},    {u"twelve", 12},    {u"thirteen", 13}, {u"fourteen", 14},
    {u"fifteen", 15},  {u"sixteen", 16},   {u"seventeen", 17}, {u"eighteen", 18}, {u"nineteen", 19},
    {u"twenty", 20},   {u"thirty", 30},    {u"forty", 40},     {u"fifty", 50},    {u"sixty", 60},
    {u"seventy", 70},  {u"eighty", 80},    {u"ninety", 90},
}};

std::optional<int> wordValue(QStringView word)
{
    for (const NumberWord &n : numberWords) {
        if (word.compare(n.word, Qt::CaseInsensitive) == 0)
            return n.value;
    }
    return std::nullopt;
}

bool isNumberToken(QStringView token)
{
    if (token.isEmpty())
        return false;
    bool digits = true;
    for (QChar c : token)
        digits = digits && c.isDigit();
    if (digits)
        return true;
    return wordValue(token) || token.compare(u"hundred", Qt::CaseInsensitive) == 0
        || token.compare(u"thousand", Qt::CaseInsensitive) == 0;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// The token that ends just before `pos` (skipping spaces and hyphens), as [begin, end).
std::pair<qsizetype, qsizetype> previousToken(QStringView text, qsizetype pos)
{
    qsizetype end = pos;
    while (end > 0 && (text[end - 1].isSpace() || text[end - 1] == u'-'))
        --end;
    qsizetype begin = end;
    while (begin > 0 && isWordChar(text[begin - 1]))
        --begin;
    return {begin, end};
}

Duration::Unit unitFor(QStringView unit, bool business)
{
    if (unit.startsWith(u"day"))
        return business ? Duration::Unit::BusinessDays : Duration::Unit::Days;
    if (unit.startsWith(u"week"))
        return Duration::Unit::Weeks;
    if (unit.startsWith(u"month"))
        return Duration::Unit::Months;
    return Duration::Unit::Years;
}

} // namespace

int Duration::months() const
{
    switch (unit) {
    case Unit::Days:
    case Unit::BusinessDays:
        return (count + 15) / 30;
    case Unit::Weeks:
        return (count * 7 + 15) / 30;
    case Unit::Months:
        return count;
    case Unit::Years:
        return count * 12;
    case Unit::Perpetual:
        break;
    }
    return -1;
}

int Duration::days() const
{
    switch (unit) {
    case Unit::Days:
    case Unit::BusinessDays:
        return count;
    case Unit::Weeks:
        return count * 7;
    case Unit::Months:
        return count * 30;
    case Unit::Years:
        return count * 365;
    case Unit::Perpetual:
        break;
    }
    return -1;
}

QString Duration::monthsValue() const
{
    return perpetual() ? u"perpetual"_s : QString::number(months());
}

std::optional<int> parseNumber(QStringView words)
{
    // "one hundred and twenty-five": tokens separated by spaces or hyphens; "and" is filler.
    int total = 0;
    int current = 0;
    bool any = false;
    qsizetype i = 0;
    while (i < words.size()) {
        while (i < words.size() && !isWordChar(words[i]))
            ++i;
        qsizetype j = i;
        while (j < words.size() && isWordChar(words[j]))
            ++j;
        if (j == i)
            break;
        const QStringView token = words.sliced(i, j - i);
        i = j;
        if (token.compare(u"and", Qt::CaseInsensitive) == 0)
            continue;
        bool ok = false;
        const int digits = token.toInt(&ok);
        if (ok) {
            current += digits;
        } else if (const auto value = wordValue(token)) {
            current += *value;
        } else if (token.compare(u"hundred", Qt::CaseInsensitive) == 0) {
            current = (current == 0 ? 1 : current) * 100;
        } else if (token.compare(u"thousand", Qt::CaseInsensitive) == 0) {
            total += (current == 0 ? 1 : current) * 1000;
            current = 0;
        } else {
            return std::nullopt;
        }
        any = true;
    }
    if (!any)
        return std::nullopt;
    return total + current;
}

QList<Duration> findDurations(QStringView text)
{
    static const QRegularExpression unitRe(
        u"\\b(?:(calendar|business|working)[\\s-]+)?(days?|weeks?|months?|years?)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression openEndedRe(
        // Not "without limitation", which drafters write before every list.
        u"\\b(?:in\\s+perpetuity|perpetual(?:ly)?|indefinite(?:ly)?|forever|without\\s+(?:a\\s+|any\\s+)?time\\s+limit(?:ation)?|without\\s+limit(?:ation)?\\s+(?:of|in|as\\s+to)\\s+time)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);

    QList<Duration> found;
    for (auto it = unitRe.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qsizetype begin = m.capturedStart();
        int figure = -1;
        // "five (5) years": the figures in brackets repeat the words; they decide when both exist
        // because drafters correct the figures more often than the words.
        qsizetype p = begin;
        while (p > 0 && text[p - 1].isSpace())
            --p;
        if (p > 0 && text[p - 1] == u')') {
            qsizetype open = text.lastIndexOf(u'(', p - 1);
            if (open >= 0 && p - 1 - open <= 24) {
                // "(5)" or, the other way round, "2 (two)".
                if (const auto n = parseNumber(text.sliced(open + 1, p - 2 - open))) {
                    figure = *n;
                    begin = open;
                    p = open;
                }
            }
        }
        // Number words (or digits) right before: walk back token by token.
        qsizetype wordsBegin = p;
        for (int guard = 0; guard < 6; ++guard) {
            const auto [tb, te] = previousToken(text, wordsBegin);
            if (te <= tb)
                break;
            const QStringView token = text.sliced(tb, te - tb);
            const bool filler = token.compare(u"and", Qt::CaseInsensitive) == 0 && wordsBegin != p;
            if (!isNumberToken(token) && !filler)
                break;
            wordsBegin = tb;
        }
        // The walk may end on a filler "and" ("six months and two years"): no number starts so.
        if (p - wordsBegin > 4 && text.sliced(wordsBegin, 4).compare(u"and ", Qt::CaseInsensitive) == 0)
            wordsBegin += 4;
        std::optional<int> count;
        if (wordsBegin < p)
            count = parseNumber(text.sliced(wordsBegin, p - wordsBegin));
        if (figure >= 0)
            count = figure;
        if (!count) {
            // "a year", "one month": an article counts as one.
            const auto [tb, te] = previousToken(text, p);
            const QStringView token = text.sliced(tb, te - tb);
            if (token.compare(u"a", Qt::CaseInsensitive) == 0 || token.compare(u"an", Qt::CaseInsensitive) == 0) {
                count = 1;
                wordsBegin = tb;
            }
        }
        if (!count || *count <= 0)
            continue;
        Duration d;
        d.unit = unitFor(m.capturedView(2).toString().toLower(), !m.capturedView(1).isEmpty()
                         && m.capturedView(1).compare(u"calendar", Qt::CaseInsensitive) != 0);
        d.count = *count;
        d.start = qMin(wordsBegin, begin);
        d.end = m.capturedEnd();
        found.append(d);
    }
    for (auto it = openEndedRe.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        Duration d;
        d.unit = Duration::Unit::Perpetual;
        d.start = m.capturedStart();
        d.end = m.capturedEnd();
        found.append(d);
    }
    std::sort(found.begin(), found.end(), [](const Duration &a, const Duration &b) { return a.start < b.start; });
    return found;
}

} // namespace Redliner::Review
