// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Redliner::Review {

// The side the user represents; positions flip with it.
enum class Side { Receiving, Disclosing, Mutual };
QString sideName(Side side);                       // "receiving", "disclosing", "mutual"
bool parseSide(QStringView name, Side *side);

enum class Severity { Low, Medium, High };
QString severityName(Severity severity);           // "low", "medium", "high"
bool parseSeverity(QStringView name, Severity *severity);

// What the user's side wants on one issue.
struct Position final {
    bool raise = true;       // false: this side does not object (the issue is not raised)
    QString preferred;       // the position, in words a lawyer reads in the report
    QString fallback;
    QString rationale;       // why the change is market: becomes the comment on the tracked change
    QString language;        // the clause text to propose (a whole clause, a sentence or a phrase)
};

// One playbook entry: what to check and what to propose, per side.
struct PlaybookIssue final {
    QString id;              // stable id, one of the reviewer's rules (see playbook.md)
    QString title;
    Severity severity = Severity::Medium;
    bool enabled = true;
    QJsonObject parameters;  // tunables of the rule, e.g. {"max_months": 36}
    QHash<Side, Position> positions;

    const Position *position(Side side) const;
    int intParameter(const QString &name, int fallback) const;
};

// A versioned, human-editable JSON playbook. The default ships in resources/playbooks/.
struct Playbook final {
    QString name;
    QString version;
    QString description;
    QString path;            // where it was read from
    QString sha256;          // of the bytes it was parsed from (hex): names this exact playbook in reports
    QList<PlaybookIssue> issues;

    const PlaybookIssue *issue(QStringView id) const;

    // Reads and validates a playbook. On failure returns false; error names the file, the line
    // and the field ("playbook.json:42: issues[3].severity: must be low, medium or high").
    static bool load(const QString &path, Playbook *playbook, QString *error);
    static bool parse(const QByteArray &json, const QString &path, Playbook *playbook, QString *error);
    // The bundled default (compiled in as a Qt resource).
    static Playbook builtin();
    static QString builtinPath();  // ":/playbooks/nda-default.json"
};

// The issue ids the reviewer has rules for; a playbook naming any other id is refused.
QStringList knownIssueIds();

} // namespace Redliner::Review
