// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partynames.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Redliner::Llm {

// Replaces the names of an agreement's parties, their addresses and signatories by placeholders
// before clause text goes to a cloud model, and puts them back in what the model answers.
//
// mask() replaces every whole-word, case-sensitive occurrence of each name by its placeholder,
// longest names first; a possessive stays ("Acme's" -> "[PARTY A]'s"). Each spelling has its own
// placeholder (see PartyNames), so unmask(mask(t)) == t for every text t. To keep that true of a
// text that already holds something shaped like a placeholder ("[PARTY A]", "[Party a]"), mask()
// escapes it with a tilde ("[~PARTY A]") and unmask() takes one tilde off again.
//
// unmask() accepts a placeholder however a model spells its case and spacing ("[Party A]",
// "[ party a short ]"); placeholders it does not know, and bare "PARTY A" without brackets, stay.
class Pseudonymiser final {
public:
    explicit Pseudonymiser(const PartyNames &names);

    QString mask(const QString &text) const;
    QString unmask(const QString &text) const;
    bool isEmpty() const { return m_names.isEmpty(); }

private:
    struct Entry {
        QString name;
        QString placeholder;
    };
    QList<Entry> m_names;                       // longest name first
    QHash<QChar, QList<qsizetype>> m_byFirst;   // first character -> indexes into m_names
    QHash<QString, QString> m_byPlaceholder;    // canonical placeholder body ("PARTY A") -> name
};

} // namespace Redliner::Llm
