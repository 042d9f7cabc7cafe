// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "factcontext.h"
#include "reviewrules.h"

#include <functional>
#include <optional>

namespace Redliner::Review {

// The sentences of the agreement as the rules of obligationrules.cpp read them: they look for
// wording the fact sheet does not record (notice duties, fee shifting, audits, signed undertakings)
// and redraft the sentence that holds it.
class ObligationText final {
public:
    explicit ObligationText(const RuleContext &ctx);

    const QList<Sentence> &sentences() const { return m_facts.sentences(); }
    const Sentence &at(int sentence) const { return m_facts.sentences().at(sentence); }
    QString original(int sentence) const { return m_facts.original(sentence); }

    // The first sentence outside the signature block that `pattern` matches, that `unless` does
    // not match and that `accept` (when given) takes; -1 when none.
    int find(const Pattern &pattern, const Pattern *unless = nullptr,
             const std::function<bool(int)> &accept = {}, int from = 0) const;
    bool any(const Pattern &pattern) const { return find(pattern) >= 0; }

    // The sentence with every match of `pattern` (run on the folded text, so positions hold for
    // the original) replaced by what `with` makes of it; `with` gets the match and the sentence as
    // written (see written()). Nullopt when nothing matched.
    std::optional<QString> rewrite(int sentence, const QRegularExpression &pattern,
                                   const std::function<QString(const QRegularExpressionMatch &, const QString &)> &with) const;

    // Group n of a match on the folded text, as written in `source`.
    static QString written(const QRegularExpressionMatch &m, const QString &source, int n = 0)
    {
        return m.capturedStart(n) < 0 ? QString() : source.mid(m.capturedStart(n), m.capturedLength(n));
    }

private:
    const RuleContext &m_ctx;
    std::optional<FactContext> m_own;   // only when the review shares no sentences
    const FactContext &m_facts;
};

} // namespace Redliner::Review
