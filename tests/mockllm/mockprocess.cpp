// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Redliner::MockLlm {

using namespace Qt::Literals::StringLiterals;

quint16 startMockProcess(QProcess *process, const QString &program, const QStringList &arguments, int timeoutMs)
{
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(program, arguments + QStringList{u"--port"_s, u"0"_s});
    // The line may arrive in pieces: wait until it is whole.
    const QDeadlineTimer deadline(timeoutMs);
    while (!process->canReadLine()) {
        if (deadline.hasExpired() || !process->waitForReadyRead(int(deadline.remainingTime())))
            return 0;
    }
    static const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
    const QRegularExpressionMatch m = listening.match(QString::fromUtf8(process->readLine()));
    return m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
}

void runAtLowestPriority(QProcess *process)
{
#ifdef Q_OS_UNIX
    // In the child between fork and exec: only async-signal-safe calls.
    process->setChildProcessModifier([] {
        errno = 0;
        if (::nice(19) == -1 && errno != 0) {
            static const char message[] = "redliner-mockllm: could not lower its priority\n";
            [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, message, sizeof message - 1);
        }
    });
#else
    Q_UNUSED(process); // elsewhere the benchmark's figures include the mock's share of the CPU
#endif
}

} // namespace Redliner::MockLlm
