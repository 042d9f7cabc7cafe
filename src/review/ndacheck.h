// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Redliner::Review {

// Whether a text reads as a confidentiality agreement: it speaks of confidentiality at least twice,
// or of non-disclosure or secrecy (every NDA of the ContractNLI sets, the templates and the
// issue-spotting benchmark does, in English, French or German; none of the 190 other Word files
// of the corpus does). Empty when it does; otherwise why not, in words for the user.
QString whyNotAnNda(QStringView text);

} // namespace Redliner::Review
