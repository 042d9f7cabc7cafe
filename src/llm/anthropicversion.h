// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failure.h"
#include "providerconfig.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace Redliner::Llm {

// Whether a failed exchange is a server saying it does not know the anthropic-version sent:
// 400 with an error message that names the header. (The API words it "anthropic-version:
// \"X\" is not a valid version"; gateways word it their own way but name the header.)
bool isVersionRejection(const Failure &f);

// What a base URL showed after a fallback, for the rest of this process: it refused one version
// and answered the other. A later review to that server configured with the refused version
// starts with the accepted one instead of being refused again; one configured with the accepted
// version (the user's explicit choice, say) is left alone. Only a version that answered is kept.
// Thread-safe. Base URLs compare without a trailing slash.
class AnthropicVersionMemory final {
public:
    // The version to send instead of `configured`, if this server refused `configured` before.
    static std::optional<QString> recall(const QUrl &baseUrl, const QString &configured);
    static void remember(const QUrl &baseUrl, const QString &refused, const QString &accepted);
    static void forgetAll(); // tests
};

} // namespace Redliner::Llm
