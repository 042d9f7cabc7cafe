// SPDX-License-Identifier: GPL-3.0-or-later
//
// Writes a playbook back as the JSON a lawyer would have written by hand. QJsonDocument sorts
// keys alphabetically, which would put "fallback" before "raise" and "enabled" before "id"; the
// file is read by people, so it is written key by key in the bundled playbook's order.

#include "playbookwriter.h"

#include "playbookparameters.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::Review {

namespace {

// A JSON string literal with JSON's escapes.
QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // "[\"...\"]" without the brackets
}

QByteArray scalar(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

class Writer final {
public:
    QByteArray take() { return std::move(m_out); }

    void open(char bracket)
    {
        m_out += bracket;
        m_first.append(true);
    }
    void close(char bracket)
    {
        const bool empty = m_first.takeLast();
        if (!empty)
            newline();
        m_out += bracket;
    }
    void key(const QString &name)
    {
        item();
        m_out += quoted(name) + ": ";
    }
    void item()
    {
        if (!m_first.last())
            m_out += ',';
        m_first.last() = false;
        newline();
    }
    void raw(const QByteArray &bytes) { m_out += bytes; }
    void field(const QString &name, const QByteArray &value)
    {
        key(name);
        m_out += value;
    }

private:
    void newline()
    {
        m_out += '\n';
        m_out += QByteArray(2 * m_first.size(), ' ');
    }

    QByteArray m_out;
    QList<bool> m_first; // per open bracket: nothing written in it yet
};

void writePosition(Writer &out, const Position &position)
{
    out.open('{');
    out.field(u"raise"_s, position.raise ? "true" : "false");
    // Texts of a position that is not raised are optional: an empty one is left out rather than
    // written as "", so a file a person trimmed stays trimmed.
    const auto text = [&](const QString &name, const QString &value) {
        if (position.raise || !value.isEmpty())
            out.field(name, quoted(value));
    };
    text(u"preferred"_s, position.preferred);
    text(u"fallback"_s, position.fallback);
    text(u"rationale"_s, position.rationale);
    text(u"language"_s, position.language);
    out.close('}');
}

void writeIssue(Writer &out, const PlaybookIssue &issue)
{
    out.item();
    out.open('{');
    out.field(u"id"_s, quoted(issue.id));
    out.field(u"title"_s, quoted(issue.title));
    out.field(u"severity"_s, quoted(severityName(issue.severity)));
    out.field(u"enabled"_s, issue.enabled ? "true" : "false");
    if (!issue.parameters.isEmpty()) {
        out.key(u"parameters"_s);
        out.open('{');
        for (auto it = issue.parameters.begin(); it != issue.parameters.end(); ++it)
            out.field(it.key(), scalar(it.value()));
        out.close('}');
    }
    out.key(u"positions"_s);
    out.open('{');
    for (Side side : {Side::Receiving, Side::Disclosing, Side::Mutual}) {
        if (const Position *position = issue.position(side)) {
            out.key(sideName(side));
            writePosition(out, *position);
        }
    }
    out.close('}');
    out.close('}');
}

} // namespace

QByteArray playbookJson(const Playbook &playbook)
{
    Writer out;
    out.open('{');
    out.field(u"name"_s, quoted(playbook.name));
    out.field(u"version"_s, quoted(playbook.version));
    if (!playbook.description.isEmpty())
        out.field(u"description"_s, quoted(playbook.description));
    out.key(u"issues"_s);
    out.open('[');
    for (const PlaybookIssue &issue : playbook.issues)
        writeIssue(out, issue);
    out.close(']');
    out.close('}');
    QByteArray json = out.take();
    json += '\n';
    return json;
}

PlaybookIssue playbookIssueTemplate(const QString &issueId)
{
    if (const PlaybookIssue *bundled = Playbook::builtin().issue(issueId))
        return *bundled;
    PlaybookIssue issue;
    issue.id = issueId;
    issue.title = issueId;
    for (const PlaybookParameter &parameter : playbookParameters(issueId))
        issue.parameters.insert(parameter.name, parameter.minimum);
    for (Side side : {Side::Receiving, Side::Disclosing, Side::Mutual})
        issue.positions.insert(side, Position{false, {}, {}, {}, {}});
    return issue;
}

} // namespace Redliner::Review
