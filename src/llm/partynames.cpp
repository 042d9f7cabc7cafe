// SPDX-License-Identifier: GPL-3.0-or-later
#include "partynames.h"

#include "partywords.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

// How the names are found: three finders read the opening of the text (the "between X and Y"
// sentence, the names before party definitions, company names before an address), a fourth the
// signature headings; tidy() cuts addresses out of names and folds names found inside longer ones
// into them; assignParties() merges spellings per party and gives the placeholders. Addresses and
// signatories are found in the whole text. Everything works on words and their capitals, so it is
// a heuristic: it prefers masking a non-name to leaking a name, but never masks a role word.
//
// Why one file of over 500 lines: the finders, tidy() and assignParties() are one pipeline that
// shares the word tests at the top and the Found list, and is read and tuned as a whole against
// the corpus; splitting it would only move those shared helpers into a header of their own. The
// word lists it reads are data and live apart, in partywords.cpp.

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

namespace {

// Party definitions sit in the title, the preamble and the first lines of an agreement.
constexpr qsizetype preambleLength = 4000;

constexpr auto ci = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
constexpr auto uni = QRegularExpression::UseUnicodePropertiesOption;

// The patterns of partywords.h, by their short names here.
constexpr auto &suffixPattern = PartyWords::corporateSuffixPattern;
constexpr auto &streetSuffix = PartyWords::streetSuffixPattern;
constexpr auto &postcode = PartyWords::postcodePattern;

// ---- Words -------------------------------------------------------------------------------------

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

QString lowerWord(QStringView w)
{
    QString out = w.toString().toLower();
    while (!out.isEmpty() && !out.back().isLetterOrNumber())
        out.chop(1);
    while (!out.isEmpty() && !out.front().isLetterOrNumber())
        out.remove(0, 1);
    if (out.endsWith(u"'s"_s) || out.endsWith(u"\x2019s"_s))
        out.chop(2);
    return out;
}

// Words that end in a full stop without ending a sentence.
bool isAbbreviation(QStringView token)
{
    if (token.contains(u'.'))
        return true;  // "L.L.C", "N.V"
    return token.size() == 1 || PartyWords::abbreviations().contains(token.toString().toLower());
}

bool isCorporateSuffix(QStringView word)
{
    static const QRegularExpression suffix(u"^(?:"_s % suffixPattern() % u")[.,;]*$"_s);
    return suffix.match(word).hasMatch();
}

bool hasCorporateSuffix(const QString &name)
{
    const QList<QStringView> words = QStringView(name).split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return false;
    const QString last = lowerWord(words.back());
    return isCorporateSuffix(words.back()) || last == u"company" || last == u"corporation" || last == u"university";
}

bool isJoiner(QStringView w)
{
    return PartyWords::joiners().contains(w.toString());
}

// A word that may be part of a name: capitalised, a figure, "&", or "eBay"-like.
bool startsName(QStringView w)
{
    if (w.isEmpty() || w.contains(u'[') || w.contains(u']'))
        return false;
    const QChar c = w.front();
    return c.isUpper() || c.isDigit() || c == u'&' || (w.size() > 1 && c.isLower() && w[1].isUpper());
}

// Words that say what a party is, not who: a name made only of them is no name ("the
// Company", "Disclosing Party", "OF THE FIRST PART", "Prospective Investor").
bool isGenericWord(const QString &lower)
{
    return PartyWords::genericWords().contains(lower);
}

bool allGeneric(const QString &name)
{
    const QList<QStringView> words = QStringView(name).split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [](QStringView w) {
        const QString lower = lowerWord(w);
        return lower.isEmpty() || isGenericWord(lower) || isJoiner(lower);
    });
}

// Defined terms for things, not parties: (the "Agreement"), ("Effective Date"), ("CI").
bool isDocumentTerm(const QString &term);

// "Company", "Disclosing Party", "Recipient": roles either party may play. Generic words only,
// at least one of them a role, and not a thing ("Confidential Information").
bool isRoleTerm(const QString &term)
{
    const QList<QStringView> words = QStringView(term).split(u' ', Qt::SkipEmptyParts);
    const bool someRole = std::any_of(words.cbegin(), words.cend(), [](QStringView w) {
        const QString lower = lowerWord(w);
        return isGenericWord(lower) && !PartyWords::genericNonRoleWords().contains(lower);
    });
    return someRole && allGeneric(term) && !isDocumentTerm(term);
}

// A role that defines one party ("Company", "Receiving Party"); "Party" and "Parties" name them
// all, "Representatives" and "Affiliates" name others.
bool isPartyRole(const QString &term)
{
    const QList<QStringView> words = QStringView(term).split(u' ', Qt::SkipEmptyParts);
    return isRoleTerm(term) && std::any_of(words.cbegin(), words.cend(), [](QStringView w) {
               return PartyWords::partyRoleWords().contains(lowerWord(w));
           });
}

// Words that make a name an organisation's, which a defined short name confirms: "Boston Public
// Schools" ("BPS"), but not "PJM Open Access Transmission Tariff" ("PJM Tariff").
bool hasOrganisationWord(const QString &name)
{
    const QList<QStringView> parts = QStringView(name).split(u' ', Qt::SkipEmptyParts);
    return hasCorporateSuffix(name) || std::any_of(parts.cbegin(), parts.cend(), [](QStringView w) {
               return PartyWords::organisationWords().contains(lowerWord(w));
           });
}

bool isDocumentTerm(const QString &term)
{
    const QString lower = term.toLower();
    static const QRegularExpression thing(
        u"\\b(?:agreement|information|date|transaction|material|materials|relationship|period)\\b"_s);
    return PartyWords::documentTerms().contains(lower) || thing.match(lower).hasMatch();
}

bool isMonth(const QString &lower)
{
    return PartyWords::months().contains(lower);
}

// The words of `name` that can be a name: its run of capitalised words and joiners, without
// trailing punctuation; a full stop stays after an abbreviation ("Inc.").
QString cleanName(QStringView raw)
{
    const QString simplified = raw.toString().simplified();
    const QList<QStringView> words = QStringView(simplified).split(u' ', Qt::SkipEmptyParts);
    QList<QStringView> kept;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QStringView w = words[i];
        if (i > 0 && words[i - 1].endsWith(u',') && !isCorporateSuffix(w))
            break;  // a comma ends a name unless a company form follows
        if (!(startsName(w) || isJoiner(w)))
            break;
        // A company form ends the name: "Fronius International GmbH Froniusstrasse 1".
        if (i > 0 && isCorporateSuffix(words[i - 1]) && !isCorporateSuffix(w))
            break;
        kept.append(w);
    }
    while (!kept.isEmpty() && isJoiner(kept.back()))
        kept.removeLast();
    // "The European Research Services GmbH": without the article the name also matches where the
    // text writes "the European Research Services GmbH".
    while (!kept.isEmpty() && (isJoiner(kept.front()) || (kept.size() > 2 && lowerWord(kept.front()) == u"the")))
        kept.removeFirst();
    QString name;
    for (const QStringView w : kept) {
        if (!name.isEmpty())
            name.append(u' ');
        name.append(w);
    }
    while (!name.isEmpty()) {
        const QChar last = name.back();
        if (last.isLetterOrNumber() || last == u'!' || last == u')')
            break;
        if (last == u'.') {
            const qsizetype space = name.lastIndexOf(u' ');
            const QStringView token = QStringView(name).sliced(space + 1).chopped(1);
            if (!token.isEmpty() && isAbbreviation(token))
                break;
        }
        name.chop(1);
    }
    return name;
}

// Whether `name` can be a party's name rather than a blank, a role, a date or a sentence.
bool isPlausibleName(const QString &name)
{
    if (name.size() < 2 || name.size() > 100)
        return false;
    static const QRegularExpression blank(u"[_\\x{2026}\\[\\]<>{}~:;|@]|\\.\\.\\.|//"_s);
    if (blank.match(name).hasMatch())
        return false;
    if (!startsName(name) || name.front() == u'&')
        return false;
    const QList<QStringView> words = QStringView(name).split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 12 || std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetter(); }))
        return false;
    const QString first = lowerWord(words.front());
    if (PartyWords::nameOpeners().contains(first) || isMonth(first))
        return false;
    // An address is no name: "410 Wharf Row", "Level 14".
    static const QRegularExpression addressStart(
        u"^(?:[\\d\\-/.\\x{2013}]+(?:st|nd|rd|th)?|(?i:Level|Unit|Suite|Floor|Flat|Room|Building|PO|P\\.O\\.)\\s+\\d)(?:\\s|,|$)"_s);
    if (addressStart.match(name).hasMatch())
        return false;
    // Words of a sentence, also in capitals ("PARTIES SHALL BE SUBJECT TO THE TERMS").
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QStringView w = words[i];
        if (PartyWords::sentenceWords().contains(lowerWord(w)))
            return false;
        // "Discloser's CI. Each": a full stop inside a name only after an abbreviation or initial.
        if (i + 1 < words.size() && w.endsWith(u'.') && !isAbbreviation(w.chopped(1)))
            return false;
    }
    // Laws and documents get short names too: ("FERPA"), ("PJM Tariff").
    if (PartyWords::instrumentWords().contains(lowerWord(words.back())))
        return false;
    static const QRegularExpression figures(u"^[\\d\\-]{3,}$"_s);
    if (figures.match(words.back()).hasMatch())
        return false;  // "Massachusetts 02110"
    return !allGeneric(name);
}

// Whether a defined term is a short form of `name`: its words are words of the name ("Harbor
// Lane" of "Harbor Lane Partners LLC", "CIF" of "CiF Lab Solutions LP"), or it is an acronym of
// the name's words ("BPS" of "Boston Public Schools", "FMO" of "Nederlandse
// Financierings-Maatschappij voor Ontwikkelingslanden N.V.").
bool isShortNameOf(const QString &term, const QString &name)
{
    if (term.size() < 2 || term.size() > 60 || isDocumentTerm(term) || !startsName(term))
        return false;
    static const QRegularExpression splitter(u"[\\s\\-/,.()\\x{2019}']+"_s);
    QStringList nameWords;
    for (const QString &w : name.split(splitter, Qt::SkipEmptyParts)) {
        const QString lower = w.toLower();
        if (lower != u"s")
            nameWords.append(lower);
    }
    const QStringList termWords = term.toLower().split(splitter, Qt::SkipEmptyParts);
    if (!termWords.isEmpty() && std::all_of(termWords.cbegin(), termWords.cend(), [&](const QString &w) {
            return nameWords.contains(w) && !isJoiner(w) && !isCorporateSuffix(w);
        }))
        return true;
    QString letters;
    for (const QChar c : term) {
        if (c.isLetter())
            letters.append(c);
        else if (c != u' ' && c != u'&' && c != u'.' && c != u'-')
            return false;
    }
    if (letters.size() < 2 || letters.size() > 8 || letters != letters.toUpper())
        return false;
    QString initials;
    static const QRegularExpression wordSplit(u"[\\s\\-/]+"_s);
    for (const QString &w : name.split(wordSplit, Qt::SkipEmptyParts)) {
        if (w.front().isLetter())
            initials.append(w.front().toUpper());
    }
    qsizetype at = 0;
    for (const QChar c : letters) {
        at = initials.indexOf(c, at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

// A person's name on a signature or contact line: two to five capitalised words.
bool isPersonName(const QString &name)
{
    static const QRegularExpression person(
        u"^[\\p{Lu}][\\p{L}'\\x{2019}\\-]*\\.?(?:\\s+(?:(?:de|van|von|der|den|da|di|del|la|le)\\s+)?[\\p{Lu}][\\p{L}'\\x{2019}\\-]*\\.?){1,4}$"_s,
        uni);
    if (!person.match(name).hasMatch())
        return false;
    const QList<QStringView> words = QStringView(name).split(u' ', Qt::SkipEmptyParts);
    return std::none_of(words.cbegin(), words.cend(), [](QStringView w) {
        const QString lower = lowerWord(w);
        return PartyWords::signatoryTitleWords().contains(lower) || isGenericWord(lower);
    });
}

struct Found final {
    QString name;
    QStringList aliases;   // short names and trade names
};

// ---- Addresses ---------------------------------------------------------------------------------

bool looksLikeAddress(QStringView candidate)
{
    if (candidate.size() < 6 || candidate.size() > 160 || !candidate.front().isLetterOrNumber()
        || (!candidate.front().isUpper() && !candidate.front().isDigit()))
        return false;
    if (std::none_of(candidate.cbegin(), candidate.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    static const QRegularExpression blank(u"[_\\x{2026}\\[\\]]|\\.\\.\\."_s);
    if (blank.match(candidate).hasMatch() || candidate.split(u' ', Qt::SkipEmptyParts).size() > 25)
        return false;
    // Prose is no address: "1934, as amended". Street words in lower case are.
    for (const QStringView w : candidate.split(u' ', Qt::SkipEmptyParts)) {
        if (w.front().isLower() && !PartyWords::addressLowerWords().contains(lowerWord(w)))
            return false;
    }
    static const QRegularExpression streetish(u"\\b"_s % streetSuffix() % u"\\b|\\b(?i:Level|Unit|Suite|Floor|Flat|P\\.?\\s?O\\.?\\s+Box)\\b|"_s
                                                  % postcode() % u"|(?i:stra(?:ss|\\x{00DF})e|gatan|laan|weg|gasse|platz|allee)\\b"_s,
                                              uni);
    return streetish.match(candidate).hasMatch();
}

// The end of an address that starts at `from` in `line`: the street, then ", Suite 700",
// ", Boston", ", Massachusetts 02110", a country after the postcode.
qsizetype addressEnd(QStringView line, qsizetype from)
{
    static const QRegularExpression unit(
        u"^(?:,\\s*|\\s+)(?:(?i:Suite|Ste\\.?|Unit|Floor|Fl\\.?|Level|Room|Rm\\.?|Apt\\.?|#)\\s*[\\w\\-]+|"
        "\\d{1,3}(?:st|nd|rd|th)\\s+Floor|(?i:P\\.?\\s?O\\.?\\s+Box)\\s+\\d+)"_s);
    static const QRegularExpression code(u"^(?:,\\s*|\\s+)"_s % postcode());
    static const QRegularExpression place(
        u"^,\\s*[\\p{Lu}][\\p{L}'\\x{2019}.\\-]*(?![\\p{L}\\p{N}])(?:\\s+[\\p{Lu}][\\p{L}'\\x{2019}.\\-]*(?![\\p{L}\\p{N}])){0,3}"_s, uni);
    static const QRegularExpression city(
        u"^\\s+[\\p{Lu}][\\p{L}'\\x{2019}.\\-]*(?![\\p{L}\\p{N}])(?:\\s+[\\p{Lu}][\\p{L}'\\x{2019}.\\-]*(?![\\p{L}\\p{N}])){0,2}"_s, uni);
    qsizetype end = from;
    bool coded = false;
    for (int segments = 0; segments < 7; ++segments) {
        const QStringView rest = line.sliced(end);
        QRegularExpressionMatch m = unit.match(rest);
        if (!m.hasMatch())
            m = code.match(rest);
        if (m.hasMatch()) {
            const bool isCode = !unit.match(rest).hasMatch();
            if (isCode && coded)
                break;
            coded = coded || isCode;
            end += m.capturedLength();
            // After a European postcode comes the city: "20457 Hamburg", "1202 Geneva".
            if (isCode) {
                const QRegularExpressionMatch c = city.match(line.sliced(end));
                if (c.hasMatch() && !isGenericWord(lowerWord(c.capturedView().trimmed())))
                    end += c.capturedLength();
            }
            continue;
        }
        m = place.match(rest);
        if (!m.hasMatch())
            break;
        const QString words = lowerWord(m.capturedView().sliced(1).trimmed());
        if (isCorporateSuffix(m.capturedView().sliced(1).trimmed()) || isGenericWord(words))
            break;
        end += m.capturedLength();
        if (coded)
            break;  // one place after the postcode: the country
    }
    return end;
}

struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
};

// Street addresses recognised by their shape, line by line.
void addressesByShape(const QString &text, QList<Span> *spans)
{
    const QString numbered = u"(?:\\d{1,6}(?:[\\-\\x{2013}/]\\d{1,6})?[A-Za-z]?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\\s+"
        "(?:(?:N|S|E|W|North|South|East|West|NE|NW|SE|SW)\\.?\\s+)?"
        "(?:[\\p{Lu}0-9][\\p{L}0-9'\\x{2019}.\\-]*\\s+){1,4}?"_s % streetSuffix() % u"\\b\\.?"_s;
    const QString broadway = u"\\d{1,6}\\s+Broadway\\b"_s;
    const QString unitFirst = u"(?i:Level|Floor|Suite|Unit|Flat|Building|Room)\\s+\\d+[A-Za-z]?,\\s+"_s;
    const QString namedAfterUnit = u"(?:[\\p{Lu}][\\p{L}'\\x{2019}\\-]*\\s+){1,3}"_s % streetSuffix() % u"\\b"_s;
    const QString continental = u"[\\p{Lu}][\\p{L}\\-]*(?i:stra(?:ss|\\x{00DF})e|str\\.|gatan|laan|weg|gasse|platz|allee|v\\x{00E4}gen|vej|gade)\\s+\\d{1,5}[a-z]?\\b"_s;
    const QString box = u"(?i:P\\.?\\s?O\\.?\\s+Box|Post\\s+Office\\s+Box)\\s+\\d+"_s;
    const QString floor = u"\\d{1,3}(?:st|nd|rd|th)\\s+Floor\\b"_s;
    static const QRegularExpression street(u"(?<![\\w\\-])(?:(?:"_s % unitFirst % u")?(?:"_s % numbered % u'|' % broadway
                                               % u")|"_s % unitFirst % namedAfterUnit % u'|' % continental % u'|' % box % u'|'
                                               % floor % u')',
                                           uni);
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = QStringView(text).sliced(lineStart, lineEnd - lineStart);
        for (auto it = street.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype end = addressEnd(line, m.capturedEnd());
            spans->append(Span{lineStart + m.capturedStart(), lineStart + end});
        }
        lineStart = lineEnd + 1;
    }
}

// Addresses after the words that introduce one: "with offices at", "located at", "whose
// registered address is", "having its principal place of business at"; in the preamble also
// "of" when a number or a unit follows ("Acme Ltd. of Level 14, 9 Marina Crescent").
void addressesAfterCues(const QString &text, qsizetype preamble, QList<Span> *spans)
{
    static const QRegularExpression strong(
        u"\\b(?:(?:(?:principal|registered|head|primary|main)\\s+)?(?:offices?|place\\s+of\\s+business|address|residence)\\s+"
        "(?:(?:is|are)\\s+)?(?:(?:located|situated)\\s+)?at|(?:located|situated)\\s+at(?:\\s+the\\s+address)?|"
        "(?:registered\\s+)?address\\s+is(?:\\s+at)?|residing\\s+at|domiciled\\s+at|(?:notice\\s+)?address\\s*:)\\s*"_s,
        ci);
    static const QRegularExpression weak(u"\\bof\\s+(?=\\d|(?:Level|Unit|Suite|Floor|Flat|Building|PO\\s+Box|P\\.O\\.)\\b)"_s);
    static const QRegularExpression stop(
        u"[(\"\\x{201C};\\n]|,?\\s+and\\s|,\\s*(?:a|an|and|hereinafter|registered|fax|tax|abn|acn|company|represented|tel|"
        "telephone|phone|e-?mail|with|having|being|which|who)\\b|\\s+hereinafter\\b|(\\.)\\s+(?=[\\p{Lu}])"_s,
        ci);
    auto take = [&](qsizetype from, bool weakCue) {
        const QStringView rest = QStringView(text).sliced(from, std::min<qsizetype>(text.size() - from, 200));
        QStringView candidate = rest;
        for (auto st = stop.globalMatch(rest); st.hasNext();) {
            const QRegularExpressionMatch m = st.next();
            if (m.capturedLength(1) > 0) {
                // A full stop ends the address unless it ends "St." or "Ave.".
                qsizetype word = m.capturedStart(1);
                while (word > 0 && rest[word - 1].isLetter())
                    --word;
                if (isAbbreviation(rest.sliced(word, m.capturedStart(1) - word)))
                    continue;
            }
            candidate = rest.first(m.capturedStart());
            break;
        }
        while (!candidate.isEmpty() && (candidate.back().isSpace() || candidate.back() == u',' || candidate.back() == u':'))
            candidate.chop(1);
        if (candidate.endsWith(u'.')) {
            const qsizetype space = candidate.lastIndexOf(u' ');
            const QStringView token = candidate.sliced(space + 1).chopped(1);
            if (!isAbbreviation(token) || token.size() == 1)
                candidate.chop(1);
        }
        // "10006 Corporation (NASDAQ OMX)": what follows the postcode is not the address.
        while (true) {
            const qsizetype space = candidate.lastIndexOf(u' ');
            if (space < 0)
                break;
            const QStringView last = candidate.sliced(space + 1);
            if (!isGenericWord(lowerWord(last)) && !isCorporateSuffix(last))
                break;
            candidate = candidate.first(space);
            while (!candidate.isEmpty() && (candidate.back().isSpace() || candidate.back() == u','))
                candidate.chop(1);
        }
        if (weakCue && candidate.contains(u" of "_s))
            return;
        if (looksLikeAddress(candidate))
            spans->append(Span{from, from + candidate.size()});
    };
    for (auto it = strong.globalMatch(text); it.hasNext();)
        take(it.next().capturedEnd(), false);
    for (auto it = weak.globalMatch(QStringView(text).first(preamble)); it.hasNext();)
        take(it.next().capturedEnd(), true);
}

QStringList findAddresses(const QString &text, qsizetype preamble)
{
    QList<Span> spans;
    addressesByShape(text, &spans);
    addressesAfterCues(text, preamble, &spans);
    // Where two finds overlap, the longer one is the address.
    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.end - a.start > b.end - b.start; });
    QList<Span> kept;
    for (const Span &s : std::as_const(spans)) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&](const Span &k) { return s.start < k.end && k.start < s.end; });
        const bool cutsWord = s.end < text.size() && isWordChar(text[s.end]) && isWordChar(text[s.end - 1]);
        if (!overlaps && !cutsWord && looksLikeAddress(QStringView(text).sliced(s.start, s.end - s.start)))
            kept.append(s);
    }
    std::sort(kept.begin(), kept.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    QStringList out;
    for (const Span &s : std::as_const(kept))
        out.append(text.mid(s.start, s.end - s.start));
    return out;
}

// Depth 0 and outside quotes: where a comma or an "and" separates the parties, not the words of
// a parenthetical or a defined term.
QList<bool> topLevel(QStringView text)
{
    QList<bool> top(text.size(), false);
    int depth = 0;
    bool straight = false;  // inside "..."
    int curly = 0;          // inside “...”
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'(' || c == u'[')
            ++depth;
        else if ((c == u')' || c == u']') && depth > 0)
            --depth;
        else if (c == u'"')
            straight = !straight;
        else if (c == u'\x201C')
            ++curly;
        else if (c == u'\x201D' && curly > 0)
            --curly;
        top[i] = depth == 0 && !straight && curly == 0;
    }
    return top;
}

// Where the sentence that names the parties ends: a full stop followed by a capital, unless it
// ends an abbreviation ("Inc.", "Corp.", "R. J."), or a line that opens the recitals or clauses.
qsizetype partySentenceEnd(QStringView text, const QList<bool> &top)
{
    static const QRegularExpression nextPart(
        u"\\n\\s*(?:whereas|recitals?\\b|background\\b|now,?\\s+therefore|it is (?:hereby )?agreed|the parties|"
        "witnesseth|this\\b|in consideration|hereinafter|each (?:also|party|of)|both\\b|the above|collectively|"
        "operative|definitions|purpose|\\d+(?:\\.\\d+)*[.)]?\\s+[A-Z])"_s,
        ci);
    static const QRegularExpression recitals(u"\\b(?:whereas|recitals|witnesseth|background)\\b"_s, ci);
    qsizetype end = text.size();
    for (const QRegularExpressionMatch &m : {nextPart.match(text), recitals.match(text)}) {
        if (m.hasMatch())
            end = std::min(end, m.capturedStart());
    }
    for (qsizetype i = 0; i + 2 < end; ++i) {
        if (text[i] != u'.' || !top[i] || !text[i + 1].isSpace())
            continue;
        qsizetype next = i + 1;
        while (next < text.size() && text[next].isSpace())
            ++next;
        if (next >= text.size() || !(text[next].isUpper() || text[next].isDigit()))
            continue;
        qsizetype from = i;
        while (from > 0 && (text[from - 1].isLetter() || text[from - 1] == u'.'))
            --from;
        if (!isAbbreviation(text.sliced(from, i - from)))
            return i + 1;
    }
    return end;
}

// Cuts the party sentence into one piece per party at top-level "and", ";" and line breaks.
QList<QStringView> partySegments(QStringView span)
{
    static const QRegularExpression separator(
        u"\\s*;\\s*(?:and\\b)?\\s*|\\s*\\n[\\s\\-\\x{2013}\\x{2014}]*(?:and\\b\\s*:?)?[\\s\\-\\x{2013}\\x{2014}]*|"
        "\\s+[\\-\\x{2013}\\x{2014}]\\s*and\\s*[\\-\\x{2013}\\x{2014}]\\s+|(,?)\\s+and\\s*[:,]?\\s+|(?<=\\)),\\s+(?=\\p{Lu})"_s,
        ci);
    const QList<bool> top = topLevel(span);
    QList<QStringView> out;
    qsizetype from = 0;
    for (auto it = separator.globalMatch(span); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype at = m.capturedStart();
        if (!top[at] || m.capturedLength() == 0)
            continue;
        const QStringView left = span.sliced(from, at - from);
        const qsizetype after = m.capturedEnd();
        if (m.capturedView().trimmed().compare(u"and", Qt::CaseInsensitive) == 0 || m.capturedLength(1) > 0) {
            // " and " joins two parties only when a name follows, and not inside "Department
            // of Health and Mental Hygiene".
            if (after >= span.size())
                continue;
            const QChar next = span[after];
            const bool nameFollows = next.isUpper() || next.isDigit() || next == u'[' || next == u'(' || next == u'_'
                || span.sliced(after).startsWith(u"the ", Qt::CaseInsensitive);
            const bool leftComplete = m.capturedLength(1) > 0 || left.contains(u',') || left.contains(u'(')
                || !left.contains(u" of "_s);
            // "registered in England and Wales", "under the laws of England and Wales"
            static const QRegularExpression jurisdiction(
                u"(?:\\blaws?\\s+of|\\b(?:incorporated|organi[sz]ed|registered|existing)\\s+(?:in|under))(?:\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}]*)*\\s*$"_s, ci);
            if (!nameFollows || !leftComplete || jurisdiction.match(left).hasMatch())
                continue;
        }
        out.append(left);
        from = after;
    }
    out.append(span.sliced(from));
    return out;
}

// "Acme Corp." keeps its full stop only where the name is always written with it.
QString settleFinalStop(const QString &name, const QString &text)
{
    if (!name.endsWith(u'.'))
        return name;
    const QString bare = name.chopped(1);
    for (qsizetype at = text.indexOf(bare); at >= 0; at = text.indexOf(bare, at + 1)) {
        const qsizetype end = at + bare.size();
        if (end >= text.size() || text[end] != u'.')
            return bare;
    }
    return name;
}

// The name a piece of the party sentence starts with: "Acme, Inc., a Delaware corporation with
// offices at ..." gives "Acme, Inc.". A trade name after "dba" goes to *alias.
QString leadingName(QStringView piece, QString *alias = nullptr)
{
    static const QRegularExpression lead(
        u"^[\\s,;:.\\-\\x{2013}\\x{2014}]*(?:(?:and|between|among|by|with|of|to|from|for|AND|BETWEEN)\\b[\\s:,]*|"
        "\\(?(?:\\d{1,2}|[ivxIVX]{1,4}|[A-Ha-h])\\)\\s*|\\d{1,2}(?:\\.\\d{1,2})*[.)]?\\s+|[A-H][.]\\s+)*(?:the\\s+|The\\s+|THE\\s+)?"_s);
    const QRegularExpressionMatch l = lead.match(piece);
    QStringView rest = piece.sliced(l.capturedEnd());
    if (rest.isEmpty())
        return {};
    // Where the name stops: a bracket, a quote, a line end, a description ("a Delaware
    // corporation", "having its registered office"), an address ("of 9 Marina Crescent").
    static const QRegularExpression stop(
        u"[(\"\\x{201C}\\x{2018};\\n]|,(?!\\s*(?:" % suffixPattern() % u")(?![\\w]))|"
        "\\s+(?:a|an|whose|with|having|located|registered|incorporated|organized|organised|existing|acting|residing|"
        "domiciled|on|for\\s+(?:itself|and|the\\s+benefit|its)|hereinafter|hereafter|herein|its|which|who|that|as|at|in|through|represented|together|"
        "including|is|are|was|shall|will|each|both|also|collectively|hereby|ACN|ABN|CIN|Tax|Org|company\\s+(?:no|number|registration)|"
        "of\\s+(?=\\d|the\\s+(?:one|other|first|second)\\s+part|(?:Level|Unit|Suite|Floor|Flat|PO|P\\.O\\.)\\b))\\b|"
        "\\s+(?:dba|d/b/a|t/a|o/a|trading\\s+as|doing\\s+business\\s+as)\\s+"_s);
    const QRegularExpressionMatch s = stop.match(rest);
    QStringView name = s.hasMatch() ? rest.first(s.capturedStart()) : rest;
    if (alias && s.hasMatch()) {
        static const QRegularExpression tradeName(u"^\\s+(?:dba|d/b/a|t/a|o/a|trading\\s+as|doing\\s+business\\s+as)\\s+"_s);
        if (tradeName.match(s.capturedView()).hasMatch())
            *alias = leadingName(rest.sliced(s.capturedEnd()));
    }
    return cleanName(name);
}

// The run of capitalised words that ends where `before` ends: "... provide information to
// Novacap Technologies III, L.P." gives "Novacap Technologies III, L.P.".
QString trailingName(QStringView before)
{
    const qsizetype lineStart = before.lastIndexOf(u'\n');
    if (lineStart >= 0)
        before = before.sliced(lineStart + 1);
    static const QRegularExpression space(u"\\s+"_s);
    const QList<QStringView> words = before.trimmed().split(space, Qt::SkipEmptyParts);
    qsizetype first = words.size();
    while (first > 0) {
        QStringView w = words[first - 1];
        // A comma may only sit before a company suffix: "Technologies III, L.P.".
        if (w.endsWith(u',')) {
            if (first == words.size() || !isCorporateSuffix(words[first]))
                break;
            w.chop(1);
        }
        if (w.isEmpty() || !(startsName(w) || isJoiner(w)))
            break;
        --first;
    }
    // "a New York Limited Liability Company", "such Persons": a description, not a name.
    if (first > 0 && PartyWords::determiners().contains(words[first - 1].toString()))
        return {};
    // "under the laws of Delaware (the "Company")": a jurisdiction, not the party.
    if (first > 1 && words[first - 1] == u"of"
        && PartyWords::jurisdictionWords().contains(words[first - 2].toString().toLower()))
        return {};
    if (first > 1 && (words[first - 1] == u"in" || words[first - 1] == u"under")
        && (words[first - 2] == u"incorporated" || words[first - 2] == u"organized" || words[first - 2] == u"organised"
            || words[first - 2] == u"registered" || words[first - 2] == u"existing"))
        return {};
    QStringList kept;
    for (qsizetype i = first; i < words.size(); ++i)
        kept.append(words[i].toString());
    return cleanName(kept.join(u' '));
}

// The defined terms in a parenthetical or after "hereinafter": (the "Company"), ("Acme" or the
// "Disclosing Party"), (NASDAQ OMX) without quotes.
QStringList definedTerms(QStringView inside)
{
    static const QRegularExpression quoted(u"[\"\\x{201C}\\x{2018}\\x{2019}']([^\"\\x{201C}\\x{201D}\\x{2018}\\x{2019}]{1,60})[\"\\x{201D}\\x{2019}']"_s);
    QStringList terms;
    for (auto it = quoted.globalMatch(inside); it.hasNext();) {
        QString term = it.next().captured(1).simplified();
        static const QRegularExpression article(u"^(?:the|The|THE)\\s+"_s);
        term.remove(article);
        while (!term.isEmpty() && !term.back().isLetterOrNumber() && term.back() != u'.')
            term.chop(1);
        if (!term.isEmpty())
            terms.append(term);
    }
    if (terms.isEmpty()) {
        // Unquoted: a short run of capitalised words and nothing else ("(VA)", "(NASDAQ OMX)").
        static const QRegularExpression bare(u"^\\s*(?:the\\s+)?([\\p{Lu}][\\p{L}&\\-]+(?:\\s+[\\p{Lu}][\\p{L}&\\-]*){0,3})\\s*$"_s, uni);
        const QRegularExpressionMatch m = bare.match(inside);
        if (m.hasMatch())
            terms.append(m.captured(1));
    }
    return terms;
}

// Keeps the terms that are short names of `name` or of its trade name (not role words like
// "Company").
QStringList shortNames(const QString &name, const QStringList &terms, const QString &tradeName = {})
{
    QStringList out;
    for (const QString &term : terms) {
        const bool related = isShortNameOf(term, name) || (!tradeName.isEmpty() && isShortNameOf(term, tradeName));
        if (term != name && term != tradeName && !isRoleTerm(term) && related && !out.contains(term))
            out.append(term);
    }
    return out;
}

bool anyPartyRole(const QStringList &terms)
{
    return std::any_of(terms.cbegin(), terms.cend(), [](const QString &t) { return isPartyRole(t); });
}

// Parties of the "between X and Y" sentence.
void partiesBetween(QStringView region, QList<Found> *found)
{
    static const QRegularExpression opener(u"\\b(?:by\\s+and\\s+between|by\\s+and\\s+among|between|among)\\b\\s*[:\\-\\x{2013}]*\\s*"_s, ci);
    // The party sentence comes before the clauses: a "between" in clause 9 ("the entire agreement
    // between the parties") names nobody.
    static const QRegularExpression firstClause(u"\\n\\s*(?:(?:Section|Article|Clause)\\s+)?1(?:\\.0?)?[.):]?\\s+\\S"_s, ci);
    const QRegularExpressionMatch clause = firstClause.match(region);
    const qsizetype limit = std::min<qsizetype>(clause.hasMatch() ? clause.capturedStart() : region.size(), 2000);
    const QRegularExpressionMatch m = opener.match(region.first(limit));
    if (!m.hasMatch())
        return;
    QStringView span = region.sliced(m.capturedEnd());
    span = span.first(std::min<qsizetype>(span.size(), 1500));
    span = span.first(partySentenceEnd(span, topLevel(span)));
    static const QRegularExpression parenthetical(u"\\(([^()]{1,200})\\)"_s);
    static const QRegularExpression hereinafter(
        u"\\b(?:hereinafter|hereafter)\\b[^\"\\x{201C}\\x{2018}\\n]{0,40}([\"\\x{201C}\\x{2018}][^\"\\x{201D}\\x{2019}\\n]{1,60}[\"\\x{201D}\\x{2019}])"_s, ci);
    QList<Found> names;
    QList<bool> confirmed;
    for (const QStringView piece : partySegments(span)) {
        QString alias;
        const QString name = leadingName(piece, &alias);
        if (!isPlausibleName(name))
            continue;
        QStringList terms;
        for (auto it = parenthetical.globalMatch(piece); it.hasNext();)
            terms += definedTerms(it.next().capturedView(1));
        for (auto it = hereinafter.globalMatch(piece); it.hasNext();)
            terms += definedTerms(it.next().capturedView(1));
        if (!isPlausibleName(alias))
            alias.clear();
        Found f{name, shortNames(name, terms, alias)};
        if (!alias.isEmpty() && !f.aliases.contains(alias))
            f.aliases.prepend(alias);
        confirmed.append(hasOrganisationWord(name) || anyPartyRole(terms) || !f.aliases.isEmpty()
                         || terms.contains(name, Qt::CaseInsensitive));
        names.append(f);
    }
    // Two names in a short sentence confirm each other ("between High Speed Net Solutions and
    // R. J. Seifert Enterprises"); otherwise a capitalised word needs more to be a party.
    const bool pair = names.size() == 2 && span.size() < 300;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (confirmed[i] || pair)
            found->append(names[i]);
    }
}

// Parties named just before a definition of a party: "Patriot Scientific Corporation (the
// "Company")", "by CiF Lab Solutions LP ("CIF")", "to Novacap Technologies III, L.P. ("Recipient")".
void partiesBeforeDefinitions(QStringView region, QList<Found> *found)
{
    static const QRegularExpression definition(
        u"\\(([^()]{1,200})\\)|\\b(?:hereinafter|hereafter)\\b[^\"\\x{201C}\\x{2018}\\n()]{0,40}([\"\\x{201C}\\x{2018}][^\"\\x{201D}\\x{2019}\\n]{1,60}[\"\\x{201D}\\x{2019}])"_s, ci);
    static const QRegularExpression opener(
        u"(?:\\b(?:by\\s+and\\s+between|between|among|and|by|from|to|with|of)\\b|[;:\\n()\"\\x{201D}])"_s, ci);
    qsizetype previousEnd = 0;
    for (auto it = definition.globalMatch(region); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView inside = m.capturedView(1).isNull() ? m.capturedView(2) : m.capturedView(1);
        const QStringList terms = definedTerms(inside);
        const qsizetype bracket = m.capturedStart();
        // The party is named on the definition's own line, after the previous definition.
        const qsizetype lineStart = region.first(bracket).lastIndexOf(u'\n') + 1;
        const qsizetype windowStart = std::max({previousEnd, bracket - 300, lineStart});
        previousEnd = m.capturedEnd();
        if (terms.isEmpty())
            continue;
        QStringView before = region.sliced(windowStart, bracket - windowStart);
        // Back to the word that introduces the party, then forwards to where its name stops. The
        // nearest such word may sit inside an address ("of Level 14, 9 Marina Crescent") or a
        // jurisdiction ("under the laws of Delaware"): then the one before it.
        static const QRegularExpression jurisdiction(
            u"(?:\\b(?:laws?|state|commonwealth|province|republic)(?:\\s+of)?|\\b(?:incorporated|organi[sz]ed|registered|existing)\\s+"
            "(?:in|under)(?:\\s+the\\s+laws)?)(?:\\s+(?:of\\s+)?(?:the\\s+)?[\\p{Lu}][\\p{L}]*)*\\s*$"_s,
            ci);
        QList<QPair<qsizetype, qsizetype>> openers;
        for (auto o = opener.globalMatch(before); o.hasNext();) {
            const QRegularExpressionMatch om = o.next();
            if (om.capturedEnd() < before.size())
                openers.append({om.capturedStart(), om.capturedEnd()});
        }
        static const QRegularExpression addressAhead(u"^\\s*(?:\\d|(?:Level|Unit|Suite|Floor|Flat|Building|PO|P\\.O\\.)\\b)"_s);
        QString name;
        for (qsizetype k = openers.size() - 1; k >= 0; --k) {
            if (jurisdiction.match(before.first(openers[k].first)).hasMatch())
                continue;
            const QStringView after = before.sliced(openers[k].second);
            const QString candidate = leadingName(after);
            if (isPlausibleName(candidate)) {
                name = candidate;
                break;
            }
            if (!addressAhead.match(after).hasMatch())
                break;
        }
        if (openers.isEmpty())
            name = leadingName(before);
        // "by the United States Department of Veterans Affairs (VA)": the "of" inside the name is
        // not where it starts; the run of capitalised words that ends at the bracket says so.
        const QString trail = trailingName(before);
        if (isPlausibleName(trail) && (!isPlausibleName(name) || (trail.size() > name.size() && trail.endsWith(name))))
            name = trail;
        if (!isPlausibleName(name))
            continue;
        const QStringList aliases = shortNames(name, terms);
        const bool confirmed = anyPartyRole(terms) || !aliases.isEmpty()
            || (hasCorporateSuffix(name) && std::none_of(terms.cbegin(), terms.cend(), isDocumentTerm));
        if (!confirmed)
            continue;
        found->append(Found{name, aliases});
    }
}

// Companies named just before their address: "Add-X Biotech AB located at the address ...",
// "Green Club Inc., located at ...". Only names with a company form: prose precedes addresses too.
void partiesBeforeAddresses(QStringView region, QList<Found> *found)
{
    static const QRegularExpression cue(
        u",?\\s+(?:located\\s+at|having\\s+(?:its|a)\\s+(?:(?:principal|primary|registered|main)\\s+)?(?:place\\s+of\\s+(?:business|residence)|offices?|address)|"
        "with\\s+(?:its\\s+)?(?:principal\\s+)?offices?\\s+(?:at|in|located)|whose\\s+registered\\s+(?:office|address))\\b"_s,
        ci);
    for (auto it = cue.globalMatch(region); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView before = region.sliced(std::max<qsizetype>(0, m.capturedStart() - 200),
                                                 std::min<qsizetype>(m.capturedStart(), 200));
        const QString name = trailingName(before);
        if (isPlausibleName(name) && hasCorporateSuffix(name))
            found->append(Found{name, {}});
    }
}

// Names in a signature block or a contact line: "By: Jane Smith", "Name: Jane Smith",
// "Attention: Mr. Craig Stoehr". Table cells ("| Name: X | Name: Y |") are lines of their own.
QStringList signatories(const QString &text)
{
    static const QRegularExpression field(
        u"^\\s*(?:By|Signed\\s+by|Name|Print(?:ed)?\\s+Name|Name\\s+of\\s+Signatory|Signatory|Attention|Attn\\.?|Nom)\\s*[:\\-]\\s*(?:/s/\\s*)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?(.+?)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        if (line.size() > 300 || (!line.contains(u':') && !line.contains(u'-')))
            continue;
        static const QRegularExpression cells(u"[|\\t]"_s);
        for (const QString &cell : line.split(cells, Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch m = field.match(cell);
            if (!m.hasMatch())
                continue;
            const QString name = m.captured(1);
            if (isPersonName(name) && !out.contains(name))
                out.append(name);
        }
    }
    return out;
}

// Company names on their own line just above a "By:" line: the signature block's headings.
QStringList signatureCompanies(const QString &text)
{
    static const QRegularExpression cells(u"[|\\t]"_s);
    static const QRegularExpression byLine(u"^\\s*(?:By|Signed by)\\s*[:_\\-]"_s, QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = text.split(u'\n');
    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        bool signatureFollows = false;
        for (qsizetype j = i + 1; j < std::min<qsizetype>(lines.size(), i + 4) && !signatureFollows; ++j) {
            for (const QString &cell : lines[j].split(cells, Qt::SkipEmptyParts))
                signatureFollows = signatureFollows || byLine.match(cell).hasMatch();
        }
        if (!signatureFollows)
            continue;
        for (QString cell : lines[i].split(cells, Qt::SkipEmptyParts)) {
            cell = cell.trimmed();
            if (cell.endsWith(u':'))
                cell.chop(1);
            const QString name = cleanName(cell);
            if (name == cell.trimmed() && hasCorporateSuffix(name) && isPlausibleName(name) && !out.contains(name))
                out.append(name);
        }
    }
    return out;
}

// Whole-word occurrences of `name` in `text` (case-sensitive).
QList<qsizetype> occurrences(const QString &text, const QString &name)
{
    QList<qsizetype> out;
    if (name.isEmpty())
        return out;
    const bool wordStart = isWordChar(name.front());
    const bool wordEnd = isWordChar(name.back());
    for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const qsizetype end = at + name.size();
        if (wordStart && at > 0 && isWordChar(text[at - 1]))
            continue;
        if (wordEnd && end < text.size() && isWordChar(text[end]))
            continue;
        out.append(at);
    }
    return out;
}

qsizetype firstOccurrence(const QString &text, const QString &name)
{
    const QList<qsizetype> at = occurrences(text, name);
    return at.isEmpty() ? -1 : at.front();
}

QString partyLetters(qsizetype index)
{
    // A..Z, then AA, AB, ...: enough for any agreement.
    QString letters;
    qsizetype n = index;
    do {
        letters.prepend(QChar(u'A' + int(n % 26)));
        n = n / 26 - 1;
    } while (n >= 0);
    return letters;
}

// The same name however it is punctuated or abbreviated: "Big Sky Transportation Co." and
// "BIG SKY TRANSPORTATION COMPANY" give the same key.
QString normalised(const QString &name)
{
    static const QRegularExpression separators(u"[\\s,]+"_s);
    QString out;
    for (const QString &word : name.split(separators, Qt::SkipEmptyParts)) {
        QString folded;
        for (const QChar c : word) {
            if (c.isLetterOrNumber() || c == u'&')
                folded.append(c.toCaseFolded());
        }
        out += PartyWords::abbreviationExpansions().value(folded, folded);
    }
    return out;
}

// Whether `name` occurs somewhere other than inside one of the `longer` names.
bool standsAlone(const QString &text, const QString &name, const QStringList &longerNames)
{
    const QList<qsizetype> at = occurrences(text, name);
    return std::any_of(at.cbegin(), at.cend(), [&](qsizetype pos) {
        return std::none_of(longerNames.cbegin(), longerNames.cend(), [&](const QString &longer) {
            if (longer.size() <= name.size())
                return false;
            for (qsizetype offset = longer.indexOf(name); offset >= 0; offset = longer.indexOf(name, offset + 1)) {
                if (pos >= offset && QStringView(text).sliced(pos - offset).startsWith(longer))
                    return true;
            }
            return false;
        });
    });
}

bool containsWords(const QString &longer, const QString &shorter)
{
    if (shorter.size() >= longer.size())
        return false;
    for (qsizetype at = longer.indexOf(shorter); at >= 0; at = longer.indexOf(shorter, at + 1)) {
        const qsizetype end = at + shorter.size();
        if ((at == 0 || !isWordChar(longer[at - 1])) && (end == longer.size() || !isWordChar(longer[end])))
            return true;
    }
    return false;
}

// Names cut where an address starts ("Fronius International GmbH Froniusstrasse 1 4643
// Pettenbach"), parts of addresses dropped, and a name found inside another party's name made
// that party's short name ("KapilaMukamal, LLP" of "Soneet Kapila of KapilaMukamal, LLP").
QList<Found> tidy(QList<Found> found, const QStringList &addresses)
{
    for (Found &f : found) {
        for (const QString &address : addresses) {
            const qsizetype at = f.name.indexOf(address);
            if (at >= 0)
                f.name = cleanName(QStringView(f.name).first(at));
        }
    }
    found.removeIf([&](const Found &f) {
        return !isPlausibleName(f.name)
            || std::any_of(addresses.cbegin(), addresses.cend(), [&](const QString &a) { return a.contains(f.name); });
    });
    QList<Found> out;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const auto longer = std::find_if(found.cbegin(), found.cend(), [&](const Found &g) {
            return containsWords(g.name, found[i].name) || containsWords(g.name.toUpper(), found[i].name.toUpper());
        });
        if (longer == found.cend()) {
            out.append(found[i]);
            continue;
        }
        Found alias{longer->name, QStringList{found[i].name} + found[i].aliases};
        out.append(alias);
    }
    return out;
}

// Merges what the finders saw into one entry per party, in order of first appearance, each
// spelling with its own placeholder.
QList<PartyName> assignParties(const QString &text, const QList<Found> &found)
{
    struct Party {
        QString full;
        QStringList alternatives;   // other spellings of the full name ("Big Sky Transportation Co.")
        QStringList shorts;
        qsizetype first = -1;
    };
    QList<Party> parties;
    QHash<QString, qsizetype> owner;  // normalised spelling -> party
    auto spelledBy = [&](const Party &p, const QString &name) {
        const QStringList all = QStringList{p.full} + p.alternatives + p.shorts;
        return std::any_of(all.cbegin(), all.cend(), [&](const QString &s) { return s == name || s.toUpper() == name; });
    };
    for (const Found &f : found) {
        const QString full = settleFinalStop(f.name, text);
        if (firstOccurrence(text, full) < 0)
            continue;
        const QString key = normalised(full);
        qsizetype index = owner.value(key, -1);
        if (index < 0) {
            parties.append(Party{full, {}, {}, -1});
            index = parties.size() - 1;
            owner.insert(key, index);
        } else if (!spelledBy(parties[index], full)) {
            const bool isShort = std::any_of(parties[index].shorts.cbegin(), parties[index].shorts.cend(),
                                             [&](const QString &s) { return normalised(s) == key; });
            (isShort ? parties[index].shorts : parties[index].alternatives).append(full);
        }
        for (const QString &alias : f.aliases) {
            const QString shortName = settleFinalStop(alias, text);
            const QString aliasKey = normalised(shortName);
            const qsizetype aliasOwner = owner.value(aliasKey, index);
            if (aliasOwner != index || spelledBy(parties[index], shortName) || firstOccurrence(text, shortName) < 0)
                continue;
            parties[index].shorts.append(shortName);
            owner.insert(aliasKey, index);
        }
    }
    for (Party &p : parties) {
        for (const QString &spelling : QStringList{p.full} + p.alternatives + p.shorts) {
            const qsizetype at = firstOccurrence(text, spelling);
            if (at >= 0 && (p.first < 0 || at < p.first))
                p.first = at;
        }
    }
    std::stable_sort(parties.begin(), parties.end(), [](const Party &a, const Party &b) { return a.first < b.first; });

    QList<PartyName> out;
    QSet<QString> spellings;
    auto add = [&](const QString &name, const QString &placeholder) {
        if (name.isEmpty() || spellings.contains(name))
            return;
        spellings.insert(name);
        out.append(PartyName{name, placeholder});
    };
    auto numberedId = [](const QString &base, const QString &kind, qsizetype k) -> QString {
        return k == 0 ? QString(base % u' ' % kind) : QString(base % u' ' % kind % u' ' % QString::number(k + 1));
    };
    for (qsizetype i = 0; i < parties.size(); ++i) {
        const Party &p = parties[i];
        const QString base = u"PARTY "_s % partyLetters(i);
        QList<QPair<QString, QString>> spelled{{p.full, base}};
        for (qsizetype k = 0; k < p.alternatives.size(); ++k)
            spelled.append({p.alternatives[k], numberedId(base, u"ALT"_s, k)});
        for (qsizetype k = 0; k < p.shorts.size(); ++k)
            spelled.append({p.shorts[k], numberedId(base, u"SHORT"_s, k)});
        for (const auto &[name, id] : spelled)
            add(name, u'[' % id % u']');
        // The same names in capitals, as signature blocks and headings write them; not "BIG SKY"
        // when it only ever occurs inside "BIG SKY TRANSPORTATION CO.".
        QStringList longer;
        for (const auto &[name, id] : spelled)
            longer.append(name);
        for (const auto &[name, id] : spelled)
            longer.append(name.toUpper());
        for (const auto &[name, id] : spelled) {
            const QString caps = name.toUpper();
            if (caps != name && standsAlone(text, caps, longer))
                add(caps, u'[' % id % u" CAPS]"_s);
        }
    }
    return out;
}

// Numbered placeholders ("[ADDRESS 1]") for strings in order of appearance; a string found only
// inside a longer one of the list is dropped, as masking the longer one covers it.
QList<PartyName> numbered(const QString &text, QStringList names, const QString &kind)
{
    names.removeDuplicates();
    QList<QPair<qsizetype, QString>> ordered;
    for (const QString &name : names) {
        const QList<qsizetype> at = occurrences(text, name);
        if (!at.isEmpty() && standsAlone(text, name, names))
            ordered.append({at.front(), name});
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<PartyName> out;
    for (qsizetype i = 0; i < ordered.size(); ++i)
        out.append(PartyName{ordered[i].second, u'[' % kind % u' ' % QString::number(i + 1) % u']'});
    return out;
}

} // namespace

PartyNames findPartyNames(const QString &workingText)
{
    const QStringView region = QStringView(workingText).first(std::min(workingText.size(), preambleLength));
    QList<Found> found;
    partiesBetween(region, &found);
    partiesBeforeDefinitions(region, &found);
    partiesBeforeAddresses(region, &found);
    // A signature heading may run two columns together ("YALE UNIVERSITY ADVANCED BIOPHOTONICS
    // INC."): one that holds a party already found is not a name of its own.
    for (const QString &company : signatureCompanies(workingText)) {
        const QString upper = company.toUpper();
        const bool merged = std::any_of(found.cbegin(), found.cend(), [&](const Found &f) {
            return containsWords(upper, f.name.toUpper());
        });
        if (!merged)
            found.append(Found{company, {}});
    }

    const QStringList addresses = findAddresses(workingText, region.size());
    found = tidy(found, addresses);

    PartyNames names;
    names.parties = assignParties(workingText, found);
    QStringList partySpellings;
    for (const PartyName &p : std::as_const(names.parties))
        partySpellings.append(p.name);
    names.addresses = numbered(workingText, addresses, u"ADDRESS"_s);
    QStringList people;
    for (const QString &person : signatories(workingText)) {
        if (!partySpellings.contains(person))
            people.append(person);
    }
    names.people = numbered(workingText, people, u"PERSON"_s);
    return names;
}

} // namespace Redliner::Llm
