// SPDX-License-Identifier: GPL-3.0-or-later
#include "worddiff.h"

#include "myersdiff.h"
#include "wordtokens.h"

#include <QHash>

#include <algorithm>
#include <cstring>

namespace Redliner::Review {

namespace {

// A change in character positions: original[aStart, aEnd) becomes revised[bStart, bEnd).
struct Hunk {
    qsizetype aStart, aEnd, bStart, bEnd;
};

// The largest common prefix (suffix) that ends on a token boundary in both texts, so that the
// token diff of what remains sees the same tokens the whole texts have. Trimming first is what
// makes a few changed words in a long clause cost microseconds.
qsizetype commonPrefix(QStringView a, QStringView b)
{
    const qsizetype limit = std::min(a.size(), b.size());
    qsizetype p = std::mismatch(a.begin(), a.begin() + limit, b.begin()).first - a.begin();
    while (p > 0 && !(isWordTokenBoundary(a, p) && isWordTokenBoundary(b, p)))
        --p;
    return p;
}

qsizetype commonSuffix(QStringView a, QStringView b, qsizetype limit)
{
    qsizetype s = 0;
    while (s < limit && a.at(a.size() - 1 - s) == b.at(b.size() - 1 - s))
        ++s;
    while (s > 0 && !(isWordTokenBoundary(a, a.size() - s) && isWordTokenBoundary(b, b.size() - s)))
        --s;
    return s;
}

// Tokens as numbers, so that Myers compares integers. A 64-bit hash is cheap; two different
// tokens that hash alike are caught when the hunks are collected, and then exact ids are used.
std::vector<size_t> tokenHashes(const QList<WordToken> &tokens)
{
    std::vector<size_t> out;
    out.reserve(size_t(tokens.size()));
    for (const WordToken &t : tokens)
        out.push_back(size_t(t.hash));
    return out;
}

std::vector<size_t> tokenIds(QStringView text, const QList<WordToken> &tokens, QHash<QStringView, size_t> *ids)
{
    std::vector<size_t> out;
    out.reserve(size_t(tokens.size()));
    for (const WordToken &t : tokens) {
        const QStringView key = text.mid(t.start, t.end - t.start);
        auto it = ids->find(key);
        if (it == ids->end())
            it = ids->insert(key, size_t(ids->size()));
        out.push_back(*it);
    }
    return out;
}

// The changes between the two token lists; false if a token pair the diff calls common differs.
bool collectHunks(const SequenceDiff &diff, QStringView a, const QList<WordToken> &tokensA, qsizetype aTo,
                  QStringView b, const QList<WordToken> &tokensB, qsizetype bTo, QList<Hunk> *hunks)
{
    const qsizetype nA = tokensA.size(), nB = tokensB.size();
    const auto posA = [&](qsizetype k) { return k < nA ? qsizetype(tokensA[k].start) : aTo; };
    const auto posB = [&](qsizetype k) { return k < nB ? qsizetype(tokensB[k].start) : bTo; };
    qsizetype i = 0, j = 0;
    while (i < nA || j < nB) {
        const bool changedA = i < nA && diff.deleted[size_t(i)];
        const bool changedB = j < nB && diff.inserted[size_t(j)];
        if (!changedA && !changedB) {  // a common token on both sides
            const WordToken &ta = tokensA[i++];
            const WordToken &tb = tokensB[j++];
            const qsizetype length = ta.end - ta.start;
            if (length != tb.end - tb.start
                || std::memcmp(a.utf16() + ta.start, b.utf16() + tb.start, size_t(length) * sizeof(char16_t)) != 0)
                return false;
            continue;
        }
        Hunk h{posA(i), 0, posB(j), 0};
        while (i < nA && diff.deleted[size_t(i)])
            ++i;
        while (j < nB && diff.inserted[size_t(j)])
            ++j;
        h.aEnd = posA(i);
        h.bEnd = posB(j);
        hunks->append(h);
    }
    return true;
}

// The token diff of original[from, aTo) against revised[from, bTo) as raw hunks.
QList<Hunk> tokenHunks(QStringView a, QStringView b, qsizetype from, qsizetype aTo, qsizetype bTo)
{
    const QList<WordToken> tokensA = wordTokens(a, from, aTo);
    const QList<WordToken> tokensB = wordTokens(b, from, bTo);
    QList<Hunk> hunks;
    if (collectHunks(myersDiff(tokenHashes(tokensA), tokenHashes(tokensB)), a, tokensA, aTo, b, tokensB, bTo,
                     &hunks))
        return hunks;
    hunks.clear();
    QHash<QStringView, size_t> ids;
    const std::vector<size_t> idsA = tokenIds(a, tokensA, &ids);
    const std::vector<size_t> idsB = tokenIds(b, tokensB, &ids);
    collectHunks(myersDiff(idsA, idsB), a, tokensA, aTo, b, tokensB, bTo, &hunks);
    return hunks;
}

bool hasWord(QStringView text)
{
    for (qsizetype k = 0; k < text.size(); ++k) {
        if (wordTokenKind(text.at(k).unicode()) == WordToken::Kind::Word)
            return true;
        // A surrogate pair is a word character when its code point is (rare letters, CJK Ext. B).
        if (text.at(k).isHighSurrogate() && k + 1 < text.size()
            && wordTokenKind(QChar::surrogateToUcs4(text.at(k), text.at(k + 1))) == WordToken::Kind::Word)
            return true;
    }
    return false;
}

// Changes with only spaces or punctuation between them read as one change, unless a paragraph
// mark lies between them: an edit across paragraphs would delete and re-create the mark.
QList<Hunk> mergeClose(const QList<Hunk> &hunks, QStringView a)
{
    QList<Hunk> merged;
    for (const Hunk &h : hunks) {
        const QStringView gap = merged.isEmpty() ? QStringView() : a.mid(merged.last().aEnd, h.aStart - merged.last().aEnd);
        if (!merged.isEmpty() && !hasWord(gap) && !gap.contains(u'\n')) {
            merged.last().aEnd = h.aEnd;
            merged.last().bEnd = h.bEnd;
        } else {
            merged.append(h);
        }
    }
    return merged;
}

constexpr char16_t openers[] = u"([{\u201C\u00AB";
constexpr char16_t closers[] = u")]}\u201D\u00BB";

// The brackets a side of a change leaves open (`open`) or closes without opening (`close`), and
// whether it holds an odd number of straight double quotes.
struct Balance {
    QString open;
    QString close;
    bool oddQuotes = false;
};

Balance balanceOf(QStringView text)
{
    Balance b;
    for (const QChar c : text) {
        if (c == u'"') {
            b.oddQuotes = !b.oddQuotes;
        } else if (std::char_traits<char16_t>::find(openers, 5, c.unicode())) {
            b.open.append(c);
        } else if (const char16_t *k = std::char_traits<char16_t>::find(closers, 5, c.unicode())) {
            const QChar opener(openers[k - closers]);
            if (!b.open.isEmpty() && b.open.back() == opener)
                b.open.chop(1);
            else
                b.close.append(c);
        }
    }
    return b;
}

// Widens a change over the bracket or quote right next to it when the change leaves its partner
// unbalanced: "~~five (5~~three (3) years" must read "~~five (5)~~ three (3) years". Only
// common text between `lowA` and `highA` (the neighbouring changes) is taken.
void takeInPartners(Hunk &h, QStringView a, QStringView b, qsizetype lowA, qsizetype highA)
{
    for (int round = 0; round < 8; ++round) {
        const Balance sa = balanceOf(a.mid(h.aStart, h.aEnd - h.aStart));
        const Balance sb = balanceOf(b.mid(h.bStart, h.bEnd - h.bStart));
        const QString open = sa.open + sb.open;
        const QString close = sa.close + sb.close;
        const bool odd = sa.oddQuotes || sb.oddQuotes;
        const bool canGrow = h.aEnd < highA && h.bEnd < b.size() && a.at(h.aEnd) == b.at(h.bEnd);
        const bool canShrinkStart = h.aStart > lowA && h.bStart > 0 && a.at(h.aStart - 1) == b.at(h.bStart - 1);
        const QChar next = canGrow ? a.at(h.aEnd) : QChar();
        const QChar prev = canShrinkStart ? a.at(h.aStart - 1) : QChar();
        const auto closes = [&open](QChar c) {
            const char16_t *k = std::char_traits<char16_t>::find(closers, 5, c.unicode());
            return k && open.contains(QChar(openers[k - closers]));
        };
        const auto opens = [&close](QChar c) {
            const char16_t *o = std::char_traits<char16_t>::find(openers, 5, c.unicode());
            return o && close.contains(QChar(closers[o - openers]));
        };
        if (canGrow && (closes(next) || (odd && next == u'"'))) {
            ++h.aEnd;
            ++h.bEnd;
        } else if (canShrinkStart && (opens(prev) || (odd && prev == u'"'))) {
            --h.aStart;
            --h.bStart;
        } else {
            return;
        }
    }
}

} // namespace

QList<Docx::Edit> wordDiff(QStringView original, QStringView revised, qint32 offset)
{
    if (original == revised)
        return {};
    const qsizetype prefix = commonPrefix(original, revised);
    const qsizetype suffix = commonSuffix(original, revised, std::min(original.size(), revised.size()) - prefix);
    QList<Hunk> hunks = mergeClose(
        tokenHunks(original, revised, prefix, original.size() - suffix, revised.size() - suffix), original);
    for (qsizetype k = 0; k < hunks.size(); ++k) {
        const qsizetype low = k > 0 ? hunks[k - 1].aEnd : 0;
        const qsizetype high = k + 1 < hunks.size() ? hunks[k + 1].aStart : original.size();
        takeInPartners(hunks[k], original, revised, low, high);
    }
    hunks = mergeClose(hunks, original);

    QList<Docx::Edit> edits;
    edits.reserve(hunks.size());
    for (const Hunk &h : hunks) {
        Docx::Edit e;
        e.start = qint32(h.aStart) + offset;
        e.end = qint32(h.aEnd) + offset;
        e.text = revised.mid(h.bStart, h.bEnd - h.bStart).toString();
        edits.append(e);
    }
    return edits;
}

QString applyEdits(QStringView original, const QList<Docx::Edit> &edits, qint32 offset)
{
    QList<Docx::Edit> sorted = edits;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Docx::Edit &x, const Docx::Edit &y) {
        return x.start < y.start;
    });
    QString out;
    out.reserve(original.size());
    qsizetype at = 0;
    for (const Docx::Edit &e : sorted) {
        const qsizetype start = std::clamp<qsizetype>(e.start - offset, at, original.size());
        const qsizetype end = std::clamp<qsizetype>(e.end - offset, start, original.size());
        out += original.mid(at, start - at);
        out += e.text;
        at = end;
    }
    out += original.mid(at);
    return out;
}

} // namespace Redliner::Review
