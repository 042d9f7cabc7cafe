// SPDX-License-Identifier: GPL-3.0-or-later
#include "ndaprose.h"

// Original text written for Redliner's fixtures. Quotes and apostrophes are the typographic ones
// Word's AutoFormat produces, because real documents have them and matching must cope.

namespace Redliner::TestSupport {

const QList<ProseTopic> &ndaTopics()
{
    static const QList<ProseTopic> topics = {
        {u"Definitions",
         {u"In this Agreement, “Confidential Information” means all information of a confidential "
          u"nature, in any form or medium, disclosed by or on behalf of the Disclosing Party to the "
          u"Receiving Party, whether before or after the date of this Agreement.",
          u"“Purpose” means the evaluation and negotiation of a possible commercial relationship "
          u"between the parties and, if that relationship proceeds, its implementation.",
          u"“Representatives” means, in relation to a party, its officers, employees, professional "
          u"advisers and contractors who need to know the relevant Confidential Information for "
          u"the Purpose.",
          u"“Affiliate” means any entity that directly or indirectly controls, is controlled by, or "
          u"is under common control with a party, where control means the ownership of more than "
          u"fifty percent of the voting shares.",
          u"“Business Day” means a day other than a Saturday, a Sunday or a public holiday in %CITY%.",
          u"References to a clause are to a clause of this Agreement, and clause headings do not "
          u"affect its interpretation.",
          u"Words in the singular include the plural and the other way round, and the word "
          u"“including” is to be read as if followed by the words “without limitation”."},
         u"Confidential Information includes in particular:",
         {u"business plans, forecasts, pricing and financial information;",
          u"technical data, source code, designs, specifications and know-how;",
          u"the names of customers, suppliers and employees and the terms of dealings with them;",
          u"any analyses, notes or other documents prepared by the Receiving Party that contain or "
          u"reflect any of the above."}},
        {u"Confidentiality Obligations",
         {u"The Receiving Party shall keep the Confidential Information strictly confidential and "
          u"shall not disclose it to any person except as expressly permitted by this Agreement.",
          u"The Receiving Party shall use the Confidential Information solely for the Purpose and "
          u"for no other purpose whatsoever.",
          u"The Receiving Party shall protect the Confidential Information with at least the degree "
          u"of care it uses to protect its own information of a similar nature, and in any event "
          u"with no less than a reasonable degree of care.",
          u"The Receiving Party shall not copy, reproduce or reduce to writing any part of the "
          u"Confidential Information except as reasonably necessary for the Purpose.",
          u"Any copies made by the Receiving Party remain the property of the Disclosing Party and "
          u"shall carry the same confidentiality markings as the original.",
          u"The Receiving Party shall notify the Disclosing Party in writing without undue delay on "
          u"becoming aware of any unauthorised use or disclosure of the Confidential Information."},
         u"The Receiving Party shall not:",
         {u"use the Confidential Information to compete with the Disclosing Party;",
          u"reverse engineer, decompile or analyse the composition of any sample or prototype;",
          u"remove any proprietary notice from any document containing Confidential Information."}},
        {u"Permitted Disclosure",
         {u"The Receiving Party may disclose Confidential Information to those of its "
          u"Representatives who need to know it for the Purpose, provided that it informs them of "
          u"its confidential nature before disclosure.",
          u"The Receiving Party shall procure that each of its Representatives complies with this "
          u"Agreement as if it were a party to it.",
          u"The Receiving Party is responsible for any act or omission of its Representatives "
          u"which, if done by the Receiving Party, would be a breach of this Agreement.",
          u"The Receiving Party may disclose Confidential Information to the extent required by "
          u"law, by any governmental or regulatory authority or by the rules of a recognised stock "
          u"exchange, provided that it gives the Disclosing Party as much notice of the disclosure "
          u"as is lawful and practicable.",
          u"Where a disclosure is compelled, the Receiving Party shall disclose only the part of "
          u"the Confidential Information that its legal counsel advises is legally required."},
         {}, {}},
        {u"Exclusions",
         {u"The obligations in this Agreement do not apply to information that is or becomes "
          u"generally available to the public other than as a result of a breach of this Agreement.",
          u"The obligations in this Agreement do not apply to information that was lawfully in the "
          u"possession of the Receiving Party before its disclosure, free of any obligation of "
          u"confidence, as shown by its written records.",
          u"Information lawfully received from a third party who owes no obligation of confidence "
          u"in respect of it is likewise excluded.",
          u"The burden of showing that an exclusion applies rests on the party seeking to rely on "
          u"it."},
         u"The obligations in this Agreement do not apply to information which:",
         {u"is or becomes public other than through a breach of this Agreement;",
          u"was known to the Receiving Party before its disclosure under this Agreement;",
          u"is received from a third party who is free to disclose it;",
          u"is independently developed by the Receiving Party without use of the Confidential "
          u"Information."}},
        {u"Term",
         {u"This Agreement starts on the Effective Date and continues for %PERIOD% unless either "
          u"party ends it earlier by giving %DAYS% days’ written notice.",
          u"The obligations of confidentiality in this Agreement survive termination or expiry "
          u"for a further %PERIOD% (the “Confidentiality Period”).",
          u"Termination does not affect any rights or remedies that have accrued to either party "
          u"before the date of termination.",
          u"The clauses on confidentiality, remedies and governing law continue in force after "
          u"termination in accordance with their terms."},
         {}, {}},
        {u"Return and Destruction",
         {u"Within %DAYS% days of a written request by the Disclosing Party, the Receiving Party "
          u"shall return or destroy all documents and materials containing Confidential "
          u"Information.",
          u"The Receiving Party shall erase all Confidential Information from its computer "
          u"systems to the extent technically practicable.",
          u"The Receiving Party may keep one archival copy of Confidential Information where the "
          u"law or its bona fide internal compliance policies require it, and that copy remains "
          u"subject to this Agreement.",
          u"Confidential Information held in automatic electronic back-up systems need not be "
          u"deleted until those back-ups are overwritten in the ordinary course.",
          u"On request, an officer of the Receiving Party shall certify in writing that it has "
          u"complied with this clause."},
         u"On a request under this clause the Receiving Party shall:",
         {u"return all original documents supplied by the Disclosing Party;",
          u"destroy all copies, notes and extracts in its possession or control;",
          u"instruct each of its Representatives to do the same."}},
        {u"No Licence or Warranty",
         {u"All Confidential Information remains the property of the Disclosing Party, and no "
          u"licence or other right in it is granted except as this Agreement expressly states.",
          u"Confidential Information is provided “as is”, and the Disclosing Party gives no "
          u"warranty as to its accuracy, completeness or fitness for any purpose.",
          u"Neither party is liable for the use of Confidential Information except as this "
          u"Agreement provides.",
          u"Nothing in this Agreement obliges either party to disclose any particular information "
          u"or to enter into any further agreement."},
         {}, {}},
        {u"Remedies",
         {u"Each party acknowledges that damages alone may not be an adequate remedy for a breach "
          u"of this Agreement.",
          u"The Disclosing Party is entitled to seek an injunction, specific performance or other "
          u"equitable relief for any threatened or actual breach, in addition to any other remedy.",
          u"No failure or delay by a party in exercising any right or remedy operates as a waiver "
          u"of it.",
          u"The rights and remedies in this Agreement are cumulative and do not exclude any rights "
          u"or remedies provided by law."},
         {}, {}},
        {u"Data Protection",
         {u"To the extent that Confidential Information includes personal data, each party shall "
          u"comply with all applicable data protection laws when processing it.",
          u"The Receiving Party shall take appropriate technical and organisational measures "
          u"against the unauthorised or unlawful processing of personal data and against its "
          u"accidental loss.",
          u"Neither party shall transfer personal data received under this Agreement outside "
          u"%REGION% without the prior written consent of the other party.",
          u"Each party shall notify the other without undue delay, and in any event within "
          u"seventy-two (72) hours, on becoming aware of a personal data breach affecting "
          u"personal data received from it.",
          u"The parties do not intend to share special category personal data, and each shall take "
          u"reasonable steps to avoid doing so.",
          u"On request, each party shall provide such information as the other reasonably needs to "
          u"show its compliance with this clause."},
         {}, {}},
        {u"Publicity",
         {u"Neither party shall make any public announcement about the Purpose or the existence "
          u"of this Agreement without the prior written consent of the other party.",
          u"Neither party shall use the name, logo or trade marks of the other party in any "
          u"publicity material or client list.",
          u"A party may disclose the existence of this Agreement to its auditors and insurers on a "
          u"confidential basis.",
          u"Any announcement required by law or by the rules of a stock exchange shall be agreed "
          u"with the other party in advance where it is lawful to do so.",
          u"Neither party shall describe the other as a customer, partner or supplier in any "
          u"marketing material without its prior written approval.",
          u"This clause continues to apply for %MONTHS% months after this Agreement ends."},
         {}, {}},
        {u"Non-Solicitation",
         {u"For %MONTHS% months from the Effective Date, neither party shall solicit for "
          u"employment any employee of the other party with whom it had contact in connection "
          u"with the Purpose.",
          u"A general advertisement or recruitment campaign that is not aimed at those employees "
          u"does not breach this clause.",
          u"Employing a person who approaches a party on their own initiative, without any "
          u"solicitation, does not breach this clause either.",
          u"The restriction in this clause applies whether the solicitation is made directly or "
          u"through a recruitment agency or other third party.",
          u"Each party acknowledges that this restriction is reasonable and goes no further than is "
          u"necessary to protect the legitimate interests of the other party.",
          u"If a party breaches this clause, it shall pay the other party a sum equal to the first "
          u"%MONTHS% months’ salary of the employee concerned as a genuine pre-estimate of loss."},
         {}, {}},
        {u"Assignment",
         {u"Neither party may assign, transfer or subcontract any of its rights or obligations "
          u"under this Agreement without the prior written consent of the other party.",
          u"Any purported assignment in breach of this clause is void.",
          u"This Agreement binds and benefits the parties and their respective successors and "
          u"permitted assigns.",
          u"The Disclosing Party may assign the benefit of this Agreement to any of its Affiliates "
          u"by giving written notice to the Receiving Party.",
          u"A change of control of a party is not an assignment for the purposes of this clause.",
          u"Nothing in this Agreement confers any right on a person who is not a party to enforce "
          u"any of its terms."},
         {}, {}},
        {u"Notices",
         {u"Any notice under this Agreement shall be in writing and delivered by hand, by pre-paid "
          u"first-class post or by email to the address of the relevant party set out above.",
          u"A notice delivered by hand is deemed received on delivery, and a notice sent by email "
          u"is deemed received at 9.00 am on the next Business Day after transmission.",
          u"This clause does not apply to the service of any proceedings or other documents in "
          u"any legal action.",
          u"A notice sent by pre-paid first-class post is deemed received at 9.00 am on the second "
          u"Business Day after posting.",
          u"A party may change its address for notices by giving the other party not less than "
          u"%DAYS% days’ notice of the change.",
          u"A notice given under this Agreement is not valid if sent by fax or by any messaging "
          u"service other than email."},
         {}, {}},
        {u"Entire Agreement",
         {u"This Agreement is the entire agreement between the parties about its subject matter "
          u"and supersedes all previous discussions, correspondence and understandings.",
          u"Each party acknowledges that in entering into this Agreement it does not rely on any "
          u"statement, representation or warranty that is not set out in this Agreement.",
          u"No variation of this Agreement is effective unless it is in writing and signed by the "
          u"authorised representatives of both parties.",
          u"Nothing in this clause limits or excludes any liability for fraud or fraudulent "
          u"misrepresentation.",
          u"Each party shall bear its own costs in connection with the negotiation, preparation and "
          u"performance of this Agreement.",
          u"Each party shall, at the request of the other, sign any further documents that are "
          u"reasonably required to give full effect to this Agreement."},
         {}, {}},
        {u"Severance",
         {u"If any provision of this Agreement is found to be invalid, illegal or unenforceable, "
          u"it is deemed modified to the minimum extent necessary to make it valid, and the "
          u"remaining provisions are not affected.",
          u"If no such modification is possible, the provision is deemed deleted without "
          u"affecting the validity of the rest of this Agreement.",
          u"The parties shall negotiate in good faith to agree a valid replacement provision that "
          u"achieves as nearly as possible the intended commercial result of the original provision.",
          u"A waiver of any right under this Agreement is effective only if it is in writing and "
          u"applies only to the circumstances for which it is given.",
          u"A single or partial exercise of any right or remedy does not prevent any further "
          u"exercise of that or any other right or remedy.",
          u"Nothing in this Agreement creates a partnership, joint venture or relationship of agency "
          u"between the parties."},
         {}, {}},
        {u"Governing Law and Jurisdiction",
         {u"This Agreement and any dispute arising out of or in connection with it are governed by "
          u"the laws of %LAW%.",
          u"The courts of %LAW% have exclusive jurisdiction to settle any dispute or claim arising "
          u"out of or in connection with this Agreement or its subject matter.",
          u"Each party irrevocably waives any objection to proceedings in those courts on the "
          u"grounds of venue or inconvenient forum.",
          u"Nothing in this clause prevents the Disclosing Party from seeking interim or injunctive "
          u"relief in any court of competent jurisdiction.",
          u"Each party irrevocably consents to the service of process by any means permitted by the "
          u"laws of %LAW%.",
          u"Non-contractual obligations arising out of or in connection with this Agreement are also "
          u"governed by the laws of %LAW%."},
         {}, {}},
        {u"Counterparts",
         {u"This Agreement may be signed in any number of counterparts, each of which is an "
          u"original and all of which together are one agreement.",
          u"Delivery of a signed counterpart by email in portable document format is as effective "
          u"as delivery of an original.",
          u"No counterpart is effective until each party has signed and delivered at least one "
          u"counterpart.",
          u"The parties agree that electronic signatures applied through a recognised signature "
          u"platform are binding on them.",
          u"This Agreement takes effect on the Effective Date even if the parties sign it on "
          u"different dates.",
          u"Each party confirms that the person signing on its behalf is duly authorised to do so."},
         {}, {}},
    };
    return topics;
}

const QList<QStringView> &ndaPeriods()
{
    static const QList<QStringView> values = {u"two (2) years", u"three (3) years",
                                              u"five (5) years", u"eighteen (18) months"};
    return values;
}

const QList<QStringView> &ndaDayCounts()
{
    static const QList<QStringView> values = {u"ten (10)", u"fifteen (15)", u"thirty (30)",
                                              u"sixty (60)"};
    return values;
}

const QList<QStringView> &ndaMonthCounts()
{
    static const QList<QStringView> values = {u"six (6)", u"twelve (12)", u"eighteen (18)"};
    return values;
}

const QList<Jurisdiction> &ndaJurisdictions()
{
    static const QList<Jurisdiction> values = {
        {u"England and Wales", u"London", u"the United Kingdom"},
        {u"the State of New York", u"New York", u"the United States"},
        {u"the Province of Ontario", u"Toronto", u"Canada"},
        {u"Ireland", u"Dublin", u"the European Economic Area"},
    };
    return values;
}

const QList<PartyNames> &ndaParties()
{
    static const QList<PartyNames> values = {
        {u"Bramblecote Systems Limited", u"14 Quarry Lane, Leeds LS2 7QT"},
        {u"Oakridge Capital Partners LLP", u"3 Mercer Street, London EC2A 4BX"},
        {u"Sablewood Biotech Inc.", u"800 Harbour Drive, Suite 210, Boston, MA 02110"},
        {u"Kestrel Data Services Ltd.", u"Unit 5, Fenwick Park, Manchester M1 2AB"},
        {u"Larkspur Logistics GmbH", u"Hafenstraße 22, 20457 Hamburg"},
        {u"Meridian Fieldworks LLC", u"41 Canal Street, Albany, NY 12207"},
    };
    return values;
}

} // namespace Redliner::TestSupport
