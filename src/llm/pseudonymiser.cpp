// SPDX-License-Identifier: GPL-3.0-or-later
#include "pseudonymiser.h"

#include <QRegularExpression>

#include <algorithm>

namespace Redliner::Llm {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Anything unmask() would read as a placeholder: a bracket, tildes (the escape), then a body
// such as "PARTY A", "PARTY AB SHORT 2 CAPS", "PARTY C ALT", "ADDRESS 3" or "PERSON 1" in any case and spacing.
const QRegularExpression &placeholderShape()
{
    static const QRegularExpression shape(
        u"\\[(~*)[ \\t]*((?:PARTY[ \\t]+[A-Z]{1,2}(?:[ \\t]+(?:SHORT|ALT)(?:[ \\t]+\\d{1,3})?)?(?:[ \\t]+CAPS)?)|"
        "(?:ADDRESS|PERSON)[ \\t]+\\d{1,4})[ \\t]*\\]"_s,
        QRegularExpression::CaseInsensitiveOption);
    return shape;
}

// "party  a short" -> "PARTY A SHORT"
QString canonical(QStringView body)
{
    return body.toString().toUpper().simplified();
}

} // namespace

Pseudonymiser::Pseudonymiser(const PartyNames &names)
{
    QList<PartyName> all = names.parties;
    all += names.addresses;
    all += names.people;
    for (const PartyName &p : std::as_const(all)) {
        // A name with brackets could run into a placeholder and break the round trip; a
        // placeholder of the wrong shape could not be read back.
        const QRegularExpressionMatch shape = placeholderShape().match(p.placeholder);
        const bool wellFormed = shape.hasMatch() && shape.capturedLength() == p.placeholder.size() && shape.capturedLength(1) == 0;
        if (p.name.isEmpty() || p.name.contains(u'[') || p.name.contains(u']') || !wellFormed)
            continue;
        const QString key = canonical(shape.capturedView(2));
        const bool seen = std::any_of(m_names.cbegin(), m_names.cend(), [&](const Entry &e) { return e.name == p.name; });
        if (seen || m_byPlaceholder.contains(key))
            continue;
        m_names.append(Entry{p.name, p.placeholder});
        m_byPlaceholder.insert(key, p.name);
    }
    std::stable_sort(m_names.begin(), m_names.end(), [](const Entry &a, const Entry &b) { return a.name.size() > b.name.size(); });
    for (qsizetype i = 0; i < m_names.size(); ++i)
        m_byFirst[m_names[i].name.front()].append(i);
}

QString Pseudonymiser::mask(const QString &text) const
{
    if (m_names.isEmpty() && !text.contains(u'['))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'[') {
            const QRegularExpressionMatch m =
                placeholderShape().match(text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                // Already shaped like a placeholder: one more tilde, taken off again by unmask().
                out += u"[~"_s;
                out += QStringView(text).sliced(i + 1, m.capturedLength() - 1);
                i = m.capturedEnd();
                continue;
            }
        }
        const auto candidates = m_byFirst.constFind(c);
        bool replaced = false;
        if (candidates != m_byFirst.cend()) {
            for (const qsizetype index : *candidates) {
                const Entry &e = m_names[index];
                const qsizetype end = i + e.name.size();
                if (end > text.size() || QStringView(text).sliced(i, e.name.size()) != e.name)
                    continue;
                // Whole words only: "Acme" is not masked inside "Acmeville".
                if (isWordChar(e.name.front()) && i > 0 && isWordChar(text[i - 1]))
                    continue;
                if (isWordChar(e.name.back()) && end < text.size() && isWordChar(text[end]))
                    continue;
                out += e.placeholder;
                i = end;
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            out += c;
            ++i;
        }
    }
    return out;
}

QString Pseudonymiser::unmask(const QString &text) const
{
    if (!text.contains(u'['))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    for (auto it = placeholderShape().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).sliced(copied, m.capturedStart() - copied);
        copied = m.capturedEnd();
        if (m.capturedLength(1) > 0) {
            // An escaped look-alike from the original text: drop the one tilde mask() added.
            out += u'[';
            out += QStringView(text).sliced(m.capturedStart(1) + 1, m.capturedEnd() - m.capturedStart(1) - 1);
            continue;
        }
        const auto name = m_byPlaceholder.constFind(canonical(m.capturedView(2)));
        if (name == m_byPlaceholder.cend())
            out += m.capturedView();
        else
            out += *name;
    }
    out += QStringView(text).sliced(copied);
    return out;
}

} // namespace Redliner::Llm
