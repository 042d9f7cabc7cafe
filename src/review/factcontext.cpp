// SPDX-License-Identifier: GPL-3.0-or-later
#include "factcontext.h"

#include "sentencesplitter.h"

#include <QStringList>

#include <algorithm>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

// One literal of a list must be in every match; a list is written as the literals it holds.
using Literals = QStringList;

// QStringList::removeDuplicates hashes; these lists are short, and pairwise is quicker.
void removeDuplicates(QStringList *list)
{
    qsizetype kept = 0;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString s = list->at(i);
        bool seen = false;
        for (qsizetype j = 0; j < kept && !seen; ++j)
            seen = list->at(j) == s;
        if (!seen) {
            if (kept != i)
                (*list)[kept] = s;
            ++kept;
        }
    }
    list->resize(kept);
}

// What the literal reader knows about a piece of a pattern.
struct Piece {
    bool exact = false;           // `strings` are all the strings the piece can match
    QStringList strings;
    QList<Literals> required;     // every match holds a literal of each list; none: nothing known

    static Piece literal(QStringList strings)
    {
        Piece p;
        p.exact = true;
        p.strings = std::move(strings);
        if (p.strings.size() > 1)
            removeDuplicates(&p.strings);
        if (!p.strings.contains(QString()))
            p.required = {p.strings};
        return p;
    }
    static Piece zeroWidth() { return literal({QString()}); }   // an anchor or a lookaround
    static Piece unknown() { return {}; }                       // \w, [^.;], . and the like
};

// A literal holding a shorter one of the same list adds nothing: the shorter is in the text
// whenever the longer is.
Literals minimal(Literals literals)
{
    removeDuplicates(&literals);
    // Whether `o` is in `l`, by hand: the lists are short words, and this runs for every pair.
    auto holds = [](QStringView l, QStringView o) {
        for (qsizetype i = 0; i + o.size() <= l.size(); ++i) {
            if (l[i] == o[0] && l.sliced(i, o.size()) == o)
                return true;
        }
        return false;
    };
    Literals out;
    for (const QString &l : std::as_const(literals)) {
        const bool redundant = std::any_of(literals.cbegin(), literals.cend(), [&](const QString &o) {
            return o.size() < l.size() && !o.isEmpty() && holds(l, o);
        });
        if (!redundant)
            out.append(l);
    }
    return out;
}

// Of two lists, the one with the longer literals says more and is quicker to rule out; between
// equals, the shorter list.
bool better(const Literals &a, const Literals &b)
{
    auto shortest = [](const Literals &l) {
        qsizetype n = 8;   // beyond eight characters a literal is selective enough
        for (const QString &s : l)
            n = qMin(n, s.size());
        return n;
    };
    const qsizetype la = shortest(a);
    const qsizetype lb = shortest(b);
    return la != lb ? la > lb : a.size() < b.size();
}

// Reads a pattern for literals its matches must contain. It understands the syntax the fact
// rules use (groups, alternatives, classes, quantifiers, lookarounds, \b) and gives up on
// anything else, so a pattern it cannot read is simply always run. The answer only has to be
// necessary, never sufficient: the pattern itself still decides.
class LiteralReader final {
public:
    explicit LiteralReader(QStringView pattern)
        : m_p(pattern)
    {
    }

    // Per top-level alternative, the lists of literals one of each of which its matches hold;
    // empty when some alternative needs no literal at all.
    QList<QList<Literals>> read()
    {
        // Characters are read one code unit at a time, which a surrogate pair is not.
        if (std::any_of(m_p.cbegin(), m_p.cend(), [](QChar c) { return c.isSurrogate(); }))
            return {};
        QList<QList<Literals>> out;
        for (;;) {
            const Piece piece = sequence();
            if (m_failed || piece.required.isEmpty())
                return {};
            QList<Literals> lists;
            for (const Literals &l : piece.required)
                lists.append(minimal(l));
            out.append(lists);
            if (atEnd())
                return out;
            if (peek() != u'|')
                return {};   // an unbalanced ')'
            ++m_i;
        }
    }

private:
    // Cross products stay small: a longer run is cut into shorter runs, each of which a match
    // must still hold. Several short lists test faster than one long one and rule out nearly
    // as much.
    static constexpr qsizetype MaxStrings = 16;

    bool atEnd() const { return m_i >= m_p.size(); }
    static bool plain(QChar c)
    {
        switch (c.unicode()) {
        case 0: case u'\\': case u'[': case u']': case u'(': case u')': case u'.': case u'^': case u'$':
        case u'*': case u'+': case u'?': case u'{': case u'}': case u'|':
            return false;
        default:
            return true;
        }
    }
    static bool quantifier(QChar c) { return c == u'?' || c == u'*' || c == u'+' || c == u'{'; }
    QChar peek(qsizetype ahead = 0) const { return m_i + ahead < m_p.size() ? m_p[m_i + ahead] : QChar(); }
    Piece fail()
    {
        m_failed = true;
        return {};
    }

    // Alternatives inside a group: each contributes the best list it has, and a match holds a
    // literal of the union.
    Piece alternation()
    {
        QList<Piece> alternatives{sequence()};
        while (!m_failed && peek() == u'|') {
            ++m_i;
            alternatives.append(sequence());
        }
        if (m_failed)
            return {};
        if (alternatives.size() == 1)
            return alternatives.constFirst();
        Piece out;
        out.exact = std::all_of(alternatives.cbegin(), alternatives.cend(), [](const Piece &p) { return p.exact; });
        const bool known = std::all_of(alternatives.cbegin(), alternatives.cend(), [](const Piece &p) { return !p.required.isEmpty(); });
        Literals any;
        for (const Piece &p : std::as_const(alternatives)) {
            if (out.exact)
                out.strings += p.strings;
            if (known) {
                const Literals *best = &p.required.constFirst();
                for (const Literals &l : p.required) {
                    if (better(l, *best))
                        best = &l;
                }
                any += *best;
            }
        }
        removeDuplicates(&out.strings);
        if (out.strings.size() > MaxStrings) {
            out.exact = false;
            out.strings.clear();
        }
        if (known)
            out.required = {any};
        return out;
    }

    Piece sequence()
    {
        QList<Piece> items;
        while (!m_failed && !atEnd() && peek() != u'|' && peek() != u')') {
            // A run of plain characters is one literal, not a piece per character.
            if (plain(peek()) && !quantifier(peek(1))) {
                const qsizetype from = m_i;
                while (!atEnd() && plain(peek()) && !quantifier(peek(1)))
                    ++m_i;
                items.append(Piece::literal({m_p.sliced(from, m_i - from).toString()}));
                continue;
            }
            Piece a = atom();
            if (m_failed)
                return {};
            quantified(std::move(a), &items);
        }
        if (m_failed)
            return {};
        // Runs of exact items multiply out into the strings the run matches, which a match must
        // hold; so must it hold a literal of every list an inexact item needs.
        Piece out;
        QStringList run{QString()};
        bool whole = true;   // one run covers the whole sequence
        auto closeRun = [&] {
            if (!run.contains(QString()))
                out.required.append(run);
            run = QStringList{QString()};
        };
        for (const Piece &item : std::as_const(items)) {
            if (!item.exact) {
                whole = false;
                closeRun();
                out.required += item.required;
                continue;
            }
            if (run.size() * item.strings.size() > MaxStrings) {
                whole = false;
                closeRun();
            }
            QStringList product;
            product.reserve(run.size() * item.strings.size());
            for (const QString &head : std::as_const(run)) {
                for (const QString &tail : item.strings)
                    product.append(head + tail);
            }
            if (product.size() > 1)
                removeDuplicates(&product);
            run = std::move(product);
        }
        if (whole)
            return Piece::literal(run);
        closeRun();
        return out;
    }

    // Appends `a` with the quantifier that follows it (if any) to `items`.
    void quantified(Piece a, QList<Piece> *items)
    {
        qsizetype min = 1;
        qsizetype max = 1;   // -1: unbounded
        const QChar c = peek();
        if (c == u'?') {
            min = 0;
            ++m_i;
        } else if (c == u'*') {
            min = 0;
            max = -1;
            ++m_i;
        } else if (c == u'+') {
            max = -1;
            ++m_i;
        } else if (c == u'{') {
            ++m_i;
            min = number();
            max = min;
            if (peek() == u',') {
                ++m_i;
                max = peek() == u'}' ? -1 : number();
            }
            if (m_failed || peek() != u'}' || (max >= 0 && max < min)) {
                fail();
                return;
            }
            ++m_i;
        } else {
            items->append(std::move(a));
            return;
        }
        if (peek() == u'?' || peek() == u'+')   // lazy or possessive: the same strings
            ++m_i;
        if (min == 0) {
            if (max == 1 && a.exact)
                items->append(Piece::literal(a.strings + QStringList{QString()}));
            else
                items->append(Piece::unknown());
            return;
        }
        if (!a.exact) {
            items->append(std::move(a));   // at least once, so what it needs is still needed
            return;
        }
        for (qsizetype k = 0; k < qMin<qsizetype>(min, 4); ++k)
            items->append(a);
        if (max != min || min > 4)
            items->append(Piece::unknown());
    }

    qsizetype number()
    {
        qsizetype n = 0;
        const qsizetype from = m_i;
        while (!atEnd() && peek().isDigit() && m_i - from < 4) {
            n = n * 10 + peek().digitValue();
            ++m_i;
        }
        if (m_i == from)
            fail();
        return n;
    }

    Piece atom()
    {
        const QChar c = peek();
        if (c == u'(') {
            const QStringView rest = m_p.sliced(m_i);
            bool lookaround = false;
            if (rest.startsWith(u"(?:")) {
                m_i += 3;
            } else if (rest.startsWith(u"(?=") || rest.startsWith(u"(?!")) {
                m_i += 3;
                lookaround = true;
            } else if (rest.startsWith(u"(?<=") || rest.startsWith(u"(?<!")) {
                m_i += 4;
                lookaround = true;
            } else if (rest.startsWith(u"(?")) {
                return fail();   // named groups, inline options, atomic groups...
            } else {
                m_i += 1;        // a capturing group
            }
            const Piece inner = alternation();
            if (m_failed || peek() != u')')
                return fail();
            ++m_i;
            return lookaround ? Piece::zeroWidth() : inner;
        }
        if (c == u'[')
            return characterClass();
        if (c == u'\\')
            return escape();
        ++m_i;
        switch (c.unicode()) {
        case u'.':
            return Piece::unknown();
        case u'^':
        case u'$':
            return Piece::zeroWidth();
        case u'*':
        case u'+':
        case u'?':
        case u'{':
        case u'}':
        case u']':
        case u')':
        case u'|':
            return fail();
        default:
            return Piece::literal({QString(c)});
        }
    }

    Piece escape()
    {
        ++m_i;
        if (atEnd())
            return fail();
        const QChar c = m_p[m_i++];
        switch (c.unicode()) {
        case u'b': case u'B': case u'A': case u'z': case u'Z': case u'G':
            return Piece::zeroWidth();
        case u'w': case u'W': case u's': case u'S': case u'd': case u'D': case u'h': case u'H':
        case u'v': case u'V': case u'R': case u'N': case u'X':
            return Piece::unknown();
        case u'p': case u'P': case u'x':
            skipBraced();
            return Piece::unknown();
        default:
            break;
        }
        if (c.isLetterOrNumber() || c.unicode() >= 0x80)
            return fail();   // back references, \Q...\E, \n and others this reader leaves alone
        return Piece::literal({QString(c)});
    }

    // "{...}" after \p, \P or \x, or the one or two characters they take without braces.
    void skipBraced()
    {
        if (peek() == u'{') {
            while (!atEnd() && peek() != u'}')
                ++m_i;
            if (atEnd())
                fail();
            else
                ++m_i;
        } else {
            for (int k = 0; k < 2 && !atEnd() && peek().isLetterOrNumber(); ++k)
                ++m_i;
        }
    }

    // A class of plain characters ("[- ]", "[\"']", "[sz]") is a small literal set; anything
    // with a range, an escape class or a negation could be any character.
    Piece characterClass()
    {
        ++m_i;
        bool charsOnly = true;
        if (peek() == u'^') {
            charsOnly = false;
            ++m_i;
        }
        QStringList chars;
        for (bool first = true;; first = false) {
            if (atEnd())
                return fail();
            const QChar c = m_p[m_i];
            if (c == u']' && !first) {
                ++m_i;
                break;
            }
            if (c == u'[' && peek(1) == u':')
                return fail();   // POSIX classes
            if (c == u'\\') {
                ++m_i;
                if (atEnd())
                    return fail();
                const QChar e = m_p[m_i++];
                if (e == u'x' || e == u'p' || e == u'P') {
                    skipBraced();
                    charsOnly = false;
                } else if (e.isLetterOrNumber() || e.unicode() >= 0x80) {
                    charsOnly = false;
                } else {
                    chars.append(QString(e));
                }
                continue;
            }
            if (c == u'-' && !first && peek(1) != u']') {
                charsOnly = false;   // a range
                ++m_i;
                continue;
            }
            chars.append(QString(c));
            ++m_i;
        }
        if (m_failed)
            return {};
        return charsOnly && !chars.isEmpty() ? Piece::literal(chars) : Piece::unknown();
    }

    QStringView m_p;
    qsizetype m_i = 0;
    bool m_failed = false;
};

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

Trigrams::Trigrams(QStringView text)
{
    const char16_t *c = text.utf16();
    for (qsizetype i = 0; i + 2 < text.size(); ++i) {
        const quint16 b = bit(c[i], c[i + 1], c[i + 2]);
        m_words[b >> 6] |= quint64(1) << (b & 63);
    }
}

Pattern::Pattern(const QString &pattern, QRegularExpression::PatternOptions options)
    : m_re(pattern, options)
{
    // Literals are compared exactly, so a pattern that ignores case (or blanks) is always run.
    if (options & (QRegularExpression::CaseInsensitiveOption | QRegularExpression::ExtendedPatternSyntaxOption))
        return;
    QList<Literals> lists;   // the distinct lists, in m_oneOfs order
    for (QList<Literals> alternative : LiteralReader(pattern).read()) {
        // The shortest lists first: they cost least to test and rule out as much as any. A list
        // with a literal too short for trigrams goes last, as it has to search the text.
        std::stable_sort(alternative.begin(), alternative.end(), [](const Literals &a, const Literals &b) {
            const bool aShort = std::any_of(a.cbegin(), a.cend(), [](const QString &l) { return l.size() < 3; });
            const bool bShort = std::any_of(b.cbegin(), b.cend(), [](const QString &l) { return l.size() < 3; });
            return aShort != bShort ? bShort : a.size() < b.size();
        });
        m_alternatives.push_back({quint32(m_needs.size()), quint32(alternative.size())});
        for (Literals &literals : alternative) {
            // Sorted, literals that start alike sit together and one missing trigram rules
            // them all out.
            std::sort(literals.begin(), literals.end());
            const qsizetype known = lists.indexOf(literals);
            if (known >= 0) {
                m_needs.push_back(quint32(known));
                m_sharedLists = true;
                continue;
            }
            m_needs.push_back(quint32(lists.size()));
            lists.append(literals);
            OneOf oneOf;
            oneOf.literals.first = quint32(m_literals.size());
            oneOf.shortLiterals.first = quint32(m_shortLiterals.size());
            for (const QString &l : std::as_const(literals)) {
                if (l.size() < 3) {
                    m_shortLiterals.append(l);
                    continue;
                }
                m_literals.push_back({{quint32(m_grams.size()), quint32(l.size() - 2)}, 1});
                for (qsizetype i = 0; i + 2 < l.size(); ++i)
                    m_grams.push_back(Trigrams::bit(l[i], l[i + 1], l[i + 2]));
            }
            oneOf.literals.count = quint32(m_literals.size()) - oneOf.literals.first;
            oneOf.shortLiterals.count = quint32(m_shortLiterals.size()) - oneOf.shortLiterals.first;
            for (quint32 i = oneOf.literals.first + oneOf.literals.count; i-- > oneOf.literals.first + 1;) {
                if (m_grams[m_literals[i].grams.first] == m_grams[m_literals[i - 1].grams.first])
                    m_literals[i - 1].sameStart = m_literals[i].sameStart + 1;
            }
            m_oneOfs.push_back(oneOf);
        }
    }
}

bool Pattern::holds(const FoldedText &text, const OneOf &oneOf) const
{
    const quint32 end = oneOf.literals.first + oneOf.literals.count;
    for (quint32 l = oneOf.literals.first; l < end;) {
        const Literal &literal = m_literals[l];
        const quint32 last = literal.grams.first + literal.grams.count;
        if (!text.grams.has(m_grams[literal.grams.first])) {
            l += literal.sameStart;
            continue;
        }
        quint32 g = literal.grams.first + 1;
        while (g < last && text.grams.has(m_grams[g]))
            ++g;
        if (g == last)
            return true;
        ++l;
    }
    for (quint32 l = oneOf.shortLiterals.first; l < oneOf.shortLiterals.first + oneOf.shortLiterals.count; ++l) {
        if (text.text.contains(m_shortLiterals.at(l)))
            return true;
    }
    return false;
}

bool Pattern::mayMatch(const FoldedText &text) const
{
    if (m_alternatives.empty())
        return true;
    if (!m_sharedLists) {
        for (const Range &needs : m_alternatives) {
            quint32 n = needs.first;
            while (n < needs.first + needs.count && holds(text, m_oneOfs[m_needs[n]]))
                ++n;
            if (n == needs.first + needs.count)
                return true;
        }
        return false;
    }
    // Lists several alternatives need are tested once per text.
    constexpr quint32 MaxMemo = 256;
    std::array<quint64, MaxMemo / 64> tested{};
    std::array<quint64, MaxMemo / 64> held{};
    auto holdsOneOf = [&](quint32 n) {
        if (n >= MaxMemo)
            return holds(text, m_oneOfs[n]);
        const quint64 bit = quint64(1) << (n & 63);
        if (!(tested[n >> 6] & bit)) {
            tested[n >> 6] |= bit;
            if (holds(text, m_oneOfs[n]))
                held[n >> 6] |= bit;
        }
        return (held[n >> 6] & bit) != 0;
    };
    for (const Range &needs : m_alternatives) {
        quint32 n = needs.first;
        while (n < needs.first + needs.count && holdsOneOf(m_needs[n]))
            ++n;
        if (n == needs.first + needs.count)
            return true;
    }
    return false;
}

QString foldForMatching(QStringView text)
{
    // ASCII (nearly every character of an agreement) by table.
    static constexpr auto ascii = [] {
        std::array<char16_t, 128> t{};
        for (char16_t c = 0; c < 128; ++c)
            t[c] = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
        t[u'`'] = u'\'';
        t[u'\t'] = t[u'\n'] = t[u'\r'] = u' ';
        return t;
    }();
    QString out(text.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            d[i] = ascii[c];
            continue;
        }
        switch (c) {
        case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x00b4:
            d[i] = u'\'';
            break;
        case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0x00ab: case 0x00bb:
            d[i] = u'"';
            break;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
            d[i] = u'-';
            break;
        case 0x00a0: case 0x2007: case 0x202f: case 0x00ad:
            d[i] = u' ';
            break;
        default:
            d[i] = QChar(c).toLower();  // QChar::toLower maps one code unit to one
        }
    }
    return out;
}

qsizetype findIn(const QString &text, const QRegularExpression &re, qsizetype from)
{
    const QRegularExpressionMatch m = re.match(text, from);
    return m.hasMatch() ? m.capturedStart() : -1;
}

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
