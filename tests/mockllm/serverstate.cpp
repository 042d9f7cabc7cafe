// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverstate.h"

#include <QMutexLocker>

namespace Redliner::MockLlm {

QStringList defaultAnthropicVersions()
{
    return {anthropicVersion2023, anthropicVersion2026};
}

ServerState::ServerState()
{
    m_clock.start();
}

ServerConfig ServerState::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

void ServerState::updateConfig(const std::function<void(ServerConfig &)> &change)
{
    QMutexLocker lock(&m_mutex);
    change(m_config);
}

void ServerState::script(const QList<Fault> &faults)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append(faults);
}

void ServerState::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

int ServerState::pendingFaults() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_faults.size());
}

QList<Fault> ServerState::faults() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

std::optional<Fault> ServerState::takeFault(Dialect dialect, const QByteArray &body, const QString &userText)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!fault.matches(dialect, body, userText))
            continue;
        Fault taken = fault;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

int ServerState::record(RecordedRequest request)
{
    QMutexLocker lock(&m_mutex);
    return m_recorder.add(std::move(request));
}

void ServerState::setResponseStatus(int sequence, int status)
{
    QMutexLocker lock(&m_mutex);
    m_recorder.setResponseStatus(sequence, status);
}

QList<RecordedRequest> ServerState::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_recorder.all();
}

int ServerState::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_recorder.size());
}

void ServerState::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_recorder.clear();
}

} // namespace Redliner::MockLlm
