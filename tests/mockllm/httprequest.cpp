// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequest.h"

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

QByteArray HttpRequest::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.first(query);
}

QByteArray HttpRequest::header(QByteArrayView lowerName) const
{
    QByteArray joined;
    bool first = true;
    for (const auto &[name, value] : headers) {
        if (name != lowerName)
            continue;
        if (!first)
            joined += ", "_ba;
        joined += value;
        first = false;
    }
    return joined;
}

bool HttpRequest::hasHeader(QByteArrayView lowerName) const
{
    for (const auto &header : headers) {
        if (header.first == lowerName)
            return true;
    }
    return false;
}

} // namespace Redliner::MockLlm
