// SPDX-License-Identifier: GPL-3.0-or-later
#include "triagerow.h"

#include "partynames.h"

#include "review/fact.h"

#include <algorithm>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Review;

QString TriageRow::kindText() const
{
    switch (kind) {
    case Kind::Mutual: return u"mutual"_s;
    case Kind::OneWay: return u"one-way"_s;
    case Kind::Unknown: break;
    }
    return {};
}

QString TriageRow::termText() const
{
    if (perpetual)
        return u"perpetual"_s;
    if (termMonths < 0)
        return termOther;
    return termMonths % 12 == 0 ? u"%1 year(s)"_s.arg(termMonths / 12) : u"%1 month(s)"_s.arg(termMonths);
}

TriageRow triageRow(const QString &file, const TextDocument &text, const ReviewResult &review)
{
    TriageRow row;
    row.file = file;
    QStringList parties;
    for (const PartyName &p : findPartyNames(text.text).parties) {
        // The full names only ("[PARTY A]"), not the short, other or capital spellings.
        if (p.placeholder.count(u' ') == 1)
            parties.append(p.name);
    }
    row.parties = parties.join(u"; "_s);
    const FactSheet &facts = review.facts;
    if (const Fact *mutual = facts.find(QString::fromLatin1(FactId::Mutual)))
        row.kind = mutual->yes() ? TriageRow::Kind::Mutual : TriageRow::Kind::OneWay;
    if (const Fact *law = facts.find(QString::fromLatin1(FactId::GoverningLaw)); law && law->yes())
        row.law = law->value;
    for (const char *id : {FactId::AgreementTerm, FactId::ObligationTerm}) {
        const Fact *f = facts.find(QString::fromLatin1(id));
        if (!f || !f->yes() || f->value.isEmpty())
            continue;
        bool ok = false;
        const int months = f->value.toInt(&ok);
        row.perpetual = f->value == u"perpetual";
        if (ok)
            row.termMonths = months;
        else if (!row.perpetual)
            row.termOther = f->value;
        break;
    }
    QList<const Finding *> bySeverity;
    for (const Finding &f : review.findings) {
        (f.severity == Severity::High ? row.high : f.severity == Severity::Medium ? row.medium : row.low)++;
        bySeverity.append(&f);
    }
    std::stable_sort(bySeverity.begin(), bySeverity.end(),
                     [](const Finding *l, const Finding *r) { return int(l->severity) > int(r->severity); });
    for (const Finding *f : std::as_const(bySeverity).mid(0, 3))
        row.topIssues.append(f->title);
    return row;
}

} // namespace Redliner::Llm
