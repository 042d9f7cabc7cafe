// SPDX-License-Identifier: GPL-3.0-or-later
#include "factcontext.h"

#include "sentencesplitter.h"

#include <QStringList>

#include <algorithm>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

bool looksLikeListItem(const TextParagraph &p)
{
    static const QRegularExpression marker(
        u"^\\s*(?:\\(?[0-9]{1,2}(?:\\.[0-9]{1,2})*[.)]|[0-9]{1,2}(?:\\.[0-9]{1,2})+\\.?|\\(?[a-z]{1,2}[.)]|\\([ivxl]{1,5}\\)|[ivxl]{1,5}[.)]|[-\\x{2022}\\x{2013}\\x{00b7}*\\x{f0b7}])\\s"_s,
        QRegularExpression::CaseInsensitiveOption);
    return !p.listLabel.isEmpty() || marker.match(p.text).hasMatch();
}

// A paragraph that opens a list: it ends with ':' or a dash, or stops mid-sentence ("agrees to").
bool introducesList(const TextParagraph &p)
{
    const QStringView t = QStringView(p.text).trimmed();
    if (t.isEmpty())
        return false;
    const QChar last = t.back();
    return last == u':' || last == u'-' || last == u'\u2013' || last == u'\u2014' || last.isLetter()
        || last == u',';
}

// A heading written as a sentence: short, in capitals or title case, and without a verb that
// would make it an operative sentence (a contract written in capitals still says "SHALL").
bool looksLikeHeading(QStringView original)
{
    if (original.size() > 120 || original.trimmed().endsWith(u':'))
        return false;
    static constexpr std::array<QStringView, 14> small{u"of", u"and", u"or", u"the", u"to", u"a", u"an", u"in", u"on",
                                                       u"for", u"by", u"with", u"from", u"at"};
    auto letter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    int words = 0;
    int capitalised = 0;
    // The words ([A-Za-z][A-Za-z'-]*) read by hand: this runs for every short sentence, and a
    // regular expression here cost more than the rest of the test.
    for (qsizetype i = 0; i < original.size();) {
        if (!letter(original[i])) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < original.size() && (letter(original[end]) || original[end] == u'\'' || original[end] == u'-'))
            ++end;
        const QStringView w = original.sliced(i, end - i);
        i = end;
        if (std::find(small.cbegin(), small.cend(), w) != small.cend())
            continue;
        ++words;
        if (w.front().isUpper())
            ++capitalised;
    }
    if (!(words > 0 && words <= 12 && capitalised * 10 >= words * 8))
        return false;
    // Only then the verb, which few sentences get this far to need.
    static const QRegularExpression verb(
        u"\\b(?:shall|will|must|may|agrees?|means|is|are|be|has|have|undertakes?)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    return !verb.match(original).hasMatch();
}

} // namespace

bool isNegated(QStringView text, qsizetype pos, bool withoutCounts)
{
    static const QRegularExpression negation(
        u"\\b(?:not|no)\\b(?! (?:be )?limited\\b| (?:less|fewer|later|sooner) than\\b| less\\b| later\\b)|\\b(?:never|neither|nor|cannot|prohibited|forbidden|refrain|refrains|restricted from|prevent|prevents|preclude|precludes|avoid)\\b|n't\\b"_s);
    static const QRegularExpression without(u"\\bwithout\\b"_s);
    static const QRegularExpression exception(
        u"\\b(?:except|excepting|other than|unless|only|solely|save|but(?! not)|provided|however|other then|apart from|aside from)\\b"_s);
    // The scope: back to the last ';' or sentence end before pos, at most 250 characters. A ':'
    // does not end it: "shall not: (a) copy ..." negates the items of its list.
    qsizetype from = qMax<qsizetype>(0, pos - 250);
    for (qsizetype i = pos - 1; i >= from; --i) {
        const QChar c = text[i];
        if (c == u';' || (c == u'.' && i + 1 < text.size() && text[i + 1] == u' ')) {
            from = i + 1;
            break;
        }
    }
    const QStringView scope = text.sliced(from, pos - from);
    auto lastMatch = [scope](const QRegularExpression &re) {
        qsizetype last = -1;
        for (auto it = re.globalMatch(scope); it.hasNext();)
            last = it.next().capturedStart();
        return last;
    };
    qsizetype neg = lastMatch(negation);
    if (withoutCounts)
        neg = qMax(neg, lastMatch(without));
    if (neg < 0)
        return false;
    return lastMatch(exception) < neg;
}

FactContext::FactContext(const TextDocument &doc, const QList<Clause> &clauses)
    : m_doc(doc)
{
    // The innermost clause of every paragraph.
    QList<int> clauseOf(doc.paragraphs.size(), -1);
    for (int c = 0; c < clauses.size(); ++c) {
        const Clause &clause = clauses.at(c);
        for (int p = qMax(0, clause.firstParagraph); p <= clause.lastParagraph && p < clauseOf.size(); ++p) {
            const int old = clauseOf.at(p);
            if (old < 0 || clauses.at(old).lastParagraph - clauses.at(old).firstParagraph
                               >= clause.lastParagraph - clause.firstParagraph)
                clauseOf[p] = c;
        }
    }

    // Folded once per clause, not once per sentence.
    QList<QString> foldedHeadings(clauses.size());
    for (int c = 0; c < clauses.size(); ++c) {
        if (!clauses.at(c).heading.isEmpty())
            foldedHeadings[c] = foldForMatching(clauses.at(c).heading) + u" | "_s;
    }

    const QList<SentenceSpan> spans = splitSentences(doc);
    m_sentences.reserve(spans.size());
    QList<int> firstSentenceOf(doc.paragraphs.size(), -1);
    for (const SentenceSpan &span : spans) {
        if (looksLikeHeading(QStringView(doc.text).sliced(span.start, span.end - span.start)))
            continue;
        // A cover letter or instructions in front of the agreement say nothing about its terms.
        if (const int c = span.paragraph < clauseOf.size() ? clauseOf.at(span.paragraph) : -1;
            c >= 0 && !clauses.at(c).operative)
            continue;
        Sentence s;
        s.start = span.start;
        s.end = span.end;
        s.paragraph = span.paragraph;
        s.clause = span.paragraph < clauseOf.size() ? clauseOf.at(span.paragraph) : -1;
        s.text = foldForMatching(QStringView(doc.text).sliced(span.start, span.end - span.start));
        s.grams = Trigrams(s.text);
        for (int c = s.clause, depth = 0; c >= 0 && c < clauses.size() && depth < 4; c = clauses.at(c).parent, ++depth)
            s.heading += foldedHeadings.at(c);
        if (firstSentenceOf.value(span.paragraph, 0) < 0)
            firstSentenceOf[span.paragraph] = int(m_sentences.size());
        m_sentences.append(std::move(s));
    }

    // Lead-ins: a list item's first sentence is introduced by the last sentence of the nearest
    // earlier paragraph that is not itself an item of the same list, when that one opens a list.
    for (int i = 0; i < m_sentences.size(); ++i) {
        Sentence &s = m_sentences[i];
        const int p = s.paragraph;
        if (firstSentenceOf.value(p) != i || p == 0)
            continue;
        const bool item = looksLikeListItem(doc.paragraphs.at(p));
        int q = p - 1;
        // Skip the earlier items of the same list; an item that ends with ':' opens a nested one.
        for (int steps = 0; item && q > 0 && steps < 30 && looksLikeListItem(doc.paragraphs.at(q))
             && !QStringView(doc.paragraphs.at(q).text).trimmed().endsWith(u':');
             ++steps)
            --q;
        const TextParagraph &intro = doc.paragraphs.at(q);
        const QStringView t = QStringView(intro.text).trimmed();
        if (t.isEmpty() || !(item ? introducesList(intro) : t.endsWith(u':')))
            continue;
        // The last sentence that starts in paragraph q.
        for (int j = i - 1; j >= 0; --j) {
            if (m_sentences.at(j).paragraph <= q) {
                if (m_sentences.at(j).paragraph == q)
                    s.leadIn = j;
                break;
            }
        }
    }

    // A sentence without a lead-in is its own text with lead-in.
    m_joined.fill(-1, m_sentences.size());
    for (int i = 0; i < m_sentences.size(); ++i) {
        const Sentence &s = m_sentences.at(i);
        if (s.leadIn < 0)
            continue;
        QString text = s.text;
        int lead = s.leadIn;
        for (int depth = 0; lead >= 0 && depth < 2; ++depth) {
            text = m_sentences.at(lead).text + u' ' + text;
            lead = m_sentences.at(lead).leadIn;
        }
        m_joined[i] = int(m_joinedTexts.size());
        Trigrams grams(text);
        m_joinedTexts.append({std::move(text), grams});
    }
}

QString FactContext::original(int sentence) const
{
    const Sentence &s = m_sentences.at(sentence);
    return m_doc.text.mid(s.start, s.end - s.start);
}

const Fact *FactContext::fact(const char *id) const
{
    // Compared in place, without a QString per question: rules ask this for most sentences.
    const QLatin1String key(id);
    for (const Fact &f : m_sheet.facts) {
        if (f.id == key)
            return &f;
    }
    return nullptr;
}

Fact FactContext::makeFact(const char *id, Fact::Polarity polarity, int sentence, const QString &value) const
{
    Fact f;
    f.id = QString::fromLatin1(id);
    f.polarity = polarity;
    f.value = value;
    if (sentence >= 0 && sentence < m_sentences.size()) {
        const Sentence &s = m_sentences.at(sentence);
        f.clause = s.clause;
        f.start = s.start;
        f.end = s.end;
        f.evidence = original(sentence);
    }
    return f;
}

bool FactContext::add(const char *id, Fact::Polarity polarity, int sentence, const QString &value)
{
    if (has(id))
        return false;
    m_sheet.facts.append(makeFact(id, polarity, sentence, value));
    return true;
}

void FactContext::replace(const char *id, Fact::Polarity polarity, int sentence, const QString &value)
{
    for (Fact &f : m_sheet.facts) {
        if (f.id == QLatin1String(id)) {
            f = makeFact(id, polarity, sentence, value);
            return;
        }
    }
    m_sheet.facts.append(makeFact(id, polarity, sentence, value));
}

} // namespace Redliner::Review
