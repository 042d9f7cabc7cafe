// SPDX-License-Identifier: GPL-3.0-or-later
//
// Playbook::parse: strict validation of a hand-edited JSON playbook. Lawyers edit these files, so
// every error names the file, the line and the field ("nda.json:42: issues[3].severity: must be
// low, medium or high") and all errors are reported at once, in file order, like a compiler does.
// A typo must never silently drop a position, hence unknown fields are refused as well.

#include "jsonlocator.h"
#include "playbook.h"
#include "playbookparameters.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::Review {

namespace {

// Past this many the user is better served by fixing the first ones and trying again.
constexpr int MaxReportedErrors = 20;

QString member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : QString(path + u'.' + key);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"true/false"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"nothing"_s;
}

// Keys starting with "_" are comments: JSON has none, and people annotate their playbooks.
bool isComment(const QString &key)
{
    return key.startsWith(u'_');
}

class Validator final
{
public:
    Validator(const QString &file, const JsonLocator &where) : m_file(file), m_where(where) {}

    void run(const QJsonObject &root, Playbook *out);
    bool ok() const { return m_errors.isEmpty(); }
    QString errorText();

private:
    void fail(const QString &path, const QString &message) { failAt(m_where.line(path), path, message); }
    void failAt(int line, const QString &path, const QString &message);
    void knownKeys(const QJsonObject &object, const QString &path, const QStringList &known);
    bool text(const QJsonObject &object, const QString &path, const QString &key, bool required,
              const QString &purpose, QString *out);
    void issue(const QJsonValue &value, int index, PlaybookIssue *out);
    void parameters(const QJsonObject &issue, const QString &path, const QString &id, QJsonObject *out);
    void positions(const QJsonObject &issue, const QString &path, const QString &id,
                   QHash<Side, Position> *out);
    void position(const QJsonValue &value, const QString &path, const QString &id, Position *out);
    void placeholders(const QString &language, const QString &path, const QString &id);

    struct Error final {
        int line;
        QString text;
    };
    QString m_file;
    const JsonLocator &m_where;
    QList<Error> m_errors;
    QHash<QString, int> m_issueIndex;  // id -> first index, for duplicates
};

void Validator::failAt(int line, const QString &path, const QString &message)
{
    // Concatenated rather than arg()'d: a file name may contain "%1".
    QString text = m_file + u':' + QString::number(line) + u": "_s;
    if (!path.isEmpty())
        text += path + u": "_s;
    m_errors.append({line, text + message});
}

QString Validator::errorText()
{
    std::stable_sort(m_errors.begin(), m_errors.end(),
                     [](const Error &a, const Error &b) { return a.line < b.line; });
    QStringList lines;
    for (const Error &error : std::as_const(m_errors)) {
        if (lines.size() == MaxReportedErrors) {
            lines.append(u"... and %1 more errors"_s.arg(m_errors.size() - MaxReportedErrors));
            break;
        }
        lines.append(error.text);
    }
    return lines.join(u'\n');
}

void Validator::knownKeys(const QJsonObject &object, const QString &path, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()) && !isComment(it.key()))
            fail(member(path, it.key()),
                 u"unknown field (known: "_s + known.join(u", "_s) + u"; start a key with _ for a comment)"_s);
    }
}

bool Validator::text(const QJsonObject &object, const QString &path, const QString &key, bool required,
                     const QString &purpose, QString *out)
{
    const QString where = member(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(where, u"missing: "_s + purpose);
        return false;
    }
    if (!value.isString()) {
        fail(where, u"must be a string, not "_s + typeName(value));
        return false;
    }
    *out = value.toString();
    if (required && out->trimmed().isEmpty()) {
        fail(where, u"empty: "_s + purpose);
        return false;
    }
    return true;
}

void Validator::run(const QJsonObject &root, Playbook *out)
{
    knownKeys(root, QString(), {u"name"_s, u"version"_s, u"description"_s, u"issues"_s});
    text(root, QString(), u"name"_s, true, u"the playbook's name, shown in reports"_s, &out->name);
    text(root, QString(), u"version"_s, true, u"a version string such as \"1.0.0\""_s, &out->version);
    text(root, QString(), u"description"_s, false, QString(), &out->description);

    for (const JsonLocator::Duplicate &duplicate : m_where.duplicates()) {
        const QString key = duplicate.path.mid(duplicate.path.lastIndexOf(u'.') + 1);
        if (!isComment(key))
            failAt(duplicate.line, duplicate.path,
                   u"given twice (also on line %1); JSON keeps only the last one"_s.arg(duplicate.firstLine));
    }

    const QJsonValue issues = root.value(u"issues"_s);
    if (issues.isUndefined()) {
        fail(u"issues"_s, u"missing: the array of issues"_s);
        return;
    }
    if (!issues.isArray()) {
        fail(u"issues"_s, u"must be an array of issue objects, not "_s + typeName(issues));
        return;
    }
    const QJsonArray array = issues.toArray();
    if (array.isEmpty())
        fail(u"issues"_s, u"empty: a playbook needs at least one issue"_s);
    for (qsizetype i = 0; i < array.size(); ++i) {
        PlaybookIssue parsed;
        issue(array.at(i), int(i), &parsed);
        out->issues.append(parsed);
    }
}

void Validator::issue(const QJsonValue &value, int index, PlaybookIssue *out)
{
    const QString path = u"issues[%1]"_s.arg(index);
    if (!value.isObject()) {
        fail(path, u"must be an object, not "_s + typeName(value));
        return;
    }
    const QJsonObject object = value.toObject();
    knownKeys(object, path,
              {u"id"_s, u"title"_s, u"severity"_s, u"enabled"_s, u"parameters"_s, u"positions"_s});

    const QStringList known = knownIssueIds();
    if (text(object, path, u"id"_s, true, u"one of the issue ids"_s, &out->id)) {
        const QString idPath = member(path, u"id"_s);
        if (!known.contains(out->id)) {
            fail(idPath, u"unknown issue '"_s + out->id + u"' (known: "_s + known.join(u", "_s) + u')');
        } else if (const auto first = m_issueIndex.constFind(out->id); first != m_issueIndex.cend()) {
            const QString firstPath = u"issues[%1]"_s.arg(first.value());
            fail(idPath, u"duplicate issue '%1' (already given as %2 on line %3)"_s.arg(
                             out->id, firstPath, QString::number(m_where.line(firstPath))));
        } else {
            m_issueIndex.insert(out->id, index);
        }
    }
    text(object, path, u"title"_s, true, u"a short title shown in reports"_s, &out->title);

    QString severity;
    if (text(object, path, u"severity"_s, true, u"low, medium or high"_s, &severity)
        && !parseSeverity(severity, &out->severity))
        fail(member(path, u"severity"_s), u"must be low, medium or high, not '"_s + severity + u'\'');

    if (const QJsonValue enabled = object.value(u"enabled"_s); !enabled.isUndefined()) {
        if (enabled.isBool())
            out->enabled = enabled.toBool();
        else
            fail(member(path, u"enabled"_s), u"must be true or false, not "_s + typeName(enabled));
    }
    parameters(object, path, out->id, &out->parameters);
    positions(object, path, out->id, &out->positions);
}

void Validator::parameters(const QJsonObject &issue, const QString &path, const QString &id, QJsonObject *out)
{
    const QString here = member(path, u"parameters"_s);
    const QJsonValue value = issue.value(u"parameters"_s);
    if (!value.isUndefined() && !value.isObject()) {
        fail(here, u"must be an object, not "_s + typeName(value));
        return;
    }
    *out = value.toObject();
    if (!knownIssueIds().contains(id))
        return;  // already reported; which parameters apply is unknown

    QStringList names;
    for (const PlaybookParameter &spec : playbookParameters(id)) {
        names.append(spec.name);
        const QString where = member(here, spec.name);
        const QJsonValue number = out->value(spec.name);
        if (number.isUndefined()) {
            fail(where, u"missing: "_s + spec.meaning);
            continue;
        }
        const double v = number.toDouble(-1);
        if (!number.isDouble() || std::trunc(v) != v || v < spec.minimum || v > spec.maximum)
            fail(where, u"must be a whole number from %1 to %2 (%3), not %4"_s.arg(
                            QString::number(spec.minimum), QString::number(spec.maximum), spec.meaning,
                            number.isDouble() ? QString::number(v) : typeName(number)));
    }
    for (auto it = out->begin(); it != out->end(); ++it) {
        if (!names.contains(it.key()) && !isComment(it.key()))
            fail(member(here, it.key()),
                 names.isEmpty() ? u"unknown parameter: issue '%1' takes none"_s.arg(id)
                                 : u"unknown parameter (known for %1: %2)"_s.arg(id, names.join(u", "_s)));
    }
    const QJsonValue max = out->value(u"max_months"_s);
    const QJsonValue proposed = out->value(u"proposed_months"_s);
    if (max.isDouble() && proposed.isDouble() && proposed.toDouble() > max.toDouble())
        fail(member(here, u"proposed_months"_s),
             u"must not exceed max_months (%1): the proposal would itself be objectionable"_s.arg(max.toDouble()));
}

void Validator::positions(const QJsonObject &issue, const QString &path, const QString &id,
                          QHash<Side, Position> *out)
{
    const QString here = member(path, u"positions"_s);
    const QJsonValue value = issue.value(u"positions"_s);
    if (value.isUndefined()) {
        fail(here, u"missing: an object with the receiving, disclosing and mutual positions"_s);
        return;
    }
    if (!value.isObject()) {
        fail(here, u"must be an object with receiving, disclosing and mutual, not "_s + typeName(value));
        return;
    }
    const QJsonObject object = value.toObject();
    const QStringList sides{sideName(Side::Receiving), sideName(Side::Disclosing), sideName(Side::Mutual)};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!sides.contains(it.key()) && !isComment(it.key()))
            fail(member(here, it.key()),
                 u"unknown side '"_s + it.key() + u"' (known: "_s + sides.join(u", "_s) + u')');
    }
    for (const QString &name : sides) {
        Side side = Side::Mutual;
        parseSide(name, &side);
        if (!object.contains(name)) {
            fail(here, u"missing side '"_s + name + u"': every issue needs receiving, disclosing and mutual"_s);
            continue;
        }
        Position parsed;
        position(object.value(name), member(here, name), id, &parsed);
        out->insert(side, parsed);
    }
}

void Validator::position(const QJsonValue &value, const QString &path, const QString &id, Position *out)
{
    if (!value.isObject()) {
        fail(path, u"must be an object, not "_s + typeName(value));
        return;
    }
    const QJsonObject object = value.toObject();
    knownKeys(object, path, {u"raise"_s, u"preferred"_s, u"fallback"_s, u"rationale"_s, u"language"_s});
    const QJsonValue raise = object.value(u"raise"_s);
    if (raise.isUndefined())
        fail(member(path, u"raise"_s), u"missing: true if this side objects, false if it does not"_s);
    else if (!raise.isBool())
        fail(member(path, u"raise"_s), u"must be true or false, not "_s + typeName(raise));
    out->raise = raise.toBool(false);

    // A raised position becomes a tracked change with a comment, so it needs all four texts; a
    // position that is not raised only shows in the report, so its texts are optional.
    const bool needed = out->raise;
    const QString because = u"a raised position needs "_s;
    text(object, path, u"preferred"_s, needed, because + u"the preferred position"_s, &out->preferred);
    text(object, path, u"fallback"_s, needed, because + u"a fallback position"_s, &out->fallback);
    text(object, path, u"rationale"_s, needed, because + u"a rationale (the comment on the change)"_s,
         &out->rationale);
    if (text(object, path, u"language"_s, needed, because + u"the language to propose"_s, &out->language))
        placeholders(out->language, member(path, u"language"_s), id);
}

void Validator::placeholders(const QString &language, const QString &path, const QString &id)
{
    // A placeholder the rule does not fill would land in the agreement as "{month}".
    const QStringList known = playbookPlaceholders(id);
    for (qsizetype open = language.indexOf(u'{'); open >= 0; open = language.indexOf(u'{', open + 1)) {
        const qsizetype close = language.indexOf(u'}', open);
        if (close < 0) {
            fail(path, u"unmatched '{' (placeholders look like {months})"_s);
            return;
        }
        const QString placeholder = language.mid(open, close - open + 1);
        if (known.isEmpty()) {
            fail(path, placeholder + u" is not filled in here: only the language of term and survival "
                                     "takes {months} and {months_words}"_s);
        } else if (!known.contains(placeholder)) {
            fail(path, u"unknown placeholder "_s + placeholder + u" (known: "_s + known.join(u", "_s) + u')');
        }
    }
}

// Qt's offset points just past the character it choked on (or at the space before trailing
// garbage); an editor user wants the character itself.
qsizetype culprit(QByteArrayView json, int offset)
{
    qsizetype at = qBound(qsizetype(0), qsizetype(offset) - 1, json.size());
    while (at < json.size() && (json[at] == ' ' || json[at] == '\t' || json[at] == '\n' || json[at] == '\r'))
        ++at;
    return at;
}

// Qt's wording for the commonest slips in hand-written JSON is cryptic; say what to fix.
QString hint(const QJsonParseError &error, QByteArrayView json, qsizetype at)
{
    const char c = at < json.size() ? json[at] : '\0';
    if (error.error == QJsonParseError::MissingObject && (c == '}' || c == ']'))
        return u" (JSON allows no comma after the last item)"_s;
    if (error.error == QJsonParseError::UnterminatedObject && c == '"')
        return u" (is a comma missing before this?)"_s;
    if (c == '\'')
        return u" (JSON strings take double quotes)"_s;
    return QString();
}

} // namespace

bool Playbook::parse(const QByteArray &json, const QString &path, Playbook *playbook, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // An editor may save an "empty" file as just a BOM; that is still empty to the user.
    const QByteArray body = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    if (body.trimmed().isEmpty())
        return fail(path + u":1:1: not valid JSON: the file is empty"_s);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype at = culprit(json, parseError.offset);
        const JsonLocator::Position where = JsonLocator::position(json, at);
        return fail(path + u':' + QString::number(where.line) + u':' + QString::number(where.column)
                    + u": not valid JSON: "_s + parseError.errorString() + hint(parseError, json, at));
    }
    const JsonLocator locator(json);
    if (!document.isObject())
        return fail(path + u':' + QString::number(locator.line(QString()))
                    + u": a playbook must be a JSON object with name, version and issues"_s);

    Playbook parsed;
    parsed.path = path;
    parsed.sha256 = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    Validator validator(path, locator);
    validator.run(document.object(), &parsed);
    if (!validator.ok())
        return fail(validator.errorText());
    if (playbook)
        *playbook = std::move(parsed);
    return true;
}

} // namespace Redliner::Review
