// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposalchecker.h"

#include "review/numberlabel.h"
#include "review/qualitygate.h"

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;

namespace {

// The number typed at the start of a clause ("4.", "4.2", "(a)", "Section 5"), read as the
// segmenter reads it; empty when none.
QString leadingLabel(const QString &text)
{
    const NumberLabel label = parseTypedLabel(QStringView(text).trimmed());
    return label.isValid() ? label.label : QString();
}

QString normalised(const QString &text)
{
    return text.simplified();
}

} // namespace

QString ProposalChecker::withoutEchoedLabel(const Clause &clause, const QString &original, QString revised) const
{
    if (clause.label.isEmpty() || !leadingLabel(original).isEmpty())
        return revised;
    const QString trimmed = revised.trimmed();
    const NumberLabel echoed = parseTypedLabel(trimmed);
    if (echoed.isValid() && echoed.length > 0 && echoed.label == parseListLabel(clause.label).label)
        revised = trimmed.mid(echoed.length).trimmed();
    return revised;
}

QList<Finding> ProposalChecker::findings(int clause, const QList<ProposedChange> &changes, ProviderKind provider,
                                         QStringList *problems) const
{
    QList<Finding> out;
    const Clause &c = m_drafter.clauses().at(clause);
    const QString original = m_drafter.clauseText(clause);
    const QString name = providerDisplayName(provider);
    const QString where = !c.label.isEmpty() ? u"clause "_s + c.label : clauseKindName(c.kind).toLower();
    for (const ProposedChange &change : changes) {
        QString revised = withoutEchoedLabel(c, original, change.revisedText);
        // Trailing whitespace and a final newline are how models end text, not edits.
        while (!revised.isEmpty() && revised.back().isSpace())
            revised.chop(1);
        if (normalised(revised) == normalised(original))
            continue;
        if (revised.trimmed().isEmpty()) {
            problems->append(name + u" proposed deleting "_s + where + u" entirely; not applied"_s);
            continue;
        }
        const QString label = leadingLabel(original);
        if (!label.isEmpty() && leadingLabel(revised) != label) {
            problems->append(name + u" changed the number of "_s + where + u" (\""_s + label + u"\"); not applied"_s);
            continue;
        }
        Finding f = m_drafter.revise(clause, revised);
        if (f.edits.isEmpty())
            continue;
        const PlaybookIssue *issue = m_playbook.issue(change.issue);
        f.issueId = issue ? issue->id : u"other"_s;
        f.title = issue ? issue->title : u"Other"_s;
        parseSeverity(change.severity, &f.severity);
        f.rationale = m_terms.adapt(change.rationale);
        f.providers = QStringList{providerKindName(provider)};
        if (const QString why = protectionStruck(f, m_side); !why.isEmpty()) {
            problems->append(name + u" on "_s + where + u": "_s + why + u"; raised as a point, not redlined"_s);
            turnIntoComment(&f, why);
        }
        out.append(f);
    }
    return out;
}

} // namespace Redliner::Llm
