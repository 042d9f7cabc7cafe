// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

// The word lists the party-name finder (partynames.cpp) reads: which words make or break a name,
// a role, an address. Data only; the finder decides what they mean. Words are in lower case,
// without punctuation; the patterns are regular expressions to be embedded in larger ones.
namespace Redliner::Llm::PartyWords {

// Words that end in a full stop without ending a sentence (lower case, no stop).
const QSet<QString> &abbreviations();

// Company forms that follow a name, also after a comma inside it: "Acme, Inc.", "Blueknight Energy
// Partners, L.P." (a regular expression).
const QString &corporateSuffixPattern();

// Words that join the capitalised words of a name: "of", "&", "van", "the".
const QSet<QString> &joiners();

// Words that say what a party is, not who ("company", "disclosing", "party", "the").
const QSet<QString> &genericWords();

// Generic words that are no role on their own: articles, ordinals, small prepositions.
const QSet<QString> &genericNonRoleWords();

// The words of a role that defines one party: "company", "recipient", "licensee".
const QSet<QString> &partyRoleWords();

// Words that make a name an organisation's: "university", "bank", "holdings".
const QSet<QString> &organisationWords();

// Defined terms for things, not parties: "nda", "purpose", "cover page".
const QSet<QString> &documentTerms();

// The months, in lower case.
const QSet<QString> &months();

// First words of a phrase that is no name: "this", "each", "whereas", "dear".
const QSet<QString> &nameOpeners();

// Words of a sentence, never of a name: "shall", "hereto", "agreed".
const QSet<QString> &sentenceWords();

// Last words of laws and documents, which get short names too: "act", "tariff", "policy".
const QSet<QString> &instrumentWords();

// Words of a title or a form label on a signature line, never of a person's name.
const QSet<QString> &signatoryTitleWords();

// Street words: "Street", "Ave", "Wharf", "Tower" (a regular expression).
const QString &streetSuffixPattern();

// Postcodes: US ZIP (with its state), UK, Canadian, Swedish "SE-426 52", Australian "VIC 3101",
// plain four to six figures (a regular expression).
const QString &postcodePattern();

// Words in lower case that an address may hold: "rue", "via", "van"; other lower-case words make
// a line prose.
const QSet<QString> &addressLowerWords();

// Words before a description, not a name: "a", "such", "its".
const QSet<QString> &determiners();

// Words before "of" that make what follows a jurisdiction: "laws", "state", "republic".
const QSet<QString> &jurisdictionWords();

// The words that abbreviations of a name stand for: "co" -> "company", "&" -> "and".
const QHash<QString, QString> &abbreviationExpansions();

} // namespace Redliner::Llm::PartyWords
