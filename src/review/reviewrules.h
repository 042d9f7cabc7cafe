// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafter.h"
#include "fact.h"
#include "playbook.h"

#include <functional>

namespace Redliner::Review {

class FactContext;
struct ParagraphInfo;

// What one playbook rule sees.
struct RuleContext {
    const TextDocument &doc;
    const FactSheet &facts;
    const Drafter &drafter;
    const PlaybookIssue &issue;
    const Position &position;
    Side side;
    bool incorporatesStandardTerms = false;  // missing clauses may live in incorporated terms
    // The document's sentences, folded, built once per review for the rules that read sentences
    // themselves (null: a rule builds its own).
    const FactContext *sentences = nullptr;
    // What the segmenter read off each paragraph of `doc`, likewise once per review (null: a rule
    // reads them itself).
    const QList<ParagraphInfo> *paragraphs = nullptr;

    // The finding a rule proposes, with the issue's title, severity and the side's rationale.
    Finding finding(Finding draft) const;
    // A point to raise, not to redline: the clause and the words that show it, no edits.
    Finding comment(int clause, const QString &words) const;
};

// A rule returns the findings for its issue (usually none or one).
using Rule = std::function<QList<Finding>(const RuleContext &)>;

// Rule for each playbook issue id (knownIssueIds()).
const QHash<QString, Rule> &reviewRules();

// The rules for the points beyond the classic checklist (fees, forum, whistleblowers, audit,
// breach notice, representatives, third parties, personal data, no commitment): obligationrules.cpp.
const QHash<QString, Rule> &obligationRules();
// Blanks, cut-off clauses, undefined terms, duplicate numbers, broken cross-references:
// draftingdefects.cpp.
QList<Finding> draftingDefects(const RuleContext &ctx);

// Helpers the rules share.
namespace RuleText {
QString monthsInWords(int months);              // 18 -> "eighteen (18) months"; 36 -> "three (3) years"
QString daysInWords(int days);                  // 30 -> "thirty (30) days"
QString numberInWords(int n);                   // 24 -> "twenty-four"
QString fill(QString language, const QHash<QString, QString> &values);  // {months_words}, {months}
} // namespace RuleText

} // namespace Redliner::Review
