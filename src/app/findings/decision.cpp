// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision.h"

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

QString decisionStatusKey(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Pending: return u"pending"_s;
    case DecisionStatus::Accepted: return u"accepted"_s;
    case DecisionStatus::Rejected: return u"rejected"_s;
    }
    return {};
}

bool parseDecisionStatus(QStringView key, DecisionStatus *status)
{
    for (DecisionStatus s : {DecisionStatus::Pending, DecisionStatus::Accepted, DecisionStatus::Rejected}) {
        if (key == decisionStatusKey(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}

} // namespace Redliner::App
