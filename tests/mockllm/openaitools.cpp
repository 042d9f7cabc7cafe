// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaitools.h"

#include "wireformat.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

namespace {

// The first function tool of a tools array; empty when there is none.
QString firstFunction(const QJsonArray &tools)
{
    for (const QJsonValue tool : tools) {
        const QJsonObject object = tool.toObject();
        const QString name = object.value(u"function").toObject().value(u"name").toString();
        if (object.value(u"type").toString() == u"function" && !name.isEmpty())
            return name;
    }
    return {};
}

bool wantsJsonContent(const QJsonObject &json)
{
    const QString format = json.value(u"response_format").toObject().value(u"type").toString();
    return format == u"json_schema" || format == u"json_object";
}

} // namespace

std::optional<QString> calledFunction(const QJsonObject &json)
{
    const QString offered = firstFunction(json.value(u"tools").toArray());
    if (offered.isEmpty())
        return std::nullopt;
    const QJsonValue choice = json.value(u"tool_choice");
    if (choice.isObject()) {
        const QJsonObject object = choice.toObject();
        const QString type = object.value(u"type").toString();
        if (type == u"function") {
            const QString name = object.value(u"function").toObject().value(u"name").toString();
            return name.isEmpty() ? offered : name;
        }
        if (type == u"allowed_tools") {
            const QJsonObject allowed = object.value(u"allowed_tools").toObject();
            const QString name = firstFunction(allowed.value(u"tools").toArray());
            if (name.isEmpty() || (allowed.value(u"mode").toString() != u"required" && wantsJsonContent(json)))
                return std::nullopt;
            return name;
        }
        return std::nullopt; // a custom tool: the mock has none, it answers in content
    }
    const QString mode = choice.toString(u"auto"_s);
    if (mode == u"required")
        return offered;
    if (mode == u"auto" && !wantsJsonContent(json))
        return offered;
    return std::nullopt;
}

QByteArray toolCallOpening(const QByteArray &callId, const QString &function, bool local)
{
    return "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":0,\"id\":"_ba
           + jsonString(QString::fromLatin1(callId)) + ",\"type\":\"function\",\"function\":{\"name\":"_ba
           + jsonString(function) + ",\"arguments\":\"\"}}]"_ba + (local ? "}"_ba : ",\"refusal\":null}"_ba);
}

QByteArray toolCallArguments(QStringView fragment)
{
    return "{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":"_ba + jsonString(fragment) + "}}]}"_ba;
}

} // namespace Redliner::MockLlm
