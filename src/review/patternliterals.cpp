// SPDX-License-Identifier: GPL-3.0-or-later
// The literal reader behind Pattern's trigram test: a small parser for the regular-expression
// syntax the rules use, which only has to find what every match must contain.
#include "patternliterals.h"

#include <algorithm>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

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
    bool exact = false; // `strings` are all the strings the piece can match
    QStringList strings;
    QList<Literals> required; // every match holds a literal of each list; none: nothing known

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
    static Piece zeroWidth() { return literal({QString()}); } // an anchor or a lookaround
    static Piece unknown() { return {}; }                     // \w, [^.;], . and the like
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
        qsizetype n = 8; // beyond eight characters a literal is selective enough
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
    explicit LiteralReader(QStringView pattern) : m_p(pattern) {}

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
                return {}; // an unbalanced ')'
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
        case 0:
        case u'\\':
        case u'[':
        case u']':
        case u'(':
        case u')':
        case u'.':
        case u'^':
        case u'$':
        case u'*':
        case u'+':
        case u'?':
        case u'{':
        case u'}':
        case u'|': return false;
        default: return true;
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
        const bool known = std::all_of(alternatives.cbegin(), alternatives.cend(),
                                       [](const Piece &p) { return !p.required.isEmpty(); });
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
        bool whole = true; // one run covers the whole sequence
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
        qsizetype max = 1; // -1: unbounded
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
        if (peek() == u'?' || peek() == u'+') // lazy or possessive: the same strings
            ++m_i;
        if (min == 0) {
            if (max == 1 && a.exact)
                items->append(Piece::literal(a.strings + QStringList{QString()}));
            else
                items->append(Piece::unknown());
            return;
        }
        if (!a.exact) {
            items->append(std::move(a)); // at least once, so what it needs is still needed
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
                return fail(); // named groups, inline options, atomic groups...
            } else {
                m_i += 1; // a capturing group
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
        case u'.': return Piece::unknown();
        case u'^':
        case u'$': return Piece::zeroWidth();
        case u'*':
        case u'+':
        case u'?':
        case u'{':
        case u'}':
        case u']':
        case u')':
        case u'|': return fail();
        default: return Piece::literal({QString(c)});
        }
    }

    Piece escape()
    {
        ++m_i;
        if (atEnd())
            return fail();
        const QChar c = m_p[m_i++];
        switch (c.unicode()) {
        case u'b':
        case u'B':
        case u'A':
        case u'z':
        case u'Z':
        case u'G': return Piece::zeroWidth();
        case u'w':
        case u'W':
        case u's':
        case u'S':
        case u'd':
        case u'D':
        case u'h':
        case u'H':
        case u'v':
        case u'V':
        case u'R':
        case u'N':
        case u'X': return Piece::unknown();
        case u'p':
        case u'P':
        case u'x': skipBraced(); return Piece::unknown();
        default: break;
        }
        if (c.isLetterOrNumber() || c.unicode() >= 0x80)
            return fail(); // back references, \Q...\E, \n and others this reader leaves alone
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
                return fail(); // POSIX classes
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
                charsOnly = false; // a range
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

} // namespace

QList<QList<Literals>> readPatternLiterals(QStringView pattern)
{
    return LiteralReader(pattern).read();
}

} // namespace Redliner::Review
