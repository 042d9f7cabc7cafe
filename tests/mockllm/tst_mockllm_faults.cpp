// SPDX-License-Identifier: GPL-3.0-or-later
//
// Error codes and retry headers (spend limits, ramp limits, status defaults), the new fault keys,
// and the stream switches: BOM, line endings, Anthropic's error event, OpenAI's error chunk,
// moderation, leading whitespace. The test class: tst_mockllm.h.

#include "tst_mockllm.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::MockLlm;
using namespace Redliner::MockLlm::Test;

namespace {

// A Chat Completions body's first message content.
QString firstContent(const QJsonObject &completion)
{
    return completion.value(u"choices")
        .toArray()
        .first()
        .toObject()
        .value(u"message")
        .toObject()
        .value(u"content")
        .toString();
}

} // namespace

void TestMockLlm::errorCodes_data()
{
    QTest::addColumn<QString>("spec"); // for dialect anthropic unless it names one
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");           // details.error_code (OpenAI: error.code); none when empty
    QTest::addColumn<QByteArray>("shouldRetry"); // x-should-retry; none when empty
    QTest::addColumn<QByteArray>("retryAfter");  // none when empty
    QTest::addColumn<QString>("says");           // a substring of the message
    QTest::newRow("enforced spend limit")
        << u"status:429,error-code=enforced_spend_limit_reached"_s << 429 << u"rate_limit_error"_s
        << u"enforced_spend_limit_reached"_s << "false"_ba << QByteArray() << u"spend limit"_s;
    QTest::newRow("contract spend limit")
        << u"status:429,error-code=contract_spend_limit_reached"_s << 429 << u"rate_limit_error"_s
        << u"contract_spend_limit_reached"_s << "false"_ba << QByteArray() << u"spend limit"_s;
    QTest::newRow("linked organization") << u"status:402,error-code=linked_organization_spend_limit_reached"_s << 402
                                         << u"billing_error"_s << u"linked_organization_spend_limit_reached"_s
                                         << "false"_ba << QByteArray() << u"spend limit"_s;
    QTest::newRow("spend limit, retry-after named")
        << u"status:429,error-code=enforced_spend_limit_reached,retry-after=30"_s << 429 << u"rate_limit_error"_s
        << u"enforced_spend_limit_reached"_s << "false"_ba
        << "30"_ba << u"spend limit"_s;
    QTest::newRow("spend limit, should-retry named")
        << u"status:429,error-code=contract_spend_limit_reached,should-retry=true"_s << 429 << u"rate_limit_error"_s
        << u"contract_spend_limit_reached"_s << "true"_ba << QByteArray() << u"spend limit"_s;
    QTest::newRow("ramp limit") << u"status:429,error-code=ramp_limit_exceeded"_s << 429 << u"rate_limit_error"_s
                                << u"ramp_limit_exceeded"_s << QByteArray() << "1"_ba << u"ramp limit"_s;
    QTest::newRow("compaction unavailable")
        << u"status:529,error-code=compaction_unavailable"_s << 529 << u"overloaded_error"_s
        << u"compaction_unavailable"_s << QByteArray() << "1"_ba << u"compaction"_s;
    QTest::newRow("402 without code") << u"status:402"_s << 402 << u"billing_error"_s << QString() << QByteArray()
                                      << QByteArray()
                                      << u"Your credit balance is too low to access the Anthropic API."_s;
    QTest::newRow("quota flag") << u"status:429,quota"_s << 429 << u"rate_limit_error"_s << QString() << QByteArray()
                                << QByteArray() << u"usage limits"_s;
    QTest::newRow("any code, own type and message")
        << u"status:400,error-code=tool_name_conflict,error-type=invalid_request_error,message=Two tools share a name"_s
        << 400 << u"invalid_request_error"_s << u"tool_name_conflict"_s << QByteArray() << QByteArray()
        << u"Two tools share a name"_s;
    QTest::newRow("openai code") << u"status:429,dialect=openai,error-code=rate_limit_exceeded,error-type=requests"_s
                                 << 429 << u"requests"_s << u"rate_limit_exceeded"_s << QByteArray() << "1"_ba
                                 << u"Rate limit reached"_s;
    QTest::newRow("local code") << u"status:500,dialect=local,error-code=model_crashed"_s << 500 << u"server_error"_s
                                << u"model_crashed"_s << QByteArray() << QByteArray() << u"error"_s;
}

void TestMockLlm::errorCodes()
{
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, code);
    QFETCH(QByteArray, shouldRetry);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, says);
    const Fault fault = faultOf(spec);
    m_server->script(fault);
    const Dialect dialect = fault.dialect.value_or(Dialect::Anthropic);
    HttpResult result;
    if (dialect == Dialect::Anthropic)
        result = post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicAuth2026());
    else if (dialect == Dialect::OpenAI)
        result = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth());
    else
        result = post(u"/local/v1/chat/completions"_s, openAiRequest(standardClauses()), plainJson());
    QCOMPARE(result.status, status);
    const QJsonObject error = errorOf(result);
    QCOMPARE(error.value(u"type").toString(), type);
    QVERIFY2(error.value(u"message").toString().contains(says), qPrintable(error.value(u"message").toString()));
    if (dialect == Dialect::Anthropic) {
        QCOMPARE(error.value(u"details").toObject().value(u"error_code").toString(), code);
        QCOMPARE(error.contains(u"details"), !code.isEmpty()); // details only with a code
    } else {
        QCOMPARE(error.value(u"code").toString(), code);
    }
    QCOMPARE(result.header("x-should-retry"), shouldRetry);
    QCOMPARE(result.hasHeader("retry-after"), !retryAfter.isEmpty());
    QCOMPARE(result.header("retry-after"), retryAfter);
    QCOMPARE(m_server->pendingFaults(), 0);
}

void TestMockLlm::statusDefaults_data()
{
    // The statuses the Anthropic SDK maps to distinct errors, with the types the API sends.
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    const QList<std::pair<int, QString>> rows{{400, u"invalid_request_error"_s},
                                              {401, u"authentication_error"_s},
                                              {402, u"billing_error"_s},
                                              {403, u"permission_error"_s},
                                              {404, u"not_found_error"_s},
                                              {408, u"timeout_error"_s},
                                              {409, u"conflict_error"_s},
                                              {412, u"invalid_request_error"_s},
                                              {413, u"request_too_large"_s},
                                              {422, u"invalid_request_error"_s},
                                              {429, u"rate_limit_error"_s},
                                              {431, u"invalid_request_error"_s},
                                              {499, u"invalid_request_error"_s},
                                              {500, u"api_error"_s},
                                              {501, u"api_error"_s},
                                              {503, u"api_error"_s},
                                              {504, u"timeout_error"_s},
                                              {529, u"overloaded_error"_s}};
    for (const auto &[status, type] : rows)
        QTest::addRow("%d", status) << status << type;
}

void TestMockLlm::statusDefaults()
{
    QFETCH(int, status);
    QFETCH(QString, type);
    Fault fault = faultOf(u"status:%1,html=false"_s.arg(status)); // 504 is HTML by default
    m_server->script(fault);
    const HttpResult result = post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicAuth2026());
    QCOMPARE(result.status, status);
    QCOMPARE(result.json().value(u"type").toString(), u"error"_s);
    QCOMPARE(errorOf(result).value(u"type").toString(), type);
    QVERIFY(!errorOf(result).value(u"message").toString().isEmpty());
    QVERIFY(!errorOf(result).contains(u"details"));
    if (status == 529)
        QCOMPARE(errorOf(result).value(u"message").toString(), u"Overloaded"_s);
}

void TestMockLlm::retryAfterDefaults()
{
    struct Case {
        QString spec;
        QByteArray retryAfter; // none when empty
    };
    const QList<Case> cases{
        {u"status:429,dialect=anthropic"_s, "1"_ba},       {u"status:529,dialect=anthropic"_s, "1"_ba},
        {u"status:529,dialect=openai"_s, "1"_ba},          {u"status:429,dialect=openai"_s, "1"_ba},
        {u"status:429,retry-after=none"_s, QByteArray()},  {u"status:529,retry-after=none"_s, QByteArray()},
        {u"status:529,retry-after=2.5"_s, "2.5"_ba},       {u"status:503"_s, QByteArray()},
        {u"status:500,dialect=anthropic"_s, QByteArray()}, {u"status:429,quota,dialect=anthropic"_s, QByteArray()},
    };
    for (const Case &c : cases) {
        const Fault fault = faultOf(c.spec);
        m_server->script(fault);
        const HttpResult result = fault.dialect == Dialect::Anthropic
                                      ? post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicAuth())
                                      : post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth());
        QVERIFY2(result.status == fault.status, qPrintable(c.spec));
        QVERIFY2(result.hasHeader("retry-after") == !c.retryAfter.isEmpty(), qPrintable(c.spec));
        QVERIFY2(result.header("retry-after") == c.retryAfter, qPrintable(c.spec));
    }
    // retry-after-ms still comes along when asked.
    m_server->script(faultOf(u"status:529,retry-after-ms=1500,dialect=anthropic"_s));
    const HttpResult both = post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicAuth());
    QCOMPARE(both.header("retry-after-ms"), "1500"_ba);
    QCOMPARE(both.header("retry-after"), "1"_ba);
}

void TestMockLlm::newFaultKeys()
{
    const Fault fault =
        faultOf(u"midstream-error,error-type=api_error,error-code=cmek_key_unreachable,message=Key gone,"
                "moderation,leading-whitespace,bom,line-ending=cr"_s);
    QCOMPARE(fault.errorType, u"api_error"_s);
    QCOMPARE(fault.errorCode, u"cmek_key_unreachable"_s);
    QCOMPARE(fault.message, u"Key gone"_s);
    QVERIFY(fault.moderation);
    QVERIFY(fault.leadingWhitespace);
    QVERIFY(fault.framing && fault.framing->bom);
    QVERIFY(!fault.isSpendLimit());
    // Both forms carry every key there and back.
    const Fault again = faultOf(faultToSpec(fault));
    QCOMPARE(faultToSpec(again), faultToSpec(fault));
    const QJsonObject json = faultToJson(fault);
    QCOMPARE(json.value(u"error_code").toString(), u"cmek_key_unreachable"_s);
    QCOMPARE(json.value(u"error_type").toString(), u"api_error"_s);
    QVERIFY(json.value(u"moderation").toBool());
    QVERIFY(json.value(u"leading_whitespace").toBool());
    QVERIFY(json.value(u"framing").toObject().value(u"bom").toBool());
    QString error;
    const auto fromJson = faultFromJson(json, &error);
    QVERIFY2(fromJson, qPrintable(error));
    QCOMPARE(faultToSpec(*fromJson), faultToSpec(fault));
    const auto spend = faultFromJson(
        QJsonObject{{u"kind"_s, u"status"_s}, {u"status"_s, 429}, {u"error_code"_s, u"enforced_spend_limit_reached"_s}},
        &error);
    QVERIFY2(spend, qPrintable(error));
    QVERIFY(spend->isSpendLimit());
    QVERIFY(faultOf(u"status:402,error-code=linked_organization_spend_limit_reached"_s).isSpendLimit());
    for (const QString &bad : {u"status:429,error-code="_s, u"framing,bom=maybe"_s, u"midstream-error,error-type="_s,
                               u"framing,moderation=perhaps"_s}) {
        QVERIFY2(!parseFaultSpec(bad, &error), qPrintable(bad));
        QVERIFY(!error.isEmpty());
    }
}

void TestMockLlm::bomAndLineEndings_data()
{
    QTest::addColumn<bool>("anthropic");
    QTest::addColumn<QByteArray>("ending");
    for (const bool anthropic : {false, true}) {
        for (const QByteArray &ending : {"lf"_ba, "crlf"_ba, "cr"_ba})
            QTest::addRow("%s %s", anthropic ? "anthropic" : "openai", ending.constData()) << anthropic << ending;
    }
}

void TestMockLlm::bomAndLineEndings()
{
    QFETCH(bool, anthropic);
    QFETCH(QByteArray, ending);
    const QStringList ids = idsOf(standardClauses());
    // Random slices: the BOM itself is cut, as are the line ends.
    const QByteArray scenario = "framing,bom,chunking=random,line-ending="_ba + ending;
    RawConnection connection;
    QVERIFY(connection.open(m_thread.port()));
    if (anthropic) {
        connection.send(rawRequest("POST"_ba, "/v1/messages"_ba, compact(anthropicRequest(standardClauses(), true)),
                                   anthropicAuth2026() + Headers{{"X-Mock-Scenario"_ba, scenario}}));
    } else {
        connection.send(rawRequest("POST"_ba, "/v1/chat/completions"_ba,
                                   compact(openAiRequest(standardClauses(), true)),
                                   openAiAuth() + Headers{{"X-Mock-Scenario"_ba, scenario}}));
    }
    RawReply reply;
    QVERIFY(connection.read(&reply));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.startsWith("\xEF\xBB\xBF"));
    QVERIFY(reply.chunkSizes.first() < 3); // a write ends inside the BOM
    const QByteArray body = reply.body.sliced(3);
    if (ending == "lf") {
        QVERIFY(!body.contains('\r'));
    } else if (ending == "crlf") {
        QCOMPARE(body.count('\n'), body.count("\r\n"));
        QVERIFY(body.contains("\r\n\r\n"));
    } else {
        QVERIFY(!body.contains('\n'));
        QVERIFY(body.contains("\r\r"));
    }
    bool bom = false;
    const QList<Sse> events = parseSse(reply.body, nullptr, &bom);
    QVERIFY(bom);
    if (anthropic) {
        QCOMPARE(events.first().event, "message_start"_ba); // the BOM did not eat the first field name
        QCOMPARE(events.last().event, "message_stop"_ba);
        QCOMPARE(schemaProblem(parseObject(readAnthropicStream(reply.body).toolJson.toUtf8()), ids), QString());
    } else {
        const OpenAiStream stream = readOpenAiStream(reply.body);
        QVERIFY(stream.roleFirst);
        QVERIFY(stream.done);
        QCOMPARE(schemaProblem(parseObject(stream.content.toUtf8()), ids), QString());
    }

    // As the server's default framing: streams get the BOM, JSON bodies never do.
    RequestOptions postOptions;
    postOptions.headers = plainJson();
    QCOMPARE(request(u"/mock/config"_s, R"({"framing":{"bom":true}})"_ba, postOptions).status, 200);
    QVERIFY(m_server->config().framing.bom);
    const HttpResult plain = post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicAuth2026());
    QVERIFY(plain.body.startsWith('{'));
    const HttpResult streamed = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses(), true), openAiAuth());
    QVERIFY(streamed.body.startsWith("\xEF\xBB\xBF"
                                     "data: "));
}

void TestMockLlm::anthropicErrorEvent()
{
    m_server->script({faultOf(u"midstream-error,dialect=anthropic"_s),
                      faultOf(u"midstream-error,error-type=api_error,message=Key gone,error-code=cmek_key_unreachable,"
                              "bom,line-ending=crlf"_s),
                      faultOf(u"midstream-error,error-type=api_error"_s),
                      faultOf(u"midstream-error,error-type=rate_limit_error,error-code=ramp_limit_exceeded"_s),
                      faultOf(u"midstream-error,error-type=rate_limit_error,error-code=enforced_spend_limit_reached"_s),
                      faultOf(u"midstream-error"_s)});
    const QJsonObject body = anthropicRequest(standardClauses(), true);
    const auto check = [&](const HttpResult &result, const QJsonObject &error) {
        QCOMPARE(result.status, 200);
        const AnthropicStream stream = readAnthropicStream(result.body);
        QCOMPARE(stream.names.last(), "error"_ba); // the stream ends with it
        QVERIFY(!stream.names.contains("message_stop"_ba));
        QVERIFY(!stream.toolJson.isEmpty()); // after some content
        QCOMPARE(stream.error, QJsonObject({{u"type"_s, u"error"_s},
                                            {u"error"_s, error},
                                            {u"request_id"_s, QString::fromLatin1(result.header("request-id"))}}));
    };
    check(post(u"/v1/messages"_s, body, anthropicAuth2026()),
          QJsonObject{{u"type"_s, u"overloaded_error"_s}, {u"message"_s, u"Overloaded"_s}});
    const HttpResult custom = post(u"/v1/messages"_s, body, anthropicAuth2026());
    QVERIFY(custom.body.startsWith("\xEF\xBB\xBF"
                                   "event: message_start\r\n"));
    check(custom, QJsonObject{{u"type"_s, u"api_error"_s},
                              {u"message"_s, u"Key gone"_s},
                              {u"details"_s, QJsonObject{{u"error_code"_s, u"cmek_key_unreachable"_s}}}});
    // A type without a message gets that type's usual message.
    check(post(u"/v1/messages"_s, body, anthropicAuth()),
          QJsonObject{{u"type"_s, u"api_error"_s}, {u"message"_s, u"Internal server error"_s}});
    // Asked without a stream, the failure is that type's status (default: 529 Overloaded).
    const HttpResult rateLimited = post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicAuth2026());
    QCOMPARE(rateLimited.status, 429);
    QCOMPARE(errorOf(rateLimited).value(u"details").toObject().value(u"error_code").toString(),
             u"ramp_limit_exceeded"_s);
    QCOMPARE(rateLimited.header("retry-after"), "1"_ba);
    QVERIFY(!rateLimited.hasHeader("x-should-retry"));
    const HttpResult spent = post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicAuth2026());
    QCOMPARE(spent.status, 429);
    QVERIFY(errorOf(spent).value(u"message").toString().contains(u"spend limit"));
    QCOMPARE(spent.header("x-should-retry"), "false"_ba);
    QVERIFY(!spent.hasHeader("retry-after"));
    const HttpResult overloaded = post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicAuth2026());
    QCOMPARE(overloaded.status, 529);
    QCOMPARE(errorOf(overloaded).value(u"type").toString(), u"overloaded_error"_s);
}

void TestMockLlm::openAiErrorChunk()
{
    m_server->script(
        {faultOf(u"midstream-error,dialect=openai"_s),
         faultOf(u"midstream-error,dialect=openai,error-type=invalid_request_error,message=Context too long,"
                 "error-code=context_length_exceeded,line-ending=cr"_s),
         faultOf(u"midstream-error,dialect=local"_s)});
    const QJsonObject body = openAiRequest(standardClauses(), true);
    const auto check = [](const HttpResult &result, const QJsonObject &error) {
        QCOMPARE(result.status, 200);
        const OpenAiStream stream = readOpenAiStream(result.body);
        QCOMPARE(stream.error, error);
        QVERIFY(!stream.done); // the stream ends after the error: no [DONE]
        QVERIFY(stream.deltaCount > 0);
        QVERIFY(stream.finishReason.isEmpty());
        const QList<Sse> events = parseSse(result.body);
        QVERIFY(parseObject(events.last().data).contains(u"error"));
    };
    check(post(u"/v1/chat/completions"_s, body, openAiAuth()),
          QJsonObject{{u"message"_s, u"The server had an error while processing your request. Sorry about that!"_s},
                      {u"type"_s, u"server_error"_s},
                      {u"param"_s, QJsonValue()},
                      {u"code"_s, QJsonValue()}});
    const HttpResult custom = post(u"/v1/chat/completions"_s, body, openAiAuth());
    QVERIFY(!custom.body.contains('\n'));
    check(custom, QJsonObject{{u"message"_s, u"Context too long"_s},
                              {u"type"_s, u"invalid_request_error"_s},
                              {u"param"_s, QJsonValue()},
                              {u"code"_s, u"context_length_exceeded"_s}});
    check(post(u"/local/v1/chat/completions"_s, body, plainJson()),
          QJsonObject{{u"message"_s, u"The server had an error while processing your request. Sorry about that!"_s},
                      {u"type"_s, u"server_error"_s},
                      {u"param"_s, QJsonValue()},
                      {u"code"_s, QJsonValue()}});
}

void TestMockLlm::moderation()
{
    const QStringList ids = idsOf(standardClauses());
    const auto checkModeration = [](const QJsonObject &moderation) {
        for (const QString &side : {u"input"_s, u"output"_s}) {
            const QJsonObject results = moderation.value(side).toObject();
            QCOMPARE(results.value(u"type").toString(), u"moderation_results"_s);
            QCOMPARE(results.value(u"model").toString(), u"omni-moderation-latest"_s);
            const QJsonArray list = results.value(u"results").toArray();
            QCOMPARE(list.size(), 1);
            const QJsonObject result = list.first().toObject();
            QCOMPARE(result.value(u"type").toString(), u"moderation_result"_s);
            QCOMPARE(result.value(u"model").toString(), u"omni-moderation-latest"_s);
            QCOMPARE(result.value(u"flagged"), QJsonValue(false));
            const QJsonObject categories = result.value(u"categories").toObject();
            QVERIFY(categories.contains(u"harassment"));
            QCOMPARE(result.value(u"category_scores").toObject().keys(), categories.keys());
            QCOMPARE(result.value(u"category_applied_input_types").toObject().keys(), categories.keys());
            for (const QString &name : categories.keys()) {
                QCOMPARE(categories.value(name), QJsonValue(false));
                QVERIFY(result.value(u"category_scores").toObject().value(name).isDouble());
                QCOMPARE(result.value(u"category_applied_input_types").toObject().value(name).toArray(),
                         QJsonArray{u"text"_s});
            }
        }
    };
    const Headers moderated{{"X-Mock-Scenario"_ba, "framing,moderation"_ba}};
    const HttpResult plain =
        post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth() + moderated);
    QCOMPARE(plain.status, 200);
    checkModeration(plain.json().value(u"moderation").toObject());
    const QString content = firstContent(plain.json());
    QCOMPARE(schemaProblem(parseObject(content.toUtf8()), ids), QString());

    for (const QString &path : {u"/v1/chat/completions"_s, u"/local/v1/chat/completions"_s}) {
        const Headers auth = path.startsWith(u"/local") ? plainJson() : openAiAuth();
        const HttpResult streamed = post(path, openAiRequest(standardClauses(), true, true), auth + moderated);
        const OpenAiStream stream = readOpenAiStream(streamed.body);
        checkModeration(stream.moderation);
        // One chunk, with no choices, before the finish chunk.
        QVERIFY(stream.moderationChunk > 0);
        QCOMPARE(stream.finishChunk, stream.moderationChunk + 1);
        QVERIFY(
            parseObject(parseSse(streamed.body).at(stream.moderationChunk).data).value(u"choices").toArray().isEmpty());
        QVERIFY(stream.done);
        QVERIFY(!stream.usage.isEmpty());
        QCOMPARE(schemaProblem(parseObject(stream.content.toUtf8()), ids), QString());
    }
    // Without the flag, no moderation anywhere.
    QVERIFY(!post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth())
                 .json()
                 .contains(u"moderation"));
    QVERIFY(!post(u"/v1/chat/completions"_s, openAiRequest(standardClauses(), true), openAiAuth())
                 .body.contains("moderation"));
}

void TestMockLlm::leadingWhitespace()
{
    const QStringList ids = idsOf(standardClauses());
    const QString lead = u"\n  \n"_s;
    const Headers flag{{"X-Mock-Scenario"_ba, "framing,leading-whitespace"_ba}};
    const auto checkText = [&](const QString &text) {
        QVERIFY(text.startsWith(lead));
        QVERIFY(!text.at(lead.size()).isSpace());
        QCOMPARE(schemaProblem(parseObject(text.trimmed().toUtf8()), ids), QString());
    };

    // OpenAI and the local flavour: the content string, and the first deltas.
    for (const QString &path : {u"/v1/chat/completions"_s, u"/local/v1/chat/completions"_s}) {
        const Headers auth = path.startsWith(u"/local") ? plainJson() : openAiAuth();
        const HttpResult plain = post(path, openAiRequest(standardClauses()), auth + flag);
        checkText(firstContent(plain.json()));
        const HttpResult streamed = post(path, openAiRequest(standardClauses(), true), auth + flag);
        const QStringList deltas = openAiContentDeltas(streamed.body);
        QCOMPARE(deltas.mid(0, 2), (QStringList{u"\n"_s, u"  \n"_s}));
        checkText(deltas.join(QString()));
    }

    // Anthropic text blocks (structured output), streamed and not.
    const HttpResult plain =
        post(u"/v1/messages"_s, anthropicStructuredRequest(standardClauses()), anthropicAuth2026() + flag);
    checkText(plain.json().value(u"content").toArray().first().toObject().value(u"text").toString());
    const AnthropicStream streamed = readAnthropicStream(
        post(u"/v1/messages"_s, anthropicStructuredRequest(standardClauses(), true), anthropicAuth2026() + flag).body);
    QCOMPARE(streamed.textDeltas.mid(0, 2), (QStringList{u"\n"_s, u"  \n"_s}));
    checkText(streamed.text);
    // A tool's input is an object: nothing to pad.
    const HttpResult tool = post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicAuth2026() + flag);
    QCOMPARE(tool.json().value(u"content").toArray().first().toObject().value(u"type").toString(), u"tool_use"_s);

    // Ollama's native chat too.
    const HttpResult ollama = post(u"/api/chat"_s, ollamaRequest(standardClauses(), false), plainJson() + flag);
    checkText(ollama.json().value(u"message").toObject().value(u"content").toString());
}
