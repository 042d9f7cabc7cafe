// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The legal prose the NDA generator draws from, kept apart from the markup it produces.
// Sentences may hold placeholders the generator fills per clause or per document:
// %PERIOD% ("three (3) years"), %DAYS% ("thirty (30)"), %MONTHS% ("twelve (12)"),
// %LAW% ("England and Wales"), %CITY% ("London"), %REGION% ("the United Kingdom").

#include <QList>
#include <QStringView>

namespace Redliner::TestSupport {

struct ProseTopic {
    QStringView heading;              // the bold run that opens the clause ("Term")
    QList<QStringView> sentences;     // independent sentences, any 2-4 of which make a paragraph
    QStringView itemLead;             // a sentence ending in a colon that introduces the items
    QList<QStringView> items;         // short list items for (a), (b), (c); may be empty
};

// All topics; the first one is the definitions clause, which every document opens with.
const QList<ProseTopic> &ndaTopics();

// Values for the placeholders, chosen per clause (periods) or per document (jurisdiction).
const QList<QStringView> &ndaPeriods();
const QList<QStringView> &ndaDayCounts();
const QList<QStringView> &ndaMonthCounts();

struct Jurisdiction {
    QStringView law;
    QStringView city;
    QStringView region;
};
const QList<Jurisdiction> &ndaJurisdictions();

struct PartyNames {
    QStringView name;
    QStringView address;
};
const QList<PartyNames> &ndaParties();

} // namespace Redliner::TestSupport
