// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisioncommands.h"
#include "reviewcontrol/documentsession.h"

namespace Redliner::App {

DecisionCommand::DecisionCommand(DocumentSession *session, QHash<QString, Decision> before,
                                 QHash<QString, Decision> after, const QString &text)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
}

void DecisionCommand::undo()
{
    if (m_session)
        m_session->applyDecisions(m_before);
}

void DecisionCommand::redo()
{
    if (m_session)
        m_session->applyDecisions(m_after);
}

TheirDecisionCommand::TheirDecisionCommand(DocumentSession *session, QHash<int, std::optional<bool>> before,
                                           QHash<int, std::optional<bool>> after, const QString &text)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{}

void TheirDecisionCommand::undo()
{
    if (m_session)
        m_session->applyTheirDecisions(m_before);
}

void TheirDecisionCommand::redo()
{
    if (m_session)
        m_session->applyTheirDecisions(m_after);
}

} // namespace Redliner::App
