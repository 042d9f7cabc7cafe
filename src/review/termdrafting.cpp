// SPDX-License-Identifier: GPL-3.0-or-later
// Term and survival: periods longer than the playbook accepts, obligations with no end, and (for
// the disclosing side) a fixed end that also ends the protection of trade secrets.
#include "lifecyclerules.h"

namespace Redliner::Review::Lifecycle {

using namespace Qt::Literals::StringLiterals;
using Findings = QList<Finding>;

namespace Detail {

bool isReceivingOrMutual(Side side)
{
    return side == Side::Receiving || side == Side::Mutual;
}

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

std::optional<Finding> editSentence(const RuleContext &ctx, int clause, qint32 from, qint32 to,
                                    const std::function<void(QString &)> &edit)
{
    if (clause < 0)
        return std::nullopt;
    // A sentence run on across list items ("b) ...; or c) ... provided notice ...") spans several
    // clauses: each part is edited in its own clause, and the first part the edit changes wins.
    const QList<Clause> &clauses = ctx.drafter.clauses();
    for (int i = clause; i < clauses.size() && clauses.at(i).start < to; ++i) {
        const Clause &c = clauses.at(i);
        if (c.end <= from)
            continue;
        const QString text = ctx.drafter.clauseText(i);
        const qint32 start = qBound<qint32>(0, from - c.start, qint32(text.size()));
        const qint32 end = qBound<qint32>(start, to - c.start, qint32(text.size()));
        QString part = text.mid(start, end - start);
        const QString before = part;
        edit(part);
        if (part != before)
            return ctx.drafter.revise(i, text.left(start) + part + text.mid(end));
    }
    return std::nullopt;
}

Findings addMissing(const RuleContext &ctx, const QString &heading, const QString &language)
{
    if (language.isEmpty() || ctx.incorporatesStandardTerms)
        return {};
    return {ctx.finding(ctx.drafter.addClause(heading, language))};
}

// A list item that ends in ";", "; and" or ":" cannot take a sentence after it: the sentence goes
// after the list's last item instead.
static bool continuesList(const QString &text)
{
    static const QRegularExpression open(u"(?:[;,:]|\\b(?:and|or))\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    return open.match(text).hasMatch();
}

std::optional<Finding> addSentenceAfter(const RuleContext &ctx, const Fact &fact, const QString &sentence)
{
    if (fact.clause < 0)
        return std::nullopt;
    const Clause &c = ctx.drafter.clauses().at(fact.clause);
    const QString own = ctx.drafter.clauseText(fact.clause).mid(fact.start - c.start, fact.end - fact.start);
    if (!continuesList(own)) {
        return editSentence(ctx, fact.clause, fact.start, fact.end, [&](QString &s) {
            qsizetype end = s.size();
            while (end > 0 && s.at(end - 1).isSpace())
                --end;
            // An item without a full stop ("- ... of “minimal disclosure”") gets one first.
            static const QRegularExpression stop(u"[.!?][\"'\u201d\u2019)]*$"_s);
            s.insert(end, (stop.match(QStringView(s).first(end)).hasMatch() ? u" "_s : u". "_s) + sentence);
        });
    }
    int last = -1;
    const QList<Clause> &clauses = ctx.drafter.clauses();
    for (int i = fact.clause + 1; i < clauses.size() && clauses.at(i).level >= c.level; ++i) {
        if (clauses.at(i).parent == c.parent)
            last = i;
    }
    if (last < 0 || continuesList(ctx.drafter.clauseText(last).trimmed()))
        return std::nullopt;
    return ctx.drafter.appendSentence(last, sentence);
}

bool documentSays(const RuleContext &ctx, const QRegularExpression &pattern)
{
    for (int i = 0; i < ctx.drafter.clauses().size(); ++i) {
        if (pattern.match(ctx.drafter.clauseText(i)).hasMatch())
            return true;
    }
    return false;
}

} // namespace Detail

using namespace Detail;

namespace {

int monthsValue(const Fact *fact)
{
    bool ok = false;
    const int months = fact ? fact->value.toInt(&ok) : -1;
    return ok ? months : -1;
}

// The playbook's duration template ("{months_words} ({months}) months") for a number of months.
QString durationLanguage(const RuleContext &ctx, int months)
{
    const QString language = ctx.position.language.contains(u"{months"_s) ? ctx.position.language
                                                                          : u"{months_words} ({months}) months"_s;
    return RuleText::fill(language, {{u"months_words"_s, RuleText::numberInWords(months)},
                                     {u"months"_s, QString::number(months)}});
}

// A period of months or years. A word before the figures is taken only when it is the number
// itself ("five (5) years"), never "of" ("a period of 5 years" keeps its "of").
const QRegularExpression &durationPattern()
{
    static const QString number = u"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|sixty)(?:-[a-z]+)?"_s;
    static const QRegularExpression pattern = re(
        u"(?:\\b"_s + number + u"\\s+)?\\(?\\b\\d{1,3}\\)?\\s*(?:calendar\\s+)?(?:years?|months?)\\b|\\b"_s + number
        + u"\\s+(?:\\(\\d{1,3}\\)\\s+)?(?:calendar\\s+)?(?:years?|months?)\\b"_s);
    return pattern;
}

const QString &tradeSecretTail()
{
    static const QString tail = u", except that obligations concerning trade secrets continue for as long as they remain trade secrets"_s;
    return tail;
}

// The carve-out added before the sentence's final stop (or at its end).
void appendTradeSecrets(QString &sentence)
{
    if (sentence.contains(u"trade secret"_s, Qt::CaseInsensitive))
        return;
    qsizetype end = sentence.size();
    while (end > 0 && sentence.at(end - 1).isSpace())
        --end;
    if (end > 0 && sentence.at(end - 1) == u':')
        return;   // a lead-in: its list carries on the sentence
    if (end > 0 && (sentence.at(end - 1) == u'.' || sentence.at(end - 1) == u';'))
        --end;
    sentence.insert(end, tradeSecretTail());
}

// Bounds perpetual obligations in their own sentence, keeping its grammar; false when the
// sentence says it in a way the rule does not know how to edit.
bool boundPerpetual(QString &s, const QString &duration)
{
    // "for as long as it is not publicly known", "until it no longer qualifies as a trade secret":
    // up to the end of that condition ("... or written notice is given" stays).
    static const QRegularExpression untilReleased = re(
        uR"x((?:\bfor\s+)?(?:\b(?:so|as)\s+)?\blong\s+as\b[^.;,]*?\b(?:no\s+longer|ceases?\s+to|public\w*|generally\s+known|trade\s+secrets?|confidential(?!\s+information)|secret)\b[^.;,]*?(?=\s+(?:or|unless)\s|[.;,]|$)|\buntil(?:\s+such\s+time\s+as)?\b[^.;,]*?\b(?:no\s+longer|ceases?\s+to|public\w*|generally\s+known|trade\s+secrets?|confidential(?!\s+information)|secret)\b[^.;,]*?(?=\s+(?:or|unless)\s|[.;,]|$))x"_s);
    if (const auto m = untilReleased.match(s); m.hasMatch()) {
        s.replace(m.capturedStart(), m.capturedLength(),
                  u"for "_s + duration + u" from the date of disclosure and, for trade secrets, for as long as they remain trade secrets"_s);
        return true;
    }
    static const QRegularExpression perpetual = re(
        uR"x((?:\bfor\s+an?\s+)?\bindefinite\s+period(?:\s+of\s+time)?|\bin\s+perpetuity\b|\bperpetually\b|\bindefinitely(?:\s+and(?=\s+beyond))?|\bforever\b|\bwithout\s+limit(?:ation)?\s+(?:of|in|as\s+to)\s+time\b)x"_s);
    if (const auto m = perpetual.match(s); m.hasMatch()) {
        static const QRegularExpression anchored = re(u"^\\s*(?:from|after|following|beyond|of)\\b"_s);
        const bool hasAnchor = anchored.match(QStringView(s).sliced(m.capturedEnd())).hasMatch();
        s.replace(m.capturedStart(), m.capturedLength(),
                  u"for "_s + duration + (hasAnchor ? QString() : u" after the expiry or termination of this Agreement"_s));
        appendTradeSecrets(s);
        return true;
    }
    // Survival with no period: the period goes where the survival is stated.
    static const QRegularExpression survivesEnd = re(
        uR"x(\bsurviv(?:e|es)\s+(?:any\s+|the\s+)?(?:termination|expiration|expiry)[^.;,:]*|\bcontinue\s+to\s+(?:be|the)\s+bound\b[^.;,:]*)x"_s);
    static const QRegularExpression remainsAfter = re(
        uR"x(\b(?:remain|continue)\w*\s+(?:in\s+(?:full\s+)?(?:force|effect)|effective|binding|valid)(?=\s+(?:following|after)\b))x"_s);
    static const QRegularExpression notRelieve = re(
        uR"x(\b(?:shall|will|does)\s+not,?(?:\s+however,)?(?=\s+(?:relieve|affect|release|extinguish|discharge)\b))x"_s);
    if (const auto m = remainsAfter.match(s); m.hasMatch()) {
        s.insert(m.capturedEnd(), u" for "_s + duration);
    } else if (const auto n = notRelieve.match(s); n.hasMatch()) {
        s.insert(n.capturedEnd(), (n.captured(0).endsWith(u',') ? u" for "_s : u", for "_s) + duration + u" thereafter,"_s);
    } else if (const auto e = survivesEnd.match(s); e.hasMatch()) {
        qsizetype end = e.capturedEnd();
        while (end > e.capturedStart() && s.at(end - 1).isSpace())
            --end;
        s.insert(end, u" for "_s + duration);
    } else {
        return false;
    }
    appendTradeSecrets(s);
    return true;
}

// The clause of a fixed term, given a trade-secret carve-out for the disclosing side: a contractual
// end date can otherwise end the secrecy trade-secret law depends on.
Findings protectTradeSecrets(const RuleContext &ctx, const Fact *fact)
{
    static const QRegularExpression tradeSecrets = re(u"\\btrade\\s+secrets?\\b"_s);
    if (!fact || fact->clause < 0 || monthsValue(fact) <= 0 || documentSays(ctx, tradeSecrets))
        return {};
    auto f = addSentenceAfter(ctx, *fact,
        u"Notwithstanding the foregoing, the obligations concerning any Confidential Information that is a trade secret "
        "continue for as long as it remains a trade secret under applicable law."_s);
    return f ? Findings{ctx.finding(*f)} : Findings{};
}

// Protection that lasts only while the information is a trade secret leaves the rest of the
// Confidential Information unprotected from the start: a fixed period goes before the condition.
Findings protectBeyondTradeSecrets(const RuleContext &ctx, const Fact &fact, const QString &duration)
{
    static const QRegularExpression onlyTradeSecrets = re(
        uR"x(\b(?:until|(?:for\s+)?(?:so|as)\s+long\s+as)\b(?=[^.;]{0,80}\btrade\s+secrets?\b))x"_s);
    auto f = editSentence(ctx, fact.clause, fact.start, fact.end, [&](QString &s) {
        if (const auto m = onlyTradeSecrets.match(s); m.hasMatch())
            s.insert(m.capturedStart(), u"for "_s + duration + u" from the date of disclosure and, for trade secrets, "_s);
    });
    return f ? Findings{ctx.finding(*f)} : Findings{};
}

} // namespace

Findings term(const RuleContext &ctx)
{
    const Fact *agreement = ctx.facts.find(QString::fromLatin1(FactId::AgreementTerm));
    const Fact *obligations = ctx.facts.find(QString::fromLatin1(FactId::ObligationTerm));
    const int proposed = ctx.issue.intParameter(u"proposed_months"_s, 24);
    if (ctx.side == Side::Disclosing) {
        if (obligations && obligations->value == u"perpetual")
            return protectBeyondTradeSecrets(ctx, *obligations, durationLanguage(ctx, proposed));
        return protectTradeSecrets(ctx, monthsValue(obligations) > 0 ? obligations : agreement);
    }
    if (!agreement && !obligations && !ctx.facts.has(QString::fromLatin1(FactId::Survival))) {
        // No term at all: the obligations never end.
        return addMissing(ctx, u"Term"_s,
                          u"The obligations of the Receiving Party under this Agreement shall continue for "_s
                              + durationLanguage(ctx, proposed)
                              + u" from the date of disclosure of the relevant Confidential Information"_s + tradeSecretTail() + u"."_s);
    }
    const int months = monthsValue(agreement);
    if (!agreement || agreement->clause < 0 || months <= ctx.issue.intParameter(u"max_months"_s, 36))
        return {};
    auto f = ctx.drafter.replacePattern(agreement->clause, durationPattern(), durationLanguage(ctx, proposed), agreement->start, agreement->end);
    return f ? Findings{ctx.finding(*f)} : Findings{};
}

Findings survival(const RuleContext &ctx)
{
    const Fact *fact = ctx.facts.find(QString::fromLatin1(FactId::ObligationTerm));
    if (!fact || fact->clause < 0 || !isReceivingOrMutual(ctx.side))
        return {};
    const QString duration = durationLanguage(ctx, ctx.issue.intParameter(u"proposed_months"_s, 24));
    if (fact->value == u"perpetual") {
        auto f = editSentence(ctx, fact->clause, fact->start, fact->end, [&](QString &s) { boundPerpetual(s, duration); });
        return f ? Findings{ctx.finding(*f)} : Findings{};
    }
    if (monthsValue(fact) > ctx.issue.intParameter(u"max_months"_s, 36)) {
        if (auto f = ctx.drafter.replacePattern(fact->clause, durationPattern(), duration, fact->start, fact->end))
            return {ctx.finding(*f)};
    }
    return {};
}

} // namespace Redliner::Review::Lifecycle
