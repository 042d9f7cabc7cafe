// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphpairing.h"

#include "wordtokens.h"

#include <algorithm>
#include <vector>

namespace Redliner::Review {

namespace {

// Paired when half the words of both are shared, or most of the shorter one's words: a clause
// that keeps its words and gains a long qualification is still that clause, edited.
constexpr double diceThreshold = 0.5;
constexpr double overlapThreshold = 0.6;
// Beyond this many candidate pairs the runs are paired in order, without the full alignment: a
// rewrite that large is read paragraph by paragraph anyway, and the time stays bounded.
constexpr qsizetype alignmentLimit = 250'000;

std::vector<quint64> sortedWords(QStringView text)
{
    std::vector<quint64> out;
    for (const WordToken &t : wordTokens(text, 0, text.size())) {
        if (t.kind == WordToken::Kind::Word)
            out.push_back(t.hash);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The Dice coefficient of two sorted word lists, or 0 when they are too different to pair.
double pairScore(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    if (a.empty() && b.empty())
        return 1.0;
    if (a.empty() || b.empty())
        return 0.0;
    size_t common = 0;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) {
            ++common;
            ++i;
            ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    const double dice = 2.0 * double(common) / double(a.size() + b.size());
    const double overlap = double(common) / double(std::min(a.size(), b.size()));
    // A heading's one word found in a long clause says nothing: overlap needs a few words.
    const bool contained = std::min(a.size(), b.size()) >= 3 && overlap >= overlapThreshold;
    return dice >= diceThreshold || contained ? dice : 0.0;
}

} // namespace

double pairingScore(QStringView a, QStringView b)
{
    return pairScore(sortedWords(a), sortedWords(b));
}

QList<std::pair<qsizetype, qsizetype>> pairEditedParagraphs(const QList<QStringView> &older,
                                                            const QList<QStringView> &newer)
{
    const qsizetype n = older.size(), m = newer.size();
    QList<std::pair<qsizetype, qsizetype>> pairs;
    if (n == 0 || m == 0)
        return pairs;
    std::vector<std::vector<quint64>> wordsA, wordsB;
    for (QStringView p : older)
        wordsA.push_back(sortedWords(p));
    for (QStringView p : newer)
        wordsB.push_back(sortedWords(p));
    if (n * m > alignmentLimit) {
        for (qsizetype k = 0; k < std::min(n, m); ++k) {
            if (pairScore(wordsA[size_t(k)], wordsB[size_t(k)]) > 0.0)
                pairs.append({k, k});
        }
        return pairs;
    }
    // best[i][j]: the largest total similarity pairing older[0, i) with newer[0, j) in order.
    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    std::vector<double> best(size_t((n + 1) * (m + 1)), 0.0);
    std::vector<double> similarity(size_t(n * m), 0.0);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const double s = pairScore(wordsA[size_t(i - 1)], wordsB[size_t(j - 1)]);
            similarity[size_t((i - 1) * m + (j - 1))] = s;
            double v = std::max(best[at(i - 1, j)], best[at(i, j - 1)]);
            if (s > 0.0)
                v = std::max(v, best[at(i - 1, j - 1)] + s);
            best[at(i, j)] = v;
        }
    }
    for (qsizetype i = n, j = m; i > 0 && j > 0;) {
        const double s = similarity[size_t((i - 1) * m + (j - 1))];
        if (s > 0.0 && best[at(i, j)] == best[at(i - 1, j - 1)] + s) {
            pairs.prepend({i - 1, j - 1});
            --i;
            --j;
        } else if (best[at(i, j)] == best[at(i - 1, j)]) {
            --i;
        } else {
            --j;
        }
    }
    return pairs;
}

} // namespace Redliner::Review
