// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clause.h"
#include "fact.h"
#include "foldedpattern.h"
#include "textparagraph.h"

#include <QList>
#include <QString>

namespace Redliner::Review {

// A sentence as the fact rules see it. `text` is the same length as the span, so a match
// position is an offset into the span.
struct Sentence final : FoldedText {
    qint32 start = 0;    // working-text span of the sentence
    qint32 end = 0;
    int paragraph = 0;
    int clause = -1;     // the innermost clause holding it, -1 when there are no clauses
    int leadIn = -1;     // for a list item: the sentence that introduces the list ("shall:"), else -1
    QString heading;     // folded headings of the clause and its parents, "" when none
};

// The working state of one extraction: the sentences of the document and the facts found so far.
// Rules run from the strongest evidence to the weakest, so the first fact recorded for an id wins.
// Headings set as sentences of their own ("6. Return of Materials.", "Liquidated Damages.") are
// left out: they name a clause without saying anything, and the clause's own sentences are the
// evidence a lawyer wants to read.
class FactContext final {
public:
    FactContext(const TextDocument &doc, const QList<Clause> &clauses);

    const QList<Sentence> &sentences() const { return m_sentences; }
    const TextDocument &document() const { return m_doc; }
    QString original(int sentence) const;       // the sentence as written
    // The list item with its lead-in (and the lead-in's own lead-in), folded: rules need the
    // subject and the verb, which the lead-in carries ("The Recipient shall not: (a) copy ...").
    // Built once per extraction: nearly every rule asks for it.
    const FoldedText &withLeadIn(int sentence) const
    {
        const int joined = m_joined.at(sentence);
        return joined < 0 ? m_sentences.at(sentence) : m_joinedTexts.at(joined);
    }

    const Fact *fact(const char *id) const;
    bool has(const char *id) const { return fact(id) != nullptr; }
    // Records a fact unless one with this id is already recorded; returns whether it did.
    bool add(const char *id, Fact::Polarity polarity, int sentence, const QString &value = {});
    // Records a fact, replacing an earlier one with the same id.
    void replace(const char *id, Fact::Polarity polarity, int sentence, const QString &value = {});

    FactSheet takeSheet() { return std::move(m_sheet); }

private:
    Fact makeFact(const char *id, Fact::Polarity polarity, int sentence, const QString &value) const;

    const TextDocument &m_doc;
    QList<Sentence> m_sentences;
    QList<int> m_joined;               // per sentence, its text with its lead-ins in m_joinedTexts, or -1
    QList<FoldedText> m_joinedTexts;
    FactSheet m_sheet;
};

// Whether a negation ("not", "no", "never", "neither", "nor", "prohibited from", "refrain from",
// "cannot", "prevent"; also "without" when asked; not "not limited to", "no less than") governs the word at `pos`. The scope of a negation ends at
// a ';' or a sentence end (not at ':', which opens a list the negation covers), and an exception ("except", "other than", "unless", "only",
// "solely", "save", "but", "provided") after it turns it around: in "shall not disclose to anyone
// other than its employees" the employees are not negated.
bool isNegated(QStringView text, qsizetype pos, bool withoutCounts = false);

} // namespace Redliner::Review
