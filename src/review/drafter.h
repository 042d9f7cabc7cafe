// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clause.h"
#include "documentterms.h"
#include "finding.h"
#include "textparagraph.h"

#include <QRegularExpression>

#include <optional>

namespace Redliner::Review {

// Turns a drafting decision ("replace this phrase", "add this clause before the signatures")
// into a Finding with the clause text before and after and the minimal edits between them,
// computed by the word diff, never by hand.
class Drafter final {
public:
    // With terms, every proposal is written in the document's own defined terms (DocumentTerms).
    Drafter(const TextDocument &doc, const QList<Clause> &clauses, const DocumentTerms *terms = nullptr)
        : m_doc(doc), m_clauses(clauses), m_terms(terms)
    {
    }

    QString clauseText(int clause) const;
    const QList<Clause> &clauses() const { return m_clauses; }
    const DocumentTerms *terms() const { return m_terms; }  // null when proposals keep standard terms

    // The clause rewritten as a whole (the diff finds what changed).
    Finding revise(int clause, const QString &revisedText) const;
    // The clause with the range [from, to) of the working text replaced.
    Finding replaceRange(int clause, qint32 from, qint32 to, const QString &with) const;
    // The first match of pattern inside the clause (or inside [within, withinEnd) when given).
    std::optional<Finding> replacePattern(int clause, const QRegularExpression &pattern, const QString &with,
                                          qint32 within = -1, qint32 withinEnd = -1) const;
    // The sentence of the clause that holds offset, replaced (with "" it is deleted).
    Finding replaceSentence(int clause, qint32 offset, const QString &with) const;
    // Everything after the clause's label and heading replaced: "6. Non-Solicitation. [text]".
    Finding replaceBody(int clause, const QString &with) const;
    // A sentence added at the end of the clause's last paragraph.
    Finding appendSentence(int clause, const QString &sentence) const;
    // A paragraph added after the clause's last paragraph, continuing its list ("(d)").
    Finding addListItem(int clause, const QString &text) const;
    // A new top-level clause before the signature block (numbered like the other sections).
    Finding addClause(const QString &heading, const QString &text) const;

    int signatureClause() const;  // -1 when none
    // The first clause whose heading (or, failing that, whose text) matches.
    int findClause(const QRegularExpression &heading) const;

private:
    Finding finding(int clause, const QString &original, const QString &revised, qint32 offset) const;
    int lastSection() const;
    QString nextClauseNumber(int last) const;  // "14", or "13A" when 14 is taken

    const TextDocument &m_doc;
    const QList<Clause> &m_clauses;
    const DocumentTerms *m_terms = nullptr;
};

} // namespace Redliner::Review
