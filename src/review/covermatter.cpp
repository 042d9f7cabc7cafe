// SPDX-License-Identifier: GPL-3.0-or-later
#include "covermatter.h"

#include <QRegularExpression>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

// "This Mutual Non-Disclosure Agreement is made on ... between", "THIS AGREEMENT is entered into by
// and between": where the agreement itself begins.
bool opensTheAgreement(const QString &text)
{
    static const QRegularExpression opening(
        uR"x(^\s*(?:this|the)\s+(?:[\w\-‐–]+\s+){0,5}(?:agreement|undertaking|deed)\b.{0,300}?\b(?:is\s+made|is\s+entered|entered\s+into|is\s+dated|made\s+(?:as\s+of|on)|by\s+and\s+between|between)\b)x"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return opening.match(text).hasMatch();
}

// A title: short, and names an agreement ("MUTUAL NON-DISCLOSURE AGREEMENT").
bool isTitle(const QString &text)
{
    static const QRegularExpression title(uR"x(\b(?:agreement|undertaking|deed|nda)\b)x"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return text.size() <= 100 && title.match(text).hasMatch();
}

// The words of a letter or of a template's instructions.
bool isCoverText(const QString &text)
{
    static const QRegularExpression cue(
        uR"x(^\s*(?:dear\b|re\s*:|subject\s*:|instructions?\b|how\s+to\s+use\b|guidance\b|notes?\s+(?:to|for|on)\b|drafting\s+notes?\b))x"
        uR"x(|\bplease\s+(?:find|sign|review|return|complete|read|countersign)\b|\byours\s+(?:sincerely|faithfully|truly)\b|\bkind\s+regards\b)x"
        uR"x(|\b(?:this|the)\s+template\b|\bbefore\s+(?:you\s+)?(?:sign|send|use)\w*\b)x"_s,
        QRegularExpression::CaseInsensitiveOption);
    return cue.match(text).hasMatch();
}

} // namespace

int markCoverMatter(const TextDocument &doc, QList<Clause> *clauses)
{
    const auto &paragraphs = doc.paragraphs;
    int opening = -1;
    for (int p = 0; p < paragraphs.size() && p < 200; ++p) {
        if (opensTheAgreement(paragraphs.at(p).text)) {
            opening = p;
            break;
        }
    }
    if (opening <= 0)
        return 0;
    // The title just above the preamble belongs to the agreement.
    int start = opening;
    for (int p = opening - 1; p >= 0; --p) {
        const QString text = paragraphs.at(p).text.trimmed();
        if (text.isEmpty())
            continue;
        if (isTitle(text))
            start = p;
        break;
    }
    bool cover = false;
    for (int p = 0; p < start && !cover; ++p)
        cover = isCoverText(paragraphs.at(p).text);
    if (!cover)
        return 0;
    for (Clause &c : *clauses) {
        if (c.lastParagraph < start)
            c.operative = false;
    }
    return start;
}

} // namespace Redliner::Review
