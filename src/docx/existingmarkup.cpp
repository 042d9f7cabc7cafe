// SPDX-License-Identifier: GPL-3.0-or-later
#include "existingmarkup.h"
#include "bodymarkupreader.h"
#include "commentthreads.h"

#include <algorithm>
#include <limits>

namespace Redliner::Docx {

namespace {

// Threads in the order of their first comments' anchors (unanchored ones last, in the part's
// order); each reply right after what it answers, replies in the part's order (Word's: oldest first).
QList<ExistingComment> threadOrder(const QList<ExistingComment> &comments, const QHash<qint64, CommentAnchor> &anchors)
{
    const qsizetype n = comments.size();
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = n - 1; i >= 0; --i)
        indexById.insert(comments[i].id, i); // the first comment with an id, should two share it
    QList<QList<qsizetype>> replies(n);
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype parent = comments[i].parentId < 0 ? -1 : indexById.value(comments[i].parentId, -1);
        if (parent >= 0 && parent != i)
            replies[parent].append(i);
        else
            roots.append(i);
    }
    const auto key = [&](qsizetype i) {
        constexpr qint32 Last = std::numeric_limits<qint32>::max();
        const auto a = anchors.constFind(comments[i].id);
        if (a == anchors.cend() || a->start < 0)
            return std::pair(Last, Last);
        return std::pair(a->start, a->order);
    };
    std::stable_sort(roots.begin(), roots.end(), [&](qsizetype a, qsizetype b) { return key(a) < key(b); });

    QList<ExistingComment> out;
    out.reserve(n);
    QList<bool> placed(n, false);
    const auto placeThread = [&](qsizetype root) {
        QList<qsizetype> stack{root};
        while (!stack.isEmpty()) {
            const qsizetype i = stack.takeLast();
            if (placed[i])
                continue;
            placed[i] = true;
            out.append(comments[i]);
            for (auto it = replies[i].crbegin(); it != replies[i].crend(); ++it)
                stack.append(*it);
        }
    };
    for (qsizetype root : std::as_const(roots))
        placeThread(root);
    // Replies in a cycle have no first comment: listed after the rest, in the part's order.
    for (qsizetype i = 0; i < n; ++i)
        placeThread(i);
    return out;
}

} // namespace

Outcome<ExistingMarkup> readExistingMarkup(const Document &doc)
{
    auto body = readBodyMarkup(doc.body, doc.displayName());
    if (!body)
        return body.error();
    auto comments = readCommentThreads(doc);
    if (!comments)
        return comments.error();

    const QHash<qint64, CommentAnchor> &anchors = body.value().anchors;
    for (ExistingComment &c : comments.value()) {
        const auto a = anchors.constFind(c.id);
        if (a == anchors.cend())
            continue;
        c.start = a->start;
        c.end = a->end;
        c.originalStart = a->originalStart;
        c.originalEnd = a->originalEnd;
    }

    ExistingMarkup markup;
    markup.changes = std::move(body.value().changes);
    markup.originalText = std::move(body.value().originalText);
    markup.comments = threadOrder(comments.value(), anchors);
    return markup;
}

} // namespace Redliner::Docx
