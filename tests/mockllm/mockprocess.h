// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>

namespace Redliner::MockLlm {

// Starts the redliner-mockllm program on a free port (its arguments plus `--port 0`) and waits
// for the line that says where it listens. Returns the port; 0 when it did not start in time.
// For the benchmark and the CLI tests, which talk to the mock as a separate process.
quint16 startMockProcess(QProcess *process, const QString &program, const QStringList &arguments,
                         int timeoutMs = 10'000);

// Makes the process, once started, run at the lowest CPU priority (nice 19). For the benchmark: a
// provider's server takes none of the client's CPU, and on a 2-core machine mocks answering
// hundreds of requests at once would otherwise push the thread under test off its core, so that
// its longest "stall" was mostly time it spent waiting to run, not working.
void runAtLowestPriority(QProcess *process);

} // namespace Redliner::MockLlm
