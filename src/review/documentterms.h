// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Redliner::Review {

// The words an agreement uses for its parties, its information and itself, learned from its text,
// so that a proposal reads as if the document's author had written it: "the Recipient" where the
// document says so, never a "Receiving Party" it does not know. The playbook's language is written
// in standard terms (Receiving Party, Disclosing Party, Confidential Information, Agreement,
// Purpose); adapt() rewrites each standard term the document does not use into the one it does.
class DocumentTerms final {
public:
    DocumentTerms() = default;
    explicit DocumentTerms(const QString &text);

    // The proposal in the document's terms. A standard term the document uses itself is left
    // alone, so words the proposal keeps from the document are never touched.
    QString adapt(const QString &proposal) const;

    QString receivingParty() const { return m_receiving; }   // "" when the document names no role
    QString disclosingParty() const { return m_disclosing; }
    QString information() const { return m_information; }
    // Capitalised terms the document defines ("Recipient", "Purpose", "Effective Date").
    const QList<QString> &defined() const { return m_defined; }
    bool defines(const QString &term) const { return m_defined.contains(term); }

private:
    struct Mapping {
        QString standard;   // as the playbook writes it
        QString local;      // as the document does
        bool name = false;  // a party's name: no article ("Acme", not "the Acme")
        QRegularExpression pattern = {};  // the standard term with its article and possessive
    };
    QList<Mapping> m_mappings;
    QList<QString> m_defined;
    QString m_receiving;
    QString m_disclosing;
    QString m_information;
    bool m_secondPerson = false;  // the recipient is "you"
};

} // namespace Redliner::Review
