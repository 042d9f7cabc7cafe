// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-references a reader can check against the document itself: "Clause 0" (a broken Word
// field), "this Clause 4" inside clause 6, "Section 12" when the last section is 9, and
// "Confidential Information, as defined in Article 2" when the definition is in Article 1. Only the
// last two kinds inside the clause have one right answer and are corrected; the rest are raised.
// Also "Party A" / "Party B" used when the parties are defined otherwise.
#include "draftingdefect.h"

#include <QRegularExpression>
#include <QSet>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

int number(const QString &value)
{
    bool ok = false;
    const int n = value.section(u'.', 0, 0).toInt(&ok);
    return ok ? n : -1;
}

// The top-level clause that defines a term ("“Confidential Information” means" or "(the “Term”)").
QString definingClause(const DefectMap &map, const QString &term)
{
    const QRegularExpression def(u"[\"“]"_s + QRegularExpression::escape(term)
                                     + uR"x([”"]\s*(?:shall\s+)?(?:means?|includes?|refers?|has the meaning|shall have))x"_s,
                                 QRegularExpression::CaseInsensitiveOption);
    const auto m = def.match(map.doc.text);
    if (!m.hasMatch())
        return {};
    return map.topNumber(map.clauseAt(qint32(m.capturedStart())));
}

} // namespace

QList<DraftingDefect> findReferenceDefects(const DefectMap &map)
{
    QList<DraftingDefect> out;
    const QString &text = map.doc.text;

    int highest = 0;
    for (int c = 0; c < map.clauses.size(); ++c) {
        if (map.clauses.at(c).parent < 0 && map.clauses.at(c).kind == Clause::Kind::Section)
            highest = std::max(highest, number(map.topNumber(c)));
    }

    // "this" is looked for behind a match rather than in the pattern: an optional word in front
    // makes the pattern try every position of the text.
    static const QRegularExpression ref(
        uR"x(\b(Clause|Section|Paragraph|Article)\s+(\d{1,3}(?:\.\d{1,3})*)\b(?!\.\d)(?!\s*(?:\([a-z0-9]+\)\s*)?of\b))x"_s);
    static const QRegularExpression thisBefore(uR"x(\bthis\s+$)x"_s);
    static const QRegularExpression statute(uR"x((?:Act|U\.?S\.?C\.?|Code|Rule|Regulation|Title|Law)\W*$)x"_s);
    for (auto it = ref.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qint32 at = qint32(m.capturedStart());
        const qint32 window = std::max(0, at - 12);
        const auto self = thisBefore.match(QStringView(text).mid(window, at - window));
        const qint32 from = self.hasMatch() ? window + qint32(self.capturedStart()) : at; // "this Clause 4"
        if (map.inSignature(from)
            || statute.match(text.mid(std::max(0, from - 20), std::min<qint32>(from, 20))).hasMatch())
            continue;
        const int n = number(m.captured(2));
        DraftingDefect d;
        d.priority = DraftingDefect::Structure;
        d.start = from;
        d.end = qint32(m.capturedEnd());
        if (n == 0) {
            d.what = u"\u201c"_s + m.captured(1) + u" 0\u201d is a broken cross-reference"_s;
            out << d;
        } else if (self.hasMatch() && m.captured(1) != u"Section"_s && n > 0) {
            // "this Clause 4" inside clause 6: the clause refers to itself by the wrong number.
            const QString own = map.majorNumberAt(from);
            const QString first = m.captured(2).section(u'.', 0, 0);
            if (own.isEmpty() || number(own) < 0 || own == first || m.captured(2).contains(u'.'))
                continue;
            d.what = u"\u201c"_s + text.mid(from, d.end - from) + u"\u201d appears inside clause "_s + own
                     + u", which it means"_s;
            d.fixStart = qint32(m.capturedStart(2));
            d.fixEnd = qint32(m.capturedEnd(2));
            d.fixText = own;
            out << d;
        } else if (highest >= 3 && n > highest && n < 100) {
            d.what = u"\u201c"_s + text.mid(from, d.end - from)
                     + u"\u201d refers to a clause the agreement does not have (the last is "_s
                     + QString::number(highest) + u')';
            out << d;
        }
    }

    // "Confidential Information, as defined in Article 2" when Article 1 defines it.
    static const QRegularExpression asDefined(
        uR"x(\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})["”]?,?\s+as\s+defined\s+in\s+(Article|Section|Clause|Paragraph)\s+(\d{1,3})\b(?![.\d]))x"_s);
    // Only where the words are: the pattern opens on any capitalised word, and most texts never
    // say "as defined in".
    qsizetype done = 0; // where the last match ended
    for (qsizetype hit = text.indexOf(u"as defined in"_s); hit >= 0; hit = text.indexOf(u"as defined in"_s, hit + 1)) {
        // The window ends past the reference's number and the pattern's look-ahead.
        const qsizetype from = std::max(done, hit - 160);
        const QString window = text.mid(from, hit + 40 - from);
        const auto m = asDefined.match(window);
        if (!m.hasMatch() || from + m.capturedStart() > hit)
            continue;
        done = from + m.capturedEnd();
        const QString defined = definingClause(map, m.captured(1));
        if (defined.isEmpty() || defined == m.captured(3) || number(defined) < 0)
            continue;
        DraftingDefect d;
        d.priority = DraftingDefect::Structure;
        d.start = qint32(from + m.capturedStart());
        d.end = qint32(from + m.capturedEnd());
        d.what = m.captured(1) + u" is defined in "_s + m.captured(2) + u' ' + defined + u", not in "_s + m.captured(2)
                 + u' ' + m.captured(3);
        d.fixStart = qint32(from + m.capturedStart(3));
        d.fixEnd = qint32(from + m.capturedEnd(3));
        d.fixText = defined;
        out << d;
    }

    // "Party A" / "Party B" when no party is so defined.
    static const QRegularExpression lettered(uR"x(\bParty\s+(?:[A-D]|[1-4])\b)x"_s);
    QSet<QString> reported;
    for (auto it = lettered.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString term = m.captured().simplified();
        if (reported.contains(term) || map.inSignature(qint32(m.capturedStart())))
            continue;
        const QRegularExpression defined(u"[\"“]"_s + QRegularExpression::escape(term) + u"[”\"]"_s);
        if (defined.match(text).hasMatch())
            continue;
        reported.insert(term);
        DraftingDefect d;
        d.priority = DraftingDefect::Structure;
        d.start = qint32(m.capturedStart());
        d.end = qint32(m.capturedEnd());
        d.what = u"\u201c"_s + term + u"\u201d is used but never defined"_s;
        out << d;
    }
    return out;
}

} // namespace Redliner::Review
