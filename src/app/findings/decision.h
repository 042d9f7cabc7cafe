// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Redliner::App {

// What the lawyer decided about one finding. Undecided findings are shown in the redline but
// never exported.
enum class DecisionStatus { Pending, Accepted, Rejected };

struct Decision final {
    DecisionStatus status = DecisionStatus::Pending;
    bool edited = false;      // the proposed text was changed by the user
    QString editedText;       // the clause text as the user wants it (when edited)

    bool isPending() const { return status == DecisionStatus::Pending; }
    friend bool operator==(const Decision &, const Decision &) = default;
};

QString decisionStatusKey(DecisionStatus status);          // "pending", "accepted", "rejected"
bool parseDecisionStatus(QStringView key, DecisionStatus *status);

} // namespace Redliner::App
