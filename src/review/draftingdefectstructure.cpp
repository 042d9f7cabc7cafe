// SPDX-License-Identifier: GPL-3.0-or-later
// The structure a reader trips over: a clause that stops mid-sentence and runs into the next one,
// and sibling numbers that repeat or go backwards ("(a), (a)", "4, 11, 5"), which make every
// cross-reference ambiguous. A list that restarts at 1 (a schedule, a sub-list) is left alone.
#include "draftingdefect.h"
#include "paragraphinfo.h"

#include <QRegularExpression>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

int romanValue(const QString &s)
{
    int total = 0, prev = 0;
    for (qsizetype i = s.size() - 1; i >= 0; --i) {
        static const QString digits = u"ivxlc"_s;
        static constexpr int values[] = {1, 5, 10, 50, 100};
        const qsizetype k = digits.indexOf(s.at(i).toLower());
        if (k < 0)
            return -1;
        const int v = values[k];
        total += v < prev ? -v : v;
        prev = std::max(prev, v);
    }
    return total;
}

// The position of a label among its siblings: "c" -> 3, "iv" -> 4, "3.2" -> 2; -1 when unknown.
int ordinal(const NumberLabel &n)
{
    const QString last = n.value.section(u'.', -1, -1, QString::SectionSkipEmpty);
    switch (n.kind) {
    case NumberLabel::Kind::Digit: {
        bool ok = false;
        const int v = last.toInt(&ok);
        return ok ? v : -1;
    }
    case NumberLabel::Kind::Lower:
    case NumberLabel::Kind::Upper:
        return last.size() == 1 ? last.at(0).toLower().unicode() - u'a' + 1 : -1;
    default:
        return romanValue(last);
    }
}

QString prefixOf(const NumberLabel &n)
{
    return n.value.section(u'.', 0, -2, QString::SectionSkipEmpty);
}

// A line of a table of contents ("6 Return of materials ........ 5") repeats the clause numbers.
bool tableOfContents(const QString &text)
{
    static const QRegularExpression toc(uR"x((?:\.\s?){4,}\s*\d+\s*$|\t\d+\s*$)x"_s);
    return toc.match(text).hasMatch();
}

// Words a sentence does not end on: a paragraph ending on one was cut off.
bool danglingWord(const QString &word)
{
    static const QStringList words{u"the"_s, u"of"_s, u"to"_s, u"and"_s, u"or"_s, u"a"_s, u"an"_s, u"in"_s, u"for"_s,
                                   u"with"_s, u"by"_s, u"from"_s, u"that"_s, u"which"_s, u"as"_s, u"at"_s, u"on"_s,
                                   u"such"_s, u"any"_s, u"its"_s, u"their"_s, u"set"_s, u"is"_s, u"be"_s, u"shall"_s,
                                   u"may"_s, u"under"_s, u"than"_s, u"not"_s};
    return words.contains(word);
}

// Whether a number and a full stop followed by a capital ("10. General") stand anywhere after the
// paragraph's own label: the run-in pattern opens on every word, so it runs only where one does.
bool mayRunIn(const QString &text)
{
    for (qsizetype i = 3; i + 3 < text.size(); ++i) {
        if (text.at(i) == u'.' && text.at(i - 1).isDigit() && text.at(i + 1).isSpace()) {
            qsizetype k = i + 1;
            while (k < text.size() && text.at(k).isSpace())
                ++k;
            if (k < text.size() && text.at(k).isUpper())
                return true;
        }
    }
    return false;
}

} // namespace

QList<DraftingDefect> findStructureDefects(const DefectMap &map)
{
    QList<DraftingDefect> out;
    const auto &paragraphs = map.doc.paragraphs;
    const QList<ParagraphInfo> &info = map.info;

    int previous = -1;  // the previous non-blank paragraph
    for (int i = 0; i < paragraphs.size(); ++i) {
        const ParagraphInfo &pi = info.at(i);
        if (pi.blank)
            continue;
        const TextParagraph &para = paragraphs.at(i);
        const bool signature = map.inSignature(para.start);
        const NumberLabel &n = pi.number;

        // "…the period set 10. General Provisions." : clause 9 runs into clause 10 mid-sentence.
        if (!signature && n.isValid() && n.isMajor() && n.kind == NumberLabel::Kind::Digit && mayRunIn(para.text)) {
            static const QRegularExpression runIn(uR"x(\b([a-z]{2,})\s+(\d{1,2})\.\s+[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){0,4}\.(?=\s))x"_s);
            const int own = ordinal(n);
            for (auto it = runIn.globalMatch(para.text); it.hasNext();) {
                const auto m = it.next();
                if (m.captured(2).toInt() != own + 1)
                    continue;
                DraftingDefect d;
                d.priority = DraftingDefect::Structure;
                d.start = para.start + qint32(m.capturedStart(1));
                d.end = para.start + qint32(m.capturedEnd(1));
                d.what = u"the clause is cut off mid-sentence (\u201c… "_s + m.captured(1) + u"\u201d) and runs into clause "_s
                         + m.captured(2);
                out << d;
            }
        }

        if (previous >= 0 && !signature && !map.inSignature(paragraphs.at(previous).start)) {
            const ParagraphInfo &pp = info.at(previous);
            const TextParagraph &prevPara = paragraphs.at(previous);
            // A body paragraph that stops on "of" / "the" right before the next numbered clause.
            const QString prevText = prevPara.text.trimmed();
            if (n.isValid() && n.isMajor() && !prevPara.inTable && pp.headingLevel == 0 && pp.words() >= 12
                && !prevText.isEmpty() && prevText.back().isLower()) {
                const QString last = prevText.section(u' ', -1);
                // "…; and" before the next item is a list, not a cut.
                const QString beforeLast = prevText.chopped(last.size()).trimmed();
                const bool listJoin = !beforeLast.isEmpty() && QStringView(u";,:").contains(beforeLast.back());
                if (danglingWord(last) && !listJoin) {
                    DraftingDefect d;
                    d.priority = DraftingDefect::Structure;
                    d.end = prevPara.start + qint32(prevPara.text.indexOf(prevText) + prevText.size());
                    d.start = d.end - qint32(last.size());
                    d.what = u"the clause stops mid-sentence (\u201c… "_s + last + u"\u201d)"_s;
                    out << d;
                }
            }
            // Siblings next to each other that repeat or go backwards.
            const NumberLabel &pn = pp.number;
            if (n.isValid() && pn.isValid() && n.key() == pn.key() && n.style != NumberLabel::Style::Other
                && prefixOf(n) == prefixOf(pn) && !tableOfContents(para.text) && !tableOfContents(prevPara.text)) {
                const int a = ordinal(pn), b = ordinal(n);
                if (a > 0 && b > 0 && (a == b || (b < a && b != 1))) {
                    DraftingDefect d;
                    d.priority = DraftingDefect::Minor;
                    d.start = para.start;
                    d.end = para.start + qint32(para.text.size());
                    d.what = a == b ? QString(u"the number "_s + n.label + u" is used twice in a row"_s)
                                    : QString(n.label + u" follows "_s + pn.label + u" (numbering out of order)"_s);
                    out << d;
                }
            }
        }
        previous = i;
    }
    return out;
}

} // namespace Redliner::Review
