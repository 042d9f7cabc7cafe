// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hostile ZIP shapes that libzip will not write, planted by editing a built package's bytes.

#include <QByteArray>

namespace Redliner::TestSupport {

// Makes the central-directory entry `victim` describe the data of `source`: both names then read
// the same compressed bytes (the overlapping-entry ZIP bomb's trick). Empty when either is missing.
QByteArray shareEntryData(QByteArray zip, const QByteArray &victim, const QByteArray &source);

} // namespace Redliner::TestSupport
