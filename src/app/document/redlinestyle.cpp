// SPDX-License-Identifier: GPL-3.0-or-later
#include "redlinestyle.h"

#include <QPalette>

#include <iterator>

namespace Redliner::App {

RedlineStyle RedlineStyle::forPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    RedlineStyle s;
    s.inserted = dark ? QColor(0x6c, 0xa8, 0xff) : QColor(0x1f, 0x5f, 0xd1);
    s.deleted = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    s.markerText = palette.color(QPalette::Text);
    s.pendingMarker = dark ? QColor(0x6b, 0x55, 0x10) : QColor(0xff, 0xe8, 0x9c);
    s.acceptedMarker = dark ? QColor(0x1f, 0x5a, 0x2e) : QColor(0xc8, 0xf0, 0xd0);
    s.rejectedMarker = dark ? QColor(0x44, 0x44, 0x44) : QColor(0xe4, 0xe4, 0xe4);
    s.selection = dark ? QColor(0x3a, 0x4a, 0x6a) : QColor(0xd6, 0xe6, 0xff);
    return s;
}

QColor RedlineStyle::authorColor(int author)
{
    static const QColor colors[] = {QColor(0xb0, 0x5c, 0xc8), QColor(0xe0, 0x56, 0x1f), QColor(0x0e, 0x8f, 0x8f),
                                    QColor(0x7f, 0x8f, 0x20), QColor(0x3f, 0x91, 0x42), QColor(0xc7, 0x4b, 0x96)};
    constexpr int count = int(std::size(colors));
    return colors[((author % count) + count) % count];
}

QColor RedlineStyle::severityColor(Review::Severity severity)
{
    switch (severity) {
    case Review::Severity::High: return QColor(0xd1, 0x24, 0x2f);
    case Review::Severity::Medium: return QColor(0xd9, 0x82, 0x0b);
    case Review::Severity::Low: return QColor(0x3b, 0x82, 0xc4);
    }
    return {};
}

} // namespace Redliner::App
