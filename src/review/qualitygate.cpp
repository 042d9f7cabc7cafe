// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualitygate.h"

#include <QRegularExpression>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Protection {
    const char16_t *pattern;   // folded to lower case
    const char16_t *what;      // said to the user
};

// Words that protect the party that receives: its freedom to develop and compete, the standard
// exclusions, disclosure the law requires, and copies it may keep. A keyword match elsewhere in a
// clause must never take them out.
constexpr Protection receivingProtections[] = {
    {u"\\bindependently\\s+develop", u"the right to develop independently"},
    {u"\\bnothing\\s+in\\s+this\\s+\\w+\\s+(?:shall\\s+)?(?:prevent|restrict|limit|prohibit|preclude)", u"a 'nothing prevents' freedom"},
    {u"\\bfree\\s+to\\s+(?:develop|compete|market|pursue|enter)", u"a freedom to compete"},
    {u"\\b(?:required|compelled)\\s+(?:to\\s+be\\s+disclosed\\s+)?by\\s+(?:law|regulation|court|any\\s+law)", u"disclosure required by law"},
    {u"\\bpublic(?:ly)?\\s+(?:available|known|domain)|\\bgenerally\\s+(?:available|known)", u"the public-information exclusion"},
    {u"\\b(?:already|previously|lawfully)\\s+(?:known|in\\s+(?:its|the)\\s+possession)", u"the already-known exclusion"},
    {u"\\bthird\\s+part(?:y|ies)\\s+(?:without|who\\s+(?:is|was)\\s+not)", u"the third-party exclusion"},
    {u"\\bback-?ups?\\b|\\barchiv", u"the right to keep backup copies"},
    {u"\\bto\\s+the\\s+extent\\s+(?:legally\\s+)?(?:permitted|permissible|lawful)|\\bwhere\\s+(?:legally\\s+)?(?:permitted|lawful)", u"'to the extent legally permitted'"},
};

int count(const QRegularExpression &re, const QString &text)
{
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

QString protectionStruck(const Finding &finding, Side side)
{
    if (side == Side::Disclosing || finding.edits.isEmpty())
        return {};
    // A term or survival redline exists to replace an open-ended duration ("until it becomes
    // public"), which protects nobody: its words are not the exclusions they resemble.
    if (finding.issueId == u"term"_s || finding.issueId == u"survival"_s)
        return {};
    const QString before = finding.originalText.toLower();
    const QString after = finding.proposedText.toLower();
    // Compiled once: every finding of every review passes the gate.
    static const QList<QRegularExpression> compiled = [] {
        QList<QRegularExpression> out;
        for (const Protection &p : receivingProtections)
            out.append(QRegularExpression(QString::fromUtf16(p.pattern)));
        return out;
    }();
    for (qsizetype i = 0; i < compiled.size(); ++i) {
        const Protection &p = receivingProtections[i];
        const QRegularExpression &re = compiled.at(i);
        // Fewer occurrences after than before: the proposal takes the protection out.
        if (count(re, after) < count(re, before))
            return u"the proposal would strike "_s + QString::fromUtf16(p.what) + u", which protects the side you act for"_s;
    }
    return {};
}

void turnIntoComment(Finding *finding, const QString &reason)
{
    finding->edits.clear();
    finding->proposedText.clear();
    finding->rationale += u" (Raised as a point, not redlined: "_s + reason + u".)"_s;
}

} // namespace Redliner::Review
