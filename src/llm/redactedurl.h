// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Redliner::Llm {

// A URL as it may be shown or stored (reports, logs, status lines, error messages): user info
// dropped, every query value replaced by "redacted" and the fragment dropped. Gateways and proxies
// take keys as ?key=… or https://user:key@host, and a report travels further than the key should.
QString redactedUrl(const QUrl &url);

// `text` with every URL in it redacted as above: Qt's network errors quote the request URL.
QString redactUrls(const QString &text);

} // namespace Redliner::Llm
