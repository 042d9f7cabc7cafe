// SPDX-License-Identifier: GPL-3.0-or-later
#include "userulesdrafting.h"

#include <optional>
#include "factcontext.h"
#include "obligationfacts.h"

namespace Redliner::Review::UseDrafting {

using namespace Qt::Literals::StringLiterals;

namespace {

using Findings = QList<Finding>;

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

int clauseAt(const RuleContext &ctx, qint32 offset)
{
    return innermostClauseAt(ctx.drafter.clauses(), offset);
}

const Fact *yesFact(const RuleContext &ctx, const char *id)
{
    const Fact *f = ctx.facts.find(QString::fromLatin1(id));
    return f && f->yes() && f->clause >= 0 ? f : nullptr;
}

// One recipient word as agreements list them ("employees", "professional advisers"); "persons
// employed by" is left out because its "by ..." would follow any word added after it.
const QString &recipientNoun()
{
    static const QString noun = uR"x((?:(?:professional|legal|financial|outside|external|prospective|potential|respective)\s+)?(?:employ-?ees|officers|directors|officials|staff|personnel|representatives|agents|affiliates|consultants|contractors|sub-?contractors|advis[eo]rs|attorneys|lawyers|accountants|auditors|principals|board\s+members|financing\s+sources|lenders)\b)x"_s;
    return noun;
}

// The edit that adds the missing kinds of recipient to the list in [from, to) of the working
// text: "employees, officers and directors" -> "employees, officers, directors, professional
// advisers and contractors". Nullopt when the sentence holds no list to extend, or when the list
// is one the sentence forbids ("shall not disclose to any person, including employees").
std::optional<Finding> extendList(const RuleContext &ctx, qint32 from, qint32 to, const QStringList &additions)
{
    // The list is the object of the disclosure: "to its employees", "other than its advisors".
    static const QRegularExpression list = re(
        uR"x((?:\b(to|with|among|other\s+than|except(?:\s+to)?|aside\s+from|save(?:\s+to)?)\s+|^\s*(?:[\d.]+\s+|\(?[a-z0-9]{1,4}\)\s+)?)(?:(?:any|all|those|such|the|its|their|his|her|of|own|[\w/]+['\x{2019}]s?|[\w/]+)\s+){0,4}?()x"_s
        + recipientNoun() + uR"x((?:(?:\s*,\s*(?:and\s+|or\s+|and/or\s+)?|\s+(?:and/or|and|or)\s+)(?:(?:its|their|his|her|the)\s+)?)x"_s
        + recipientNoun() + u")*)"_s);
    static const QRegularExpression exception = re(uR"x(\b(?:other\s+than|except|aside\s+from|save|only|solely|exclusively|unless)\b)x"_s);
    static const QRegularExpression negation = re(uR"x(\b(?:not|no|nor|never)\b)x"_s);
    static const QRegularExpression separator = re(uR"x(\s*,\s*(?:and/or\s+|and\s+|or\s+)?(?:(?:its|their|his|her|the)\s+)?|\s+(?:and/or|and|or)\s+(?:(?:its|their|his|her|the)\s+)?)x"_s);
    const QString sentence = ctx.doc.text.mid(from, to - from);
    // The first list the sentence permits: one after an exception ("not ... to anyone other than
    // its advisors"), or one no negation governs ("may disclose to its employees").
    QRegularExpressionMatch m;
    for (auto it = list.globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch candidate = it.next();
        const QString before = sentence.left(candidate.capturedStart(2));
        const QRegularExpressionMatch no = negation.match(before);
        if (!no.hasMatch() || exception.match(before, no.capturedEnd()).hasMatch()) {
            m = candidate;
            break;
        }
    }
    if (!m.hasMatch())
        return std::nullopt;
    const QString items = m.captured(2);
    QString before;
    QString last = items;
    QString conjunction = u"and"_s;
    QRegularExpressionMatch sep;
    for (auto it = separator.globalMatch(items); it.hasNext();)
        sep = it.next();
    if (sep.hasMatch() && sep.capturedStart() > 0) {
        before = items.left(sep.capturedStart()) + u", "_s;
        last = items.mid(sep.capturedEnd());
        if (sep.captured(0).contains(u"or"_s, Qt::CaseInsensitive) && !sep.captured(0).contains(u"and"_s, Qt::CaseInsensitive))
            conjunction = u"or"_s;
    }
    QStringList all{last};
    all += additions;
    const QString revised = before + all.mid(0, all.size() - 1).join(u", "_s) + u" "_s + conjunction + u" "_s + all.constLast();
    const qint32 at = from + qint32(m.capturedStart(2));
    const int clause = clauseAt(ctx, at);
    if (clause < 0)
        return std::nullopt;
    return ctx.drafter.replaceRange(clause, at, at + qint32(items.size()), revised);
}
// "shall not disclose it to any third party" with no one excepted: the recipient's own people
// and advisers excepted at the end of the sentence ("except as herein provided" gives way to it).
Findings exceptToAdvisers(const RuleContext &ctx, const Fact &barred)
{
    static const QRegularExpression end = re(
        uR"x((?:,?\s*except\s+as\s+(?:herein\s+|otherwise\s+)?(?:provided|permitted|set\s+forth)(?:\s+(?:herein|in\s+this\s+agreement|below))?)?\s*[.;]?\s*$)x"_s);
    static const QRegularExpression alreadyExcepted = re(uR"x(\b(?:except|other\s+than|aside\s+from|save\s+(?:to|for)|unless)\b)x"_s);
    const QString sentence = ctx.doc.text.mid(barred.start, barred.end - barred.start);
    const int clause = clauseAt(ctx, barred.start);
    const QRegularExpressionMatch m = end.match(sentence);
    // Any exception other than the empty "except as herein provided" already lets someone in.
    if (clause < 0 || ctx.drafter.clauses().at(clause).isSignature() || alreadyExcepted.match(sentence.left(m.capturedStart())).hasMatch())
        return {};
    const qint32 from = barred.start + qint32(m.capturedStart());
    qint32 to = from + qint32(m.captured(0).trimmed().size());
    QString tail = m.captured(0).trimmed();
    const QString stop = tail.endsWith(u';') ? u";"_s : tail.endsWith(u'.') ? u"."_s : QString();
    // Keep the words after the full stop where the match ran past it (spaces only).
    return {ctx.finding(ctx.drafter.replaceRange(
        clause, from, to,
        u", except to its employees, officers, professional advisers and contractors who need to know it for the Purpose "
        "and who are bound by confidentiality obligations at least as protective as those in this Agreement"_s + stop))};
}

// For the side that receives: the list of recipients misses professional advisers (the lawyers
// and accountants every recipient consults), contractors or its own employees.
Findings recipientsTooNarrow(const RuleContext &ctx)
{
    // Anyone with a need to know may receive it: nothing is missing.
    if (yesFact(ctx, FactId::ShareThirdParties))
        return {};
    const Fact *employees = yesFact(ctx, FactId::ShareEmployees);
    const Fact *advisers = yesFact(ctx, FactId::ShareAdvisers);
    const Fact *contractors = yesFact(ctx, FactId::ShareContractors);
    const Fact *affiliates = yesFact(ctx, FactId::ShareAffiliates);
    const Fact *anchor = employees ? employees : advisers ? advisers : affiliates ? affiliates : contractors;
    if (!anchor) {
        // Nobody at all may receive it: "shall not disclose to any third party" with no carve-out.
        const Fact *barred = ctx.facts.find(QString::fromLatin1(FactId::ShareThirdParties));
        if (!barred || barred->yes() || barred->clause < 0)
            return {};
        return exceptToAdvisers(ctx, *barred);
    }
    if (employees && advisers)
        return {};
    QStringList additions;
    if (!employees)
        additions << u"officers"_s << u"employees"_s;
    if (!advisers)
        additions << u"professional advisers"_s;
    if (!contractors)
        additions << u"contractors"_s;
    const qint32 from = anchor->start;
    const qint32 to = qMax(anchor->end, anchor->start);
    if (auto f = extendList(ctx, from, to, additions))
        return {ctx.finding(*f)};
    // No list to extend in the sentence: the permission as a sentence of its own after it.
    const int clause = clauseAt(ctx, from);
    if (clause < 0 || ctx.drafter.clauses().at(clause).isSignature() || ctx.position.language.isEmpty())
        return {};
    return {ctx.finding(ctx.drafter.appendSentence(clause, ctx.position.language))};
}

} // namespace

// For the side that discloses: whoever the agreement lets the information reach must be bound to
// keep it confidential, and the Receiving Party must answer for them. A sentence saying so is added
// to the clause that permits the sharing, unless the clause binds them already.
Findings recipientsNotBound(const RuleContext &ctx)
{
    const Fact *shared = nullptr;
    for (const char *id : {FactId::ShareEmployees, FactId::ShareAffiliates, FactId::ShareAdvisers, FactId::ShareContractors,
                           FactId::ShareThirdParties}) {
        const Fact *f = ctx.facts.find(QString::fromLatin1(id));
        if (f && f->yes() && f->clause >= 0 && (!shared || f->start < shared->start))
            shared = f;
    }
    if (!shared)
        return {};
    const QList<Clause> &clauses = ctx.drafter.clauses();
    const Clause::Kind kind = clauses.at(shared->clause).kind;
    // A list of who may see the information in the parties block or the recitals is a description.
    if (kind != Clause::Kind::Section && kind != Clause::Kind::Definitions)
        return {};
    // Bound already: by obligations, an undertaking, a written agreement, or this agreement.
    static const QRegularExpression bound(
        uR"x(\bbound\s+by\b|\bundertaking|\b(?:written|confidentiality|non-?disclosure)\s+(?:agreement|obligations?)|\bagreed?\s+to\s+be\s+bound|\bobligations?\s+of\s+confidentiality|\bduty\s+of\s+confidentiality|\bno\s+less\s+(?:protective|stringent|restrictive))x"_s,
        QRegularExpression::CaseInsensitiveOption);
    // The whole top-level clause, sub-clauses included: the duty may sit in the next sub-clause.
    int top = shared->clause;
    while (clauses.at(top).parent >= 0)
        top = clauses.at(top).parent;
    qint32 end = clauses.at(top).end;
    for (int c = top + 1; c < clauses.size(); ++c) {
        int up = c;
        while (clauses.at(up).parent >= 0)
            up = clauses.at(up).parent;
        if (up != top)
            break;
        end = qMax(end, clauses.at(c).end);
    }
    if (bound.match(ctx.doc.text.mid(clauses.at(top).start, end - clauses.at(top).start)).hasMatch())
        return {};
    return {ctx.finding(ctx.drafter.appendSentence(
        shared->clause, u"The Receiving Party shall ensure that each person to whom it discloses Confidential Information is "
                        "bound by written or professional obligations of confidentiality no less protective than this "
                        "Agreement, and is responsible for any breach of this Agreement by any of them."_s))};
}

Findings permittedRecipients(const RuleContext &ctx)
{
    if (ctx.side == Side::Disclosing)
        return recipientsNotBound(ctx);
    return recipientsTooNarrow(ctx);
}

// For the side that receives: a standard above the market one ("the highest degree of care",
// "its most valuable trade secrets", a warranty that its measures are adequate, a duty to prevent
// any unauthorised disclosure) brought back to it with the fewest words.
Findings standardOfCare(const RuleContext &ctx)
{
    if (ctx.side == Side::Disclosing)
        return {};
    struct Rewrite {
        Pattern pattern;   // on folded (lower-case) sentences
        QString with;      // replaces the match; "\\1" keeps group 1 as written
    };
    static const QList<Rewrite> rewrites{
        // "the highest degree of care" -> "the degree of care"
        {foldedPattern(uR"x(\b(?:highest|utmost|strictest|maximum|greatest)\s+(?:possible\s+)?((?:degree|standard|level)\s+of\s+(?:care|diligence|security|protection)))x"_s), u"\\1"_s},
        // "its own most valuable trade secrets" -> "its own confidential information of a similar nature"
        {foldedPattern(uR"x(\bmost\s+(?:valuable|highly\s+confidential|crucial|sensitive|important|secret|confidential)(?:\s+(?:confidential|proprietary|and|trade|secret|sensitive))*\s+(?:information|trade\s+secrets|secrets)\b)x"_s),
         u"confidential information of a similar nature"_s},
        // "which X warrants as providing adequate protection against ..." -> no less than reasonable care
        {foldedPattern(uR"x(\b(?:which|that)\s+[^.;,]{0,40}?\bwarrants?\b(?=[^.;]{0,40}\b(?:adequate|sufficient|protect))[^.;]{0,160})x"_s),
         u"which shall be no less than reasonable care"_s},
        // "in such a way as to prevent any unauthorised disclosure" -> "... to protect it against ..."
        {foldedPattern(uR"x(\b((?:in\s+such\s+a\s+(?:way|manner)\s+as|so\s+as)\s+to)\s+prevent(?:\s+any)?(?=\s+unauthori))x"_s), u"\\1 protect it against"_s},
        // "best efforts / best practice security measures ... to prevent" -> reasonable
        {foldedPattern(uR"x(\bbest\s+(efforts?)\b(?=[^.;]{0,60}\b(?:prevent|protect|secur|safeguard)))x"_s), u"reasonable \\1"_s},
        {foldedPattern(uR"x(\bbest\s+practice\b(?=\s+\w+\s+(?:measures|controls|procedures|standards)))x"_s), u"reasonable"_s},
        // "in the strictest of confidence" -> "in confidence"
        {foldedPattern(uR"x(\bthe\s+strictest\s+(?:of\s+)?(confidence))x"_s), u"\\1"_s},
        {foldedPattern(uR"x(\btake\s+all\s+(?:necessary|possible)\s+(steps|measures))x"_s), u"take all reasonable \\1"_s},
    };
    // The sentences the review has already folded and indexed: most hold none of the words, and
    // the index says so without running a pattern over the whole text eight times.
    std::optional<FactContext> own;
    if (!ctx.sentences)
        own.emplace(ctx.doc, ctx.drafter.clauses());
    const FactContext &read = ctx.sentences ? *ctx.sentences : *own;
    for (const Rewrite &r : rewrites) {
        for (const Sentence &s : read.sentences()) {
            if (!r.pattern.mayMatch(s))
                continue;
            const QRegularExpressionMatch m = r.pattern.re().match(s.text);
            if (!m.hasMatch())
                continue;
            const qint32 from = s.start + qint32(m.capturedStart());
            const qint32 to = s.start + qint32(m.capturedEnd());
            const int clause = clauseAt(ctx, from);
            if (clause < 0 || ctx.drafter.clauses().at(clause).isSignature())
                continue;
            QString with = r.with;
            if (m.capturedStart(1) >= 0)
                with.replace(u"\\1"_s, ctx.doc.text.mid(s.start + m.capturedStart(1), m.capturedLength(1)).trimmed());
            with.replace(u"  "_s, u" "_s);
            return {ctx.finding(ctx.drafter.replaceRange(clause, from, to, with.trimmed()))};
        }
    }
    return {};
}

// For the side that receives: a use restriction that leaves out what it receives the information
// for. Use "solely to evaluate" (or to evaluate "whether" to talk at all) does not reach
// negotiating or carrying out the deal; use only with the other side's consent reaches nothing.
// Points to raise: the right words depend on the deal, which the agreement does not say.
Findings narrowUse(const RuleContext &ctx)
{
    if (ctx.side != Side::Receiving || !ctx.sentences)
        return {};
    static const Pattern useWord(uR"x(\b(?:use[ds]?|using|utili[sz]\w*)\b)x"_s);
    static const Pattern evaluateOnly(
        uR"x(\b(?:solely|only|exclusively)\s+(?:\w+\s+){0,5}?(?:internally\s+)?evaluat(?:e|es|ing|ion)\b(?:\s+whether\b)?)x"_s);
    static const QRegularExpression further(
        uR"x(\b(?:negotiat|discuss|pursu|perform|implement|consummat|complet|enter\w*\s+into|engag|carry|carrying|conduct|prepar|financ|provid|execut|develop|consider)\w*)x"_s);
    static const Pattern consentOnly(
        uR"x(\b(?:no|not|neither|nor)\b[^.;]{0,80}\buse\b[^.;]{0,160}\bwithout\s+(?:the\s+)?(?:\w+\s+){0,2}(?:prior\s+)?(?:written\s+)?(?:consent|approval|permission)\b)x"
        uR"x(|\b(?:no|not|neither|nor)\b[^.;]{0,80}\buse\b[^.;]{0,120}\bother\s+than\s+as\s+(?:\w+\s+){0,2}(?:consented|approved|authori[sz]ed)\b)x"
        uR"x(|\bwithout\s+(?:the\s+)?(?:\w+\s+){0,2}(?:prior\s+)?(?:written\s+)?(?:consent|approval|permission)\b[^.;]{0,120}\buse\b)x"_s);
    static const Pattern permitted(
        uR"x(\b(?:use[ds]?|using)\b[^.;]{0,160}\b(?:solely|only|exclusively|except|other\s+than\s+(?:for|in)|limited\s+to)\b)x"
        uR"x(|\b(?:solely|only|exclusively)\s+(?:for|in\s+connection\s+with)\s+(?:the\s+)?(?:\w+\s+){0,2}purposes?\b)x"_s);
    const ObligationText text(ctx);
    const QList<Sentence> &ss = text.sentences();
    int consent = -1;
    bool purposeGiven = false;
    for (int i = 0; i < ss.size(); ++i) {
        const Sentence &s = ss.at(i);
        if (s.clause < 0 || ctx.drafter.clauses().at(s.clause).isSignature() || !matches(s, useWord))
            continue;
        const qsizetype at = findIn(s, evaluateOnly);
        if (at >= 0) {
            const QRegularExpressionMatch m = evaluateOnly.re().match(s.text, at);
            const bool whether = m.captured().endsWith(u"whether"_s);
            const QString rest = s.text.mid(m.capturedEnd());
            if (whether || !rest.contains(further))
                return {ctx.comment(s.clause, text.original(i))};
            purposeGiven = true;
            continue;
        }
        if (matches(s, permitted))
            purposeGiven = true;
        else if (consent < 0 && matches(s, consentOnly))
            consent = i;
    }
    if (consent >= 0 && !purposeGiven)
        return {ctx.comment(ss.at(consent).clause, text.original(consent))};
    return {};
}

} // namespace Redliner::Review::UseDrafting
