// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafter.h"
#include "worddiff.h"

#include <algorithm>

namespace Redliner::Review {

using namespace Qt::Literals::StringLiterals;

namespace {

// A sentence ends at . ! ? or ; followed by whitespace and a capital, a digit, a bracket or the
// end: good enough for contract prose, and "U.S." or "Ltd. of" do not end one.
bool endsSentence(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c != u'.' && c != u'!' && c != u'?' && c != u';')
        return false;
    if (i + 1 >= text.size() || text.at(i + 1) == u'\n')
        return true;
    if (!text.at(i + 1).isSpace())
        return false;
    qsizetype j = i + 1;
    while (j < text.size() && text.at(j).isSpace() && text.at(j) != u'\n')
        ++j;
    if (j >= text.size() || text.at(j) == u'\n')
        return true;
    const QChar next = text.at(j);
    return next.isUpper() || next.isDigit() || next == u'(' || next == u'"' || next == QChar(0x201C);
}

// The revision with only its new words put in the document's terms: the words it keeps are the
// document's own and stay exactly as they are.
QString inDocumentTerms(const QString &original, const QString &revised, const DocumentTerms &terms)
{
    // Usually no standard term of the playbook is in the clause: then the whole revision can be
    // adapted at once, and a term split by the diff ("Receiving" new, "Party" kept) is still found.
    if (terms.adapt(original) == original)
        return terms.adapt(revised);
    QString out = original;
    const QList<Docx::Edit> edits = wordDiff(original, revised, 0);
    for (auto it = edits.crbegin(); it != edits.crend(); ++it)
        out.replace(it->start, it->end - it->start, terms.adapt(it->text));
    return out;
}

} // namespace

QString Drafter::clauseText(int clause) const
{
    const Clause &c = m_clauses.at(clause);
    return m_doc.text.mid(c.start, c.end - c.start);
}

Finding Drafter::finding(int clause, const QString &original, const QString &revised, qint32 offset) const
{
    Finding f;
    f.clause = clause;
    if (clause >= 0) {
        f.clauseLabel = clausePath(m_clauses, clause);
    }
    f.originalText = original;
    f.proposedText = m_terms ? inDocumentTerms(original, revised, *m_terms) : revised;
    f.edits = wordDiff(original, f.proposedText, offset);
    // A redline is read by a person: when a passage is mostly rewritten, one deletion and one
    // insertion read better than a patchwork of kept words ("is not ~~shall~~ required...").
    if (f.edits.size() >= 2) {
        const qint32 first = f.edits.first().start - offset;
        const qint32 last = f.edits.last().end - offset;
        qsizetype deleted = 0;
        for (const Docx::Edit &e : std::as_const(f.edits))
            deleted += e.end - e.start;
        const qsizetype replacement = revised.size() - first - (original.size() - last);
        const qsizetype kept = (last - first) - deleted;
        if (replacement >= 0 && kept * 2 < qMax<qsizetype>(last - first, replacement)
            && !QStringView(original).mid(first, last - first).contains(u'\n')) {
            f.edits = {Docx::Edit{offset + first, offset + last, revised.mid(first, replacement), {}, -1}};
        }
    }
    return f;
}

Finding Drafter::revise(int clause, const QString &revisedText) const
{
    return finding(clause, clauseText(clause), revisedText, m_clauses.at(clause).start);
}

Finding Drafter::replaceRange(int clause, qint32 from, qint32 to, const QString &with) const
{
    const Clause &c = m_clauses.at(clause);
    const QString original = clauseText(clause);
    QString revised = original;
    revised.replace(from - c.start, to - from, with);
    return finding(clause, original, revised, c.start);
}

std::optional<Finding> Drafter::replacePattern(int clause, const QRegularExpression &pattern, const QString &with,
                                               qint32 within, qint32 withinEnd) const
{
    const Clause &c = m_clauses.at(clause);
    const QString original = clauseText(clause);
    const qint32 from = within >= c.start ? within - c.start : 0;
    const QRegularExpressionMatch m = pattern.match(original, from);
    if (!m.hasMatch())
        return std::nullopt;
    if (withinEnd >= 0 && c.start + m.capturedEnd() > withinEnd)
        return std::nullopt;
    return replaceRange(clause, c.start + qint32(m.capturedStart()), c.start + qint32(m.capturedEnd()), with);
}

Finding Drafter::replaceSentence(int clause, qint32 offset, const QString &with) const
{
    const Clause &c = m_clauses.at(clause);
    const QString text = clauseText(clause);
    qsizetype at = std::clamp<qsizetype>(offset - c.start, 0, qMax<qsizetype>(0, text.size() - 1));
    qsizetype begin = at;
    while (begin > 0 && text.at(begin - 1) != u'\n' && !endsSentence(text, begin - 1))
        --begin;
    while (begin < at && text.at(begin).isSpace())
        ++begin;
    qsizetype end = at;
    while (end < text.size() && text.at(end) != u'\n' && !endsSentence(text, end))
        ++end;
    if (end < text.size() && text.at(end) != u'\n')
        ++end;  // keep the full stop with the sentence
    // Deleting a sentence takes one neighbouring space with it.
    if (with.isEmpty() && end < text.size() && text.at(end) == u' ')
        ++end;
    else if (with.isEmpty() && begin > 0 && text.at(begin - 1) == u' ')
        --begin;
    return replaceRange(clause, c.start + qint32(begin), c.start + qint32(end), with);
}

Finding Drafter::replaceBody(int clause, const QString &with) const
{
    const Clause &c = m_clauses.at(clause);
    const QString text = clauseText(clause);
    qsizetype body = 0;
    if (!c.heading.isEmpty()) {
        const qsizetype h = text.indexOf(c.heading);
        if (h >= 0 && h < 40) {
            body = h + c.heading.size();
            while (body < text.size() && (text.at(body) == u'.' || text.at(body) == u':' || text.at(body) == u' '))
                ++body;
        }
    }
    if (body >= text.size() || text.at(qMax<qsizetype>(0, body - 1)) == u'\n')
        body = qMin(body, text.size());
    // A heading on a paragraph of its own keeps its mark: the body starts on the next line.
    if (body < text.size() && text.at(body) == u'\n')
        ++body;
    return replaceRange(clause, c.start + qint32(body), c.end, with);
}

Finding Drafter::appendSentence(int clause, const QString &sentence) const
{
    const Clause &c = m_clauses.at(clause);
    const QString original = clauseText(clause);
    QString trimmed = original;
    while (trimmed.endsWith(u' '))
        trimmed.chop(1);
    return finding(clause, original, trimmed + u" "_s + sentence + original.mid(trimmed.size()), c.start);
}

Finding Drafter::addListItem(int clause, const QString &item) const
{
    const QString text = m_terms ? m_terms->adapt(item) : item;
    const Clause &c = m_clauses.at(clause);
    Finding f = finding(clause, clauseText(clause), clauseText(clause) + u"\n"_s + text, c.start);
    f.edits = {Docx::Edit{c.end, c.end, u"\n"_s + text, {}, -1}};
    return f;
}

int Drafter::signatureClause() const
{
    for (int i = 0; i < m_clauses.size(); ++i) {
        if (m_clauses.at(i).isSignature())
            return i;
    }
    return -1;
}

QString Drafter::nextClauseNumber(int last) const
{
    // A later clause may already carry the next number (an execution clause numbered like the
    // sections): then the new clause is inserted as "13A", as lawyers do to avoid renumbering.
    const QString next = QString::number(last + 1);
    for (const Clause &c : m_clauses) {
        if (c.parent < 0 && c.label == next)
            return QString::number(last) + u'A';
    }
    // The execution clause is often not a clause of its own but a typed "14. EXECUTION" inside
    // the signature block.
    const QRegularExpression typed(u"^\\s*"_s + next + u"[.)]?\\s"_s);
    for (const TextParagraph &p : m_doc.paragraphs) {
        if (typed.match(p.text).hasMatch() && p.listLabel.isEmpty())
            return QString::number(last) + u'A';
    }
    return next;
}

int Drafter::lastSection() const
{
    const int end = signatureClause() >= 0 ? signatureClause() : int(m_clauses.size());
    for (int i = end - 1; i >= 0; --i) {
        // A numbered top-level clause (a "Definitions" section is one too).
        const Clause &c = m_clauses.at(i);
        if ((c.kind == Clause::Kind::Section || c.kind == Clause::Kind::Definitions) && c.parent < 0 && !c.label.isEmpty())
            return i;
    }
    return -1;
}

int Drafter::findClause(const QRegularExpression &heading) const
{
    for (int i = 0; i < m_clauses.size(); ++i) {
        if (!m_clauses.at(i).heading.isEmpty() && heading.match(m_clauses.at(i).heading).hasMatch())
            return i;
    }
    return -1;
}

Finding Drafter::addClause(const QString &heading, const QString &text) const
{
    const int signature = signatureClause();
    const int anchor = signature > 0 ? signature - 1 : int(m_clauses.size()) - 1;
    const int section = lastSection();
    const QString body = m_terms ? m_terms->adapt(text) : text;
    QString clauseText = heading.isEmpty() ? body : heading + u". "_s + body;
    qint32 styleFrom = -1;
    if (section >= 0) {
        const Clause &s = m_clauses.at(section);
        const TextParagraph &first = m_doc.paragraphs.at(s.firstParagraph);
        bool numeric = false;
        const int number = s.label.toInt(&numeric);
        if (!first.listLabel.isEmpty())
            styleFrom = first.start;  // Word numbering continues: the new clause gets the next number
        else if (numeric)
            clauseText = nextClauseNumber(number) + u". "_s + clauseText;  // literal numbering
    }
    Finding f;
    f.clause = anchor;
    f.clauseLabel = u"new"_s;
    f.proposedText = clauseText;
    if (anchor < 0)
        return f;
    const Clause &a = m_clauses.at(anchor);
    f.edits = {Docx::Edit{a.end, a.end, u"\n"_s + clauseText, {}, styleFrom}};
    return f;
}

} // namespace Redliner::Review
