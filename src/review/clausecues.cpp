// SPDX-License-Identifier: GPL-3.0-or-later
#include "clausecues.h"

#include "clauseheading.h"

#include <QRegularExpression>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto ci = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

bool matches(const QRegularExpression &re, QStringView text)
{
    return re.match(text).hasMatch();
}

bool hasAgreementWord(QStringView text)
{
    static const QRegularExpression re(
        u"\\b(agreement|nda|mnda|non-?disclosure|nondisclosure|confidentiality|terms|cover page|deed|"
        "undertaking|playbook|engagement)\\b"_s, ci);
    return matches(re, text);
}

} // namespace

bool looksLikeTitle(const ParagraphInfo &p)
{
    if (p.blank || p.number.isValid() || p.words() > 14 || p.probe.size() > 120)
        return false;
    if (p.probe.endsWith(u',') || p.probe.endsWith(u';') || opensPreamble(p) || opensRecitals(p))
        return false;
    const bool caps = isAllCaps(p.probe);
    if (p.probe.endsWith(u'.') && !caps)
        return false;
    return p.headingLevel > 0 || p.markdownHeading > 0 || caps || hasAgreementWord(p.probe);
}

bool continuesTitle(const ParagraphInfo &p)
{
    if (p.blank || p.number.isValid() || p.markdownHeading > 0 || p.words() > 14 || p.probe.endsWith(u'.'))
        return false;
    if (opensPreamble(p) || opensRecitals(p) || isOperativeWords(p))
        return false;
    // A third line in capitals or brackets, or a short one naming the document ("Cover Page").
    return isAllCaps(p.probe) || p.probe.startsWith(u'(') || (hasAgreementWord(p.probe) && p.words() <= 8);
}

bool opensPreamble(const ParagraphInfo &p)
{
    static const QRegularExpression parties(u"^(between|parties|the parties|entre)\\s*:?$"_s, ci);
    if (matches(parties, p.probe))
        return true;
    // "THIS AGREEMENT is made on [date]" can be short; other openings need some length.
    const bool thisAgreement = p.probe.startsWith(u"this "_s, Qt::CaseInsensitive);
    if (p.probe.size() < (thisAgreement ? 20 : 40) || p.number.isValid())
        return false;
    static const QRegularExpression made(
        u"\\b(enter(ed|s)? into|(is|are) made|made (and entered|effective|as of|on|this|by)|dated|"
        "by and between|between|consists of|is designed to|allows)\\b"_s, ci);
    const QStringView head = QStringView(p.probe).left(600);
    return hasAgreementWord(head) && matches(made, head);
}

bool continuesPreamble(const ParagraphInfo &p)
{
    static const QRegularExpression andLine(u"^(and|et)\\s*:?$"_s, ci);
    return matches(andLine, p.probe);
}

bool opensRecitals(const ParagraphInfo &p)
{
    static const QRegularExpression whereas(u"^(whereas\\b|recitals?\\s*:?$|background\\s*:?$|"
                                            "preliminary statements?\\s*:?$|il est pr[ée]alablement expos[ée])"_s,
                                            ci);
    return matches(whereas, p.probe);
}

bool isOperativeWords(const ParagraphInfo &p)
{
    static const QRegularExpression agreed(
        u"^(now,?\\s+therefore|now it is|it is (hereby )?agreed|the parties (hereby )?agree|therefore,? the parties|"
        "in consideration of the (mutual|foregoing)|il est convenu)"_s, ci);
    return matches(agreed, p.probe);
}

bool isHeadingLine(const ParagraphInfo &p)
{
    if (p.blank || p.number.isValid())
        return false;
    if (p.headingLevel > 0 || p.markdownHeading > 0)
        return p.words() <= 15;
    if (p.inTable || p.words() > 10 || p.probe.size() > 80)
        return false;
    if (p.probe.endsWith(u',') || p.probe.endsWith(u';'))
        return false;
    return isAllCaps(p.probe) || isAttachmentHeading(p);
}

bool isDefinitionsHeading(QStringView heading)
{
    static const QRegularExpression re(
        u"^(definitions?|interpretation|defined terms|definitions?,? (and|&) interpretation|"
        "interpretation (and|&) definitions?)$"_s, ci);
    return matches(re, heading.trimmed());
}

bool isAttachmentHeading(const ParagraphInfo &p)
{
    static const QRegularExpression re(u"^(exhibit|schedule|annex|annexure|appendix|attachment)\\b"_s, ci);
    return p.probe.size() <= 80 && !p.number.isValid() && matches(re, p.probe);
}

} // namespace Redliner::Review
