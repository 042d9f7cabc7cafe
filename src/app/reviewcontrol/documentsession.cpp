// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsession.h"
#include "findings/decisioncommands.h"

#include "review/drafter.h"
#include "review/worddiff.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace Redliner::App {

using namespace Qt::Literals::StringLiterals;

namespace {

// Two reviews name "the same" finding differently only by id: same issue, place and proposal.
QString sameness(const Review::Finding &f)
{
    return f.issueId + QChar(0x1f) + f.clauseLabel + QChar(0x1f) + f.proposedText;
}

bool editsFit(const Review::Finding &f, qsizetype textSize)
{
    for (const Docx::Edit &e : f.edits) {
        if (e.start < 0 || e.end < e.start || e.end > textSize)
            return false;
    }
    return true;
}

} // namespace

DocumentSession::DocumentSession(LoadedDocumentPtr document, const DecisionStore &store, QObject *parent)
    : QObject(parent), m_document(std::move(document)), m_store(store), m_clauses(m_document->clauses)
{
    // Decisions reach the disk a moment after they are made: many clicks make one write, and a
    // crash loses at most that moment.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(250);
    m_savePool.setMaxThreadCount(1);
    connect(&m_saveTimer, &QTimer::timeout, this, [this]() {
        // Writing (and syncing) the file can take a while on a busy disk: a worker does it, with
        // a copy of the state (values, implicitly shared).
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
            watcher->deleteLater();
            m_saveError = watcher->result();
            if (!m_saveError.isEmpty())
                emit saveFailed(m_saveError);
        });
        watcher->setFuture(QtConcurrent::run(&m_savePool, [store = m_store, review = snapshot()]() {
            QString error;
            store.save(review, &error);
            return error;
        }));
    });
}

DocumentSession::~DocumentSession()
{
    if (m_saveTimer.isActive()) {
        QString error;
        saveNow(&error);
    }
    m_savePool.waitForDone();
}

void DocumentSession::rebuildIndex()
{
    m_index.clear();
    for (int i = 0; i < m_findings.size(); ++i)
        m_index.insert(m_findings.at(i).id, i);
}

QString DocumentSession::clauseText(int index) const
{
    const Review::Finding &f = m_findings.at(index);
    if (!f.originalText.isEmpty())
        return f.originalText;
    if (f.clause >= 0 && f.clause < m_clauses.size() && f.clauseLabel != u"new")
        return Review::Drafter(m_document->text, m_clauses).clauseText(f.clause);
    return {};
}

qint32 DocumentSession::clauseOffset(int index) const
{
    const Review::Finding &f = m_findings.at(index);
    const QString text = clauseText(index);
    if (text.isEmpty())
        return -1;
    if (f.clause >= 0 && f.clause < m_clauses.size()
        && Review::Drafter(m_document->text, m_clauses).clauseText(f.clause) == text)
        return m_clauses.at(f.clause).start;
    const qsizetype at = f.edits.isEmpty() ? m_document->text.text.indexOf(text)
                                           : m_document->text.text.lastIndexOf(text, f.edits.first().start);
    return qint32(at);
}

QList<Docx::Edit> DocumentSession::editsForText(int index, const QString &text) const
{
    Decision d;
    d.status = DecisionStatus::Accepted;
    d.edited = true;
    d.editedText = text;
    return editsFor(index, d);
}

bool DocumentSession::canEdit(int index) const
{
    const Review::Finding &f = m_findings.at(index);
    const bool addition = f.originalText.isEmpty() && f.edits.size() == 1 && f.edits.first().start == f.edits.first().end;
    return addition || !clauseText(index).isEmpty();
}

QString DocumentSession::effectiveProposedText(int index) const
{
    const Review::Finding &f = m_findings.at(index);
    const Decision d = m_decisions.value(f.id);
    if (d.edited)
        return d.editedText;
    return f.proposedText.isEmpty() ? clauseText(index) : f.proposedText;
}

QList<Docx::Edit> DocumentSession::editsFor(int index, const Decision &decision) const
{
    const Review::Finding &f = m_findings.at(index);
    if (!decision.edited)
        return f.edits;
    const QString &text = decision.editedText;
    // An added clause or list item: what the user edited is the text being added.
    if (f.originalText.isEmpty() && f.edits.size() == 1 && f.edits.first().start == f.edits.first().end) {
        Docx::Edit e = f.edits.first();
        e.text = text.isEmpty() ? QString() : (e.text.startsWith(u'\n') ? u"\n"_s : QString()) + text;
        return e.text.isEmpty() ? QList<Docx::Edit>{} : QList<Docx::Edit>{e};
    }
    // Otherwise the whole clause was rewritten: the word diff finds what changed.
    if (f.clause >= 0 && f.clause < m_clauses.size()) {
        const Review::Drafter drafter(m_document->text, m_clauses);
        if (f.originalText.isEmpty() || drafter.clauseText(f.clause) == f.originalText)
            return drafter.revise(f.clause, text).edits;
    }
    if (!f.originalText.isEmpty()) {
        const qsizetype at = f.edits.isEmpty() ? m_document->text.text.indexOf(f.originalText)
                                               : m_document->text.text.lastIndexOf(f.originalText, f.edits.first().start);
        if (at >= 0)
            return Review::wordDiff(f.originalText, text, qint32(at));
    }
    return f.edits;
}

QList<Docx::Edit> DocumentSession::effectiveEdits(int index) const
{
    const Review::Finding &f = m_findings.at(index);
    const Decision d = m_decisions.value(f.id);
    if (!d.edited)
        return f.edits;
    return m_editedEdits.value(f.id, f.edits);
}

QList<Review::Finding> DocumentSession::acceptedFindings() const
{
    QList<Review::Finding> out;
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_decisions.value(m_findings.at(i).id).status != DecisionStatus::Accepted)
            continue;
        Review::Finding f = m_findings.at(i);
        f.edits = effectiveEdits(i);
        f.proposedText = effectiveProposedText(i);
        out.append(f);
    }
    return out;
}

QList<FindingChanges> DocumentSession::findingChanges() const
{
    QList<FindingChanges> out;
    out.reserve(m_findings.size());
    for (int i = 0; i < m_findings.size(); ++i) {
        const Review::Finding &f = m_findings.at(i);
        out.append(FindingChanges{f.id, f.title, f.rationale, f.severity, m_decisions.value(f.id).status, effectiveEdits(i)});
    }
    return out;
}

DocumentSession::Counts DocumentSession::counts() const
{
    Counts c;
    for (const Review::Finding &f : m_findings) {
        (f.severity == Review::Severity::High ? c.high : f.severity == Review::Severity::Medium ? c.medium : c.low)++;
        switch (m_decisions.value(f.id).status) {
        case DecisionStatus::Accepted: ++c.accepted; break;
        case DecisionStatus::Rejected: ++c.rejected; break;
        case DecisionStatus::Pending: ++c.pending; break;
        }
    }
    return c;
}

void DocumentSession::setReview(const QList<Review::Finding> &findings, const ReviewInfo &info)
{
    beginReview(info);
    updateFindings(findings, info.notes);
}

void DocumentSession::beginReview(const ReviewInfo &info)
{
    m_carry.clear();
    for (const Review::Finding &f : std::as_const(m_findings)) {
        if (m_decisions.contains(f.id))
            m_carry.insert(sameness(f), m_decisions.value(f.id));
    }
    m_findings.clear();
    m_decisions.clear();
    m_editedEdits.clear();
    m_info = info;
    rebuildIndex();
    m_undo.clear();
    emit findingsReset();
}

void DocumentSession::updateFindings(const QList<Review::Finding> &findings, const QStringList &notes)
{
    m_findings = findings;
    m_info.notes = notes;
    rebuildIndex();
    for (auto it = m_decisions.begin(); it != m_decisions.end();) {
        if (!m_index.contains(it.key())) {
            m_editedEdits.remove(it.key());
            it = m_decisions.erase(it);
        } else {
            ++it;
        }
    }
    for (int i = 0; i < m_findings.size(); ++i) {
        const Review::Finding &f = m_findings.at(i);
        if (m_decisions.contains(f.id))
            continue;
        if (const auto it = m_carry.constFind(sameness(f)); it != m_carry.constEnd()) {
            m_decisions.insert(f.id, *it);
            if (it->edited)
                m_editedEdits.insert(f.id, editsFor(i, *it));
        }
    }
    emit findingsReset();
    scheduleSave();
}

void DocumentSession::addCloudConsent(const QStringList &providers)
{
    for (const QString &p : providers) {
        if (!m_cloudConsent.contains(p))
            m_cloudConsent.append(p);
    }
    scheduleSave();
}

bool DocumentSession::restore(QString *error)
{
    std::optional<StoredReview> stored = m_store.load(m_document->sha256, error);
    if (!stored)
        return false;
    const qsizetype size = m_document->text.text.size();
    m_findings.clear();
    for (const Review::Finding &f : std::as_const(stored->findings)) {
        if (editsFit(f, size))
            m_findings.append(f);
    }
    m_info = stored->info;
    m_cloudConsent = stored->cloudConsent;
    m_theirDecisions.clear();
    const auto &changes = m_document->markup.changes;
    for (auto it = stored->theirDecisions.cbegin(); it != stored->theirDecisions.cend(); ++it) {
        if (it.key() < changes.size() && changes[it.key()].id == it->revisionId)
            m_theirDecisions.insert(it.key(), it->accept);
    }
    m_replies.clear();
    for (auto it = stored->replies.cbegin(); it != stored->replies.cend(); ++it) {
        const auto &comments = m_document->markup.comments;
        if (std::any_of(comments.cbegin(), comments.cend(), [&](const auto &c) { return c.id == it.key(); }))
            m_replies.insert(it.key(), it.value());
    }
    rebuildIndex();
    m_decisions.clear();
    m_editedEdits.clear();
    for (auto it = stored->decisions.cbegin(); it != stored->decisions.cend(); ++it) {
        if (!m_index.contains(it.key()))
            continue;
        m_decisions.insert(it.key(), *it);
        if (it->edited)
            m_editedEdits.insert(it.key(), editsFor(m_index.value(it.key()), *it));
    }
    m_undo.clear();
    emit findingsReset();
    // The panes were drawn before the answers came back: what they change is drawn again.
    if (!m_theirDecisions.isEmpty())
        emit theirDecisionsChanged(m_theirDecisions.keys());
    if (!m_replies.isEmpty())
        emit repliesChanged(m_replies.keys());
    return true;
}

void DocumentSession::decide(const QStringList &ids, DecisionStatus status, const QString &description)
{
    QHash<QString, Decision> before, after;
    for (const QString &id : ids) {
        if (!m_index.contains(id))
            continue;
        const Decision old = m_decisions.value(id);
        if (old.status == status)
            continue;
        Decision now = old;
        now.status = status;
        before.insert(id, old);
        after.insert(id, now);
    }
    if (!after.isEmpty())
        m_undo.push(new DecisionCommand(this, before, after, description));
}

void DocumentSession::editProposal(const QString &id, const QString &text)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    const Decision old = m_decisions.value(id);
    Decision now = old;
    now.status = DecisionStatus::Accepted;  // editing a proposal is adopting it, as edited
    const QString proposal = m_findings.at(index).proposedText.isEmpty() ? clauseText(index) : m_findings.at(index).proposedText;
    now.edited = text != proposal;
    now.editedText = now.edited ? text : QString();
    if (now == old)
        return;
    m_undo.push(new DecisionCommand(this, {{id, old}}, {{id, now}}, tr("Edit %1").arg(id)));
}

void DocumentSession::revertEdit(const QString &id)
{
    const Decision old = m_decisions.value(id);
    if (!old.edited)
        return;
    Decision now = old;
    now.edited = false;
    now.editedText.clear();
    m_undo.push(new DecisionCommand(this, {{id, old}}, {{id, now}}, tr("Restore the proposal of %1").arg(id)));
}

std::optional<bool> DocumentSession::theirDecision(int change) const
{
    const auto it = m_theirDecisions.constFind(change);
    return it == m_theirDecisions.cend() ? std::nullopt : std::optional<bool>(*it);
}

QStringList DocumentSession::decideTheirs(const QList<int> &changes, std::optional<bool> accept,
                                          const QString &description)
{
    QHash<int, std::optional<bool>> before, after;
    QStringList problems;
    const Docx::ExistingMarkup &markup = m_document->markup;
    for (const int change : changes) {
        if (change < 0 || change >= markup.changes.size() || theirDecision(change) == accept)
            continue;
        if (accept) {
            const QString why = Docx::RevisionResolver::check(m_document->docx, markup, {change, *accept});
            if (!why.isEmpty()) {
                problems.append(why);
                continue;
            }
        }
        before.insert(change, theirDecision(change));
        after.insert(change, accept);
    }
    if (!after.isEmpty())
        m_undo.push(new TheirDecisionCommand(this, before, after, description));
    problems.removeDuplicates();
    return problems;
}

void DocumentSession::applyTheirDecisions(const QHash<int, std::optional<bool>> &decisions)
{
    QList<int> changed;
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it) {
        if (it.value())
            m_theirDecisions.insert(it.key(), *it.value());
        else
            m_theirDecisions.remove(it.key());
        changed.append(it.key());
    }
    std::sort(changed.begin(), changed.end());
    emit theirDecisionsChanged(changed);
    scheduleSave();
}

void DocumentSession::setReply(qint64 commentId, const QString &text)
{
    const QString trimmed = text.trimmed();
    const std::optional<QString> before =
        m_replies.contains(commentId) ? std::optional<QString>(m_replies.value(commentId)) : std::nullopt;
    const std::optional<QString> after = trimmed.isEmpty() ? std::nullopt : std::optional<QString>(trimmed);
    if (before == after)
        return;
    m_undo.push(new ReplyCommand(this, {{commentId, before}}, {{commentId, after}},
                                 after ? tr("Reply to a comment") : tr("Take back a reply")));
}

void DocumentSession::applyReplies(const QHash<qint64, std::optional<QString>> &replies)
{
    QList<qint64> changed;
    for (auto it = replies.cbegin(); it != replies.cend(); ++it) {
        if (it.value())
            m_replies.insert(it.key(), *it.value());
        else
            m_replies.remove(it.key());
        changed.append(it.key());
    }
    emit repliesChanged(changed);
    scheduleSave();
}

QList<Docx::CommentReply> DocumentSession::commentReplies() const
{
    QList<Docx::CommentReply> out;
    for (const Docx::ExistingComment &c : m_document->markup.comments) {
        if (m_replies.contains(c.id))
            out.append({c.id, m_replies.value(c.id)});
    }
    return out;
}

QList<Docx::Resolution> DocumentSession::resolutions() const
{
    QList<Docx::Resolution> out;
    for (auto it = m_theirDecisions.cbegin(); it != m_theirDecisions.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.change < b.change; });
    return out;
}

void DocumentSession::applyDecisions(const QHash<QString, Decision> &decisions)
{
    QStringList ids;
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it) {
        const int index = indexOf(it.key());
        if (index < 0)
            continue;
        if (it->isPending() && !it->edited)
            m_decisions.remove(it.key());
        else
            m_decisions.insert(it.key(), *it);
        if (it->edited)
            m_editedEdits.insert(it.key(), editsFor(index, *it));
        else
            m_editedEdits.remove(it.key());
        ids.append(it.key());
    }
    if (ids.isEmpty())
        return;
    ids.sort();
    emit decisionsChanged(ids);
    scheduleSave();
}

void DocumentSession::scheduleSave()
{
    m_saveTimer.start();
}

StoredReview DocumentSession::snapshot() const
{
    StoredReview stored;
    stored.sha256 = m_document->sha256;
    stored.documentPath = m_document->path;
    stored.info = m_info;
    stored.findings = m_findings;
    stored.decisions = m_decisions;
    stored.cloudConsent = m_cloudConsent;
    const auto &changes = m_document->markup.changes;
    for (auto it = m_theirDecisions.cbegin(); it != m_theirDecisions.cend(); ++it)
        stored.theirDecisions.insert(it.key(), {changes.value(it.key()).id, it.value()});
    stored.replies = m_replies;
    return stored;
}

bool DocumentSession::saveNow(QString *error)
{
    m_saveTimer.stop();
    m_savePool.waitForDone();  // a background save must not land after this one
    if (!m_store.save(snapshot(), error)) {
        m_saveError = *error;
        return false;
    }
    m_saveError.clear();
    return true;
}

} // namespace Redliner::App
