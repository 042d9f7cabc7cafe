// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Redliner::Review {

// A period of time written in an agreement: "five (5) years", "twenty-four (24) months",
// "2 years", "thirty days", or an open-ended one ("perpetual", "in perpetuity", "indefinitely").
struct Duration final {
    enum class Unit { Days, BusinessDays, Weeks, Months, Years, Perpetual };
    Unit unit = Unit::Months;
    int count = 0;            // in `unit`; 0 for Perpetual
    qsizetype start = 0;      // where it was found in the searched text
    qsizetype end = 0;

    bool perpetual() const { return unit == Unit::Perpetual; }
    // Months, rounding days and weeks to whole months; -1 for Perpetual.
    int months() const;
    // Days (a month counted as 30, a year as 365); -1 for Perpetual.
    int days() const;
    // The fact value: a number of months ("36"), or "perpetual".
    QString monthsValue() const;
};

// The value of a number written in words ("five", "twenty-four", "one hundred eighty") or digits;
// nullopt when `words` is not a number.
std::optional<int> parseNumber(QStringView words);

// Every duration in `text`, in order. The text may be in any case; "five (5) years" yields one
// duration (the words and the figures in brackets are the same number written twice).
QList<Duration> findDurations(QStringView text);

} // namespace Redliner::Review
