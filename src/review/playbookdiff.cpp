// SPDX-License-Identifier: GPL-3.0-or-later
//
// What changed between two playbooks, field by field: the lines of `redliner-cli playbook diff`
// and of a user playbook's history.

#include "playbookdiff.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::Review {

namespace {

// Past this a changed text is shown by its start: the line is for finding the field, the editor
// or the files show the whole text.
constexpr qsizetype MaxShown = 60;

QString shown(const QString &text)
{
    QString flat = text.simplified();
    if (flat.size() > MaxShown)
        flat = flat.left(MaxShown - 1) + u'…';
    return u'"' + flat + u'"';
}

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QString();
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return boolText(value.toBool());
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"v"_s, value}}).toJson(QJsonDocument::Compact));
}

class Differ final {
public:
    QList<PlaybookDifference> out;

    void compare(const QString &issue, const QString &field, const QString &before, const QString &after)
    {
        if (before != after)
            out.append({issue, field, before, after});
    }

    void issue(const PlaybookIssue &a, const PlaybookIssue &b)
    {
        compare(a.id, u"title"_s, a.title, b.title);
        compare(a.id, u"severity"_s, severityName(a.severity), severityName(b.severity));
        compare(a.id, u"enabled"_s, boolText(a.enabled), boolText(b.enabled));
        QStringList names = a.parameters.keys();
        for (const QString &name : b.parameters.keys()) {
            if (!names.contains(name))
                names.append(name);
        }
        for (const QString &name : std::as_const(names))
            compare(a.id, u"parameters."_s + name, jsonText(a.parameters.value(name)),
                    jsonText(b.parameters.value(name)));
        for (Side side : {Side::Receiving, Side::Disclosing, Side::Mutual}) {
            const Position none{false, {}, {}, {}, {}};
            const Position *pa = a.position(side);
            const Position *pb = b.position(side);
            const Position &x = pa ? *pa : none;
            const Position &y = pb ? *pb : none;
            const QString prefix = sideName(side) + u'.';
            compare(a.id, prefix + u"raise"_s, boolText(x.raise), boolText(y.raise));
            compare(a.id, prefix + u"preferred"_s, x.preferred, y.preferred);
            compare(a.id, prefix + u"fallback"_s, x.fallback, y.fallback);
            compare(a.id, prefix + u"rationale"_s, x.rationale, y.rationale);
            compare(a.id, prefix + u"language"_s, x.language, y.language);
        }
    }
};

bool isText(const QString &field)
{
    return field == u"name" || field == u"description" || field == u"title" || field.endsWith(u".preferred")
           || field.endsWith(u".fallback") || field.endsWith(u".rationale") || field.endsWith(u".language");
}

} // namespace

QList<PlaybookDifference> diffPlaybooks(const Playbook &before, const Playbook &after)
{
    Differ differ;
    differ.compare(QString(), u"name"_s, before.name, after.name);
    differ.compare(QString(), u"version"_s, before.version, after.version);
    differ.compare(QString(), u"description"_s, before.description, after.description);
    for (const PlaybookIssue &issue : before.issues) {
        if (const PlaybookIssue *other = after.issue(issue.id))
            differ.issue(issue, *other);
        else
            differ.out.append({issue.id, u"issue"_s, issue.title, QString()});
    }
    for (const PlaybookIssue &issue : after.issues) {
        if (!before.issue(issue.id))
            differ.out.append({issue.id, u"issue"_s, QString(), issue.title});
    }
    return differ.out;
}

QString describeDifference(const PlaybookDifference &difference)
{
    const QString where =
        difference.issueId.isEmpty() ? difference.field : difference.issueId + u": "_s + difference.field;
    if (difference.field == u"issue") {
        return difference.issueId + (difference.before.isEmpty() ? u": (added)"_s : u": (removed)"_s);
    }
    if (isText(difference.field)) {
        if (difference.before.isEmpty())
            return where + u": set to "_s + shown(difference.after);
        if (difference.after.isEmpty())
            return where + u": emptied (was "_s + shown(difference.before) + u')';
        return where + u": "_s + shown(difference.before) + u" -> "_s + shown(difference.after);
    }
    const QString before = difference.before.isEmpty() ? u"(none)"_s : difference.before;
    const QString after = difference.after.isEmpty() ? u"(none)"_s : difference.after;
    return where + u": "_s + before + u" -> "_s + after;
}

} // namespace Redliner::Review
