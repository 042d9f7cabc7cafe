// SPDX-License-Identifier: GPL-3.0-or-later
#include "clause.h"

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

// Stable lower-case names: reports, the CLI's JSON and the LLM prompts use them.
QString clauseKindName(Clause::Kind kind)
{
    switch (kind) {
    case Clause::Kind::Title:
        return u"title"_s;
    case Clause::Kind::Preamble:
        return u"preamble"_s;
    case Clause::Kind::Recitals:
        return u"recitals"_s;
    case Clause::Kind::Definitions:
        return u"definitions"_s;
    case Clause::Kind::Section:
        return u"section"_s;
    case Clause::Kind::Signature:
        return u"signature"_s;
    case Clause::Kind::Other:
        break;
    }
    return u"other"_s;
}

} // namespace Redliner::Review
