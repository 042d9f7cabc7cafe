// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Redliner::Review {

// What an NDA says about one question, with the text that shows it. A fact that is not found is
// simply absent ("not mentioned").
struct Fact final {
    enum class Polarity { Yes, No };  // the clause says so / the clause says the opposite

    QString id;            // one of FactId below
    Polarity polarity = Polarity::Yes;
    QString value;         // e.g. "60" (months) for durations, a jurisdiction, "employees,advisers"
    int clause = -1;       // index into the clause list
    qint32 start = 0;      // evidence span in the working text
    qint32 end = 0;
    QString evidence;      // the sentence that supports it

    bool yes() const { return polarity == Polarity::Yes; }
};

// The fact ids. Names are stable: the playbook, reports and the ContractNLI mapping use them.
namespace FactId {
inline constexpr char Mutual[] = "mutual";                          // Yes: mutual; No: one-way
inline constexpr char DisclosingParty[] = "disclosing-party";       // value: who discloses (one-way)
inline constexpr char OralIncluded[] = "definition.oral";           // oral / visual information covered
inline constexpr char TechnicalOnly[] = "definition.technical-only";
inline constexpr char MarkingRequired[] = "marking.required";       // must be marked / identified
inline constexpr char ExclusionPublic[] = "exclusion.public";
inline constexpr char ExclusionKnown[] = "exclusion.already-known";
inline constexpr char ExclusionThirdParty[] = "exclusion.third-party";
inline constexpr char ExclusionIndependent[] = "exclusion.independent";
inline constexpr char PurposeOnly[] = "use.purpose-only";
inline constexpr char ShareEmployees[] = "recipients.employees";
inline constexpr char ShareAffiliates[] = "recipients.affiliates";
inline constexpr char ShareAdvisers[] = "recipients.advisers";
inline constexpr char ShareContractors[] = "recipients.contractors";
inline constexpr char ShareThirdParties[] = "recipients.third-parties";
inline constexpr char CopiesPermitted[] = "copies.permitted";
inline constexpr char CompelledDisclosure[] = "compelled-disclosure";       // carve-out present
inline constexpr char CompelledNotice[] = "compelled-disclosure.notice";    // with notice to discloser
inline constexpr char AgreementTerm[] = "term.agreement";                   // value: months, or "perpetual"
inline constexpr char ObligationTerm[] = "term.obligations";                // value: months, or "perpetual"
inline constexpr char Survival[] = "term.survival";
inline constexpr char ReturnDestroy[] = "return-destroy";
inline constexpr char ReturnDays[] = "return-destroy.days";                 // value: days allowed
inline constexpr char RetentionAllowed[] = "return-destroy.retention";      // backup / legally required copies
inline constexpr char Residuals[] = "residuals";
inline constexpr char NonSolicit[] = "non-solicitation";                    // value: months
inline constexpr char NonCompete[] = "non-compete";
inline constexpr char NoLicence[] = "no-licence";
inline constexpr char NoWarranty[] = "no-warranty";
inline constexpr char Injunctive[] = "remedies.injunctive";
inline constexpr char InjunctiveEntitled[] = "remedies.entitled";          // "is entitled to" rather than "may seek"
inline constexpr char GoverningLaw[] = "governing-law";                     // value: jurisdiction
inline constexpr char ExclusiveVenue[] = "venue.exclusive";
inline constexpr char Assignment[] = "assignment";                          // value: "one-sided" / "mutual-consent"
inline constexpr char Publicity[] = "publicity";                            // secrecy of the agreement / talks
inline constexpr char LiquidatedDamages[] = "liquidated-damages";
inline constexpr char Indemnity[] = "indemnity";
inline constexpr char Standstill[] = "standstill";
inline constexpr char NoReverseEngineering[] = "no-reverse-engineering";
inline constexpr char StandardOfCare[] = "standard-of-care";               // value: "highest" / "reasonable"
} // namespace FactId

struct FactSheet final {
    QList<Fact> facts;

    const Fact *find(QStringView id) const;
    bool has(QStringView id) const { return find(id) != nullptr; }
    bool isYes(QStringView id) const { const Fact *f = find(id); return f && f->yes(); }
};

} // namespace Redliner::Review
