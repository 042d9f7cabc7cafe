// SPDX-License-Identifier: GPL-3.0-or-later
//
// Anthropic's API versions as the mock serves them: 2023-06-01 and 2026-10-21 (the TypeScript SDK
// 1.15 sources), the accepted list and its three switches, the key and the body rules of each
// version, and the request id on every reply of every dialect. The test class: tst_mockllm.h.

#include "tst_mockllm.h"

#include <QJsonArray>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::MockLlm;
using namespace Redliner::MockLlm::Test;

void TestMockLlm::anthropicVersions_data()
{
    QTest::addColumn<QByteArray>("version"); // none when empty
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("2023-06-01") << "2023-06-01"_ba << 200 << QString();
    QTest::newRow("2026-10-21") << "2026-10-21"_ba << 200 << QString();
    QTest::newRow("missing") << QByteArray() << 400 << u"anthropic-version: header is required"_s;
    QTest::newRow("unknown") << "2024-13-01"_ba << 400 << u"anthropic-version: \"2024-13-01\" is not a valid version"_s;
    QTest::newRow("a day late") << "2026-10-22"_ba << 400
                                << u"anthropic-version: \"2026-10-22\" is not a valid version"_s;
}

void TestMockLlm::anthropicVersions()
{
    QFETCH(QByteArray, version);
    QFETCH(int, status);
    QFETCH(QString, message);
    // x-api-key works under both versions: only the version decides here.
    const HttpResult result = post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicHeaders(version));
    QCOMPARE(result.status, status);
    QVERIFY(result.header("request-id").startsWith("req_011C"));
    if (status == 200) {
        QCOMPARE(result.json().value(u"type").toString(), u"message"_s);
        return;
    }
    QCOMPARE(errorOf(result).value(u"type").toString(), u"invalid_request_error"_s);
    QCOMPARE(errorOf(result).value(u"message").toString(), message);
}

void TestMockLlm::anthropicVersionsRestricted()
{
    const QJsonObject body = anthropicRequest(standardClauses());
    // A gateway that knows 2023-06-01 only: the version is refused before the key is looked at, so a
    // 2026 request (bearer key, which 2023-06-01 would not read) and a wrong key both get the 400.
    m_server->setAnthropicVersions({u"2023-06-01"_s});
    QCOMPARE(m_server->config().anthropicVersions, QStringList{u"2023-06-01"_s});
    for (const Headers &headers :
         {anthropicAuth2026(), anthropicHeaders("2026-10-21"_ba, "x-api-key"_ba, "wrong"_ba)}) {
        const HttpResult refused = post(u"/v1/messages"_s, body, headers);
        QCOMPARE(refused.status, 400);
        QCOMPARE(errorOf(refused).value(u"type").toString(), u"invalid_request_error"_s);
        QCOMPARE(errorOf(refused).value(u"message").toString(),
                 u"anthropic-version: \"2026-10-21\" is not a valid version"_s);
    }
    QCOMPARE(post(u"/v1/messages"_s, body, anthropicAuth()).status, 200);
    QCOMPARE(post(u"/v1/messages"_s, body, anthropicHeaders("2023-06-01"_ba, "x-api-key"_ba, "wrong"_ba)).status, 401);

    // The same through /mock/config, for a mock in another process.
    RequestOptions postOptions;
    postOptions.headers = plainJson();
    const HttpResult only2026 = request(u"/mock/config"_s, R"({"anthropic_versions":["2026-10-21"]})"_ba, postOptions);
    QCOMPARE(only2026.status, 200);
    QCOMPARE(only2026.json().value(u"anthropic_versions").toArray(), QJsonArray{u"2026-10-21"_s});
    QCOMPARE(post(u"/v1/messages"_s, body, anthropicAuth()).status, 400);
    QCOMPARE(post(u"/v1/messages"_s, body, anthropicAuth2026()).status, 200);
    QCOMPARE(request(u"/mock/config"_s, R"({"anthropic_versions":"2026-10-21"})"_ba, postOptions).status, 400);
    QCOMPARE(request(u"/mock/config"_s, R"({"anthropic_versions":[1]})"_ba, postOptions).status, 400);
    // An empty list restores the default.
    const HttpResult restored = request(u"/mock/config"_s, R"({"anthropic_versions":[]})"_ba, postOptions);
    QCOMPARE(restored.json().value(u"anthropic_versions").toArray(), (QJsonArray{u"2023-06-01"_s, u"2026-10-21"_s}));
    QCOMPARE(post(u"/v1/messages"_s, body, anthropicAuth()).status, 200);
    m_server->setAnthropicVersions({u"2026-10-21"_s});
    m_server->setAnthropicVersions({});
    QCOMPARE(m_server->config().anthropicVersions, (QStringList{u"2023-06-01"_s, u"2026-10-21"_s}));
}

void TestMockLlm::anthropicAuthByVersion_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("authName"); // none when empty
    QTest::addColumn<QByteArray>("authValue");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QByteArray v2023 = "2023-06-01"_ba;
    const QByteArray v2026 = "2026-10-21"_ba;
    QTest::newRow("2023 x-api-key") << v2023 << "x-api-key"_ba
                                    << "test-key"_ba << 200 << QString();
    QTest::newRow("2023 bearer only") << v2023 << "Authorization"_ba
                                      << "Bearer test-key"_ba << 401 << u"x-api-key header is required"_s;
    QTest::newRow("2023 wrong x-api-key") << v2023 << "x-api-key"_ba
                                          << "nope"_ba << 401 << u"invalid x-api-key"_s;
    QTest::newRow("2023 no key") << v2023 << QByteArray() << QByteArray() << 401 << u"x-api-key header is required"_s;
    QTest::newRow("2026 bearer") << v2026 << "Authorization"_ba
                                 << "Bearer test-key"_ba << 200 << QString();
    QTest::newRow("2026 x-api-key") << v2026 << "x-api-key"_ba
                                    << "test-key"_ba << 200 << QString();
    QTest::newRow("2026 wrong bearer") << v2026 << "Authorization"_ba
                                       << "Bearer nope"_ba << 401 << u"invalid bearer token"_s;
    QTest::newRow("2026 not bearer") << v2026 << "Authorization"_ba
                                     << "test-key"_ba << 401 << u"invalid bearer token"_s;
    QTest::newRow("2026 wrong x-api-key") << v2026 << "x-api-key"_ba
                                          << "nope"_ba << 401 << u"invalid x-api-key"_s;
    QTest::newRow("2026 no key") << v2026 << QByteArray() << QByteArray() << 401
                                 << u"authorization or x-api-key header is required"_s;
}

void TestMockLlm::anthropicAuthByVersion()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, authName);
    QFETCH(QByteArray, authValue);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Headers headers = anthropicHeaders(version, authName, authValue);
    const HttpResult result = post(u"/v1/messages"_s, anthropicRequest(standardClauses()), headers);
    QCOMPARE(result.status, status);
    QVERIFY(result.header("request-id").startsWith("req_011C"));
    if (status == 401) {
        // What makes the SDK raise its AuthenticationError: the status, and this body.
        QCOMPARE(result.error, QNetworkReply::AuthenticationRequiredError);
        QCOMPARE(result.json().value(u"type").toString(), u"error"_s);
        QCOMPARE(errorOf(result).value(u"type").toString(), u"authentication_error"_s);
        QCOMPARE(errorOf(result).value(u"message").toString(), message);
        QCOMPARE(result.json().value(u"request_id").toString().toLatin1(), result.header("request-id"));
    }
    // The model list follows the same rules, in Anthropic's shape.
    RequestOptions get;
    get.method = "GET"_ba;
    get.headers = headers;
    const HttpResult models = request(u"/v1/models"_s, {}, get);
    QCOMPARE(models.status, status);
    if (status == 200)
        QVERIFY(models.json().contains(u"has_more"));
}

void TestMockLlm::samplingParametersByVersion()
{
    m_server->script(Fault{}); // a queued 500 that the rejections must not use up
    for (const QString &field : {u"temperature"_s, u"top_k"_s, u"top_p"_s}) {
        QJsonObject body = anthropicRequest(standardClauses());
        body.insert(field, field == u"top_k" ? QJsonValue(40) : QJsonValue(0.5));
        const HttpResult refused = post(u"/v1/messages"_s, body, anthropicAuth2026());
        QCOMPARE(refused.status, 400);
        QCOMPARE(errorOf(refused).value(u"type").toString(), u"invalid_request_error"_s);
        QCOMPARE(errorOf(refused).value(u"message").toString(), field + u": Extra inputs are not permitted"_s);
        QCOMPARE(m_server->pendingFaults(), 1);
    }
    // Several: the first of temperature, top_k, top_p is named.
    QJsonObject several = anthropicRequest(standardClauses());
    several.insert(u"top_p"_s, 0.9);
    several.insert(u"temperature"_s, 0);
    QCOMPARE(errorOf(post(u"/v1/messages"_s, several, anthropicAuth2026())).value(u"message").toString(),
             u"temperature: Extra inputs are not permitted"_s);
    // 2023-06-01 still takes them.
    m_server->clearFaults();
    several.insert(u"top_k"_s, 40);
    QCOMPARE(post(u"/v1/messages"_s, several, anthropicAuth()).status, 200);
}

void TestMockLlm::systemMessagesByVersion_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("message"); // JSON of the message put before the user's
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QByteArray v2023 = "2023-06-01"_ba;
    const QByteArray v2026 = "2026-10-21"_ba;
    const QByteArray systemString = R"({"role":"system","content":"Review for the receiving party."})"_ba;
    QTest::newRow("2026 string") << v2026 << systemString << 200 << QString();
    QTest::newRow("2026 text blocks")
        << v2026
        << R"({"role":"system","content":[{"type":"text","text":"Review."},{"type":"text","text":"Be brief."}]})"_ba
        << 200 << QString();
    QTest::newRow("2026 image block")
        << v2026 << R"({"role":"system","content":[{"type":"text","text":"Review."},{"type":"image","source":{}}]})"_ba
        << 400 << u"messages.0.content.1.type: Input should be 'text'"_s;
    QTest::newRow("2026 number") << v2026 << R"({"role":"system","content":7})"_ba << 400
                                 << u"messages.0.content: Input should be a valid string or a list of text blocks"_s;
    QTest::newRow("2026 unknown role") << v2026 << R"({"role":"developer","content":"x"})"_ba << 400
                                       << u"messages.0.role: Input should be 'user', 'assistant' or 'system'"_s;
    QTest::newRow("2023 system") << v2023 << systemString << 400
                                 << u"messages.0.role: Input should be 'user' or 'assistant'"_s;
}

void TestMockLlm::systemMessagesByVersion()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, message);
    QFETCH(int, status);
    QFETCH(QString, error);
    QJsonObject body = anthropicRequest(standardClauses());
    body.remove(u"system"_s);
    QJsonArray messages = body.value(u"messages").toArray();
    messages.prepend(parseObject(message));
    body.insert(u"messages"_s, messages);
    const HttpResult result = post(u"/v1/messages"_s, body, anthropicHeaders(version));
    QCOMPARE(result.status, status);
    if (status != 200) {
        QCOMPARE(errorOf(result).value(u"type").toString(), u"invalid_request_error"_s);
        QCOMPARE(errorOf(result).value(u"message").toString(), error);
        return;
    }
    // The system message does not hide the user's: the review answers every clause.
    const QJsonObject input = result.json().value(u"content").toArray().first().toObject().value(u"input").toObject();
    QCOMPARE(schemaProblem(input, idsOf(standardClauses())), QString());
}

void TestMockLlm::structuredOutputAndForcedTool()
{
    const QStringList ids = idsOf(standardClauses());
    // output_config.format: the answer is JSON in a text block.
    const HttpResult structured =
        post(u"/v1/messages"_s, anthropicStructuredRequest(standardClauses()), anthropicAuth2026());
    QCOMPARE(structured.status, 200);
    const QJsonObject block = structured.json().value(u"content").toArray().first().toObject();
    QCOMPARE(block.value(u"type").toString(), u"text"_s);
    QCOMPARE(schemaProblem(parseObject(block.value(u"text").toString().toUtf8()), ids), QString());
    QCOMPARE(structured.json().value(u"stop_reason").toString(), u"end_turn"_s);
    const AnthropicStream streamed = readAnthropicStream(
        post(u"/v1/messages"_s, anthropicStructuredRequest(standardClauses(), true), anthropicAuth2026()).body);
    QCOMPARE(schemaProblem(parseObject(streamed.text.toUtf8()), ids), QString());
    QVERIFY(streamed.toolJson.isEmpty());

    // A forced tool: a tool_use block, also when output_config says nothing about the format.
    QJsonObject forced = anthropicRequest(standardClauses());
    forced.insert(u"output_config"_s, QJsonObject{{u"effort"_s, u"low"_s}});
    const HttpResult tool = post(u"/v1/messages"_s, forced, anthropicAuth2026());
    const QJsonObject use = tool.json().value(u"content").toArray().first().toObject();
    QCOMPARE(use.value(u"type").toString(), u"tool_use"_s);
    QCOMPARE(use.value(u"name").toString(), u"record_review"_s);
    QCOMPARE(schemaProblem(use.value(u"input").toObject(), ids), QString());
    const AnthropicStream toolStream = readAnthropicStream(
        post(u"/v1/messages"_s, anthropicRequest(standardClauses(), true), anthropicAuth2026()).body);
    QCOMPARE(schemaProblem(parseObject(toolStream.toolJson.toUtf8()), ids), QString());
    QCOMPARE(toolStream.names.last(), "message_stop"_ba);

    QJsonObject badFormat = anthropicStructuredRequest(standardClauses());
    badFormat.insert(u"output_config"_s, QJsonObject{{u"format"_s, QJsonObject{{u"type"_s, u"regex"_s}}}});
    const HttpResult refused = post(u"/v1/messages"_s, badFormat, anthropicAuth2026());
    QCOMPARE(refused.status, 400);
    QCOMPARE(errorOf(refused).value(u"message").toString(),
             u"output_config.format.type: Input should be 'json_schema'"_s);
}

void TestMockLlm::requestIdOnEveryReply()
{
    m_server->setKnownModels({u"gpt-5-mini"_s, u"claude-sonnet-4-5"_s, u"llama3.2"_s});
    const QByteArray openAi = compact(openAiRequest(standardClauses()));
    const QByteArray anthropic = compact(anthropicRequest(standardClauses()));
    const QByteArray ollama = compact(ollamaRequest(standardClauses(), false));
    QJsonObject unknownModel = openAiRequest(standardClauses());
    unknownModel.insert(u"model"_s, u"nope"_s);
    struct Case {
        QString path;
        QByteArray method;
        QByteArray body;
        Headers headers;
        int status;
        QByteArray header; // request-id or x-request-id
    };
    const Headers scenario503{{"X-Mock-Scenario"_ba, "status:503"_ba}};
    const Headers scenario502{{"X-Mock-Scenario"_ba, "status:502"_ba}};
    const QList<Case> cases{
        {u"/v1/chat/completions"_s, "POST"_ba, openAi, openAiAuth(), 200, "x-request-id"_ba},
        {u"/v1/chat/completions"_s, "POST"_ba, openAi, plainJson(), 401, "x-request-id"_ba},
        {u"/v1/chat/completions"_s, "POST"_ba, "{nope"_ba, openAiAuth(), 400, "x-request-id"_ba},
        {u"/v1/chat/completions"_s, "POST"_ba, compact(unknownModel), openAiAuth(), 404, "x-request-id"_ba},
        {u"/v1/nothing"_s, "POST"_ba, openAi, openAiAuth(), 404, "x-request-id"_ba},
        {u"/v1/chat/completions"_s, "POST"_ba, openAi, openAiAuth() + scenario503, 503, "x-request-id"_ba},
        {u"/v1/chat/completions"_s, "POST"_ba, openAi, openAiAuth() + scenario502, 502, "x-request-id"_ba},
        {u"/local/v1/chat/completions"_s, "POST"_ba, openAi, plainJson(), 200, "x-request-id"_ba},
        {u"/local/v1/chat/completions"_s, "POST"_ba, "{nope"_ba, plainJson(), 400, "x-request-id"_ba},
        {u"/local/v1/chat/completions"_s, "POST"_ba, openAi, plainJson() + scenario503, 503, "x-request-id"_ba},
        {u"/api/chat"_s, "POST"_ba, ollama, plainJson(), 200, "x-request-id"_ba},
        {u"/api/chat"_s, "POST"_ba, "{}"_ba, plainJson(), 400, "x-request-id"_ba},
        {u"/api/nothing"_s, "POST"_ba, ollama, plainJson(), 404, "x-request-id"_ba},
        {u"/api/chat"_s, "POST"_ba, ollama, plainJson() + scenario502, 502, "x-request-id"_ba},
        {u"/api/tags"_s, "GET"_ba, {}, plainJson(), 200, "x-request-id"_ba},
        {u"/health"_s, "GET"_ba, {}, plainJson(), 200, "x-request-id"_ba},
        {u"/v1/messages"_s, "POST"_ba, anthropic, anthropicAuth2026(), 200, "request-id"_ba},
        {u"/v1/messages"_s, "POST"_ba, anthropic, anthropicHeaders("2026-10-21"_ba, {}), 401, "request-id"_ba},
        {u"/v1/messages"_s, "POST"_ba, anthropic, anthropicHeaders({}), 400, "request-id"_ba},
        {u"/v1/nothing"_s, "POST"_ba, anthropic, anthropicAuth(), 404, "request-id"_ba},
        {u"/v1/messages"_s, "POST"_ba, anthropic, anthropicAuth() + Headers{{"X-Mock-Scenario"_ba, "status:529"_ba}},
         529, "request-id"_ba},
        {u"/v1/messages"_s, "POST"_ba, anthropic, anthropicAuth() + scenario502, 502, "request-id"_ba},
    };
    QSet<QByteArray> seen;
    for (const Case &c : cases) {
        RequestOptions options;
        options.method = c.method;
        options.headers = c.headers;
        const HttpResult result = request(c.path, c.body, options);
        const QString where = u"%1 %2 -> %3"_s.arg(QString::fromLatin1(c.method), c.path).arg(result.status);
        QVERIFY2(result.status == c.status, qPrintable(where));
        const QByteArray id = result.header(c.header);
        QVERIFY2(id.startsWith(c.header == "request-id" ? "req_011C" : "req_"), qPrintable(where));
        QVERIFY2(!seen.contains(id), qPrintable(where));
        seen.insert(id);
        if (c.header == "request-id" && result.status != 200 && result.status != 502)
            QCOMPARE(result.json().value(u"request_id").toString().toLatin1(), id);
    }
}

void TestMockLlm::anthropicVersionsFlag()
{
    QProcess mock;
    mock.start(QStringLiteral(REDLINER_MOCKLLM), {u"--port"_s, u"0"_s, u"--anthropic-versions"_s, u"2026-10-21"_s});
    QVERIFY(mock.waitForStarted(10000));
    QByteArray out;
    while (!out.contains('\n')) {
        QVERIFY(mock.waitForReadyRead(10000));
        out += mock.readAllStandardOutput();
    }
    static const QRegularExpression line(u"listening on http://127\\.0\\.0\\.1:(\\d+)\n"_s);
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    const auto call = [&](const Headers &headers) {
        QNetworkRequest request{QUrl(u"http://127.0.0.1:%1/v1/messages"_s.arg(match.captured(1)))};
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.post(request, compact(anthropicRequest(standardClauses())));
        reply->setProperty("sentAtMs", m_clock.elapsed());
        return wait(reply);
    };
    const HttpResult refused = call(anthropicAuth());
    QCOMPARE(refused.status, 400);
    QVERIFY(errorOf(refused).value(u"message").toString().contains(u"anthropic-version"));
    QCOMPARE(call(anthropicAuth2026()).status, 200);
    mock.terminate();
    QVERIFY(mock.waitForFinished(10000));

    QProcess bad;
    bad.start(QStringLiteral(REDLINER_MOCKLLM), {u"--anthropic-versions"_s, u","_s});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("--anthropic-versions"));
}
