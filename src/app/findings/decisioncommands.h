// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewcontrol/documentsession.h"

#include <QHash>
#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace Redliner::App {

// One undoable step of the lawyer's decisions: some keyed values of the session's state set from
// `before` to `after` (redo) and back (undo) through the session's setter for that state.
template<typename Key, typename Value, void (DocumentSession::*Apply)(const QHash<Key, Value> &)>
class SessionCommand final : public QUndoCommand {
public:
    SessionCommand(DocumentSession *session, QHash<Key, Value> before, QHash<Key, Value> after, const QString &text)
        : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
    {}

    void undo() override
    {
        if (m_session)
            (m_session->*Apply)(m_before);
    }
    void redo() override
    {
        if (m_session)
            (m_session->*Apply)(m_after);
    }

private:
    QPointer<DocumentSession> m_session;
    QHash<Key, Value> m_before;
    QHash<Key, Value> m_after;
};

// Accept, reject, edit, or all of one severity at once.
using DecisionCommand = SessionCommand<QString, Decision, &DocumentSession::applyDecisions>;
// Answers to the other side's tracked changes (std::nullopt: undecided).
using TheirDecisionCommand = SessionCommand<int, std::optional<bool>, &DocumentSession::applyTheirDecisions>;
// Our replies to their comments (std::nullopt: none).
using ReplyCommand = SessionCommand<qint64, std::optional<QString>, &DocumentSession::applyReplies>;

} // namespace Redliner::App
