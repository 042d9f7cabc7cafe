// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchanswer.h"
#include "providerconfig.h"

#include "review/playbook.h"

#include <optional>

namespace Redliner::Llm {

// Clause results kept on disk, so re-reviewing an unchanged clause costs nothing. The key is a
// SHA-256 of everything that shapes the answer: provider, base URL, model, prompt version,
// playbook name and version, side, pseudonymisation and the clause text. One small JSON file per
// clause, written atomically; a damaged file is a miss, never an error.
class ClauseCache final {
public:
    // directory empty: the platform cache directory (~/.cache/Redliner/llm on Linux).
    explicit ClauseCache(const QString &directory = {});

    static QByteArray key(const ProviderConfig &config, const Review::Playbook &playbook, Review::Side side,
                          bool pseudonymised, const QString &clauseText);

    std::optional<QList<ProposedChange>> find(const QByteArray &key) const;
    bool store(const QByteArray &key, const QList<ProposedChange> &changes) const;
    QString directory() const { return m_directory; }

private:
    QString pathFor(const QByteArray &key) const;
    QString m_directory;
};

} // namespace Redliner::Llm
