// SPDX-License-Identifier: GPL-3.0-or-later
// Disclosure compelled by law. For the recipient: notice that must be given even where the law
// forbids it, fixed notice periods, only final orders, and a duty to fight the demand at its own
// cost. For the discloser: a compelled disclosure that needs no notice or cooperation.
#include "lifecyclerules.h"

namespace Redliner::Review::Lifecycle {

using namespace Qt::Literals::StringLiterals;
using namespace Detail;
using Findings = QList<Finding>;

namespace {

// Words that make the notice duty yield to the law (or to the authority's own constraints).
const QRegularExpression &lawfulQualifier()
{
    static const QRegularExpression pattern = re(
        u"legally\\s+permi|permissi|permitted\\s+(?:by|under)\\s+(?:applicable\\s+)?law|\\b(?:where|if|when|to\\s+the\\s+extent)\\s+(?:it\\s+is\\s+)?lawful"
        u"|\\bunless\\s+(?:\\w+\\s+){0,6}(?:prohibit\\w*|not\\s+admissible|not\\s+permitted|prevent\\w*|unlawful|forbid\\w*)|\\bnot\\s+(?:legally\\s+)?(?:prohibited|forbidden)"
        u"|\\bto\\s+the\\s+extent\\s+(?:\\w+\\s+){0,3}(?:permitted|possible|practicable|allowed|legal\\w*)|\\bsubject\\s+to\\s+(?:\\w+\\s+){0,4}constraints"
        u"|\\bexcept\\s+as\\s+(?:otherwise\\s+)?required\\s+(?:to\\s+comply\\s+with|by)\\s+(?:applicable\\s+)?law|\\bif\\s+(?:legally\\s+)?permitted"
        u"|\\bwhere\\s+(?:legally\\s+)?(?:possible|practicable|permitted|allowed)|\\b(?:law|regulation|rule)s?\\s+(?:permit|allow)"_s);
    return pattern;
}

// "to the extent legally permitted" inserted before the notice duty: after its verb's modal
// ("will, to the extent legally permitted, give") or its condition ("provided that, to the ...").
bool qualifyNotice(QString &s)
{
    static const QRegularExpression compelled = re(
        u"\\b(?:required|requested|compelled|law|laws|court|order|legal|legally|subpoena\\w*|judicial|governmental|process)\\b"_s);
    static const QRegularExpression notice = re(u"\\b(?:notice|notify|notifies|notified|notification|inform|informs)\\b"_s);
    static const QRegularExpression anchor = re(
        u"\\b(?:shall|will|must|should|agrees?\\s+to|undertakes?\\s+to|provided(?:\\s+that)?|so\\s+long\\s+as|as\\s+long\\s+as|on\\s+condition\\s+that|then)\\b"_s);
    if (lawfulQualifier().match(s).hasMatch())
        return false;
    const auto c = compelled.match(s);
    const auto n = notice.match(s, c.hasMatch() ? c.capturedStart() : 0);
    if (!n.hasMatch())
        return false;
    const qsizetype windowStart = qMax<qsizetype>(c.hasMatch() ? c.capturedStart() : 0, n.capturedStart() - 120);
    qsizetype at = -1;
    for (auto it = anchor.globalMatch(s, windowStart); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() >= n.capturedStart())
            break;
        at = m.capturedEnd();
    }
    if (at < 0)
        return false;
    if (at < s.size() && s.at(at) == u',')
        s.insert(at + 1, u" to the extent legally permitted,"_s);
    else
        s.insert(at, u", to the extent legally permitted,"_s);
    return true;
}

// A fixed notice period the law or the court may not leave time for becomes prompt notice.
bool promptNotice(QString &s)
{
    static const QString days = u"(?:\\S+\\s+)?\\(?\\S+?\\)?\\s+(?:business\\s+|calendar\\s+|working\\s+)?days['\u2019]?"_s;
    static const QRegularExpression notLessThan = re(u"\\b(?:not\\s+less\\s+than|at\\s+least)\\s+"_s + days + u"\\s+(?=(?:prior\\s+|advance\\s+|written\\s+)*notice\\b)"_s);
    static const QRegularExpression within = re(u"\\bwithin\\s+"_s + days + u"\\s+(?:of|after|from)\\b"_s);
    if (const auto m = notLessThan.match(s); m.hasMatch()) {
        s.replace(m.capturedStart(), m.capturedLength(), u"prompt "_s);
        return true;
    }
    if (const auto m = within.match(s); m.hasMatch()) {
        const bool prompt = QStringView(s).mid(qMax<qsizetype>(0, m.capturedStart() - 40), qMin<qsizetype>(40, m.capturedStart()))
                                .contains(u"prompt"_s, Qt::CaseInsensitive);
        s.replace(m.capturedStart(), m.capturedLength(), prompt ? u"of"_s : u"promptly after"_s);
        return true;
    }
    return false;
}

// Only final orders, or a duty to fight the demand at the recipient's own cost.
bool easeResistance(QString &s)
{
    static const QRegularExpression finalOnly = re(u",?\\s*(?:final\\s+and\\s+)?non-?\\s?appealable\\b"_s);
    static const QRegularExpression prevent = re(u"\\ball\\s+reasonable\\s+steps\\s+to\\s+(?:prevent|resist|avoid)\\b"_s);
    static const QRegularExpression bestEfforts = re(u"\\b(?:its\\s+)?best\\s+(efforts|endeavou?rs)\\b"_s);
    bool changed = false;
    if (const auto m = finalOnly.match(s); m.hasMatch()) {
        s.remove(m.capturedStart(), m.capturedLength());
        changed = true;
    }
    if (const auto m = prevent.match(s); m.hasMatch()) {
        s.replace(m.capturedStart(), m.capturedLength(), u"reasonable steps, at the Disclosing Party's request and expense, to resist"_s);
        changed = true;
    } else if (const auto b = bestEfforts.match(s); b.hasMatch()) {
        s.replace(b.capturedStart(), b.capturedLength(), u"reasonable "_s + b.captured(1) + u", at the Disclosing Party's request and expense,"_s);
        changed = true;
    }
    return changed;
}

Findings receivingCompelled(const RuleContext &ctx, const Fact *carveOut)
{
    const Fact *notice = ctx.facts.find(QString::fromLatin1(FactId::CompelledNotice));
    const Fact *where = notice && notice->yes() && notice->clause >= 0 ? notice : carveOut;
    if (where->clause < 0)
        return {};
    auto f = editSentence(ctx, where->clause, where->start, where->end, [&](QString &s) {
        easeResistance(s);
        if (where == notice) {
            promptNotice(s);
            qualifyNotice(s);
        }
    });
    return f ? Findings{ctx.finding(*f)} : Findings{};
}

// For the discloser, the carve-out must come with notice before the disclosure and help in
// seeking a protective order; an exclusion that just lets the information go is not enough.
Findings disclosingCompelled(const RuleContext &ctx, const Fact *carveOut)
{
    const Fact *notice = ctx.facts.find(QString::fromLatin1(FactId::CompelledNotice));
    static const QRegularExpression noticeWords = re(u"\\b(?:notice|notify|notifies|notified|notification|inform|informs)\\b"_s);
    static const QRegularExpression cooperation = re(
        u"\\bcooperat\\w*|\\bco-operat\\w*|\\bprotective\\s+order|\\bassist\\w*|\\btake\\s+(?:\\w+\\s+){0,2}(?:actions?|steps)\\s+to\\s+protect|\\bseek\\s+(?:\\w+\\s+){0,3}(?:order|remedy|relief)|\\bcontest|\\boppose|\\bresist"_s);
    const bool noticed = notice && notice->yes() && noticeWords.match(notice->evidence).hasMatch();
    if (noticed && (cooperation.match(notice->evidence).hasMatch() || cooperation.match(carveOut->evidence).hasMatch()))
        return {};
    auto f = addSentenceAfter(ctx, noticed && notice->clause >= 0 ? *notice : *carveOut, ctx.position.language);
    return f ? Findings{ctx.finding(*f)} : Findings{};
}

} // namespace

Findings compelledDisclosure(const RuleContext &ctx)
{
    const Fact *carveOut = ctx.facts.find(QString::fromLatin1(FactId::CompelledDisclosure));
    if (!carveOut || !carveOut->yes())
        return addMissing(ctx, u"Compelled Disclosure"_s, ctx.position.language);
    return ctx.side == Side::Disclosing ? disclosingCompelled(ctx, carveOut) : receivingCompelled(ctx, carveOut);
}

} // namespace Redliner::Review::Lifecycle
