// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docxerror.h"
#include "packagelimits.h"

#include <QHash>
#include <QString>

namespace Redliner::Docx {

// What the reader needs from styles.xml: heading levels and list membership, both of which a
// paragraph may inherit from its style and the style's basedOn chain.
class StyleSheet final {
public:
    static Outcome<StyleSheet> parse(const QByteArray &xml, const QString &file, const QString &part,
                                     const PackageLimits &limits);

    // 1..9 for headings, 0 for body text.
    int headingLevel(const QString &styleId) const;
    // numId and level the style gives its paragraphs; numId -1 when none.
    std::pair<int, int> numbering(const QString &styleId) const;
    const QString &defaultParagraphStyle() const { return m_defaultParagraph; }

private:
    struct Style {
        QString basedOn;
        QString name;
        int outlineLevel = -1;  // 0-based as in w:outlineLvl
        int numId = -1;
        int level = -1;
    };
    const Style *find(const QString &id) const;

    QHash<QString, Style> m_styles;
    QString m_defaultParagraph;
};

} // namespace Redliner::Docx
