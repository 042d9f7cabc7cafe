// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Redliner::MockLlm {

QByteArray reasonPhrase(int status);
// RFC 9110 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (Date, Retry-After).
QByteArray httpDate(const QDateTime &utc);

} // namespace Redliner::MockLlm
