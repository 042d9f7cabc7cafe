// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftingdefect.h"
#include "numberlabel.h"
#include "paragraphinfo.h"

#include <QRegularExpression>
#include "reviewrules.h"

#include <algorithm>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

int DefectMap::clauseAt(qint32 offset) const
{
    return innermostClauseAt(clauses, offset);
}

bool DefectMap::inSignature(qint32 offset) const
{
    for (int c = clauseAt(offset); c >= 0; c = clauses.at(c).parent) {
        if (clauses.at(c).isSignature())
            return true;
    }
    return false;
}

QString DefectMap::where(qint32 offset) const
{
    const int c = clauseAt(offset);
    if (c < 0)
        return u"the document"_s;
    const Clause &clause = clauses.at(c);
    if (clause.kind == Clause::Kind::Recitals && !clause.label.isEmpty())
        return u"Recital "_s + clause.label;
    if (!clause.label.isEmpty()) {
        const bool named = clause.label.front().isLetter() && clause.label.size() > 4;  // "Article IV"
        return named ? clause.label : u"clause "_s + clause.label;
    }
    if (!clause.heading.isEmpty())
        return u"\u201c"_s + clause.heading + u"\u201d"_s;
    return u"the "_s + clauseKindName(clause.kind);
}

QString DefectMap::topNumber(int clause) const
{
    while (clause >= 0 && clauses.at(clause).parent >= 0)
        clause = clauses.at(clause).parent;
    if (clause < 0)
        return {};
    const NumberLabel n = parseTypedLabel(QString(clauses.at(clause).label + u'.'));
    if (n.style != NumberLabel::Style::Decimal && n.style != NumberLabel::Style::Article)
        return {};
    return n.value.section(u'.', 0, 0);
}

QString DefectMap::majorNumberAt(qint32 offset) const
{
    static const QRegularExpression heading(uR"x(^(\d{1,2})\.?\s+[A-Z][^.]{0,80}$)x"_s);
    for (int p = paragraphAt(offset); p >= 0; --p) {
        const ParagraphInfo &pi = info.at(p);
        if (pi.number.isValid() && pi.number.isMajor())
            return pi.number.value.section(u'.', 0, 0);
        if (const auto m = heading.match(doc.paragraphs.at(p).text.trimmed()); m.hasMatch())
            return m.captured(1);
    }
    return {};
}

int DefectMap::paragraphAt(qint32 offset) const
{
    const auto it = std::upper_bound(doc.paragraphs.cbegin(), doc.paragraphs.cend(), offset,
                                     [](qint32 o, const TextParagraph &p) { return o < p.start; });
    return int(it - doc.paragraphs.cbegin()) - 1;
}

std::pair<qint32, qint32> DefectMap::sentence(qint32 start, qint32 end) const
{
    const int p = std::max(0, paragraphAt(start));
    const TextParagraph &para = doc.paragraphs.at(p);
    const qint32 pEnd = para.start + qint32(para.text.size());
    auto stop = [&](qint32 i) {
        // A full stop ends a sentence; a run of dots is a blank, not an end.
        const QChar c = doc.text.at(i);
        const bool terminal = c == u'.' || c == u';' || c == u'?' || c == u'!';
        return terminal && i + 1 < pEnd && doc.text.at(i + 1).isSpace() && (i == 0 || doc.text.at(i - 1) != u'.');
    };
    qint32 from = start;
    while (from > para.start && !stop(from - 1) && start - from < 400)
        --from;
    qint32 to = std::min(end, pEnd);
    while (to < pEnd && !stop(to) && to - end < 300)
        ++to;
    if (to < pEnd)
        ++to;
    while (from < to && doc.text.at(from).isSpace())
        ++from;
    return {from, to};
}

QList<Finding> draftingDefects(const RuleContext &ctx)
{
    const QList<ParagraphInfo> own = ctx.paragraphs ? QList<ParagraphInfo>{} : inspectParagraphs(ctx.doc.paragraphs);
    const DefectMap map{ctx.doc, ctx.drafter.clauses(), ctx.paragraphs ? *ctx.paragraphs : own};
    QList<DraftingDefect> defects = findBlanks(map);
    defects += findStructureDefects(map);
    defects += findReferenceDefects(map);
    // A cover letter's or template instructions' blanks are not the agreement's.
    defects.removeIf([&](const DraftingDefect &d) {
        const int c = map.clauseAt(d.start);
        return c >= 0 && !map.clauses.at(c).operative;
    });
    if (defects.isEmpty())
        return {};
    std::stable_sort(defects.begin(), defects.end(), [](const DraftingDefect &l, const DraftingDefect &r) {
        return l.priority != r.priority ? l.priority < r.priority : l.start < r.start;
    });

    QList<Finding> out;
    QStringList listed;
    const DraftingDefect *lead = nullptr;
    for (const DraftingDefect &d : std::as_const(defects)) {
        const int clause = map.clauseAt(d.start);
        if (d.fixStart >= 0 && clause >= 0) {
            // A cross-reference with one right answer is corrected, not just pointed at.
            Finding f = ctx.finding(ctx.drafter.replaceRange(clause, d.fixStart, d.fixEnd, d.fixText));
            f.rationale = d.what + u". "_s + ctx.position.rationale;
            out << f;
            continue;
        }
        if (!lead)
            lead = &d;
        const QString item = d.what + u" ("_s + map.where(d.start) + u')';
        if (!listed.contains(item) && listed.size() < 10)
            listed << item;
    }
    if (lead) {
        Finding f;
        f.clause = map.clauseAt(lead->start);
        if (f.clause >= 0)
            f.clauseLabel = ctx.drafter.clauses().at(f.clause).label;
        const auto [from, to] = map.sentence(lead->start, lead->end);
        f.originalText = ctx.doc.text.mid(from, to - from);
        f = ctx.finding(f);
        f.rationale = u"Before signing, complete or correct: "_s + listed.join(u"; "_s) + u". "_s + ctx.position.rationale;
        out.prepend(f);
    }
    return out;
}

} // namespace Redliner::Review
