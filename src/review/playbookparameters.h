// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Redliner::Review {

// One number a rule reads from its playbook issue. The loader requires every parameter of an issue
// and refuses any other; the playbook editor shows each with its unit and limits.
struct PlaybookParameter final {
    QString issue; // the issue id, e.g. "term"
    QString name;  // e.g. "max_months"
    int minimum = 0;
    int maximum = 0;
    QString unit;    // "months" or "days"
    QString meaning; // "the longest term accepted, in months": the loader's words
};

// The parameters of one issue, in the order the loader checks them; empty when it takes none.
QList<PlaybookParameter> playbookParameters(QStringView issueId);

// The placeholders the drafting fills in an issue's language ("{months}", "{months_words}"); a
// placeholder anywhere else would land in the agreement verbatim, so the loader refuses it.
QStringList playbookPlaceholders(QStringView issueId);

} // namespace Redliner::Review
