// SPDX-License-Identifier: GPL-3.0-or-later
#include "ndacheck.h"

#include <QRegularExpression>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

QString whyNotAnNda(QStringView text)
{
    // English, and the words of the NDAs in other languages the corpus holds (a French or German
    // NDA is one, even if the English playbook proposes nothing for it).
    static const QRegularExpression confidential(
        u"confidential|confidentiel|confidencial|vertraulich|riservat|vertrouwelijk"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nonDisclosure(u"\\bnon-?\\s?disclosure|\\bnondisclosure|\\bsecrecy|geheimhaltung"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    if (nonDisclosure.match(text).hasMatch())
        return {};
    auto found = confidential.globalMatch(text);
    for (int seen = 0; found.hasNext(); found.next())
        if (++seen == 2)
            return {};
    return u"it does not look like a confidentiality agreement (it speaks of confidentiality at most once and "
           "never of non-disclosure or secrecy)"_s;
}

} // namespace Redliner::Review
