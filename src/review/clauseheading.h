// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Redliner::Review {

// How a clause names itself. Plain text has no bold, so headings are recognised by their shape:
// a short phrase in Title Case or capitals.

int wordCount(QStringView text);
// Every letter is a capital (and there are at least three letters): "CONFIDENTIALITY".
bool isAllCaps(QStringView text);
// Each word starts with a capital, except short joining words: "Return or Destruction of Materials".
bool isTitleCase(QStringView phrase);

// "Term" from "Term. This Agreement shall..." or "Definitions: In this Agreement..."; empty when
// the text does not open with a heading. `rest` (optional) receives the text after it.
QString leadingHeading(QStringView body, QStringView *rest = nullptr);
// "CONFIDENTIALITY OF THIS AGREEMENT" from "CONFIDENTIALITY OF THIS AGREEMENT Each party agrees...":
// a heading in capitals that a PDF's text lost its line break after. Two words at least, so that
// "BROOKS acknowledges..." keeps its party name.
QString capitalsHeading(QStringView body);
// "Confidential Information" from "\"Confidential Information\" means ..."; empty otherwise.
QString definedTerm(QStringView body);
// The whole text when it is itself a heading ("Definition and interpretation", "General."): short,
// one phrase, not a sentence that goes on. `styled`: Word says it is a heading.
QString wholeHeading(QStringView body, bool styled);

} // namespace Redliner::Review
