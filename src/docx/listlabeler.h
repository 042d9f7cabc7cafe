// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "numbering.h"
#include "stylesheet.h"

namespace Redliner::Docx {

// Resolves each paragraph's heading level and list membership (own or inherited from its style)
// and computes the list label Word would show ("1.", "2.3", "(a)", "iv."), counting in reading
// order. Labels are never part of the working text, so no edit can change a number.
class ListLabeler final {
public:
    ListLabeler(const Numbering &numbering, const StyleSheet &styles) : m_numbering(numbering), m_styles(styles) {}

    void label(Story &story);

private:
    struct Counters {
        int value[9] = {};
        bool used[9] = {};
    };
    const AbstractNumbering *resolveAbstract(const NumberingInstance &instance) const;
    QString labelFor(Paragraph &p);

    const Numbering &m_numbering;
    const StyleSheet &m_styles;
    QHash<qint64, Counters> m_counters;  // per abstract list, or per instance with overrides
    struct StyleInfo {
        int headingLevel;
        std::pair<int, int> numbering;
    };
    QHash<QString, StyleInfo> m_styleCache;  // styles are looked up once, not per paragraph
    const StyleInfo &styleInfo(const QString &styleId);
};

} // namespace Redliner::Docx
