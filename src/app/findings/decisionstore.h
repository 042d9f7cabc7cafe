// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"
#include "reviewcontrol/reviewinfo.h"

#include "review/finding.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Redliner::App {

// Everything a review of one document produced and everything the user decided about it.
struct StoredReview final {
    QString sha256;
    QString documentPath;      // where the file was last opened from (informative)
    ReviewInfo info;
    QList<Review::Finding> findings;
    QHash<QString, Decision> decisions;  // by finding id; absent means undecided
    QStringList cloudConsent;            // providers the user agreed to send this document to
    // Answers to the other side's tracked changes: index into the document's changes -> accepted,
    // with the change's w:id, so that an answer is never applied to another change.
    struct TheirDecision {
        qint64 revisionId = -1;
        bool accept = true;
    };
    QHash<int, TheirDecision> theirDecisions;
    QHash<qint64, QString> replies; // our replies to their comments, by the comment's w:id
};

// The sidecar store: one JSON file per document, named by the SHA-256 of its bytes, in the
// application data directory (never next to the client's file). Written atomically, so closing,
// a crash or reopening the file loses nothing and never leaves half a file.
class DecisionStore final {
public:
    explicit DecisionStore(const QString &directory = {});  // default: AppDataLocation/reviews

    QString directory() const { return m_directory; }
    QString pathFor(const QString &sha256) const;

    bool save(const StoredReview &review, QString *error) const;
    // std::nullopt when there is none; *error is set when there is one that cannot be read.
    std::optional<StoredReview> load(const QString &sha256, QString *error) const;

private:
    QString m_directory;
};

} // namespace Redliner::App
