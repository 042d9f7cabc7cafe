// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/playbook.h"

#include <QColor>

class QPalette;

namespace Redliner::App {

// The colours of a redline. Word draws insertions and deletions in the author's colour on any
// background; these are chosen to stay readable (contrast of 3:1 or more) on both the light and
// the dark palette, and the chips behind the comment markers follow the palette.
struct RedlineStyle final {
    QColor inserted;
    QColor deleted;
    QColor markerText;
    QColor pendingMarker;     // chip behind the marker of an undecided finding
    QColor acceptedMarker;
    QColor rejectedMarker;
    QColor selection;         // behind the selected finding's text in both panes

    static RedlineStyle forPalette(const QPalette &palette);
    // The colour of the n-th author of the changes already in a document (their redline), as Word
    // gives each reviewer a colour: none is our blue or red, and each keeps a contrast of 3:1 on
    // white and on the usual dark backgrounds, so one colour serves both palettes.
    static QColor authorColor(int author);
    static QColor severityColor(Review::Severity severity);
};

} // namespace Redliner::App
