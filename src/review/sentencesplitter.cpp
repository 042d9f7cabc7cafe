// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesplitter.h"

#include <array>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

// Words that end with a full stop without ending the sentence: corporate suffixes, titles,
// references and Latin abbreviations. "etc." is left out: it usually does end one.
constexpr std::array<QStringView, 34> abbreviations{
    u"inc", u"ltd", u"co", u"corp", u"no", u"nos", u"mr", u"mrs", u"ms", u"dr", u"st", u"sec", u"art",
    u"para", u"e.g", u"i.e", u"vs", u"v", u"cf", u"u.s", u"u.k", u"s.a", u"n.v", u"b.v", u"l.l.c",
    u"p.c", u"approx", u"jr", u"sr", u"dept", u"fig", u"pp", u"p", u"seq",
};

bool isAbbreviation(QStringView word)
{
    if (word.size() == 1 && word[0].isLetter())
        return true;  // an initial: "J. Smith", "A. B. Corp"
    for (QStringView a : abbreviations) {
        // Folding maps one code unit to one, so only words of the same length can be equal.
        if (word.size() == a.size() && word.compare(a, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isListMarker(QStringView head)
{
    // "1.", "1.2.", "a.", "iv.", "(a)." : short and without blanks.
    const QStringView t = head.trimmed();
    return !t.isEmpty() && t.size() <= 6 && !t.contains(u' ');
}

bool closesSentence(QStringView paragraph)
{
    const QStringView t = paragraph.trimmed();
    if (t.isEmpty())
        return true;
    const QChar last = t.back();
    return QStringView(u".;:!?\"\u201d)]").contains(last);
}

bool startsLowerCase(QStringView paragraph)
{
    for (QChar c : paragraph) {
        if (c.isSpace())
            continue;
        return c.isLower();
    }
    return false;
}

// Sentence ends inside one block of text [from, to) of `text`.
void splitBlock(const QString &text, qint32 from, qint32 to, int paragraph, const TextDocument &doc,
                QList<SentenceSpan> *out)
{
    auto paragraphAt = [&doc, paragraph](qint32 pos) {
        int p = paragraph;
        while (p + 1 < doc.paragraphs.size() && doc.paragraphs.at(p + 1).start <= pos)
            ++p;
        return p;
    };
    auto addSentence = [&](qint32 b, qint32 e) {
        while (b < e && text.at(b).isSpace())
            ++b;
        while (e > b && text.at(e - 1).isSpace())
            --e;
        if (e > b)
            out->append({b, e, paragraphAt(b)});
    };
    qint32 start = from;
    for (qint32 i = from; i < to; ++i) {
        const QChar c = text.at(i);
        if (c != u'.' && c != u'?' && c != u'!')
            continue;
        qint32 j = i + 1;
        while (j < to && QStringView(u"\"'\u201d\u2019)").contains(text.at(j)))
            ++j;
        if (j >= to || !text.at(j).isSpace())
            continue;
        qint32 k = j;
        while (k < to && text.at(k).isSpace())
            ++k;
        if (k >= to)
            continue;
        const QChar next = text.at(k);
        if (!(next.isUpper() || next.isDigit() || QStringView(u"\"'(\u201c\u2018[").contains(next)))
            continue;
        if (c == u'.') {
            qint32 w = i;
            while (w > start && (text.at(w - 1).isLetter() || text.at(w - 1) == u'.'))
                --w;
            if (isAbbreviation(QStringView(text).sliced(w, i - w)))
                continue;
            if (isListMarker(QStringView(text).sliced(start, i + 1 - start)))
                continue;
        }
        addSentence(start, j);
        start = j;
    }
    addSentence(start, to);
}

} // namespace

QList<SentenceSpan> splitSentences(const TextDocument &doc)
{
    QList<SentenceSpan> out;
    const auto &ps = doc.paragraphs;
    for (int p = 0; p < ps.size();) {
        int last = p;
        // A sentence broken across lines: join while a line stays open and the next one carries on.
        while (last + 1 < ps.size() && ps.at(last + 1).listLabel.isEmpty() && !closesSentence(ps.at(last).text)
               && startsLowerCase(ps.at(last + 1).text))
            ++last;
        const qint32 from = ps.at(p).start;
        const qint32 to = ps.at(last).start + qint32(ps.at(last).text.size());
        splitBlock(doc.text, from, qMin<qint32>(to, qint32(doc.text.size())), p, doc, &out);
        p = last + 1;
    }
    return out;
}

} // namespace Redliner::Review
