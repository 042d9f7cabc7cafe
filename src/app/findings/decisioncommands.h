// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QHash>
#include <QPointer>
#include <QUndoCommand>

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

} // namespace Redliner::App
