// SPDX-License-Identifier: GPL-3.0-or-later
//
// Function calling in Chat Completions, OpenAI and the local flavour alike: which tool_choice gets
// a call, the call as the official openai SDK 6.49 reads it (message.tool_calls, finish_reason
// "tool_calls"; streamed: an opening chunk with the id and name, argument fragments, an empty
// finish delta), and the content faults around a call. The test class: tst_mockllm.h.

#include "tst_mockllm.h"

#include "generation.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::MockLlm;
using namespace Redliner::MockLlm::Test;

namespace {

const QString openAiPath = u"/v1/chat/completions"_s;
const QString localPath = u"/local/v1/chat/completions"_s;

QJsonObject choiceOf(const HttpResult &result)
{
    return result.json().value(u"choices").toArray().first().toObject();
}

QJsonObject messageOf(const HttpResult &result)
{
    return choiceOf(result).value(u"message").toObject();
}

QJsonObject firstCall(const QJsonObject &message)
{
    return message.value(u"tool_calls").toArray().first().toObject();
}

QString argumentsOf(const QJsonObject &message)
{
    return firstCall(message).value(u"function").toObject().value(u"arguments").toString();
}

bool isCallId(const QString &id)
{
    static const QRegularExpression pattern(u"^call_[A-Za-z0-9]{24}$"_s);
    return pattern.match(id).hasMatch();
}

Headers authFor(const QString &path)
{
    return path == localPath ? plainJson() : openAiAuth();
}

Headers scenario(const QByteArray &spec)
{
    return {{"X-Mock-Scenario"_ba, spec}};
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

void TestMockLlm::openAiToolChoice_data()
{
    QTest::addColumn<QJsonValue>("choice");   // left out when undefined
    QTest::addColumn<bool>("responseFormat"); // also the json_schema response_format
    QTest::addColumn<bool>("twoTools");       // lookup_clause offered before record_review
    QTest::addColumn<QString>("called");      // the function called; none: a content answer

    const QJsonValue forced = forcedFunction(u"record_review"_s);
    const QJsonValue allowedRequired =
        QJsonObject{{u"type"_s, u"allowed_tools"_s},
                    {u"allowed_tools"_s, QJsonObject{{u"mode"_s, u"required"_s}, {u"tools"_s, QJsonArray{forced}}}}};
    const QJsonValue allowedAuto =
        QJsonObject{{u"type"_s, u"allowed_tools"_s},
                    {u"allowed_tools"_s, QJsonObject{{u"mode"_s, u"auto"_s}, {u"tools"_s, QJsonArray{forced}}}}};
    const QString review = u"record_review"_s;
    QTest::newRow("forced") << forced << false << false << review;
    QTest::newRow("forced, second of two tools") << forced << false << true << review;
    QTest::newRow("forced over response_format") << forced << true << false << review;
    QTest::newRow("required") << QJsonValue(u"required"_s) << false << false << review;
    QTest::newRow("required, two tools: the first") << QJsonValue(u"required"_s) << false << true << u"lookup_clause"_s;
    QTest::newRow("auto") << QJsonValue(u"auto"_s) << false << false << review;
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << false << false << review;
    QTest::newRow("allowed_tools required") << allowedRequired << true << true << review;
    QTest::newRow("auto with response_format") << QJsonValue(u"auto"_s) << true << false << QString();
    QTest::newRow("allowed_tools auto with response_format") << allowedAuto << true << false << QString();
    QTest::newRow("none") << QJsonValue(u"none"_s) << false << false << QString();
    QTest::newRow("none with response_format") << QJsonValue(u"none"_s) << true << false << QString();
}

void TestMockLlm::openAiToolChoice()
{
    QFETCH(QJsonValue, choice);
    QFETCH(bool, responseFormat);
    QFETCH(bool, twoTools);
    QFETCH(QString, called);
    const QStringList ids = idsOf(standardClauses());
    const auto body = [&](bool stream) {
        QJsonObject json = openAiToolRequest(standardClauses(), choice, stream, stream);
        if (responseFormat)
            json.insert(u"response_format"_s, openAiRequest(standardClauses()).value(u"response_format"));
        if (twoTools) {
            QJsonArray tools = json.value(u"tools").toArray();
            tools.prepend(openAiFunctionTool(u"lookup_clause"_s));
            json.insert(u"tools"_s, tools);
        }
        return json;
    };

    for (const QString &path : {openAiPath, localPath}) {
        const bool local = path == localPath;
        const HttpResult plain = post(path, body(false), authFor(path));
        QCOMPARE(plain.status, 200);
        const QJsonObject message = messageOf(plain);
        QCOMPARE(message.value(u"role").toString(), u"assistant"_s);
        QCOMPARE(message.contains(u"refusal"), !local);
        QVERIFY(message.value(u"refusal").isNull() || message.value(u"refusal").isUndefined());
        const OpenAiStream stream = readOpenAiStream(post(path, body(true), authFor(path)).body);
        QVERIFY(stream.done);
        QVERIFY(!stream.usage.isEmpty());
        QVERIFY(stream.roleFirst);

        if (called.isEmpty()) {
            QCOMPARE(choiceOf(plain).value(u"finish_reason").toString(), u"stop"_s);
            QVERIFY(!message.contains(u"tool_calls"));
            const QString content = message.value(u"content").toString();
            QCOMPARE(schemaProblem(parseObject(content.toUtf8()), ids), QString());
            QCOMPARE(stream.finishReason, u"stop"_s);
            QCOMPARE(stream.toolDeltaCount, 0);
            QCOMPARE(stream.content, content);
            continue;
        }
        // message.content null, one call with the answer as its arguments string.
        QCOMPARE(choiceOf(plain).value(u"finish_reason").toString(), u"tool_calls"_s);
        QVERIFY(message.contains(u"content"));
        QVERIFY(message.value(u"content").isNull());
        QCOMPARE(message.value(u"tool_calls").toArray().size(), 1);
        const QJsonObject call = firstCall(message);
        QVERIFY2(isCallId(call.value(u"id").toString()), qPrintable(call.value(u"id").toString()));
        QCOMPARE(call.value(u"type").toString(), u"function"_s);
        QCOMPARE(call.value(u"function").toObject().value(u"name").toString(), called);
        const QString arguments = argumentsOf(message);
        QCOMPARE(schemaProblem(parseObject(arguments.toUtf8()), ids), QString());

        // Streamed: the same arguments, in fragments after the opening chunk; no content.
        QCOMPARE(stream.finishReason, u"tool_calls"_s);
        QCOMPARE(stream.toolCallChunk, 0);
        QVERIFY(isCallId(stream.toolCallId));
        QCOMPARE(stream.toolName, called);
        QCOMPARE(stream.toolArguments, arguments);
        QVERIFY(stream.toolDeltaCount > 2);
        QVERIFY(stream.toolIndexesZero);
        QVERIFY(stream.content.isEmpty());
        QCOMPARE(stream.deltaCount, 0);
    }
}

void TestMockLlm::openAiToolCallStream()
{
    const QJsonValue forced = forcedFunction(u"record_review"_s);
    for (const QString &path : {openAiPath, localPath}) {
        const bool local = path == localPath;
        const HttpResult streamed = post(path, openAiToolRequest(standardClauses(), forced, true, true), authFor(path));
        QCOMPARE(streamed.status, 200);
        const QList<Sse> events = parseSse(streamed.body);
        QVERIFY(events.size() > 4);
        QCOMPARE(events.last().data, "[DONE]"_ba);

        // The opening chunk: role, content null, the call's index, id, type, name and empty arguments.
        const QJsonObject first = parseObject(events.first().data).value(u"choices").toArray().first().toObject();
        const QJsonObject opening = first.value(u"delta").toObject();
        QCOMPARE(keysOf(opening), local ? (QStringList{u"content"_s, u"role"_s, u"tool_calls"_s})
                                        : (QStringList{u"content"_s, u"refusal"_s, u"role"_s, u"tool_calls"_s}));
        QVERIFY(opening.value(u"content").isNull());
        QVERIFY(first.value(u"finish_reason").isNull());
        const QJsonObject call = opening.value(u"tool_calls").toArray().first().toObject();
        QCOMPARE(keysOf(call), (QStringList{u"function"_s, u"id"_s, u"index"_s, u"type"_s}));
        QCOMPARE(call.value(u"index").toInt(-1), 0);
        QCOMPARE(call.value(u"type").toString(), u"function"_s);
        QCOMPARE(call.value(u"function").toObject(),
                 (QJsonObject{{u"name"_s, u"record_review"_s}, {u"arguments"_s, u""_s}}));

        // Then fragments only, the finish chunk with an empty delta, and the usage chunk.
        qsizetype at = 1;
        QString arguments;
        for (; at < events.size(); ++at) {
            const QJsonObject chunk = parseObject(events.at(at).data);
            const QJsonObject choice = chunk.value(u"choices").toArray().first().toObject();
            if (!choice.value(u"finish_reason").isNull())
                break;
            const QJsonObject delta = choice.value(u"delta").toObject();
            QCOMPARE(keysOf(delta), QStringList{u"tool_calls"_s});
            const QJsonObject fragment = delta.value(u"tool_calls").toArray().first().toObject();
            QCOMPARE(keysOf(fragment), (QStringList{u"function"_s, u"index"_s}));
            QCOMPARE(keysOf(fragment.value(u"function").toObject()), QStringList{u"arguments"_s});
            arguments += fragment.value(u"function").toObject().value(u"arguments").toString();
        }
        QVERIFY(at > 2);
        const QJsonObject finish = parseObject(events.at(at).data).value(u"choices").toArray().first().toObject();
        QCOMPARE(finish.value(u"finish_reason").toString(), u"tool_calls"_s);
        QVERIFY(finish.value(u"delta").toObject().isEmpty());
        QCOMPARE(at + 3, events.size());
        const QJsonObject usage = parseObject(events.at(at + 1).data);
        QVERIFY(usage.value(u"choices").toArray().isEmpty());
        QVERIFY(usage.value(u"usage").toObject().value(u"completion_tokens").toInt() > 0);
        QCOMPARE(schemaProblem(parseObject(arguments.toUtf8()), idsOf(standardClauses())), QString());

        // Seeded: the same request gets the same call id; the answer matches the non-streamed one.
        const OpenAiStream again =
            readOpenAiStream(post(path, openAiToolRequest(standardClauses(), forced, true, true), authFor(path)).body);
        QCOMPARE(again.toolCallId, call.value(u"id").toString());
        const QJsonObject message = messageOf(post(path, openAiToolRequest(standardClauses(), forced), authFor(path)));
        QCOMPARE(argumentsOf(message), arguments);
        QCOMPARE(message.contains(u"annotations"), !local);
    }

    // Without stream_options.include_usage: no usage chunk, the finish chunk right before [DONE].
    const QList<Sse> events =
        parseSse(post(openAiPath, openAiToolRequest(standardClauses(), forced, true), openAiAuth()).body);
    QCOMPARE(parseObject(events.at(events.size() - 2).data)
                 .value(u"choices")
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"finish_reason")
                 .toString(),
             u"tool_calls"_s);
}

void TestMockLlm::openAiToolCallFaults()
{
    const QStringList ids = idsOf(standardClauses());
    const QJsonValue forced = forcedFunction(u"record_review"_s);
    const QJsonObject plainBody = openAiToolRequest(standardClauses(), forced);
    const QJsonObject streamBody = openAiToolRequest(standardClauses(), forced, true, true);
    for (const QString &path : {openAiPath, localPath}) {
        const Headers auth = authFor(path);
        const QString full = argumentsOf(messageOf(post(path, plainBody, auth)));
        QVERIFY(!full.isEmpty());

        // refusal: no call; content null and the refusal text, as without tools.
        const HttpResult refused = post(path, plainBody, auth + scenario("refusal"));
        QVERIFY(messageOf(refused).value(u"content").isNull());
        QCOMPARE(messageOf(refused).value(u"refusal").toString(), refusalText.toString());
        QVERIFY(!messageOf(refused).contains(u"tool_calls"));
        QCOMPARE(choiceOf(refused).value(u"finish_reason").toString(), u"stop"_s);
        const OpenAiStream refusedStream = readOpenAiStream(post(path, streamBody, auth + scenario("refusal")).body);
        QCOMPARE(refusedStream.refusal, refusalText.toString());
        QCOMPARE(refusedStream.toolDeltaCount, 0);
        QVERIFY(refusedStream.content.isEmpty());
        QCOMPARE(refusedStream.finishReason, u"stop"_s);

        // length: the call's arguments cut inside the JSON, finish_reason "length".
        const HttpResult cut = post(path, plainBody, auth + scenario("length"));
        QCOMPARE(choiceOf(cut).value(u"finish_reason").toString(), u"length"_s);
        const QString cutArguments = argumentsOf(messageOf(cut));
        QVERIFY(cutArguments.size() > full.size() / 3);
        QVERIFY(full.startsWith(cutArguments) && cutArguments != full);
        bool ok = true;
        parseObject(cutArguments.toUtf8(), &ok);
        QVERIFY(!ok);
        const OpenAiStream cutStream = readOpenAiStream(post(path, streamBody, auth + scenario("length")).body);
        QCOMPARE(cutStream.finishReason, u"length"_s);
        QCOMPARE(cutStream.toolArguments, cutArguments);

        // broken-answer: the model ignored the tool and wrote broken text as content.
        const HttpResult broken = post(path, plainBody, auth + scenario("broken-answer"));
        QVERIFY(!messageOf(broken).contains(u"tool_calls"));
        QCOMPARE(choiceOf(broken).value(u"finish_reason").toString(), u"stop"_s);
        const QString brokenText = messageOf(broken).value(u"content").toString();
        QVERIFY(!brokenText.isEmpty());
        parseObject(brokenText.toUtf8(), &ok);
        QVERIFY(!ok);
        const OpenAiStream brokenStream =
            readOpenAiStream(post(path, streamBody, auth + scenario("broken-answer")).body);
        QCOMPARE(brokenStream.content, brokenText);
        QCOMPARE(brokenStream.toolDeltaCount, 0);

        // wrong-schema: a call whose arguments are JSON that breaks the schema.
        const QString wrong = argumentsOf(messageOf(post(path, plainBody, auth + scenario("wrong-schema"))));
        QVERIFY(!schemaProblem(parseObject(wrong.toUtf8(), &ok), ids).isEmpty());
        QVERIFY(ok);

        // content-filter: nothing (not streamed); streamed, the first part of the arguments.
        const HttpResult filtered = post(path, plainBody, auth + scenario("content-filter"));
        QCOMPARE(choiceOf(filtered).value(u"finish_reason").toString(), u"content_filter"_s);
        QVERIFY(messageOf(filtered).value(u"content").isNull());
        QVERIFY(!messageOf(filtered).contains(u"tool_calls"));
        const OpenAiStream filteredStream =
            readOpenAiStream(post(path, streamBody, auth + scenario("content-filter")).body);
        QCOMPARE(filteredStream.finishReason, u"content_filter"_s);
        QVERIFY(full.startsWith(filteredStream.toolArguments) && filteredStream.toolArguments.size() < full.size());

        // midstream-error: some fragments, then the error chunk and no [DONE]; not streamed, a 500.
        const OpenAiStream failed = readOpenAiStream(post(path, streamBody, auth + scenario("midstream-error")).body);
        QVERIFY(failed.toolDeltaCount > 2);
        QVERIFY(full.startsWith(failed.toolArguments) && failed.toolArguments.size() < full.size());
        QCOMPARE(failed.error.value(u"type").toString(), u"server_error"_s);
        QVERIFY(failed.finishReason.isEmpty());
        QVERIFY(!failed.done);
        QCOMPARE(post(path, plainBody, auth + scenario("midstream-error")).status, 500);

        // leading-whitespace pads content only: the arguments stay as they are.
        QCOMPARE(argumentsOf(messageOf(post(path, plainBody, auth + scenario("framing,leading-whitespace")))), full);
        const OpenAiStream padded =
            readOpenAiStream(post(path, streamBody, auth + scenario("framing,leading-whitespace")).body);
        QCOMPARE(padded.toolArguments, full);
        QCOMPARE(padded.deltaCount, 0);
        const HttpResult paddedContent = post(path, openAiToolRequest(standardClauses(), QJsonValue(u"none"_s)),
                                              auth + scenario("framing,leading-whitespace"));
        QVERIFY(messageOf(paddedContent).value(u"content").toString().startsWith(u"\n  \n"_s));

        // moderation and framing flags ride on a call as on content.
        const HttpResult moderated = post(path, plainBody, auth + scenario("framing,moderation"));
        QVERIFY(moderated.json().value(u"moderation").isObject());
        QCOMPARE(argumentsOf(messageOf(moderated)), full);
        const OpenAiStream moderatedStream =
            readOpenAiStream(post(path, streamBody, auth + scenario("framing,moderation")).body);
        QVERIFY(moderatedStream.moderationChunk > 0);
        QCOMPARE(moderatedStream.finishChunk, moderatedStream.moderationChunk + 1);
        QCOMPARE(moderatedStream.finishReason, u"tool_calls"_s);
        QCOMPARE(moderatedStream.toolArguments, full);
        for (const QByteArray &spec : {"framing,line-ending=crlf,chunking=bytes"_ba, "framing,line-ending=cr,bom"_ba,
                                       "framing,comments,bare-done"_ba}) {
            const OpenAiStream framed = readOpenAiStream(post(path, streamBody, auth + scenario(spec)).body);
            QVERIFY2(framed.toolArguments == full, spec.constData());
            QCOMPARE(framed.finishReason, u"tool_calls"_s);
        }
    }
}
