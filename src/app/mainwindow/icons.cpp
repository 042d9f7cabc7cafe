// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"
#include "findings/decision.h"

#include "review/playbook.h"

#include <QHash>

namespace Redliner::App::Icons {

using namespace Qt::Literals::StringLiterals;

QIcon get(const QString &name)
{
    // Icons are looked up for every model row that is painted: build each once.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(u":/icons/"_s + name + u".svg"_s));
    return *it;
}

QIcon severity(int severity)
{
    switch (Review::Severity(severity)) {
    case Review::Severity::High: return get(u"severity-high"_s);
    case Review::Severity::Medium: return get(u"severity-medium"_s);
    case Review::Severity::Low: return get(u"severity-low"_s);
    }
    return {};
}

QIcon status(int status)
{
    switch (DecisionStatus(status)) {
    case DecisionStatus::Pending: return get(u"status-pending"_s);
    case DecisionStatus::Accepted: return get(u"status-accepted"_s);
    case DecisionStatus::Rejected: return get(u"status-rejected"_s);
    }
    return {};
}

} // namespace Redliner::App::Icons
