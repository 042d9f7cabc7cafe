// SPDX-License-Identifier: GPL-3.0-or-later
//
// The table of rule parameters, shared by the loader (which validates them) and the playbook
// editor (which offers them as spin boxes with units and limits).

#include "playbookparameters.h"

using namespace Qt::Literals::StringLiterals;

namespace Redliner::Review {

namespace {

struct ParameterSpec final {
    QStringView issue;
    QStringView name;
    int min;
    int max;
    QStringView unit;
    QStringView meaning;
};

constexpr ParameterSpec parameterSpecs[] = {
    {u"term", u"max_months", 1, 1200, u"months", u"the longest term accepted, in months"},
    {u"term", u"proposed_months", 1, 1200, u"months", u"the term proposed instead, in months"},
    {u"survival", u"max_months", 1, 1200, u"months", u"the longest survival accepted, in months"},
    {u"survival", u"proposed_months", 1, 1200, u"months", u"the survival proposed instead, in months"},
    {u"non-solicitation", u"max_months", 0, 120, u"months", u"the longest non-solicitation accepted, in months"},
    {u"return-destroy", u"min_days", 1, 365, u"days", u"the shortest time to return or destroy, in days"},
};

} // namespace

QList<PlaybookParameter> playbookParameters(QStringView issueId)
{
    QList<PlaybookParameter> out;
    for (const ParameterSpec &spec : parameterSpecs) {
        if (spec.issue == issueId)
            out.append({spec.issue.toString(), spec.name.toString(), spec.min, spec.max, spec.unit.toString(),
                        spec.meaning.toString()});
    }
    return out;
}

QStringList playbookPlaceholders(QStringView issueId)
{
    if (issueId == u"term" || issueId == u"survival")
        return {u"{months}"_s, u"{months_words}"_s};
    return {};
}

} // namespace Redliner::Review
