// SPDX-License-Identifier: GPL-3.0-or-later
#include "signatureblock.h"

#include "clausecues.h"
#include "clauseheading.h"

#include <QRegularExpression>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto ci = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

enum class Cue { None, Weak, Strong };

bool matches(const QRegularExpression &re, QStringView text)
{
    return re.match(text).hasMatch();
}

// Strong cues open a signature block on their own; weak ones ("Name:", "Date", a line to sign
// on) only when several come together and no clause prose follows.
Cue signatureCue(const ParagraphInfo &p)
{
    if (p.blank || p.number.isValid())
        return Cue::None;
    const QStringView text = p.probe;
    static const QRegularExpression strong(
        u"^(in witness|(signatures?|signature page|execution page|execution)\\s*:?$|"
        "(agreed|accepted)( to| by| and (accepted|agreed))\\b|executed (as a deed|by|on behalf)|"
        "signed (by|at|for and on behalf|on behalf)|this (agreement|deed) has been (entered into|executed|signed)|"
        "fait (à|&agrave;) )"_s, ci);
    static const QRegularExpression bySigning(u"\\bby signing this\\b"_s, ci);
    if (text.size() <= 400 && (matches(strong, text) || matches(bySigning, text)))
        return Cue::Strong;
    // Contact fields ("Address:", "Email:") are left out: a notices clause has them too.
    static const QRegularExpression field(
        u"^(by|name|title|date|signature|signed|print(ed)? name|name and title|position|witness|its|nom)\\s*[:_]"_s, ci);
    static const QRegularExpression shortLine(
        u"^(signature|signed|print(ed)? name|authori[sz]ed (signature|signatory|representative)|"
        "name in block letters|for and on behalf of|on behalf of|name|title|date|by|place,? (and )?date)\\b"_s, ci);
    if (matches(field, text) || (text.size() <= 80 && matches(shortLine, text)))
        return Cue::Weak;
    // A line to sign on: mostly underscores or dots.
    static const QRegularExpression blank(u"_{5,}|\\.{8,}|\\x{2026}{3,}"_s);
    if (matches(blank, text)) {
        qsizetype fill = 0;
        for (const QChar c : text)
            fill += (c == u'_' || c == u'.' || c == QChar(0x2026)) ? 1 : 0;
        if (text.size() - fill <= 60)
            return Cue::Weak;
    }
    return Cue::None;
}

// A numbered section with real text, or an exhibit, after a signature block ends it.
bool endsBlock(const ParagraphInfo &p)
{
    if (p.blank)
        return false;
    if (p.number.isMajor() && p.body.size() >= 40 && signatureCue(p) == Cue::None)
        return true;
    return isAttachmentHeading(p);
}

} // namespace

QList<SignatureBlock> findSignatureBlocks(const QList<ParagraphInfo> &paragraphs)
{
    const int n = int(paragraphs.size());
    QList<SignatureBlock> blocks;
    int i = 0;
    while (i < n) {
        const Cue cue = signatureCue(paragraphs[i]);
        if (cue == Cue::None) {
            ++i;
            continue;
        }
        int end = i + 1;
        while (end < n && !endsBlock(paragraphs[end]))
            ++end;
        if (cue == Cue::Weak) {
            // Several signing lines close together, and nothing after them that reads like a clause.
            int cues = 0, seen = 0;
            bool prose = false;
            for (int j = i; j < end; ++j) {
                if (paragraphs[j].blank)
                    continue;
                if (seen++ < 10 && signatureCue(paragraphs[j]) != Cue::None)
                    ++cues;
                prose = prose || paragraphs[j].probe.size() > 250;
            }
            // Signing lines in the middle of the terms are a notices clause's contact details; a
            // cover page signed before its terms announces itself with a strong cue.
            const bool tail = end == n || isAttachmentHeading(paragraphs[end]);
            if (cues < 2 || prose || !tail) {
                ++i;
                continue;
            }
        }
        // The party names in capitals just above "By:" belong to the block.
        int first = i;
        const int floor = blocks.isEmpty() ? 1 : blocks.last().last + 1;
        for (int j = i - 1; cue == Cue::Weak && j >= floor; --j) {
            const ParagraphInfo &p = paragraphs[j];
            if (p.blank)
                continue;
            if (p.number.isValid() || p.probe.size() > 60 || !isAllCaps(p.probe) || opensRecitals(p))
                break;
            first = j;
        }
        int last = end - 1;
        while (last > first && paragraphs[last].blank)
            --last;
        blocks.append({first, last});
        i = end;
    }
    return blocks;
}

} // namespace Redliner::Review
