// SPDX-License-Identifier: GPL-3.0-or-later
#include "redlineupdater.h"
#include "reviewcontrol/documentsession.h"

#include <QHash>
#include <QSet>
#include <QTextDocument>

#include <algorithm>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {

bool sameDrawing(const RedlineChange &a, const RedlineChange &b)
{
    return a.edit.start == b.edit.start && a.edit.end == b.edit.end && a.edit.text == b.edit.text && a.state == b.state
        && a.toolTip == b.toolTip && a.severity == b.severity;
}

QHash<QString, QList<RedlineChange>> byFinding(const ChangeSet &set)
{
    QHash<QString, QList<RedlineChange>> out;
    for (const RedlineChange &c : set.changes)
        out[c.findingId].append(c);
    return out;
}

} // namespace

RedlineUpdater::RedlineUpdater(DocumentSession *session, QTextDocument *redline, const RedlineStyle &style, QObject *parent)
    : QObject(parent), m_session(session), m_doc(redline), m_renderer(session->document()), m_style(style)
{
    connect(session, &DocumentSession::findingsReset, this, &RedlineUpdater::refresh);
    connect(session, &DocumentSession::decisionsChanged, this, &RedlineUpdater::refresh);
    connect(session, &DocumentSession::theirDecisionsChanged, this, &RedlineUpdater::theirDecisionsChanged);
    m_changes.theirDecisions = session->theirDecisions();
}

// Only the paragraphs of the changes answered are drawn again (and the next one: a deletion at a
// paragraph's end whose mark is deleted is drawn there).
void RedlineUpdater::theirDecisionsChanged(const QList<int> &changes)
{
    if (!m_session)
        return;
    m_changes.theirDecisions = m_session->theirDecisions();
    const auto &markup = m_session->document()->markup.changes;
    QList<int> paragraphs;
    for (const int index : changes) {
        if (index < 0 || index >= markup.size())
            continue;
        const Docx::ExistingChange &c = markup.at(index);
        const auto [first, last] = m_renderer.paragraphsOf(Docx::Edit{c.start, c.end, {}, {}});
        for (int p = first; p <= last + 1 && p < m_renderer.paragraphCount(); ++p)
            paragraphs.append(p);
    }
    redrawParagraphs(paragraphs);
}

void RedlineUpdater::setStyle(const RedlineStyle &style)
{
    m_style = style;
    QList<int> paragraphs;
    for (const RedlineChange &c : std::as_const(m_changes.changes)) {
        const auto [first, last] = m_renderer.paragraphsOf(c.edit);
        for (int p = first; p <= last; ++p)
            paragraphs.append(p);
    }
    redrawParagraphs(paragraphs);
}

void RedlineUpdater::refresh()
{
    if (!m_session || !m_doc)
        return;
    ChangeSet next = ChangeSet::build(m_session->findingChanges());
    next.theirDecisions = m_session->theirDecisions();
    const auto before = byFinding(m_changes);
    const auto after = byFinding(next);
    QSet<QString> ids;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        ids.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        ids.insert(it.key());
    QList<int> paragraphs;
    for (const QString &id : std::as_const(ids)) {
        const QList<RedlineChange> a = before.value(id);
        const QList<RedlineChange> b = after.value(id);
        const bool same = a.size() == b.size() && std::equal(a.cbegin(), a.cend(), b.cbegin(), sameDrawing);
        if (same)
            continue;
        for (const QList<RedlineChange> *list : {&a, &b}) {
            for (const RedlineChange &c : *list) {
                const auto [first, last] = m_renderer.paragraphsOf(c.edit);
                for (int p = first; p <= last; ++p)
                    paragraphs.append(p);
            }
        }
    }
    m_changes = std::move(next);
    redrawParagraphs(paragraphs);
}

void RedlineUpdater::redrawParagraphs(QList<int> paragraphs)
{
    if (!m_doc)
        return;
    std::sort(paragraphs.begin(), paragraphs.end());
    paragraphs.erase(std::unique(paragraphs.begin(), paragraphs.end()), paragraphs.end());
    if (m_limit) {
        const int limit = m_limit();
        paragraphs.erase(std::lower_bound(paragraphs.begin(), paragraphs.end(), limit), paragraphs.end());
    }
    if (paragraphs.isEmpty())
        return;
    emit aboutToRedraw();
    for (qsizetype i = 0; i < paragraphs.size();) {
        qsizetype j = i;
        while (j + 1 < paragraphs.size() && paragraphs.at(j + 1) == paragraphs.at(j) + 1)
            ++j;
        m_renderer.redraw(m_doc, paragraphs.at(i), paragraphs.at(j), m_changes, m_style);
        i = j + 1;
    }
    emit redrawn();
}

QStringList RedlineUpdater::changeOrder() const
{
    QStringList out;
    QSet<QString> seen;
    for (const RedlineChange &c : m_changes.changes) {
        if (c.state == RedlineChange::State::Rejected || seen.contains(c.findingId))
            continue;
        seen.insert(c.findingId);
        out.append(c.findingId);
    }
    return out;
}

QList<ChangeMap::Mark> RedlineUpdater::marks() const
{
    QList<ChangeMap::Mark> out;
    if (!m_doc)
        return out;
    // Where a change is, as a share of the document's characters: the layout of a long
    // document is still being built when the map is drawn, and text is what fills the pages.
    const qreal total = std::max(1, m_doc->characterCount());
    QSet<QString> seen;
    for (const RedlineChange &c : m_changes.changes) {
        if (seen.contains(c.findingId))
            continue;
        seen.insert(c.findingId);
        const auto [first, last] = m_renderer.paragraphsOf(c.edit);
        Q_UNUSED(last)
        const QTextBlock block = RedlineRenderer::blockOf(m_doc, first);
        out.append(ChangeMap::Mark{block.position() / total, RedlineStyle::severityColor(c.severity), c.findingId,
                                   c.findingId + u" — "_s + c.toolTip.section(u'\n', 0, 0),
                                   c.state != RedlineChange::State::Proposed});
    }
    return out;
}

} // namespace Redliner::App
