// SPDX-License-Identifier: GPL-3.0-or-later
#include "writablefindings.h"

#include "docx/revisionwriter.h"

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

QList<FindingOutcome> selectWritableFindings(const Docx::Document &doc, const QList<Finding> &findings, bool comments,
                                             QList<Finding> *accepted)
{
    QList<FindingOutcome> outcomes;
    for (const Finding &f : findings) {
        FindingOutcome outcome;
        if (f.edits.isEmpty()) {
            outcome.error = u"no change proposed: a point to raise, not to redline"_s;
            outcomes.append(outcome);
            continue;
        }
        QList<Finding> trial = *accepted;
        trial.append(f);
        const auto refused = Docx::RevisionWriter::check(doc, editsForWriting(trial, comments));
        if (refused.isEmpty()) {
            accepted->append(f);
            outcome.written = true;
        } else {
            outcome.error = u"could not be written: "_s + refused.first().reason;
        }
        outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace Redliner::Review
