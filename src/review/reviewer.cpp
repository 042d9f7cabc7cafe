// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewer.h"
#include "ndacheck.h"
#include "clausesegmenter.h"
#include "covermatter.h"
#include "factcontext.h"
#include "factextractor.h"
#include "paragraphinfo.h"
#include "qualitygate.h"
#include "reviewrules.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <string_view>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

qint32 findingPosition(const Finding &f, const QList<Clause> &clauses)
{
    if (!f.edits.isEmpty())
        return f.edits.first().start;
    return f.clause >= 0 ? clauses.at(f.clause).start : 0;
}

// Nothing is proposed for a cover letter or instructions in front of the agreement.
bool outsideTheAgreement(const Finding &f, const QList<Clause> &clauses)
{
    if (f.clause >= 0 && f.clause < clauses.size() && !clauses.at(f.clause).operative)
        return true;
    for (const Clause &c : clauses) {
        if (c.operative)
            continue;
        for (const Docx::Edit &e : f.edits) {
            if (e.start < c.end && e.end >= c.start)
                return true;
        }
    }
    return false;
}

// No rule may touch the signature block, whatever the playbook says.
bool touchesSignature(const Finding &f, const QList<Clause> &clauses)
{
    for (const Clause &c : clauses) {
        if (!c.isSignature())
            continue;
        for (const Docx::Edit &e : f.edits) {
            if (e.end > c.start && e.start < c.end)
                return true;
            if (e.start == e.end && e.start > c.start && e.start < c.end)
                return true;
        }
    }
    return false;
}

// New clauses added at one place each take the next literal number after the one before
// ("11.", "12.", "13."), whichever of them the user keeps: each was drafted as the clause after
// the document's last, so each starts with the same number.
QString continueNumbering(const QString &before, const QString &added)
{
    static const QRegularExpression number(u"\\n(\\d{1,4})([A-Z]?)\\. "_s);
    QRegularExpressionMatch last;
    for (auto it = number.globalMatch(before); it.hasNext();)
        last = it.next();
    const QRegularExpressionMatch m = number.match(added);
    if (!last.hasMatch() || !m.hasMatch() || m.capturedStart() != 0)
        return added;
    // "13A" is followed by "13B"; "14" by "15".
    const QString letter = last.captured(2);
    const QString next = letter.isEmpty() ? QString::number(last.captured(1).toInt() + 1)
                                          : last.captured(1) + QChar(letter.at(0).unicode() + 1);
    return u"\n"_s + next + u". "_s + added.mid(m.capturedEnd());
}

} // namespace

bool incorporatesStandardTerms(const TextDocument &doc)
{
    // Cover pages of Common Paper, Bonterms and similar forms: the body is a short order form and
    // the protections live in standard terms it incorporates by reference.
    static const QRegularExpression reference(
        uR"x(\b(?:incorporat\w*|governed\s+by|subject\s+to|consists?\s+of|enter\s+into)\b[^.]{0,160}?\b(?:standard\s+terms|NDA\s+terms|Bonterms|Common\s+Paper)\b)x"_s,
        QRegularExpression::CaseInsensitiveOption);
    return reference.match(doc.text.left(20000)).hasMatch();
}

bool looksEnglish(const TextDocument &doc)
{
    // Function words are the surest cheap sign of a language; count them in the first pages.
    // Read by hand: a pattern and a lower-case copy of every word cost more than the rest.
    static constexpr std::u16string_view english[] = {u"the", u"and", u"of", u"to", u"shall",
                                                      u"any", u"or",  u"is", u"by"};
    static constexpr std::u16string_view other[] = {u"le",  u"la",  u"les", u"et", u"des", u"du",
                                                    u"der", u"die", u"und", u"el", u"los", u"y",
                                                    u"het", u"en",  u"di",  u"il", u"que", u"est"};
    int en = 0, xx = 0;
    const QStringView text = QStringView(doc.text).left(20000);
    char16_t word[6];
    qsizetype length = 0; // letters of the current word; past 5 it is none of the listed words
    auto count = [&] {
        if (length > 0 && length <= 5) {
            const std::u16string_view w(word, size_t(length));
            en += int(std::count(std::begin(english), std::end(english), w));
            xx += int(std::count(std::begin(other), std::end(other), w));
        }
        length = 0;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() || c.isLowSurrogate()) {
            length = 6; // a letter outside the BMP: not a listed word
            continue;
        }
        if (!c.isLetter()) {
            count();
            continue;
        }
        if (length < 5)
            word[length] = c.toLower().unicode();
        length = std::min<qsizetype>(length + 1, 6);
    }
    count();
    return en >= xx;
}

ReviewResult reviewDocument(const TextDocument &doc, const Playbook &playbook, const ReviewOptions &options)
{
    ReviewResult result;
    const QList<ParagraphInfo> paragraphs = inspectParagraphs(doc.paragraphs);
    result.clauses = segmentClauses(doc, paragraphs);
    if (const int cover = markCoverMatter(doc, &result.clauses); cover > 0)
        result.notes
            << u"The text in front of the agreement (a cover letter or instructions: its first %1 paragraphs) is not "
               "part of its terms and was not reviewed."_s.arg(cover);
    if (const QString why = whyNotAnNda(doc.text); !why.isEmpty())
        result.notes << u"The document may not be an NDA: %1. The playbook's findings assume one."_s.arg(why);
    if (!looksEnglish(doc)) {
        result.notes << u"The document does not appear to be in English; the offline playbook reviews English NDAs only, "
                        "so nothing was proposed."_s;
        return result;
    }
    // Folding and indexing the sentences is the costly part of reading them: done once, for the
    // facts and for the rules that read sentences themselves.
    FactContext sentences(doc, result.clauses);
    result.facts = extractFacts(sentences);
    const DocumentTerms terms(doc.text);
    const Drafter drafter(doc, result.clauses, &terms);
    const bool incorporates = incorporatesStandardTerms(doc);
    if (incorporates)
        result.notes << u"The document incorporates standard terms by reference (a cover page or order form): clauses "
                        "that may be in those terms are not reported as missing."_s;

    for (const PlaybookIssue &issue : playbook.issues) {
        if (!issue.enabled)
            continue;
        const Position *position = issue.position(options.side);
        const auto rule = reviewRules().constFind(issue.id);
        if (!position || !position->raise || rule == reviewRules().constEnd())
            continue;
        const RuleContext context{doc,          result.facts, drafter,    issue,      *position,
                                  options.side, incorporates, &sentences, &paragraphs};
        for (Finding &f : (*rule)(context)) {
            if (touchesSignature(f, result.clauses) || outsideTheAgreement(f, result.clauses))
                continue;
            // The comment goes to the other side with the redline: in the document's words too.
            f.rationale = terms.adapt(f.rationale);
            // Whatever way a rule drafted its words, the words it inserts are the document's.
            for (Docx::Edit &e : f.edits)
                e.text = terms.adapt(e.text);
            if (terms.adapt(f.originalText) == f.originalText)
                f.proposedText = terms.adapt(f.proposedText);
            if (const QString why = protectionStruck(f, options.side); !why.isEmpty())
                turnIntoComment(&f, why);
            // "(c)" alone does not say whether it is 1(c) or 3(c): every finding names the full path.
            if (f.clause >= 0 && f.clause < result.clauses.size() && f.clauseLabel != u"new"_s)
                f.clauseLabel = clausePath(result.clauses, f.clause);
            result.findings.append(std::move(f));
        }
    }
    std::stable_sort(result.findings.begin(), result.findings.end(), [&](const Finding &l, const Finding &r) {
        return findingPosition(l, result.clauses) < findingPosition(r, result.clauses);
    });
    for (qsizetype i = 0; i < result.findings.size(); ++i)
        result.findings[i].id = u"F%1"_s.arg(i + 1);
    return result;
}

QList<Docx::Edit> editsForWriting(const QList<Finding> &findings, bool withComments)
{
    QList<Docx::Edit> out;
    for (const Finding &f : findings) {
        for (qsizetype i = 0; i < f.edits.size(); ++i) {
            Docx::Edit e = f.edits.at(i);
            // One comment per finding, on its first edit.
            e.comment = withComments && i == 0 ? f.rationale : QString();
            // Additions at one place (new clauses before the signatures, sentences at the end of
            // one clause) become one insertion, in finding order.
            auto same = std::find_if(out.begin(), out.end(), [&](const Docx::Edit &o) {
                return o.start == o.end && e.start == e.end && o.start == e.start
                    && o.text.startsWith(u'\n') == e.text.startsWith(u'\n');
            });
            if (same != out.end()) {
                same->text += continueNumbering(same->text, e.text);
                if (!e.comment.isEmpty())
                    same->comment += (same->comment.isEmpty() ? QString() : u"\n\n"_s) + e.comment;
                continue;
            }
            out.append(e);
        }
    }
    return out;
}

} // namespace Redliner::Review
