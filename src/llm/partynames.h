// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Redliner::Llm {

// One spelling of a name as it appears in the agreement, and the placeholder that stands for it
// in text sent to a cloud model.
struct PartyName final {
    QString name;          // "Acme Corporation", exactly as written (case-sensitive)
    QString placeholder;   // "[PARTY A]"
};

// The identifying names of an NDA. Each distinct spelling has its own placeholder, so that
// replacing placeholders by names gives back exactly what was there:
//   parties    "[PARTY A]"            the party's full name ("Northwind Analytics Ltd.")
//              "[PARTY A ALT]"        another spelling of it ("Big Sky Transportation Co." beside
//                                     "... Company"); further ones "[PARTY A ALT 2]", ...
//              "[PARTY A SHORT]"      the short name it is given ("Northwind"); further ones
//                                     "[PARTY A SHORT 2]", ... (trade names after "dba" too)
//              "[PARTY A CAPS]",      an all-capitals spelling of any of these that also occurs
//              "[PARTY A SHORT CAPS]" ("NORTHWIND ANALYTICS LTD." above a signature)
//              letters A, B, ... Z, AA, AB, ... in order of first appearance in the text;
//   addresses  "[ADDRESS 1]", ...     street addresses, in order of appearance;
//   people     "[PERSON 1]", ...      signatories and contacts ("Name: Jane Smith", "Attention:").
// Role words ("Company", "Disclosing Party", "Recipient") are never names: a model needs them.
struct PartyNames final {
    QList<PartyName> parties;
    QList<PartyName> addresses;
    QList<PartyName> people;

    bool isEmpty() const { return parties.isEmpty() && addresses.isEmpty() && people.isEmpty(); }
};

// The parties, addresses and signatories of an agreement, read from its working text: the names
// before definitions such as (the "Company") or ("Acme"), the parties of "between X and Y" /
// "by and between X, a Delaware corporation with offices at ADDRESS, and Y", "BETWEEN: (1) X
// ...; and (2) Y" layouts, the short names those definitions give, signature-block "By:" /
// "Name:" lines, and street addresses (number, street, suite, city, state or postcode) after
// "offices at", "located at", "registered office is at" or on their own. Party definitions are
// looked for in the opening of the text (the preamble and first clauses); signature blocks and
// addresses anywhere. Template blanks ("____", "[NAME]", ":company_name") are not names.
PartyNames findPartyNames(const QString &workingText);

} // namespace Redliner::Llm
