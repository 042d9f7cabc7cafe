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
    QHash<QString, Counters> m_counters;
};

} // namespace Redliner::Docx
