// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberformat.h"

#include <array>

namespace Redliner::Docx {

namespace {

QString roman(int value)
{
    if (value <= 0 || value >= 4000)
        return QString::number(value);
    static constexpr std::array<std::pair<int, const char *>, 13> table{{{1000, "M"}, {900, "CM"}, {500, "D"},
        {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}};
    QString out;
    for (const auto &[n, s] : table) {
        while (value >= n) {
            out += QLatin1String(s);
            value -= n;
        }
    }
    return out;
}

// Word's letter numbering repeats the letter: a..z, aa..zz, aaa...
QString letters(int value)
{
    // Beyond 40 repeats (value 1040) a label would be a wall of letters: use the number.
    if (value <= 0 || value > 26 * 40)
        return QString::number(value);
    const int repeat = (value - 1) / 26 + 1;
    return QString(repeat, QChar(u'A' + (value - 1) % 26));
}

QString ordinalSuffix(int value)
{
    const int mod100 = value % 100;
    if (mod100 >= 11 && mod100 <= 13)
        return QStringLiteral("th");
    switch (value % 10) {
    case 1: return QStringLiteral("st");
    case 2: return QStringLiteral("nd");
    case 3: return QStringLiteral("rd");
    default: return QStringLiteral("th");
    }
}

QString cardinalWords(int value)
{
    static const char *const small[] = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
        "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen",
        "Nineteen"};
    static const char *const tens[] = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty",
        "Ninety"};
    if (value < 0 || value >= 100)
        return QString::number(value);
    if (value < 20)
        return QLatin1String(small[value]);
    QString out = QLatin1String(tens[value / 10]);
    if (value % 10)
        out += QLatin1Char('-') + QString::fromLatin1(small[value % 10]).toLower();
    return out;
}

QString ordinalWords(int value)
{
    static const char *const special[] = {"Zeroth", "First", "Second", "Third", "Fourth", "Fifth", "Sixth",
        "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth",
        "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth"};
    if (value >= 0 && value < 20)
        return QLatin1String(special[value]);
    return cardinalWords(value) + ordinalSuffix(value);
}

} // namespace

QString formatListNumber(int value, QStringView numFmt)
{
    if (numFmt == u"upperRoman")
        return roman(value);
    if (numFmt == u"lowerRoman")
        return roman(value).toLower();
    if (numFmt == u"upperLetter")
        return letters(value);
    if (numFmt == u"lowerLetter")
        return letters(value).toLower();
    if (numFmt == u"ordinal")
        return QString::number(value) + ordinalSuffix(value);
    if (numFmt == u"cardinalText")
        return cardinalWords(value);
    if (numFmt == u"ordinalText")
        return ordinalWords(value);
    if (numFmt == u"decimalZero")
        return value < 10 && value >= 0 ? QLatin1Char('0') + QString::number(value) : QString::number(value);
    if (numFmt == u"none")
        return {};
    return QString::number(value);
}

} // namespace Redliner::Docx
