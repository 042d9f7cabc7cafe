// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Redliner::Docx {
struct Story;
}

namespace Redliner::Review {

// What the reviewer sees of a paragraph: its text, where it sits in the working text, and the
// structure Word gave it. Built from a .docx body or from plain text, so the same review runs on
// both (ContractNLI documents are plain text).
struct TextParagraph final {
    qint32 start = 0;        // offset of the paragraph's text in the working text
    QString text;            // without its mark
    QString listLabel;       // from numbering.xml ("3.", "(a)"); empty for plain text
    int headingLevel = 0;    // 1..9 from the style; 0 for body text
    int listLevel = 0;       // w:ilvl when listLabel is set
    bool inTable = false;
};

struct TextDocument final {
    QString text;                  // the whole working text (paragraphs joined by '\n')
    QList<TextParagraph> paragraphs;

    static TextDocument fromStory(const Docx::Story &body);
    // Plain text: one paragraph per line (blank lines dropped); numbering stays literal text.
    static TextDocument fromPlainText(const QString &text);
};

} // namespace Redliner::Review
