// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Redliner::Review {

// A clause number, from Word's numbering ("3.", "(a)") or typed at the start of a paragraph
// ("1.1", "(iv)", "a)", "Section 3", "ARTICLE IV"). The style tells siblings from children:
// numbers of one style are siblings, a new style opens a deeper level.
struct NumberLabel final {
    enum class Style {
        None,
        Decimal,      // "1.", "3.2", "Section 5", "Clause 2"; depth = number of components
        Article,      // "Article IV", "ARTICLE 4"
        Parenthesised,  // "(a)", "(iv)", "(1)"
        Closing,      // "a)", "iv)", "1)"
        Dotted,       // "a.", "A.", "iv.", "IV."
        Other,        // a Word list label of another shape ("1.a", "A-1")
    };
    enum class Kind { Digit, Lower, Upper, LowerRoman, UpperRoman };

    Style style = Style::None;
    Kind kind = Kind::Digit;
    int depth = 1;
    QString label;       // as shown without a trailing dot: "3.2", "(a)", "a)", "A", "Section 5"
    QString value;       // the bare number or letter: "3.2", "a", "iv"
    qsizetype length = 0;  // characters a typed label takes at the start of the text (0 for Word's)

    bool isValid() const { return style != Style::None; }
    // Top-level numbering: "1.", "Section 5", "Article IV".
    bool isMajor() const { return style == Style::Article || (style == Style::Decimal && depth == 1); }
    // Siblings share a key: "d2" for "3.2", "(a" for "(a)", "i)" for "iv)"...
    QString key() const;
    // "(i)" read as a letter (after "(h)") rather than a roman numeral; same for v, x and I, V, X.
    NumberLabel asLetter() const;
};

NumberLabel parseListLabel(const QString &listLabel);
// A label typed at the start of `text` (already stripped of markdown, see paragraphinfo.h).
NumberLabel parseTypedLabel(QStringView text);

} // namespace Redliner::Review
