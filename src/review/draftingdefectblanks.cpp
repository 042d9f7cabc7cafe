// SPDX-License-Identifier: GPL-3.0-or-later
// Blanks and placeholders. A fill-in line for a party's name, address or the date in the parties
// block is how forms are sent out and lawyers leave it alone; a blank in the substance (the
// Purpose, a period, the governing law), a template placeholder ("[insert purpose]", "{purpose}",
// ":company_name", "XXX") or a drafting instruction left in is a defect to fix before signing.
#include "draftingdefect.h"

#include <QRegularExpression>
#include <algorithm>
#include <functional>
#include <string>
#include <string_view>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

const QRegularExpression &blankPattern()
{
    static const QRegularExpression re(
        uR"x((?<fill>_{3,}(?:[ \t]*_{2,})*|(?:\.[ ]?){6,}|…{2,}[.…]*))x"_s
        uR"x(|(?<bracket>\[[^\[\]\n]{0,80}\]))x"_s
        uR"x(|(?<field>\{\{?\s*[A-Za-z_][\w .]{0,40}\}\}?|(?<![\w/:]):[a-z]+(?:_[a-z]+)+(?:\.[a-z_]+)?|<<[^<>\n]{1,40}>>))x"_s
        uR"x(|(?<insert>\((?i:insert|enter|specify)\b[^)\n]{0,80}\)?|\bX{3,}\b))x"_s
        uR"x(|(?<stripped>\b(?:for|to|at|as|the|with|regarding|concerning|between)[ \t]+[.;](?=\s|$)))x"_s
        uR"x(|(?<dateword>\b(?i:as of|dated)\s+date\s+(?i:between|by|among)\b))x"_s
        uR"x(|(?<laws>\b(?i:laws of)(?:\s+the\s+(?i:state|province|commonwealth|republic)\s+of)?(?=\s*(?:[,;)]|and\b|having\b|with\b|\n|$))))x"_s
        uR"x(|(?<instruction>\b(?i:edit|delete|remove|replace|complete|update|select|choose|insert)\b[^.\n]{0,150}?\b(?i:highlighted|this sentence|this note|these brackets|square brackets|placeholders?)\b[^.\n]*\.?|\b(?i:note to (?:draft|drafter|user)|drafting note)\b))x"_s);
    return re;
}

// Words in a placeholder or around a blank that say it holds the deal itself.
const QRegularExpression &substanceCue()
{
    static const QRegularExpression re(
        uR"x(\b(?:purpose|project|transaction|opportunit\w*|discussions?|relationship|described as|subject matter|related to|relating to|concerning|period|number|years?|months?|days|term|amount|business|governed|construed|governing)\b)x"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// What the deal is about: a blank here leaves the use restriction open.
const QRegularExpression &dealCue()
{
    static const QRegularExpression re(
        uR"x(\b(?:purpose|project|transaction|opportunit\w*|discussions?|relationship|described as|subject matter|related to|relating to)\b)x"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// What a fill-in line just before it asks for: a party's details or the date.
const QRegularExpression &partyBefore()
{
    static const QRegularExpression re(
        uR"x((?:\b(?:between|among|and|by|with|a|an|day|of|dated?|on|as of|this|at|address|offices?|located|residence|residing|business|no\.?|number|tel\w*|phone|fax|e-?mail|contact(?: person)?|attention|attn|abn|acn|represented by|name|title|signature|witness|signed|for|from|in|designation|20|19|registered|registration|incorporated|organi[sz]ed)|[,(:-])\W*$)x"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &partyAfter()
{
    static const QRegularExpression re(
        uR"x(^\W{0,3}(?:\(|hereinafter|a\b|an\b|having|with (?:its|offices)|incorporated|organi[sz]ed|whose|located|registered|20\d*|day|,\s*20|corporation|company|entity|limited|llc|inc\b|\[))x"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A defined term right after a blank: a party's name ("(the “Recipient”)") or the deal ("the Project").
const QRegularExpression &termAfter()
{
    static const QRegularExpression re(uR"x(^\W{0,3}\(\s*(?:hereinafter[^"“]{0,30})?(?:the\s+)?["“]\s*(?:the\s+)?([^"”]{1,40})["”])x"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool dealTerm(const QString &term)
{
    static const QRegularExpression re(uR"x(\b(?:project|purpose|business|transaction|opportunity|proposal|services|engagement|programme|program|product|matter)\b)x"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(term).hasMatch();
}

// "BUSINESS: ____" names what the blank holds; "Address: ____" is a party detail.
const QRegularExpression &fieldLabel()
{
    static const QRegularExpression re(uR"x(^\W*([A-Za-z][A-Za-z /]{1,30})\s*[:\-–]\s*$)x"_s);
    return re;
}

bool partyField(const QString &label)
{
    static const QRegularExpression re(
        uR"x(\b(?:name|address|date|tel\w*|phone|fax|e-?mail|title|by|signature|signed|abn|acn|company|contact|attention|attn|witness|position|designation|city|state|zip|country|registration|no|number)\b)x"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(label).hasMatch();
}

DraftingDefect::Priority placeholderPriority(const QString &placeholder)
{
    if (dealCue().match(placeholder).hasMatch())
        return DraftingDefect::Deal;
    return substanceCue().match(placeholder).hasMatch() ? DraftingDefect::Substance : DraftingDefect::Placeholder;
}

bool placeholderBracket(const QString &inner)
{
    const QString t = inner.trimmed();
    if (t.isEmpty() || t == u"●"_s || t == u"•"_s || t.contains(u'…') || t.contains(u"__"_s))
        return true;
    static const QRegularExpression cue(
        uR"x(\b(?:insert|name|address|date|entity|company|party|counterparty|state|country|purpose|number|title|jurisdiction|amount|description|describe|specify|complete|signatory|function|city|zip|details|period|term)\b)x"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression caps(uR"x(^[A-Z][A-Z ]{2,40}$)x"_s);
    return cue.match(t).hasMatch() || caps.match(t).hasMatch();
}

QString shortQuote(const QString &text)
{
    QString t = text.simplified();
    static const QRegularExpression line(uR"x(_{3,}|(?:\. ?){6,}|…{2,}[.…]*)x"_s);
    t.replace(line, u"____"_s);
    return t.size() > 70 ? t.left(67) + u"…"_s : t;
}

// Whether a paragraph holds a character blankPattern()'s unworded alternatives need: most
// paragraphs hold none.
bool mayHoldBlankMark(QStringView p)
{
    QChar prev;
    for (const QChar c : p) {
        switch (c.unicode()) {
        case u'_':
        case u'[':
        case u'{':
        case u'<':
        case 0x2026: return true;
        case u'.': // "..", " ." and "\t." (a run of dots, a stripped word)
            if (prev == u'.' || prev == u' ' || prev == u'\t')
                return true;
            break;
        case u';':
            if (prev == u' ' || prev == u'\t')
                return true;
            break;
        default: break;
        }
        prev = c;
    }
    return false;
}

// The paragraphs holding a word one of blankPattern()'s worded alternatives needs. Searched for in
// the whole text at once, in an ASCII lower-case copy: a case-insensitive pattern tried at every
// position of every paragraph cost a tenth of a review.
QList<bool> paragraphsWithBlankWords(const DefectMap &map)
{
    const QString &text = map.doc.text;
    std::string lower(size_t(text.size()), ' ');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80)
            lower[size_t(i)] = char(c >= u'A' && c <= u'Z' ? c + 32 : c);
    }
    static constexpr std::string_view words[] = {
        "(insert",     "(enter",        "(specify",  "xxx",      "date between", "date by", "date among",   "laws of",
        "highlighted", "this sentence", "this note", "brackets", "placeholder",  "note to", "drafting note"};
    QList<bool> out(map.doc.paragraphs.size(), false);
    for (const std::string_view w : words) {
        const std::boyer_moore_horspool_searcher searcher(w.begin(), w.end());
        for (auto it = std::search(lower.cbegin(), lower.cend(), searcher); it != lower.cend();
             it = std::search(it + qsizetype(w.size()), lower.cend(), searcher)) {
            if (const int p = map.paragraphAt(qint32(it - lower.cbegin())); p >= 0)
                out[p] = true;
        }
    }
    return out;
}

} // namespace

QList<DraftingDefect> findBlanks(const DefectMap &map)
{
    QList<DraftingDefect> out;
    const QString &text = map.doc.text;
    QList<QRegularExpressionMatch> matches;
    QList<qint32> offsets;   // where each match's paragraph starts
    const QList<bool> worded = paragraphsWithBlankWords(map);
    for (qsizetype p = 0; p < map.doc.paragraphs.size(); ++p) {
        const TextParagraph &para = map.doc.paragraphs.at(p);
        if (!worded.at(p) && !mayHoldBlankMark(para.text))
            continue;
        // The paragraph with its mark, so that what follows a blank reads as it does in the text.
        const QString whole = text.mid(para.start, para.text.size() + 1);
        for (auto it = blankPattern().globalMatch(whole); it.hasNext();) {
            matches.append(it.next());
            offsets.append(para.start);
        }
    }
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const QRegularExpressionMatch &m = matches.at(i);
        const qint32 start = offsets.at(i) + qint32(m.capturedStart());
        const qint32 end = offsets.at(i) + qint32(m.capturedEnd());
        if (map.inSignature(start))
            continue;  // names, titles and dates under "By:" are filled in at signing
        const int p = map.paragraphAt(start);
        if (p < 0)
            continue;
        const TextParagraph &para = map.doc.paragraphs.at(p);
        const QString before = text.mid(para.start, start - para.start).right(60);
        const QString after = text.mid(end, para.start + para.text.size() - end).left(60);
        const auto [sFrom, sTo] = map.sentence(start, end);
        const QString sentence = text.mid(sFrom, sTo - sFrom);
        DraftingDefect d;
        d.start = start;
        d.end = end;
        if (m.capturedLength(u"fill")) {
            // A paragraph of nothing but lines is a form field (party details, signatures).
            QString rest = para.text;
            rest.remove(QRegularExpression(uR"x([_.…\s,;:()\-]+)x"_s));
            if (rest.size() < 3)
                continue;
            const auto label = fieldLabel().match(before);
            const auto term = termAfter().match(after);
            bool party;
            if (label.hasMatch())
                party = partyField(label.captured(1));
            else if (term.hasMatch())
                party = !dealTerm(term.captured(1));
            else if (before.contains(QRegularExpression(uR"x(\blaws of(?:\s+the\s+\w+\s+of)?\s*$)x"_s,
                                                        QRegularExpression::CaseInsensitiveOption))) {
                // The jurisdiction of a party or of the governing law is a legal term, not a detail.
                d.priority = DraftingDefect::Structure;
                d.what = u"the jurisdiction is blank (\u201c"_s + shortQuote(before.trimmed() + u" ____"_s) + u"\u201d)"_s;
                out << d;
                continue;
            } else
                party = partyBefore().match(before).hasMatch() || partyAfter().match(after).hasMatch() || before.trimmed().isEmpty();
            static const QRegularExpression pageNumber(uR"x(^\s*\d{1,3}\s*$)x"_s);
            if (party || pageNumber.match(after).hasMatch())
                continue;  // a party's details, or the dot leader of a table of contents
            d.priority = dealCue().match(before).hasMatch() ? DraftingDefect::Deal : DraftingDefect::Substance;
            d.what = u"blank left in \u201c"_s + shortQuote(sentence) + u"\u201d"_s;
        } else if (m.capturedLength(u"bracket")) {
            // "[ ]<tab>Expires…" is an unticked box of a cover page, not a blank.
            if (!placeholderBracket(m.captured(u"bracket").mid(1).chopped(1)) || after.startsWith(u'\t'))
                continue;
            d.priority = placeholderPriority(m.captured());
            d.what = u"placeholder "_s + m.captured().simplified() + u" not completed"_s;
        } else if (m.capturedLength(u"field") || m.capturedLength(u"insert")) {
            d.priority = placeholderPriority(m.captured());
            d.what = u"placeholder "_s + m.captured().simplified() + u" not completed"_s;
        } else if (m.capturedLength(u"stripped")) {
            // "the provision of services by the Town for ." : the blank's line was lost.
            d.priority = dealCue().match(sentence).hasMatch() ? DraftingDefect::Deal : DraftingDefect::Substance;
            d.what = u"words are missing in \u201c"_s + shortQuote(sentence) + u"\u201d"_s;
        } else if (m.capturedLength(u"dateword")) {
            d.priority = DraftingDefect::Placeholder;
            d.what = u"the date is missing (\u201c"_s + m.captured() + u"\u201d)"_s;
        } else if (m.capturedLength(u"laws")) {
            d.priority = DraftingDefect::Structure;
            d.what = u"the jurisdiction after \u201c"_s + m.captured() + u"\u201d is missing"_s;
        } else {
            d.priority = DraftingDefect::Placeholder;
            d.what = u"a drafting instruction is left in (\u201c"_s + shortQuote(m.captured()) + u"\u201d)"_s;
        }
        // A missing date is completed at signing; a missing name or purpose is the real gap.
        static const QRegularExpression date(uR"x(\bdate\b)x"_s, QRegularExpression::CaseInsensitiveOption);
        if (d.priority == DraftingDefect::Placeholder && !m.capturedLength(u"dateword") && date.match(m.captured()).hasMatch())
            d.priority = DraftingDefect::Structure;
        out << d;
    }
    return out;
}

} // namespace Redliner::Review
