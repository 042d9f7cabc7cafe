// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberlabel.h"

#include <QRegularExpression>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isRoman(QStringView s)
{
    static const QRegularExpression roman(u"^(?i:m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3}))$"_s);
    return !s.isEmpty() && roman.match(s).hasMatch();
}

// A letter or roman numeral: a lone i, v or x is read as roman (the first item of a roman list);
// the segmenter turns it into a letter when it follows h, u or w. Other lone letters are letters.
NumberLabel::Kind kindOf(QStringView value)
{
    if (value.front().isDigit())
        return NumberLabel::Kind::Digit;
    const bool upper = value.front().isUpper();
    const bool roman = isRoman(value) && (value.size() > 1 || QStringView(u"ivxIVX").contains(value.front()));
    if (roman)
        return upper ? NumberLabel::Kind::UpperRoman : NumberLabel::Kind::LowerRoman;
    return upper ? NumberLabel::Kind::Upper : NumberLabel::Kind::Lower;
}

NumberLabel make(NumberLabel::Style style, const QString &label, const QString &value, qsizetype length)
{
    NumberLabel n;
    n.style = style;
    n.label = label;
    n.value = value;
    n.length = length;
    n.kind = style == NumberLabel::Style::Decimal ? NumberLabel::Kind::Digit : kindOf(value);
    n.depth = style == NumberLabel::Style::Decimal ? int(value.count(u'.')) + 1 : 1;
    return n;
}

} // namespace

QString NumberLabel::key() const
{
    static constexpr char16_t kinds[] = u"1aAiI";
    const QChar k(kinds[int(kind)]);
    switch (style) {
    case Style::None:
        return {};
    case Style::Decimal:
        return u'd' + QString::number(depth);
    case Style::Article:
        return u"art"_s;
    case Style::Parenthesised:
        return u'(' + k;
    case Style::Closing:
        return k + u')';
    case Style::Dotted:
        return k + u'.';
    case Style::Other:
        break;
    }
    // Word labels of another shape: siblings share the shape ("1.a" and "2.b" both "9.a").
    QString shape = label;
    for (QChar &c : shape)
        c = c.isDigit() ? u'9' : c.isLetter() ? u'a' : c;
    return u"o:"_s + shape;
}

NumberLabel NumberLabel::asLetter() const
{
    NumberLabel n = *this;
    if (kind == Kind::LowerRoman && value.size() == 1)
        n.kind = Kind::Lower;
    else if (kind == Kind::UpperRoman && value.size() == 1)
        n.kind = Kind::Upper;
    return n;
}

NumberLabel parseTypedLabel(QStringView text)
{
    // "1." "1.1" "1.1.1." — a single number needs its dot, or "2015 was" would be a clause.
    static const QRegularExpression decimal(u"^(\\d{1,3}(?:\\.\\d{1,3}){0,4})(\\.?)(?=\\s|$)"_s);
    static const QRegularExpression parenthesised(u"^\\(([a-zA-Z]{1,2}|[ivxlcdmIVXLCDM]{1,7}|\\d{1,2})\\)(?=\\s|$)"_s);
    static const QRegularExpression closing(u"^([a-zA-Z]|[ivxlcdm]{1,7}|\\d{1,2})\\)(?=\\s)"_s);
    static const QRegularExpression dotted(u"^([a-zA-Z]|[ivxlcdm]{2,7}|[IVXLCDM]{2,7})\\.(?=\\s)"_s);
    // "Section 3" ("§ 3") only when a heading, a separator or nothing follows: "Section 2 shall not apply"
    // is a sentence that mentions a section, not the start of one.
    static const QRegularExpression named(
        u"^((?i:section|article|clause)\\s+|\\x{00A7}\\s*)(\\d{1,3}(?:\\.\\d{1,3})*|[IVXLCDM]{1,7}|[A-Z])(\\.?)"
        "(?=\\s*$|\\s*[.:\\-\\x{2013}\\x{2014}(]|\\s+[\"\\x{201C}]?\\p{Lu})"_s);

    if (const auto m = decimal.match(text); m.hasMatch()) {
        const QString value = m.captured(1);
        if (value.contains(u'.') || !m.capturedView(2).isEmpty())
            return make(NumberLabel::Style::Decimal, value, value, m.capturedLength(0));
    }
    if (const auto m = parenthesised.match(text); m.hasMatch()) {
        const QString value = m.captured(1);
        // "(aa)" is a letter list's 27th item; "(ab)" is not a number at all.
        if (value.size() == 2 && !value.front().isDigit() && value.at(0) != value.at(1) && !isRoman(value))
            return {};
        return make(NumberLabel::Style::Parenthesised, m.captured(0), value, m.capturedLength(0));
    }
    if (const auto m = closing.match(text); m.hasMatch())
        return make(NumberLabel::Style::Closing, m.captured(0), m.captured(1), m.capturedLength(0));
    if (const auto m = dotted.match(text); m.hasMatch()) {
        const QString value = m.captured(1);
        if (value.size() > 1 && !isRoman(value))
            return {};
        return make(NumberLabel::Style::Dotted, value, value, m.capturedLength(0));
    }
    if (const auto m = named.match(text); m.hasMatch()) {
        const QString value = m.captured(2);
        const QString word = m.captured(1).trimmed();
        const QString label = word % u' ' % value;
        // "Article 4", "Section IV": top-level units that numbered sections may nest in.
        const bool article = word.compare(u"article", Qt::CaseInsensitive) == 0 || !value.front().isDigit();
        return make(article ? NumberLabel::Style::Article : NumberLabel::Style::Decimal, label, value,
                    m.capturedLength(0));
    }
    return {};
}

NumberLabel parseListLabel(const QString &listLabel)
{
    const QString trimmed = listLabel.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Word renders "%1" without a dot; a bare number from numbering.xml is still a clause number.
    static const QRegularExpression bare(u"^\\d{1,3}$"_s);
    if (bare.match(trimmed).hasMatch())
        return make(NumberLabel::Style::Decimal, trimmed, trimmed, 0);
    NumberLabel n = parseTypedLabel(QString(trimmed + u' '));
    if (n.isValid() && n.length == trimmed.size()) {
        n.length = 0;
        return n;
    }
    // Bullets have no letter or digit: they are list items, not clauses.
    bool numbered = false;
    for (const QChar c : trimmed)
        numbered = numbered || c.isLetterOrNumber();
    if (!numbered)
        return {};
    NumberLabel other;
    other.style = NumberLabel::Style::Other;
    other.label = trimmed.endsWith(u'.') ? trimmed.chopped(1) : trimmed;
    other.value = other.label;
    return other;
}

} // namespace Redliner::Review
