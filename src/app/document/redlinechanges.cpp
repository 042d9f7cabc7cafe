// SPDX-License-Identifier: GPL-3.0-or-later
#include "redlinechanges.h"

#include <algorithm>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {

// Whether two edits cannot both be drawn (or written): their deleted ranges intersect, or one
// inserts inside the other's deletion. Two insertions at one point can (they read in order).
bool collide(const Docx::Edit &a, const Docx::Edit &b)
{
    if (a.start < b.end && b.start < a.end)
        return true;
    if (a.start == a.end && b.start < a.start && a.start < b.end)
        return true;
    if (b.start == b.end && a.start < b.start && b.start < a.end)
        return true;
    return false;
}

} // namespace

ChangeSet ChangeSet::build(const QList<FindingChanges> &findings)
{
    ChangeSet set;
    QList<Docx::Edit> placed;
    const auto place = [&](int index, RedlineChange::State state) {
        const FindingChanges &f = findings.at(index);
        for (const Docx::Edit &e : f.edits) {
            for (const Docx::Edit &p : std::as_const(placed)) {
                if (collide(e, p)) {
                    set.hidden.append(f.id);
                    return;
                }
            }
        }
        const QString tip = f.title + u"\n\n"_s + f.rationale;
        for (const Docx::Edit &e : f.edits) {
            placed.append(e);
            set.changes.append(RedlineChange{f.id, index, e, state, f.severity, tip});
        }
    };
    for (int i = 0; i < findings.size(); ++i) {
        if (findings.at(i).status == DecisionStatus::Accepted)
            place(i, RedlineChange::State::Accepted);
    }
    for (int i = 0; i < findings.size(); ++i) {
        if (findings.at(i).status == DecisionStatus::Pending)
            place(i, RedlineChange::State::Proposed);
    }
    for (int i = 0; i < findings.size(); ++i) {
        const FindingChanges &f = findings.at(i);
        if (f.status != DecisionStatus::Rejected || f.edits.isEmpty())
            continue;
        Docx::Edit marker;
        marker.start = marker.end = f.edits.first().start;
        set.changes.append(RedlineChange{f.id, i, marker, RedlineChange::State::Rejected, f.severity,
                                         f.title + u"\n\n"_s + f.rationale});
    }
    std::stable_sort(set.changes.begin(), set.changes.end(), [](const RedlineChange &a, const RedlineChange &b) {
        if (a.edit.start != b.edit.start)
            return a.edit.start < b.edit.start;
        // At one point: markers of rejected findings, then insertions, then deletions, each in
        // finding order, so the text reads "[x] new ~~old~~" the same way every time.
        const auto rank = [](const RedlineChange &c) {
            return c.state == RedlineChange::State::Rejected ? 0 : c.edit.start == c.edit.end ? 1 : 2;
        };
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return a.finding < b.finding;
    });
    return set;
}

QList<int> ChangeSet::touching(qint32 from, qint32 to) const
{
    QList<int> out;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Docx::Edit &e = changes.at(i).edit;
        if (e.start > to)
            break;  // sorted by start
        if (e.start == e.end ? e.start >= from : e.end > from)
            out.append(int(i));
    }
    return out;
}

} // namespace Redliner::App
