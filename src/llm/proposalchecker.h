// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchanswer.h"
#include "providerconfig.h"

#include "review/drafter.h"

namespace Redliner::Llm {

// Turns a model's proposals for one clause into findings: the edits come from Redliner's word
// diff of the clause against the revised text (never from the model), and a proposal that would
// renumber the clause or reach outside it is refused with a reason.
class ProposalChecker final {
public:
    // Proposals pass the same quality gate as the offline reviewer's: written in the document's
    // own defined terms, and never striking words that protect the side the user acts for.
    ProposalChecker(const Review::TextDocument &doc, const QList<Review::Clause> &clauses, const Review::Playbook &playbook,
                    Review::Side side = Review::Side::Receiving)
        : m_terms(doc.text), m_drafter(doc, clauses, &m_terms), m_playbook(playbook), m_side(side) {}

    // Findings for the clause at index; problems gets one sentence per refused proposal.
    QList<Review::Finding> findings(int clause, const QList<ProposedChange> &changes, ProviderKind provider,
                                    QStringList *problems) const;

private:
    // The revised text with a label the model added in front of a clause whose number comes from
    // Word's numbering (the working text has no label there) taken off again.
    QString withoutEchoedLabel(const Review::Clause &clause, const QString &original, QString revised) const;

    Review::DocumentTerms m_terms;   // before m_drafter, which points at it
    Review::Drafter m_drafter;
    const Review::Playbook &m_playbook;
    Review::Side m_side;
};

} // namespace Redliner::Llm
