// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Redliner::Bench {

// A "Vm...:  1234 kB" line of /proc/self/status, in KiB; -1 when missing.
qint64 statusKiB(const char *field);

// Linux >= 4.0: writing 5 to clear_refs sets VmHWM back to the current VmRSS.
bool resetPeakRss();

} // namespace Redliner::Bench
