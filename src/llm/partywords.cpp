// SPDX-License-Identifier: GPL-3.0-or-later
#include "partywords.h"

namespace Redliner::Llm::PartyWords {

using namespace Qt::Literals::StringLiterals;

const QSet<QString> &abbreviations()
{
    static const QSet<QString> list{
        u"inc"_s,  u"ltd"_s,  u"co"_s,   u"corp"_s, u"pty"_s,  u"pte"_s, u"bhd"_s, u"llc"_s, u"lp"_s,
        u"llp"_s,  u"nv"_s,   u"bv"_s,   u"sa"_s,   u"sl"_s,   u"pc"_s,  u"pa"_s,  u"gp"_s,  u"plc"_s,
        u"mr"_s,   u"mrs"_s,  u"ms"_s,   u"dr"_s,   u"st"_s,   u"ave"_s, u"no"_s,  u"nos"_s, u"rd"_s,
        u"blvd"_s, u"ste"_s,  u"jr"_s,   u"sr"_s,   u"us"_s,   u"eg"_s,  u"ie"_s,  u"fka"_s, u"dba"_s,
        u"vs"_s,   u"ltda"_s, u"sarl"_s, u"sas"_s,  u"spa"_s,  u"ag"_s,  u"ab"_s,  u"mt"_s,  u"ft"_s,
        u"dept"_s, u"intl"_s, u"bros"_s, u"assn"_s, u"natl"_s, u"fl"_s,  u"apt"_s, u"rm"_s,
    };
    return list;
}

const QString &corporateSuffixPattern()
{
    static const QString pattern =
        u"(?i:Inc\\.?|Incorporated|L\\.?L\\.?C\\.?|Ltd\\.?|Limited|Corp\\.?|Corporation|Co\\.|"
        "L\\.?L\\.?P\\.?|L\\.P\\.?|LP|PLC|N\\.V\\.?|B\\.V\\.?|GmbH|AG|S\\.A\\.?|AB|Pty\\.?|Pte\\.?|"
        "S\\.A\\.S\\.?|SAS|SARL|S\\.p\\.A\\.?|P\\.C\\.?|P\\.A\\.?|PLLC|G\\.P\\.?|Ltda\\.?|Oy|ASA|A/S|KG|Bhd\\.?)"_s;
    return pattern;
}

const QSet<QString> &joiners()
{
    static const QSet<QString> list{
        u"of"_s,  u"and"_s,      u"&"_s,   u"de"_s,  u"du"_s,   u"des"_s, u"la"_s,  u"le"_s,  u"van"_s,
        u"von"_s, u"der"_s,      u"den"_s, u"da"_s,  u"di"_s,   u"del"_s, u"dos"_s, u"das"_s, u"y"_s,
        u"et"_s,  u"f\u00FCr"_s, u"the"_s, u"for"_s, u"upon"_s, u"en"_s,  u"zu"_s,
    };
    return list;
}

const QSet<QString> &genericWords()
{
    static const QSet<QString> list{
        u"party"_s,
        u"parties"_s,
        u"company"_s,
        u"companies"_s,
        u"corporation"_s,
        u"corporations"_s,
        u"recipient"_s,
        u"recipients"_s,
        u"discloser"_s,
        u"disclosee"_s,
        u"disclosing"_s,
        u"receiving"_s,
        u"owner"_s,
        u"supplier"_s,
        u"vendor"_s,
        u"client"_s,
        u"customer"_s,
        u"contractor"_s,
        u"contractors"_s,
        u"consultant"_s,
        u"investor"_s,
        u"prospective"_s,
        u"buyer"_s,
        u"seller"_s,
        u"purchaser"_s,
        u"purchasers"_s,
        u"licensor"_s,
        u"licensee"_s,
        u"bidder"_s,
        u"authority"_s,
        u"organisation"_s,
        u"organization"_s,
        u"counterparty"_s,
        u"partner"_s,
        u"provider"_s,
        u"service"_s,
        u"employee"_s,
        u"member"_s,
        u"parent"_s,
        u"producer"_s,
        u"agency"_s,
        u"prospect"_s,
        u"institution"_s,
        u"sponsor"_s,
        u"developer"_s,
        u"distributor"_s,
        u"dealer"_s,
        u"participant"_s,
        u"participating"_s,
        u"entity"_s,
        u"entities"_s,
        u"attendee"_s,
        u"assignee"_s,
        u"assignor"_s,
        u"assignors"_s,
        u"stockholder"_s,
        u"stockholders"_s,
        u"shareholder"_s,
        u"business"_s,
        u"confidant"_s,
        u"donor"_s,
        u"mentor"_s,
        u"interested"_s,
        u"potential"_s,
        u"acquiror"_s,
        u"acquirer"_s,
        u"acquiree"_s,
        u"target"_s,
        u"lender"_s,
        u"borrower"_s,
        u"user"_s,
        u"holder"_s,
        u"informed"_s,
        u"representative"_s,
        u"representatives"_s,
        u"affiliate"_s,
        u"affiliates"_s,
        u"subsidiary"_s,
        u"subsidiaries"_s,
        u"group"_s,
        u"undersigned"_s,
        u"trustee"_s,
        u"broker"_s,
        u"listing"_s,
        u"agent"_s,
        u"operator"_s,
        u"first"_s,
        u"second"_s,
        u"third"_s,
        u"one"_s,
        u"other"_s,
        u"part"_s,
        u"person"_s,
        u"individual"_s,
        u"signatory"_s,
        u"name"_s,
        u"title"_s,
        u"date"_s,
        u"signature"_s,
        u"address"_s,
        u"mutual"_s,
        u"confidentiality"_s,
        u"non-disclosure"_s,
        u"nondisclosure"_s,
        u"confidential"_s,
        u"information"_s,
        u"whereas"_s,
        u"now"_s,
        u"therefore"_s,
        u"recitals"_s,
        u"background"_s,
        u"witnesseth"_s,
        u"notice"_s,
        u"notices"_s,
        u"effective"_s,
        u"purpose"_s,
        u"page"_s,
        u"below"_s,
        u"above"_s,
        u"identified"_s,
        u"named"_s,
        u"signing"_s,
        u"the"_s,
        u"a"_s,
        u"an"_s,
        u"legal"_s,
        u"full"_s,
        u"insert"_s,
        u"enter"_s,
        u"here"_s,
        u"schedule"_s,
        u"annex"_s,
        u"exhibit"_s,
        u"appendix"_s,
        u"attachment"_s,
        u"section"_s,
        u"clause"_s,
        u"article"_s,
        u"department"_s,
        u"division"_s,
        u"general"_s,
        u"selling"_s,
        u"data"_s,
        u"board"_s,
        u"you"_s,
        u"we"_s,
        u"us"_s,
        u"contact"_s,
        u"disclosure"_s,
        u"receiver"_s,
        u"transferor"_s,
        u"transferee"_s,
        u"employer"_s,
        u"principal"_s,
        u"beneficiary"_s,
        u"proposer"_s,
        u"respondent"_s,
        u"offeror"_s,
        u"applicant"_s,
        u"student"_s,
        u"researcher"_s,
        u"visitor"_s,
        u"evaluator"_s,
        u"requester"_s,
        u"requestor"_s,
        u"x"_s,
        u"y"_s,
        u"inc"_s,
        u"llc"_s,
        u"ltd"_s,
        u"limited"_s,
        u"corp"_s,
        u"annexure"_s,
        u"persons"_s,
        u"abn"_s,
        u"acn"_s,
        u"cin"_s,
        u"vat"_s,
        u"ein"_s,
        u"tax"_s,
        u"reg"_s,
        u"contents"_s,
        u"dated"_s,
        u"between"_s,
        u"represented"_s,
        u"hereinafter"_s,
        u"in"_s,
        u"as"_s,
        u"to"_s,
        u"at"_s,
        u"on"_s,
        u"per"_s,
    };
    return list;
}

const QSet<QString> &genericNonRoleWords()
{
    static const QSet<QString> list{
        u"the"_s, u"a"_s, u"an"_s, u"first"_s, u"second"_s, u"third"_s, u"one"_s, u"other"_s, u"part"_s,
        u"x"_s,   u"y"_s, u"in"_s, u"as"_s,    u"to"_s,     u"at"_s,    u"on"_s,  u"per"_s,
    };
    return list;
}

const QSet<QString> &partyRoleWords()
{
    static const QSet<QString> list{
        u"company"_s,     u"recipient"_s,   u"discloser"_s,   u"disclosee"_s,    u"disclosing"_s,   u"receiving"_s,
        u"owner"_s,       u"supplier"_s,    u"vendor"_s,      u"client"_s,       u"customer"_s,     u"contractor"_s,
        u"consultant"_s,  u"investor"_s,    u"buyer"_s,       u"seller"_s,       u"purchaser"_s,    u"licensor"_s,
        u"licensee"_s,    u"bidder"_s,      u"authority"_s,   u"organisation"_s, u"organization"_s, u"counterparty"_s,
        u"partner"_s,     u"provider"_s,    u"employee"_s,    u"member"_s,       u"parent"_s,       u"producer"_s,
        u"agency"_s,      u"prospect"_s,    u"institution"_s, u"sponsor"_s,      u"developer"_s,    u"distributor"_s,
        u"dealer"_s,      u"participant"_s, u"attendee"_s,    u"assignee"_s,     u"assignor"_s,     u"stockholder"_s,
        u"shareholder"_s, u"confidant"_s,   u"donor"_s,       u"mentor"_s,       u"acquiror"_s,     u"acquirer"_s,
        u"acquiree"_s,    u"lender"_s,      u"borrower"_s,    u"holder"_s,       u"trustee"_s,      u"broker"_s,
        u"agent"_s,       u"operator"_s,    u"corporation"_s, u"receiver"_s,     u"transferor"_s,   u"transferee"_s,
        u"employer"_s,    u"beneficiary"_s, u"proposer"_s,    u"respondent"_s,   u"offeror"_s,      u"applicant"_s,
        u"student"_s,     u"researcher"_s,  u"visitor"_s,     u"evaluator"_s,    u"requester"_s,    u"requestor"_s,
        u"user"_s,        u"interested"_s,  u"informed"_s,    u"prospective"_s,  u"potential"_s,    u"target"_s,
    };
    return list;
}

const QSet<QString> &organisationWords()
{
    static const QSet<QString> list{
        u"company"_s,
        u"corporation"_s,
        u"university"_s,
        u"association"_s,
        u"institute"_s,
        u"foundation"_s,
        u"bank"_s,
        u"council"_s,
        u"authority"_s,
        u"agency"_s,
        u"department"_s,
        u"ministry"_s,
        u"trust"_s,
        u"partners"_s,
        u"holdings"_s,
        u"group"_s,
        u"systems"_s,
        u"technologies"_s,
        u"schools"_s,
        u"school"_s,
        u"college"_s,
        u"hospital"_s,
        u"society"_s,
        u"board"_s,
        u"commission"_s,
        u"office"_s,
        u"services"_s,
        u"solutions"_s,
        u"enterprises"_s,
        u"industries"_s,
        u"international"_s,
        u"laboratories"_s,
        u"labs"_s,
        u"capital"_s,
        u"ventures"_s,
        u"fund"_s,
        u"club"_s,
        u"city"_s,
        u"county"_s,
        u"state"_s,
        u"government"_s,
        u"centre"_s,
        u"center"_s,
        u"health"_s,
        u"bureau"_s,
        u"exchange"_s,
        u"interconnection"_s,
    };
    return list;
}

const QSet<QString> &documentTerms()
{
    static const QSet<QString> list{
        u"nda"_s,
        u"mnda"_s,
        u"cnda"_s,
        u"ci"_s,
        u"rfp"_s,
        u"rfq"_s,
        u"sow"_s,
        u"msa"_s,
        u"ip"_s,
        u"pii"_s,
        u"phi"_s,
        u"purpose"_s,
        u"project"_s,
        u"property"_s,
        u"development"_s,
        u"assets"_s,
        u"data"_s,
        u"program"_s,
        u"technology"_s,
        u"demand"_s,
        u"business"_s,
        u"cover page"_s,
        u"standard terms"_s,
        u"term"_s,
        u"terms"_s,
    };
    return list;
}

const QSet<QString> &months()
{
    static const QSet<QString> list{
        u"january"_s, u"february"_s, u"march"_s,     u"april"_s,   u"may"_s,      u"june"_s,
        u"july"_s,    u"august"_s,   u"september"_s, u"october"_s, u"november"_s, u"december"_s,
    };
    return list;
}

const QSet<QString> &nameOpeners()
{
    static const QSet<QString> list{
        u"this"_s, u"that"_s,  u"these"_s, u"those"_s,  u"such"_s,        u"each"_s, u"either"_s,  u"both"_s,
        u"any"_s,  u"all"_s,   u"every"_s, u"said"_s,   u"our"_s,         u"your"_s, u"my"_s,      u"his"_s,
        u"her"_s,  u"their"_s, u"its"_s,   u"no"_s,     u"in"_s,          u"if"_s,   u"whereas"_s, u"by"_s,
        u"re"_s,   u"to"_s,    u"dear"_s,  u"ladies"_s, u"undersigned"_s, u"it"_s,   u"he"_s,      u"she"_s,
        u"they"_s, u"we"_s,    u"you"_s,   u"i"_s,      u"there"_s,       u"here"_s,
    };
    return list;
}

const QSet<QString> &sentenceWords()
{
    static const QSet<QString> list{
        u"agreement"_s, u"hereto"_s,  u"hereunder"_s, u"herein"_s, u"shall"_s,  u"be"_s,     u"will"_s,
        u"is"_s,        u"are"_s,     u"to"_s,        u"has"_s,    u"have"_s,   u"agreed"_s, u"may"_s,
        u"must"_s,      u"subject"_s, u"hereby"_s,    u"agree"_s,  u"agrees"_s, u"which"_s,  u"that"_s,
        u"who"_s,       u"not"_s,     u"any"_s,       u"such"_s,   u"this"_s,   u"these"_s,  u"its"_s,
        u"their"_s,     u"with"_s,    u"by"_s,        u"from"_s,   u"was"_s,    u"were"_s,   u"between"_s,
    };
    return list;
}

const QSet<QString> &instrumentWords()
{
    static const QSet<QString> list{
        u"act"_s,       u"acts"_s,     u"regulation"_s, u"regulations"_s, u"code"_s,    u"law"_s,       u"laws"_s,
        u"directive"_s, u"treaty"_s,   u"convention"_s, u"tariff"_s,      u"policy"_s,  u"rules"_s,     u"statute"_s,
        u"order"_s,     u"standard"_s, u"standards"_s,  u"guidelines"_s,  u"program"_s, u"programme"_s, u"project"_s,
        u"plan"_s,      u"protocol"_s, u"terms"_s,      u"schedule"_s,    u"exhibit"_s, u"annex"_s,     u"appendix"_s,
    };
    return list;
}

const QSet<QString> &signatoryTitleWords()
{
    static const QSet<QString> list{
        u"title"_s,         u"director"_s,  u"officer"_s,    u"manager"_s,    u"president"_s,   u"secretary"_s,
        u"chief"_s,         u"executive"_s, u"authorized"_s, u"authorised"_s, u"signatory"_s,   u"representative"_s,
        u"name"_s,          u"date"_s,      u"signature"_s,  u"company"_s,    u"contracts"_s,   u"department"_s,
        u"legal"_s,         u"counsel"_s,   u"vice"_s,       u"senior"_s,     u"ceo"_s,         u"cfo"_s,
        u"general"_s,       u"partner"_s,   u"head"_s,       u"team"_s,       u"development"_s, u"relations"_s,
        u"investor"_s,      u"corporate"_s, u"print"_s,      u"here"_s,       u"below"_s,       u"above"_s,
        u"its"_s,           u"by"_s,        u"the"_s,        u"office"_s,     u"services"_s,    u"procurement"_s,
        u"administrator"_s,
    };
    return list;
}

const QString &streetSuffixPattern()
{
    static const QString pattern =
        u"(?i:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Plaza|Row|"
        "Crescent|Cres|Court|Ct|Place|Pl|Square|Sq|Parkway|Pkwy|Highway|Hwy|Terrace|Circle|Close|Wharf|Center|"
        "Centre|Park|Gardens|Walk|Quay|Hill|Mews|Alley|Trail|Pike|Building|House|Tower|Grove|Green|Parade|"
        "Esplanade|Embankment|Route)"_s;
    return pattern;
}

const QString &postcodePattern()
{
    static const QString pattern =
        u"(?:(?:[A-Z]{2,3}\\s+)?\\d{5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}|"
        "[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d|(?:[A-Z]{2}-)?\\d{3}\\s\\d{2}|(?:[A-Z]{2,3}\\s+)?\\d{4,6})(?![\\w-])"_s;
    return pattern;
}

const QSet<QString> &addressLowerWords()
{
    static const QSet<QString> list{
        u"rue"_s, u"de"_s,  u"du"_s,  u"des"_s, u"la"_s,    u"le"_s,      u"van"_s,    u"von"_s, u"der"_s, u"den"_s,
        u"rd"_s,  u"ste"_s, u"st"_s,  u"via"_s, u"calle"_s, u"avenida"_s, u"strada"_s, u"am"_s,  u"an"_s,  u"im"_s,
        u"of"_s,  u"the"_s, u"and"_s, u"y"_s,   u"e"_s,     u"da"_s,      u"do"_s,     u"dos"_s, u"di"_s,  u"del"_s,
    };
    return list;
}

const QSet<QString> &determiners()
{
    static const QSet<QString> list{
        u"a"_s,     u"an"_s,  u"such"_s,  u"any"_s,  u"each"_s, u"every"_s, u"all"_s,
        u"other"_s, u"its"_s, u"their"_s, u"your"_s, u"our"_s,  u"said"_s,  u"certain"_s,
    };
    return list;
}

const QSet<QString> &jurisdictionWords()
{
    static const QSet<QString> list{u"laws"_s, u"law"_s, u"state"_s, u"commonwealth"_s, u"province"_s, u"republic"_s};
    return list;
}

const QHash<QString, QString> &abbreviationExpansions()
{
    static const QHash<QString, QString> list{
        {u"co"_s, u"company"_s},  {u"corp"_s, u"corporation"_s},   {u"inc"_s, u"incorporated"_s},
        {u"ltd"_s, u"limited"_s}, {u"intl"_s, u"international"_s}, {u"&"_s, u"and"_s},
    };
    return list;
}

} // namespace Redliner::Llm::PartyWords
