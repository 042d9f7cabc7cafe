// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docxerror.h"
#include "packagelimits.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Redliner::Docx {

// The list definitions of numbering.xml: abstract definitions, the num instances that point at
// them, and their level overrides.
struct NumberingLevel final {
    int start = 1;
    QString format = QStringLiteral("decimal");
    QString text;          // w:lvlText, e.g. "%1.%2"
    int restartAfter = -1; // w:lvlRestart (1-based level), -1: restart after any higher level
    bool legal = false;    // w:isLgl: show all levels as decimal
    QString paragraphStyle;
    bool defined = false;
};

struct AbstractNumbering final {
    NumberingLevel levels[9];
    QString styleLink;     // w:numStyleLink: the definition lives with this numbering style
};

struct NumberingInstance final {
    int abstractId = -1;
    QHash<int, int> startOverrides;            // level -> start
    QHash<int, NumberingLevel> levelOverrides; // level -> replacement definition
};

class Numbering final {
public:
    static Outcome<Numbering> parse(const QByteArray &xml, const QString &file, const QString &part,
                                    const PackageLimits &limits);

    const NumberingInstance *instance(int numId) const;
    const AbstractNumbering *abstract(int abstractId) const;

private:
    QHash<int, AbstractNumbering> m_abstracts;
    QHash<int, NumberingInstance> m_instances;
};

} // namespace Redliner::Docx
