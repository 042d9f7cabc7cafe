// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QHash>
#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace Redliner::App {

class DocumentSession;

// One undoable change of decisions: accept, reject, edit, or all of one severity at once.
class DecisionCommand final : public QUndoCommand {
public:
    DecisionCommand(DocumentSession *session, QHash<QString, Decision> before, QHash<QString, Decision> after,
                    const QString &text);

    void undo() override;
    void redo() override;

private:
    QPointer<DocumentSession> m_session;
    QHash<QString, Decision> m_before;
    QHash<QString, Decision> m_after;
};

// One undoable change of answers to the other side's tracked changes.
class TheirDecisionCommand final : public QUndoCommand {
public:
    TheirDecisionCommand(DocumentSession *session, QHash<int, std::optional<bool>> before,
                         QHash<int, std::optional<bool>> after, const QString &text);

    void undo() override;
    void redo() override;

private:
    QPointer<DocumentSession> m_session;
    QHash<int, std::optional<bool>> m_before;
    QHash<int, std::optional<bool>> m_after;
};

} // namespace Redliner::App
