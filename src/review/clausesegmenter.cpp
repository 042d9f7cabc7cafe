// SPDX-License-Identifier: GPL-3.0-or-later
#include "clausesegmenter.h"

#include "clausecues.h"
#include "clauseheading.h"
#include "paragraphinfo.h"
#include "signatureblock.h"

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Heading {
    QString text;
    bool definesTerm = false;
};

// "Term" from "Term. This Agreement...", the term a definition defines, or the whole line.
Heading headingOf(const ParagraphInfo &p)
{
    if (QString term = definedTerm(p.body); !term.isEmpty())
        return {term, true};
    QStringView rest;
    if (QString lead = leadingHeading(p.body, &rest); !lead.isEmpty())
        return {lead, !definedTerm(rest).isEmpty()};
    if (QString whole = wholeHeading(p.body, p.headingLevel > 0); !whole.isEmpty())
        return {whole, false};
    return {capitalsHeading(p.body), false};
}

class Segmenter {
public:
    Segmenter(const TextDocument &doc, QList<ParagraphInfo> info) : m_doc(doc), m_info(std::move(info)) {}

    QList<Clause> run()
    {
        const QList<SignatureBlock> blocks = findSignatureBlocks(m_info);
        qsizetype block = 0;
        for (int i = 0; i < int(m_info.size()); ++i) {
            if (block < blocks.size() && i == blocks[block].first) {
                start(Clause::Kind::Signature, i);
                i = m_clauses.last().lastParagraph = blocks[block++].last;
            } else if (!m_info[i].blank) {
                classify(i);
            } else {
                continue;
            }
            ++m_nonBlank;
        }
        for (qsizetype k = 0; k < m_clauses.size(); ++k) {
            Clause &c = m_clauses[k];
            c.id = u'c' + QString::number(k);
            const TextParagraph &first = m_doc.paragraphs.at(c.firstParagraph);
            const TextParagraph &last = m_doc.paragraphs.at(c.lastParagraph);
            c.start = first.start;
            c.end = last.start + qint32(last.text.size());
        }
        return m_clauses;
    }

private:
    // An open numbered clause: numbers with the same key are its siblings.
    struct Open {
        QString key;  // NumberLabel::key(), or "h" for an unnumbered heading
        QString value;
        int clause = -1;
        bool outline = false;  // a top-level "A." or "I.": numbered sections may nest in it
    };

    const Clause *current() const { return m_clauses.isEmpty() ? nullptr : &m_clauses.last(); }
    bool currentIs(Clause::Kind kind) const { return current() && current()->kind == kind; }

    void start(Clause::Kind kind, int paragraph, const QString &heading = {})
    {
        m_open.clear();  // only numbered clauses and headings nest; anything else ends the nesting
        append(kind, paragraph, {}, heading, -1);
    }

    void append(Clause::Kind kind, int paragraph, const QString &label, const QString &heading, int parent)
    {
        Clause c;
        c.kind = kind;
        c.label = label;
        c.heading = heading;
        c.parent = parent;
        c.level = parent >= 0 ? m_clauses.at(parent).level + 1 : 0;
        c.firstParagraph = c.lastParagraph = paragraph;
        m_clauses.append(c);
    }

    void extend(int paragraph) { m_clauses.last().lastParagraph = paragraph; }

    void classify(int i)
    {
        const ParagraphInfo &p = m_info[i];
        const bool frontMatter = !m_sectionSeen;
        if (!m_titleSeen && frontMatter && !m_preambleSeen && !m_recitalsSeen && m_nonBlank < 3 && looksLikeTitle(p)) {
            m_titleSeen = true;
            const QString heading = wholeHeading(p.probe, true);
            start(Clause::Kind::Title, i, heading.isEmpty() ? p.probe : heading);
        } else if (currentIs(Clause::Kind::Title) && continuesTitle(p) && i - current()->firstParagraph < 4) {
            extend(i);
        } else if (p.number.isValid()) {
            numbered(i);
        } else if (opensRecitals(p)) {
            if (currentIs(Clause::Kind::Recitals))
                return extend(i);
            m_recitalsSeen = true;
            start(Clause::Kind::Recitals, i,
                  p.probe.startsWith(u"whereas"_s, Qt::CaseInsensitive) ? QString() : wholeHeading(p.probe, true));
        } else if (isOperativeWords(p) && current() && !currentIs(Clause::Kind::Title)) {
            extend(i);  // "NOW, THEREFORE, ..." closes the recitals (or the preamble)
        } else if (!m_preambleSeen && frontMatter && !m_recitalsSeen && opensPreamble(p)) {
            m_preambleSeen = true;
            start(Clause::Kind::Preamble, i);
        } else if (currentIs(Clause::Kind::Preamble) && partOfPreamble(p)) {
            extend(i);
        } else if (isHeadingLine(p)) {
            heading(i);
        } else if (current() && !currentIs(Clause::Kind::Title)) {
            extend(i);  // a body paragraph continues the clause before it
        } else {
            start(Clause::Kind::Other, i);
        }
    }

    // "AND:" between the parties, and their names in capitals on lines of their own.
    static bool partOfPreamble(const ParagraphInfo &p)
    {
        return continuesPreamble(p) || (isAllCaps(p.probe) && p.headingLevel == 0 && p.markdownHeading == 0);
    }

    void numbered(int i)
    {
        const ParagraphInfo &p = m_info[i];
        const NumberLabel number = resolve(p.number);
        const Heading h = headingOf(p);
        // "(1) Acme Ltd ..." in a preamble, "A. Acme makes widgets" in recitals: lists inside
        // the front matter, not clauses, unless they carry a heading of their own.
        const bool frontMatter = currentIs(Clause::Kind::Title) || currentIs(Clause::Kind::Preamble)
            || currentIs(Clause::Kind::Recitals) || (currentIs(Clause::Kind::Other) && !m_sectionSeen);
        if (number.style != NumberLabel::Style::Decimal && number.style != NumberLabel::Style::Article && frontMatter
            && h.text.isEmpty() && !m_sectionSeen)
            return currentIs(Clause::Kind::Title) ? start(Clause::Kind::Other, i) : extend(i);
        const int parent = place(number, int(m_clauses.size()));
        const bool definitions = h.definesTerm || isDefinitionsHeading(h.text);
        append(definitions ? Clause::Kind::Definitions : Clause::Kind::Section, i, number.label, h.text, parent);
        m_sectionSeen = true;
    }

    void heading(int i)
    {
        const ParagraphInfo &p = m_info[i];
        QString text = wholeHeading(p.probe, true);
        if (text.isEmpty())
            text = p.probe;
        const bool attachment = isAttachmentHeading(p);
        start(attachment ? Clause::Kind::Other
                         : isDefinitionsHeading(text) ? Clause::Kind::Definitions : Clause::Kind::Section,
              i, text);
        // Lettered items under an unnumbered heading are its sub-clauses. An exhibit's heading above
        // the agreement ("ATTACHMENT 9") leaves the agreement's front matter open.
        if (!attachment) {
            m_open.append({u"h"_s, {}, int(m_clauses.size()) - 1});
            m_sectionSeen = true;
        }
    }

    // "(i)" right after "(h)" is the ninth letter, not the first roman numeral.
    NumberLabel resolve(const NumberLabel &n) const
    {
        const NumberLabel letter = n.asLetter();
        if (letter.kind == n.kind)
            return n;
        const QString key = letter.key();
        for (const Open &o : m_open) {
            if (o.key == key && o.value.size() == 1 && o.value.front().unicode() + 1 == n.value.front().unicode())
                return letter;
        }
        return n;
    }

    // Closes the clauses this number ends and returns the one it nests in.
    int place(const NumberLabel &n, int self)
    {
        const QString key = n.key();
        qsizetype same = -1;
        for (qsizetype k = m_open.size() - 1; k >= 0 && same < 0; --k)
            same = m_open[k].key == key ? k : -1;
        if (same >= 0) {
            m_open.resize(same);
        } else if (n.style == NumberLabel::Style::Article) {
            m_open.clear();
        } else if (n.style == NumberLabel::Style::Decimal) {
            // "2.1" nests in "2" (or an article, or a heading) even when "(c)" was open under it;
            // a top-level "3" also closes an unnumbered heading, but nests in an outline's "B.".
            const auto holds = [&n](const Open &o) {
                if (o.key == u"art" || o.outline || (o.key == u"h" && n.depth > 1))
                    return true;
                return o.key.startsWith(u'd') && o.key.mid(1).toInt() < n.depth;
            };
            while (!m_open.isEmpty() && !holds(m_open.last()))
                m_open.removeLast();
        }
        const int parent = m_open.isEmpty() ? -1 : m_open.last().clause;
        const bool capital = n.kind == NumberLabel::Kind::Upper || n.kind == NumberLabel::Kind::UpperRoman;
        m_open.append({key, n.value, self, m_open.isEmpty() && capital && n.style != NumberLabel::Style::Article});
        return parent;
    }

    const TextDocument &m_doc;
    QList<ParagraphInfo> m_info;
    QList<Clause> m_clauses;
    QList<Open> m_open;
    bool m_titleSeen = false;
    bool m_preambleSeen = false;
    bool m_recitalsSeen = false;
    bool m_sectionSeen = false;
    int m_nonBlank = 0;
};

} // namespace

QList<Clause> segmentClauses(const TextDocument &doc)
{
    return Segmenter(doc, inspectParagraphs(doc.paragraphs)).run();
}

QList<Clause> segmentClauses(const TextDocument &doc, const QList<ParagraphInfo> &paragraphs)
{
    Q_ASSERT(paragraphs.size() == doc.paragraphs.size());
    return Segmenter(doc, paragraphs).run();
}

} // namespace Redliner::Review
