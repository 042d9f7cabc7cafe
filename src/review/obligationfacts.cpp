// SPDX-License-Identifier: GPL-3.0-or-later
#include "obligationfacts.h"

namespace Redliner::Review {

ObligationText::ObligationText(const RuleContext &ctx)
    : m_ctx(ctx)
    , m_own(ctx.sentences ? std::optional<FactContext>() : std::optional<FactContext>(std::in_place, ctx.doc, ctx.drafter.clauses()))
    , m_facts(ctx.sentences ? *ctx.sentences : *m_own)
{
}

int ObligationText::find(const Pattern &pattern, const Pattern *unless, const std::function<bool(int)> &accept, int from) const
{
    const QList<Sentence> &ss = sentences();
    for (int i = qMax(0, from); i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        // The signature block names the parties; it never holds an obligation worth redrafting.
        if (s.clause >= 0 && m_ctx.drafter.clauses().at(s.clause).isSignature())
            continue;
        if (!matches(s, pattern) || (unless && matches(s, *unless)))
            continue;
        if (accept && !accept(i))
            continue;
        return i;
    }
    return -1;
}

std::optional<QString> ObligationText::rewrite(
    int sentence, const QRegularExpression &pattern,
    const std::function<QString(const QRegularExpressionMatch &, const QString &)> &with) const
{
    const QString folded = at(sentence).text;
    const QString source = original(sentence);
    QString text = source;
    QList<QRegularExpressionMatch> found;
    for (auto it = pattern.globalMatch(folded); it.hasNext();)
        found << it.next();
    if (found.isEmpty())
        return std::nullopt;
    // From the last match back, so the earlier positions stay right.
    for (auto m = found.crbegin(); m != found.crend(); ++m)
        text.replace(m->capturedStart(), m->capturedLength(), with(*m, source));
    return text;
}

} // namespace Redliner::Review
