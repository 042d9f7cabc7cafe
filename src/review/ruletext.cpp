// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrules.h"

namespace Redliner::Review::RuleText {

using namespace Qt::Literals::StringLiterals;

namespace {

// Contracts spell numbers out and repeat them in figures: "twenty-four (24)".
QString numberWords(int n)
{
    static const char *const small[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static const char *const tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    if (n < 0 || n > 99)
        return QString::number(n);
    if (n < 20)
        return QLatin1String(small[n]);
    QString out = QLatin1String(tens[n / 10]);
    if (n % 10)
        out += u"-"_s + QLatin1String(small[n % 10]);
    return out;
}

QString spelled(int n, const QString &unit)
{
    return numberWords(n) + u" ("_s + QString::number(n) + u") "_s + unit + (n == 1 ? QString() : u"s"_s);
}

} // namespace

QString numberInWords(int n)
{
    return numberWords(n);
}

QString monthsInWords(int months)
{
    if (months >= 12 && months % 12 == 0)
        return spelled(months / 12, u"year"_s);
    return spelled(months, u"month"_s);
}

QString daysInWords(int days)
{
    return spelled(days, u"day"_s);
}

QString fill(QString language, const QHash<QString, QString> &values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        language.replace(u"{"_s + it.key() + u"}"_s, it.value());
    return language;
}

} // namespace Redliner::Review::RuleText
