// SPDX-License-Identifier: GPL-3.0-or-later
#include "contractnlimapping.h"

#include <array>

namespace Redliner::Review::ContractNli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Mapping {
    QStringView hypothesis;
    QStringView fact;   // the fact whose polarity answers it ("" for the special cases below)
};

// The plain one-fact hypotheses: Yes -> Entailment, No -> Contradiction, absent -> NotMentioned.
constexpr std::array<Mapping, 17> mappings{{
    {u"nda-1", u"marking.required"},          // all CI shall be expressly identified
    {u"nda-2", u"definition.technical-only"}, // CI shall only include technical information
    {u"nda-3", u"definition.oral"},           // CI may include verbally conveyed information
    {u"nda-4", u"use.purpose-only"},          // no use for any other purpose
    {u"nda-5", u"recipients.employees"},      // may share with some employees
    {u"nda-7", u""},                          // may share with some third parties: see predict()
    {u"nda-8", u"compelled-disclosure.notice"},
    {u"nda-10", u"publicity"},                // shall not disclose that the agreement exists
    {u"nda-11", u"no-reverse-engineering"},
    {u"nda-12", u"exclusion.independent"},    // may independently develop similar information
    {u"nda-13", u"exclusion.third-party"},    // may acquire similar information from a third party
    {u"nda-15", u"no-licence"},               // the agreement grants no right to CI
    {u"nda-16", u""},                         // return or destroy on termination: see predict()
    {u"nda-17", u"copies.permitted"},
    {u"nda-18", u"non-solicitation"},
    {u"nda-19", u"term.survival"},
    {u"nda-20", u"return-destroy.retention"}, // may retain some CI after returning the rest
}};

Label fromFact(const FactSheet &facts, QStringView id)
{
    const Fact *f = facts.find(id);
    if (!f)
        return Label::NotMentioned;
    return f->yes() ? Label::Entailment : Label::Contradiction;
}

} // namespace

QString labelName(Label label)
{
    switch (label) {
    case Label::Entailment:
        return u"Entailment"_s;
    case Label::Contradiction:
        return u"Contradiction"_s;
    case Label::NotMentioned:
        break;
    }
    return u"NotMentioned"_s;
}

bool parseLabel(QStringView name, Label *label)
{
    for (Label l : {Label::NotMentioned, Label::Entailment, Label::Contradiction}) {
        if (name == labelName(l)) {
            *label = l;
            return true;
        }
    }
    return false;
}

QStringList hypothesisIds()
{
    QStringList ids;
    for (const Mapping &m : mappings)
        ids.append(m.hypothesis.toString());
    return ids;
}

QStringList factsFor(QStringView hypothesis)
{
    if (hypothesis == u"nda-7")
        return {QString::fromLatin1(FactId::ShareThirdParties), QString::fromLatin1(FactId::ShareAdvisers),
                QString::fromLatin1(FactId::ShareContractors), QString::fromLatin1(FactId::ShareAffiliates)};
    if (hypothesis == u"nda-16")
        return {QString::fromLatin1(FactId::ReturnDestroy)};
    for (const Mapping &m : mappings) {
        if (m.hypothesis == hypothesis)
            return {m.fact.toString()};
    }
    return {};
}

Label predict(const FactSheet &facts, QStringView hypothesis)
{
    if (hypothesis == u"nda-7") {
        // Advisers, contractors and affiliates are third parties to the agreement: permission to
        // share with any of them entails the hypothesis. A prohibition on third parties with no
        // such permission contradicts it.
        for (QStringView id : {QStringView(u"recipients.third-parties"), QStringView(u"recipients.advisers"),
                               QStringView(u"recipients.contractors"), QStringView(u"recipients.affiliates")}) {
            if (facts.isYes(id))
                return Label::Entailment;
        }
        for (QStringView id : {QStringView(u"recipients.third-parties"), QStringView(u"recipients.advisers"),
                               QStringView(u"recipients.contractors")}) {
            if (facts.has(id))
                return Label::Contradiction;
        }
        return Label::NotMentioned;
    }
    if (hypothesis == u"nda-16") {
        // The hypothesis is about the end of the agreement: a duty to return only on request
        // does not answer it.
        const Fact *f = facts.find(u"return-destroy");
        if (!f)
            return Label::NotMentioned;
        if (!f->yes())
            return Label::Contradiction;
        return f->value == u"on-request" ? Label::NotMentioned : Label::Entailment;
    }
    for (const Mapping &m : mappings) {
        if (m.hypothesis == hypothesis)
            return fromFact(facts, m.fact);
    }
    return Label::NotMentioned;
}

} // namespace Redliner::Review::ContractNli
