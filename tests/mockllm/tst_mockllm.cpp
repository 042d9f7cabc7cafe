// SPDX-License-Identifier: GPL-3.0-or-later
//
// The mock's answers in each dialect, authentication, faults, framing, transport, timing, control
// endpoints and the program. The test class and how it talks to the mock: tst_mockllm.h.

#include "tst_mockllm.h"

#include "answerwriter.h"
#include "fault.h"
#include "httpparser.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::MockLlm;
using namespace Redliner::MockLlm::Test;

void TestMockLlm::initTestCase()
{
    m_clock.start();
    QVERIFY(m_thread.start() != 0);
    m_server = m_thread.server();
    QVERIFY(m_server);
}

void TestMockLlm::cleanup()
{
    // A failed test may leave requests queued in QNAM; they must not reach the next test's faults.
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
        if (reply && !reply->isFinished())
            reply->abort();
    }
    m_inFlight.clear();
}

void TestMockLlm::cleanupTestCase()
{
    m_thread.stop();
}

void TestMockLlm::init()
{
    m_server->reset();
    for (Dialect dialect : {Dialect::OpenAI, Dialect::Anthropic, Dialect::Local})
        m_server->setLatency(dialect, 0);
    m_server->setLatencyJitter(0);
    m_server->setSeed(1);
    m_server->setKnownModels({});
    m_server->setRequireKeyForLocal(false);
    m_server->setHttp2Enabled(true);
    m_server->setLocalChatCompletions(false);
    m_server->setReasoningModelChecks(false);
    m_server->setFraming(Framing{});
    m_server->setAnthropicVersions({});
}

QNetworkReply *TestMockLlm::send(const QString &path, const QByteArray &body, const RequestOptions &options)
{
    QNetworkRequest request(url(path));
    for (const auto &[name, value] : options.headers)
        request.setRawHeader(name, value);
    if (options.http2)
        request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    if (options.transferTimeoutMs > 0)
        request.setTransferTimeout(options.transferTimeoutMs);
    QNetworkAccessManager &nam = options.http2 ? m_http2Nam : m_nam;
    QNetworkReply *reply = options.method == "GET" ? nam.get(request) : nam.sendCustomRequest(request, options.method, body);
    reply->setProperty("sentAtMs", m_clock.elapsed());
    m_inFlight.append(reply);
    return reply;
}

HttpResult TestMockLlm::wait(QNetworkReply *reply)
{
    HttpResult result;
    result.headersArrived = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    connect(reply, &QNetworkReply::metaDataChanged, reply, [&result]() { result.headersArrived = true; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        qWarning("reply did not finish");
    // From the moment the request was handed to QNAM, so that waiting on another reply first
    // does not hide time.
    result.elapsedMs = m_clock.elapsed() - reply->property("sentAtMs").toLongLong();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    reply->deleteLater();
    return result;
}

HttpResult TestMockLlm::request(const QString &path, const QByteArray &body, const RequestOptions &options)
{
    return wait(send(path, body, options));
}

HttpResult TestMockLlm::post(const QString &path, const QJsonObject &body, const Headers &headers, bool http2)
{
    RequestOptions options;
    options.headers = headers;
    options.http2 = http2;
    return request(path, compact(body), options);
}

// ---------------------------------------------------------------------------------------------

void TestMockLlm::answerWriterRules()
{
    const auto revise = [](const QString &text, QString *issue = nullptr, QString *severity = nullptr) -> QString {
        ReviewRequest request;
        request.severityByIssue.insert(u"term"_s, u"high"_s);
        request.clauses.append({u"c1"_s, u"1"_s, u"H"_s, text});
        const QJsonArray findings = findingsOf(AnswerWriter::answer(request), u"c1"_s).value(u"findings").toArray();
        if (findings.isEmpty())
            return {};
        if (issue)
            *issue = findings.first().toObject().value(u"issue").toString();
        if (severity)
            *severity = findings.first().toObject().value(u"severity").toString();
        return findings.first().toObject().value(u"revised_text").toString();
    };
    QString issue;
    QString severity;
    QCOMPARE(revise(u"4. Term. This lasts five (5) years."_s, &issue, &severity), u"4. Term. This lasts two (2) years."_s);
    QCOMPARE(issue, u"term"_s);       // from the positions sent
    QCOMPARE(severity, u"high"_s);    // the position's severity
    QCOMPARE(revise(u"It lasts 5 years."_s), u"It lasts two (2) years."_s);
    QCOMPARE(revise(u"The obligations are perpetual."_s), u"The obligations are two (2) year."_s);
    QCOMPARE(revise(u"They survive indefinitely."_s), u"They survive for two (2) years."_s);
    QCOMPARE(revise(u"It lasts two (2) years."_s), QString());
    QCOMPARE(revise(u"The Recipient shall use the highest degree of care."_s, &issue),
             u"The Recipient shall use at least a reasonable degree of care."_s);
    QCOMPARE(issue, u"other"_s);      // standard-of-care was not among the positions
    QCOMPARE(revise(u"Any and all information is covered."_s), u"All information is covered."_s);
    QCOMPARE(revise(u"The Discloser shall be entitled to injunctive relief."_s),
             u"The Discloser may seek injunctive relief."_s);
    QCOMPARE(revise(u"Courts of Paris have exclusive jurisdiction."_s), u"Courts of Paris have non-exclusive jurisdiction."_s);
    QCOMPARE(revise(u"Courts of Paris have non-exclusive jurisdiction."_s), QString());
    QCOMPARE(revise(u"Notices go by email."_s), QString());

    // Two rules in one clause: one finding each, each revising only its own words.
    ReviewRequest request;
    request.clauses.append({u"c2"_s, u"2"_s, u"H"_s, u"2. For five (5) years, with the highest degree of care."_s});
    const QJsonArray findings = findingsOf(AnswerWriter::answer(request), u"c2"_s).value(u"findings").toArray();
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).toObject().value(u"revised_text").toString(), u"2. For two (2) years, with the highest degree of care."_s);
    QCOMPARE(findings.at(1).toObject().value(u"revised_text").toString(),
             u"2. For five (5) years, with at least a reasonable degree of care."_s);
    QCOMPARE(schemaProblem(AnswerWriter::answer(request), {u"c2"_s}), QString());

    // Not a review request: an empty answer, still valid.
    QCOMPARE(schemaProblem(AnswerWriter::answer(u"Hello, how are you?"_s), {}), QString());
}

void TestMockLlm::answerWriterHooks()
{
    const QList<ClauseSpec> clauses{
        {u"c1"_s, u"1"_s, u"A"_s, u"1. Definitions. [[mock:omit]] Any and all information."_s},
        {u"c2"_s, u"2"_s, u"B"_s, u"2. Use. [[mock:foreign]] Notices go by email."_s},
        {u"c3"_s, u"3"_s, u"C"_s, u"3. Term. [[mock:relabel]] This lasts five (5) years."_s},
        {u"c4"_s, u"(a)"_s, u"D"_s, u"(a) Other. [[mock:relabel]] Nothing to change."_s},
    };
    const QJsonObject answer = AnswerWriter::answer(userContent(clauses));
    QStringList ids;
    for (const QJsonValue entry : answer.value(u"clauses").toArray())
        ids.append(entry.toObject().value(u"id").toString());
    QCOMPARE(ids, (QStringList{u"c2"_s, u"c999"_s, u"c3"_s, u"c4"_s}));
    QCOMPARE(findingsOf(answer, u"c3"_s).value(u"findings").toArray().first().toObject().value(u"revised_text").toString(),
             u"4. Term. [[mock:relabel]] This lasts two (2) years."_s);
    QCOMPARE(findingsOf(answer, u"c4"_s).value(u"findings").toArray().first().toObject().value(u"revised_text").toString(),
             u"(b) Other. [[mock:relabel]] Nothing to change."_s);
}

void TestMockLlm::faultSpecSyntax()
{
    QString error;
    const auto fault = parseFaultSpec(
        u"status:429,dialect=anthropic,match=\"c7\",count=2,retry-after=1.5,retry-after-ms=1500,should-retry=false,"
        "delay=20,chunking=bytes,line-ending=crlf"_s,
        &error);
    QVERIFY2(fault, qPrintable(error));
    QCOMPARE(fault->kind, Fault::Kind::Status);
    QCOMPARE(fault->status, 429);
    QCOMPARE(fault->dialect, std::optional(Dialect::Anthropic));
    QCOMPARE(fault->bodyContains, "\"c7\""_ba);
    QCOMPARE(fault->count, 2);
    QCOMPARE(fault->retryAfter, std::optional("1.5"_ba));
    QCOMPARE(fault->retryAfterMs, "1500"_ba);
    QCOMPARE(fault->shouldRetry, std::optional(false));
    QCOMPARE(fault->delayMs, 20);
    QVERIFY(fault->framing);
    QCOMPARE(fault->framing->chunking, Chunking::ByteByByte);
    QCOMPARE(fault->framing->lineEnding, LineEnding::CrLf);

    // Round trips: spec -> Fault -> spec, and Fault -> JSON -> Fault.
    const auto again = parseFaultSpec(faultToSpec(*fault), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(faultToSpec(*again), faultToSpec(*fault));
    const auto fromJson = faultFromJson(faultToJson(*fault), &error);
    QVERIFY2(fromJson, qPrintable(error));
    QCOMPARE(faultToSpec(*fromJson), faultToSpec(*fault));

    QCOMPARE(parseFaultSpec(u"503"_s, &error)->status, 503);
    QCOMPARE(parseFaultSpec(u"reset:120"_s, &error)->afterBytes, 120);
    QCOMPARE(parseFaultSpec(u"reset"_s, &error)->afterBytes, -1);
    QCOMPARE(parseFaultSpec(u"silence"_s, &error)->kind, Fault::Kind::HeadersThenSilence);
    QCOMPARE(parseFaultSpec(u"hang,count=forever"_s, &error)->count, 0);
    QCOMPARE(parseFaultSpec(u"status:429,retry-after=none"_s, &error)->retryAfter, std::optional(QByteArray()));

    const auto list = faultListFromJson(R"(["midstream-error", {"kind":"delay","delay_ms":50,"match":"c3"},
        {"kind":"status","status":529,"retry_after":"date+5","framing":{"chunking":"random","seed":3}}])"_ba, &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).kind, Fault::Kind::MidStreamError);
    QCOMPARE(list->at(1).delayMs, 50);
    QCOMPARE(list->at(1).bodyContains, "c3"_ba);
    QCOMPARE(list->at(2).retryAfter, std::optional("date+5"_ba));
    QCOMPARE(list->at(2).framing->chunking, Chunking::RandomSlices);
    QCOMPARE(list->at(2).framing->seed, 3u);
}

void TestMockLlm::faultSpecErrors()
{
    QString error;
    QVERIFY(!parseFaultSpec(u"explode"_s, &error));
    QVERIFY(error.contains(u"explode"));
    QVERIFY(!parseFaultSpec(u"status:429,colour=red"_s, &error));
    QVERIFY(error.contains(u"colour"));
    QVERIFY(!parseFaultSpec(u"delay"_s, &error));
    QVERIFY(!parseFaultSpec(u"status:42"_s, &error));
    QVERIFY(!parseFaultSpec(u"hang:5"_s, &error));
    QVERIFY(!parseFaultSpec(u"refusal,dialect=gemini"_s, &error));
    QVERIFY(!parseFaultSpec(u"framing,chunking=sideways"_s, &error));
    QVERIFY(!faultListFromJson("[{\"kind\":\"status\",\"status\":\"abc\"}]"_ba, &error));
    QVERIFY(!faultListFromJson("not json"_ba, &error));
}

void TestMockLlm::httpParser()
{
    HttpParser parser;
    // Two pipelined requests, the second chunked with an extension and a trailer, fed in pieces.
    const QByteArray wire = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nX-Twice: 1\r\nx-twice: 2\r\n\r\nhello"
                            "POST /b?q=1 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: t\r\n\r\n"_ba;
    QByteArray buffer;
    QList<HttpRequest> requests;
    for (const char c : wire) {
        buffer += c;
        for (;;) {
            const HttpParser::Result result = parser.feed(buffer);
            QVERIFY(result != HttpParser::Result::Error);
            if (result != HttpParser::Result::Complete)
                break;
            requests.append(parser.take());
        }
    }
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).body, "hello"_ba);
    QCOMPARE(requests.at(0).header("x-twice"), "1, 2"_ba);
    QCOMPARE(requests.at(1).path(), "/b"_ba);
    QCOMPARE(requests.at(1).target, "/b?q=1"_ba);
    QCOMPARE(requests.at(1).body, "abcde"_ba);
    QVERIFY(buffer.isEmpty());

    const auto errorOf = [](QByteArray bytes) {
        HttpParser bad;
        return bad.feed(bytes) == HttpParser::Result::Error ? bad.errorStatus() : 0;
    };
    QCOMPARE(errorOf("GARBAGE\r\n\r\n"_ba), 400);
    QCOMPARE(errorOf("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"_ba), 505);
    QCOMPARE(errorOf("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"_ba), 400);
    QCOMPARE(errorOf("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"_ba), 501);
    QCOMPARE(errorOf("POST / HTTP/1.1\r\nX: " + QByteArray(70000, 'a') + "\r\n\r\n"), 431);
}

// ---------------------------------------------------------------------------------------------

void TestMockLlm::openAiAnswer()
{
    const QList<ClauseSpec> clauses = standardClauses();
    const HttpResult result = post(u"/v1/chat/completions"_s, openAiRequest(clauses), openAiAuth());
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("x-request-id").startsWith("req_"));
    QVERIFY(result.header("content-type").startsWith("application/json"));
    QCOMPARE(result.header("content-length").toInt(), result.body.size());
    const QJsonObject body = result.json();
    QCOMPARE(body.value(u"object").toString(), u"chat.completion"_s);
    QVERIFY(body.value(u"id").toString().startsWith(u"chatcmpl-"));
    QCOMPARE(body.value(u"model").toString(), u"gpt-5-mini"_s);
    const QJsonObject choice = body.value(u"choices").toArray().first().toObject();
    QCOMPARE(choice.value(u"finish_reason").toString(), u"stop"_s);
    QCOMPARE(choice.value(u"message").toObject().value(u"role").toString(), u"assistant"_s);
    QVERIFY(choice.value(u"message").toObject().value(u"refusal").isNull());
    bool ok = false;
    const QJsonObject answer = parseObject(choice.value(u"message").toObject().value(u"content").toString().toUtf8(), &ok);
    QVERIFY(ok);
    QCOMPARE(schemaProblem(answer, idsOf(clauses)), QString());

    const QJsonObject term = findingsOf(answer, u"c7"_s).value(u"findings").toArray().first().toObject();
    QCOMPARE(term.value(u"issue").toString(), u"term"_s);
    QCOMPARE(term.value(u"severity").toString(), u"high"_s);
    QCOMPARE(term.value(u"revised_text").toString(),
             u"4. Term. The “Obligations” of this Agreement shall continue for two (2) years from the Effective Date "
             "(café, Straße, 中文, a line\u2028separator)."_s);
    QVERIFY(findingsOf(answer, u"c8"_s).value(u"findings").toArray().isEmpty());
    QCOMPARE(findingsOf(answer, u"c9"_s).value(u"findings").toArray().first().toObject().value(u"issue").toString(),
             u"remedies"_s);
    QCOMPARE(findingsOf(answer, u"c11"_s).value(u"findings").toArray().size(), 2);

    const QJsonObject usage = body.value(u"usage").toObject();
    QVERIFY(usage.value(u"prompt_tokens").toInt() > 100);
    QVERIFY(usage.value(u"completion_tokens").toInt() > 50);
    QCOMPARE(usage.value(u"total_tokens").toInt(),
             usage.value(u"prompt_tokens").toInt() + usage.value(u"completion_tokens").toInt());
    for (const QByteArray &name : {"x-ratelimit-limit-requests"_ba, "x-ratelimit-remaining-tokens"_ba, "openai-version"_ba})
        QVERIFY2(result.hasHeader(name), name.constData());
}

void TestMockLlm::openAiStream()
{
    const QList<ClauseSpec> clauses = standardClauses();
    const HttpResult plain = post(u"/v1/chat/completions"_s, openAiRequest(clauses), openAiAuth());
    const QString expected = plain.json().value(u"choices").toArray().first().toObject().value(u"message").toObject()
                                 .value(u"content").toString();

    const HttpResult result = post(u"/v1/chat/completions"_s, openAiRequest(clauses, true, true), openAiAuth());
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("content-type").startsWith("text/event-stream"));
    QVERIFY(!result.hasHeader("content-length"));
    QVERIFY(result.header("x-request-id").startsWith("req_"));
    QVERIFY(!result.body.contains("event:"));   // Chat Completions sends data lines only

    const OpenAiStream stream = readOpenAiStream(result.body);
    QVERIFY(stream.roleFirst);
    QVERIFY(stream.done);
    QCOMPARE(stream.finishReason, u"stop"_s);
    QCOMPARE(stream.content, expected);            // streamed text == non-streamed text
    QVERIFY(stream.deltaCount > 10);
    QVERIFY(stream.minDelta >= 1);
    QVERIFY(stream.maxDelta <= 20);
    QCOMPARE(stream.usage.value(u"completion_tokens").toInt(),
             plain.json().value(u"usage").toObject().value(u"completion_tokens").toInt());

    // Chunk order: role, deltas, finish with an empty delta, usage with no choices, [DONE].
    const QList<Sse> events = parseSse(result.body);
    QCOMPARE(events.last().data, "[DONE]"_ba);
    const QJsonObject usageChunk = parseObject(events.at(events.size() - 2).data);
    QVERIFY(usageChunk.value(u"choices").toArray().isEmpty());
    QVERIFY(usageChunk.value(u"usage").isObject());
    const QJsonObject finishChunk = parseObject(events.at(events.size() - 3).data);
    const QJsonObject finishChoice = finishChunk.value(u"choices").toArray().first().toObject();
    QVERIFY(finishChoice.value(u"delta").toObject().isEmpty());
    QCOMPARE(finishChoice.value(u"finish_reason").toString(), u"stop"_s);
    QVERIFY(finishChunk.value(u"usage").isNull());   // earlier chunks carry usage: null
    QSet<QString> ids;
    for (qsizetype i = 0; i < events.size() - 1; ++i)
        ids.insert(parseObject(events.at(i).data).value(u"id").toString());
    QCOMPARE(ids.size(), 1);
}

void TestMockLlm::openAiStreamWithoutUsage()
{
    const HttpResult result = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses(), true, false), openAiAuth());
    QCOMPARE(result.status, 200);
    const QList<Sse> events = parseSse(result.body);
    for (const Sse &event : events)
        QVERIFY(!event.data.contains("\"usage\""));
    const OpenAiStream stream = readOpenAiStream(result.body);
    QVERIFY(stream.done);
    QVERIFY(stream.usage.isEmpty());
}

void TestMockLlm::anthropicAnswer()
{
    const QList<ClauseSpec> clauses = standardClauses();
    const HttpResult result = post(u"/v1/messages"_s, anthropicRequest(clauses), anthropicAuth());
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("request-id").startsWith("req_"));
    QVERIFY(result.hasHeader("anthropic-ratelimit-requests-remaining"));
    const QJsonObject body = result.json();
    QCOMPARE(body.value(u"type").toString(), u"message"_s);
    QVERIFY(body.value(u"id").toString().startsWith(u"msg_"));
    QCOMPARE(body.value(u"stop_reason").toString(), u"tool_use"_s);
    QVERIFY(body.value(u"stop_sequence").isNull());
    const QJsonArray content = body.value(u"content").toArray();
    QCOMPARE(content.size(), 1);
    const QJsonObject block = content.first().toObject();
    QCOMPARE(block.value(u"type").toString(), u"tool_use"_s);
    QCOMPARE(block.value(u"name").toString(), u"record_review"_s);
    QVERIFY(block.value(u"id").toString().startsWith(u"toolu_"));
    QCOMPARE(schemaProblem(block.value(u"input").toObject(), idsOf(clauses)), QString());
    const QJsonObject usage = body.value(u"usage").toObject();
    QVERIFY(usage.value(u"input_tokens").toInt() > 100);
    QVERIFY(usage.value(u"output_tokens").toInt() > 50);
}

void TestMockLlm::anthropicStream()
{
    const QList<ClauseSpec> clauses = standardClauses();
    const HttpResult plain = post(u"/v1/messages"_s, anthropicRequest(clauses), anthropicAuth());
    const QJsonObject expected = plain.json().value(u"content").toArray().first().toObject().value(u"input").toObject();

    const HttpResult result = post(u"/v1/messages"_s, anthropicRequest(clauses, true), anthropicAuth());
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("content-type").startsWith("text/event-stream"));
    QVERIFY(result.header("request-id").startsWith("req_"));
    const QList<Sse> events = parseSse(result.body);
    QStringList names;
    QString partial;
    QStringList fragments;
    int pings = 0;
    for (const Sse &event : events) {
        const QJsonObject data = parseObject(event.data);
        QCOMPARE(data.value(u"type").toString(), QString::fromLatin1(event.event));   // event name == data.type
        if (event.event == "ping") {
            ++pings;
            continue;
        }
        names.append(QString::fromLatin1(event.event));
        if (event.event == "content_block_delta") {
            const QJsonObject delta = data.value(u"delta").toObject();
            QCOMPARE(delta.value(u"type").toString(), u"input_json_delta"_s);
            fragments.append(delta.value(u"partial_json").toString());
            partial += fragments.last();
        }
    }
    QVERIFY(pings >= 1);
    QCOMPARE(names.first(), u"message_start"_s);
    QCOMPARE(names.at(1), u"content_block_start"_s);
    QCOMPARE(names.last(), u"message_stop"_s);
    QCOMPARE(names.at(names.size() - 2), u"message_delta"_s);
    QCOMPARE(names.at(names.size() - 3), u"content_block_stop"_s);
    QVERIFY(!result.body.contains("[DONE]"));
    QCOMPARE(fragments.first(), QString());   // the first fragment is empty, as the API sends it
    bool ok = false;
    QCOMPARE(parseObject(partial.toUtf8(), &ok), expected);
    QVERIFY(ok);
    // Fragments cut JSON tokens in half: some fragment ends inside a string literal.
    bool cutInString = false;
    QString prefix;
    for (const QString &fragment : std::as_const(fragments)) {
        prefix += fragment;
        qsizetype quotes = 0;
        for (qsizetype i = 0; i < prefix.size(); ++i) {
            if (prefix.at(i) == u'\\')
                ++i;
            else if (prefix.at(i) == u'"')
                ++quotes;
        }
        cutInString = cutInString || quotes % 2 == 1;
    }
    QVERIFY(cutInString);

    const QJsonObject start = parseObject(events.first().data).value(u"message").toObject();
    QVERIFY(start.value(u"stop_reason").isNull());
    QCOMPARE(start.value(u"usage").toObject().value(u"output_tokens").toInt(), 1);
    QJsonObject messageDelta;
    for (const Sse &event : events) {
        if (event.event == "message_delta")
            messageDelta = parseObject(event.data);
    }
    QCOMPARE(messageDelta.value(u"delta").toObject().value(u"stop_reason").toString(), u"tool_use"_s);
    QCOMPARE(messageDelta.value(u"usage").toObject().value(u"output_tokens").toInt(),
             plain.json().value(u"usage").toObject().value(u"output_tokens").toInt());
}

void TestMockLlm::anthropicWithoutTools()
{
    const QList<ClauseSpec> clauses = standardClauses();
    const HttpResult result = post(u"/v1/messages"_s, anthropicRequest(clauses, false, false), anthropicAuth());
    QCOMPARE(result.status, 200);
    const QJsonObject block = result.json().value(u"content").toArray().first().toObject();
    QCOMPARE(block.value(u"type").toString(), u"text"_s);
    QCOMPARE(result.json().value(u"stop_reason").toString(), u"end_turn"_s);
    QCOMPARE(schemaProblem(parseObject(block.value(u"text").toString().toUtf8()), idsOf(clauses)), QString());

    const HttpResult streamed = post(u"/v1/messages"_s, anthropicRequest(clauses, true, false), anthropicAuth());
    QString text;
    for (const Sse &event : parseSse(streamed.body)) {
        const QJsonObject delta = parseObject(event.data).value(u"delta").toObject();
        if (delta.value(u"type").toString() == u"text_delta")
            text += delta.value(u"text").toString();
    }
    QCOMPARE(text, block.value(u"text").toString());
}

void TestMockLlm::ollamaNative()
{
    const QList<ClauseSpec> clauses = standardClauses();
    const HttpResult plain = post(u"/api/chat"_s, ollamaRequest(clauses, false), plainJson());
    QCOMPARE(plain.status, 200);
    QVERIFY(plain.header("content-type").startsWith("application/json"));
    const QJsonObject body = plain.json();
    QCOMPARE(body.value(u"done").toBool(), true);
    QCOMPARE(body.value(u"done_reason").toString(), u"stop"_s);
    QVERIFY(body.value(u"eval_count").toInt() > 0);
    const QString content = body.value(u"message").toObject().value(u"content").toString();
    QCOMPARE(schemaProblem(parseObject(content.toUtf8()), idsOf(clauses)), QString());

    // "stream" defaults to true: NDJSON.
    const HttpResult streamed = post(u"/api/chat"_s, ollamaRequest(clauses, std::nullopt), plainJson());
    QCOMPARE(streamed.status, 200);
    QCOMPARE(streamed.header("content-type"), "application/x-ndjson"_ba);
    const QList<QJsonObject> lines = parseNdjson(streamed.body);
    QVERIFY(lines.size() > 5);
    QString joined;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).value(u"done").toBool(), i == lines.size() - 1);
        joined += lines.at(i).value(u"message").toObject().value(u"content").toString();
    }
    QCOMPARE(joined, content);
    QCOMPARE(lines.last().value(u"done_reason").toString(), u"stop"_s);
    QVERIFY(lines.last().contains(u"prompt_eval_count"));
}

void TestMockLlm::localFlavour()
{
    const QList<ClauseSpec> clauses = standardClauses();
    const HttpResult keyless = post(u"/local/v1/chat/completions"_s, openAiRequest(clauses), plainJson());
    QCOMPARE(keyless.status, 200);
    QVERIFY(!keyless.hasHeader("x-ratelimit-limit-requests"));
    QCOMPARE(m_server->requests().last().dialect, std::optional(Dialect::Local));

    m_server->setRequireKeyForLocal(true);
    const HttpResult refused = post(u"/local/v1/chat/completions"_s, openAiRequest(clauses), plainJson());
    QCOMPARE(refused.status, 401);
    QCOMPARE(post(u"/local/v1/chat/completions"_s, openAiRequest(clauses), openAiAuth()).status, 200);
    QCOMPARE(post(u"/api/chat"_s, ollamaRequest(clauses, false), plainJson()).status, 200);   // never needs a key

    // The whole /v1 as the local flavour.
    m_server->setRequireKeyForLocal(false);
    m_server->setLocalChatCompletions(true);
    QCOMPARE(post(u"/v1/chat/completions"_s, openAiRequest(clauses), plainJson()).status, 200);
}

void TestMockLlm::modelsAndHealth()
{
    RequestOptions get;
    get.method = "GET"_ba;
    get.headers = openAiAuth();
    HttpResult models = request(u"/v1/models"_s, {}, get);
    QCOMPARE(models.status, 200);
    QCOMPARE(models.json().value(u"object").toString(), u"list"_s);
    m_server->setKnownModels({u"gpt-a"_s, u"gpt-b"_s});
    models = request(u"/v1/models"_s, {}, get);
    QCOMPARE(models.json().value(u"data").toArray().size(), 2);
    QCOMPARE(models.json().value(u"data").toArray().at(1).toObject().value(u"id").toString(), u"gpt-b"_s);
    get.headers = anthropicAuth();
    models = request(u"/v1/models"_s, {}, get);
    QCOMPARE(models.json().value(u"has_more").toBool(true), false);
    QVERIFY(models.header("request-id").startsWith("req_"));
    get.headers = {};
    QCOMPARE(request(u"/api/tags"_s, {}, get).json().value(u"models").toArray().size(), 2);
    const HttpResult health = request(u"/health"_s, {}, get);
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(u"status").toString(), u"ok"_s);
}

// ---------------------------------------------------------------------------------------------

void TestMockLlm::authErrors()
{
    const QJsonObject openAi = openAiRequest(standardClauses());
    for (const Headers &headers : {plainJson(), Headers{{"Authorization"_ba, "Bearer wrong-key"_ba}}}) {
        const HttpResult result = post(u"/v1/chat/completions"_s, openAi, headers);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.error, QNetworkReply::AuthenticationRequiredError);
        QVERIFY(result.header("x-request-id").startsWith("req_"));
        const QJsonObject error = result.json().value(u"error").toObject();
        QStringList keys = error.keys();
        QCOMPARE(keys, (QStringList{u"code"_s, u"message"_s, u"param"_s, u"type"_s}));
        QCOMPARE(error.value(u"code").toString(), u"invalid_api_key"_s);
        QCOMPARE(error.value(u"type").toString(), u"invalid_request_error"_s);
        QVERIFY(error.value(u"param").isNull());
        QVERIFY(!error.value(u"message").toString().contains(u"wrong-key"));   // masked, as the API does
    }

    const QJsonObject anthropic = anthropicRequest(standardClauses());
    struct Case {
        Headers headers;
        int status;
        QString type;
        QString message;
    };
    const QList<Case> cases{
        {{{"anthropic-version"_ba, "2023-06-01"_ba}}, 401, u"authentication_error"_s, u"x-api-key header is required"_s},
        {{{"x-api-key"_ba, "nope"_ba}, {"anthropic-version"_ba, "2023-06-01"_ba}}, 401, u"authentication_error"_s,
         u"invalid x-api-key"_s},
        {{{"x-api-key"_ba, "test-key"_ba}}, 400, u"invalid_request_error"_s, u"anthropic-version: header is required"_s},
        {{{"x-api-key"_ba, "test-key"_ba}, {"anthropic-version"_ba, "2024-13-01"_ba}}, 400, u"invalid_request_error"_s,
         u"anthropic-version: \"2024-13-01\" is not a valid version"_s},
    };
    for (const Case &c : cases) {
        const HttpResult result = post(u"/v1/messages"_s, anthropic, c.headers);
        QCOMPARE(result.status, c.status);
        const QJsonObject body = result.json();
        QCOMPARE(body.value(u"type").toString(), u"error"_s);
        QCOMPARE(body.value(u"error").toObject().value(u"type").toString(), c.type);
        QCOMPARE(body.value(u"error").toObject().value(u"message").toString(), c.message);
        QCOMPARE(body.value(u"request_id").toString().toLatin1(), result.header("request-id"));
        QVERIFY(result.header("request-id").startsWith("req_"));
    }
    // A bearer token is a key from 2026-10-21 on (SDK 1.15); 2023-06-01 reads x-api-key only.
    Headers bearer = anthropicAuth();
    bearer.removeFirst();
    bearer.append({"Authorization"_ba, "Bearer test-key"_ba});
    QCOMPARE(post(u"/v1/messages"_s, anthropic, bearer).status, 401);
    QCOMPARE(post(u"/v1/messages"_s, anthropic, anthropicAuth2026()).status, 200);
}

void TestMockLlm::anthropicVersionDuplicated()
{
    // A proxy that duplicates the header: QNAM cannot send that, a raw socket can.
    RawConnection connection;
    QVERIFY(connection.open(m_thread.port()));
    connection.send(rawRequest("POST"_ba, "/v1/messages"_ba, compact(anthropicRequest(standardClauses())),
                               {{"x-api-key"_ba, "test-key"_ba}, {"anthropic-version"_ba, "2023-06-01"_ba},
                                {"anthropic-version"_ba, "2023-06-01"_ba}}));
    RawReply reply;
    QVERIFY(connection.read(&reply));
    QCOMPARE(reply.status, 400);
    QCOMPARE(parseObject(reply.body).value(u"error").toObject().value(u"message").toString(),
             u"anthropic-version: \"2023-06-01, 2023-06-01\" is not a valid version"_s);
}

void TestMockLlm::validation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("anthropic");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");   // a substring of the error message, or of the body

    QJsonObject noModel = openAiRequest(standardClauses());
    noModel.remove(u"model"_s);
    QJsonObject noMessages = openAiRequest(standardClauses());
    noMessages.remove(u"messages"_s);
    QJsonObject emptyMessages = openAiRequest(standardClauses());
    emptyMessages.insert(u"messages"_s, QJsonArray());
    QJsonObject streamOptions = openAiRequest(standardClauses());
    streamOptions.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    QJsonObject unknownModel = openAiRequest(standardClauses());
    unknownModel.insert(u"model"_s, u"gpt-unknown"_s);
    QJsonObject noMaxTokens = anthropicRequest(standardClauses());
    noMaxTokens.remove(u"max_tokens"_s);
    QJsonObject anthropicNoModel = anthropicRequest(standardClauses());
    anthropicNoModel.remove(u"model"_s);
    QJsonObject anthropicUnknown = anthropicRequest(standardClauses());
    anthropicUnknown.insert(u"model"_s, u"claude-unknown"_s);
    const QByteArray good = compact(openAiRequest(standardClauses()));

    QTest::newRow("openai not json") << u"/v1/chat/completions"_s << "POST"_ba << "{nope"_ba << false << 400
                                     << u"could not parse the JSON body"_s;
    QTest::newRow("openai no model") << u"/v1/chat/completions"_s << "POST"_ba << compact(noModel) << false << 400
                                     << u"you must provide a model parameter"_s;
    QTest::newRow("openai no messages") << u"/v1/chat/completions"_s << "POST"_ba << compact(noMessages) << false
                                        << 400 << u"Missing required parameter: 'messages'"_s;
    QTest::newRow("openai empty messages") << u"/v1/chat/completions"_s << "POST"_ba << compact(emptyMessages)
                                           << false << 400 << u"empty array"_s;
    QTest::newRow("stream_options without stream") << u"/v1/chat/completions"_s << "POST"_ba << compact(streamOptions)
                                                   << false << 400 << u"'stream_options'"_s;
    QTest::newRow("openai unknown model") << u"/v1/chat/completions"_s << "POST"_ba << compact(unknownModel) << false
                                          << 404 << u"The model `gpt-unknown` does not exist"_s;
    QTest::newRow("openai wrong method") << u"/v1/chat/completions"_s << "PUT"_ba << good << false << 404
                                         << u"Invalid URL (PUT /v1/chat/completions)"_s;
    QTest::newRow("openai unknown path") << u"/v1/completely/unknown"_s << "POST"_ba << good << false << 404
                                         << u"Invalid URL"_s;
    QTest::newRow("anthropic not json") << u"/v1/messages"_s << "POST"_ba << "[1,2"_ba << true << 400
                                        << u"parsing the body"_s;
    QTest::newRow("anthropic no max_tokens") << u"/v1/messages"_s << "POST"_ba << compact(noMaxTokens) << true << 400
                                             << u"max_tokens: Field required"_s;
    QTest::newRow("anthropic no model") << u"/v1/messages"_s << "POST"_ba << compact(anthropicNoModel) << true << 400
                                        << u"model: Field required"_s;
    QTest::newRow("anthropic unknown model") << u"/v1/messages"_s << "POST"_ba << compact(anthropicUnknown) << true
                                             << 404 << u"model: claude-unknown"_s;
    QTest::newRow("anthropic unknown path") << u"/v1/nothing"_s << "POST"_ba << good << true << 404 << u"Not Found"_s;
    QTest::newRow("anthropic wrong method") << u"/v1/messages"_s << "GET"_ba << QByteArray() << true << 404
                                            << u"Not Found"_s;
    QTest::newRow("ollama no model") << u"/api/chat"_s << "POST"_ba << "{\"messages\":[]}"_ba << false << 400
                                     << u"model is required"_s;
    QTest::newRow("ollama unknown path") << u"/api/generate-something"_s << "POST"_ba << good << false << 404
                                         << u"404 page not found"_s;
}

void TestMockLlm::validation()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(bool, anthropic);
    QFETCH(int, status);
    QFETCH(QString, expected);
    m_server->setKnownModels({u"gpt-5-mini"_s, u"claude-sonnet-4-5"_s, u"llama3.2"_s});
    m_server->script(Fault{});   // a queued 500 that validation failures must not use up
    RequestOptions options;
    options.method = method;
    options.headers = anthropic ? anthropicAuth() : openAiAuth();
    const HttpResult result = request(path, body, options);
    QCOMPARE(result.status, status);
    if (path.startsWith(u"/v1")) {
        const QJsonObject json = result.json();
        if (anthropic) {
            QCOMPARE(json.value(u"type").toString(), u"error"_s);
            QVERIFY(json.value(u"error").toObject().contains(u"type"));
        } else {
            QCOMPARE(json.value(u"error").toObject().keys().size(), 4);
        }
    }
    QVERIFY2(QString::fromUtf8(result.body).contains(expected), result.body.constData());
    QCOMPARE(m_server->pendingFaults(), 1);
}

// ---------------------------------------------------------------------------------------------

void TestMockLlm::statusFaults_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type"); // OpenAI error.type / Anthropic error.type; "html" for an HTML body
    const QList<std::pair<int, QString>> openAi{{400, u"invalid_request_error"_s},
                                                {401, u"invalid_request_error"_s},
                                                {403, u"request_forbidden"_s},
                                                {404, u"invalid_request_error"_s},
                                                {408, u"invalid_request_error"_s},
                                                {409, u"invalid_request_error"_s},
                                                {413, u"invalid_request_error"_s},
                                                {422, u"invalid_request_error"_s},
                                                {429, u"tokens"_s},
                                                {500, u"server_error"_s},
                                                {502, u"html"_s},
                                                {503, u"server_error"_s},
                                                {504, u"html"_s},
                                                {529, u"server_error"_s}};
    const QList<std::pair<int, QString>> anthropic{{400, u"invalid_request_error"_s},
                                                   {401, u"authentication_error"_s},
                                                   {402, u"billing_error"_s},
                                                   {403, u"permission_error"_s},
                                                   {404, u"not_found_error"_s},
                                                   {408, u"timeout_error"_s},
                                                   {409, u"conflict_error"_s},
                                                   {413, u"request_too_large"_s},
                                                   {422, u"invalid_request_error"_s},
                                                   {429, u"rate_limit_error"_s},
                                                   {500, u"api_error"_s},
                                                   {502, u"html"_s},
                                                   {503, u"api_error"_s},
                                                   {504, u"html"_s},
                                                   {529, u"overloaded_error"_s}};
    for (const auto &[status, type] : openAi)
        QTest::addRow("openai %d", status) << int(Dialect::OpenAI) << status << type;
    for (const auto &[status, type] : anthropic)
        QTest::addRow("anthropic %d", status) << int(Dialect::Anthropic) << status << type;
    for (const int status : {400, 404, 429, 500, 502, 503})
        QTest::addRow("ollama %d", status) << int(Dialect::Local) << status << (status == 502 ? u"html"_s : QString());
}

void TestMockLlm::statusFaults()
{
    QFETCH(int, dialect);
    QFETCH(int, status);
    QFETCH(QString, type);
    Fault fault;
    fault.status = status;
    m_server->script(fault);
    const QList<ClauseSpec> clauses = standardClauses();
    HttpResult result;
    if (Dialect(dialect) == Dialect::OpenAI)
        result = post(u"/v1/chat/completions"_s, openAiRequest(clauses), openAiAuth());
    else if (Dialect(dialect) == Dialect::Anthropic)
        result = post(u"/v1/messages"_s, anthropicRequest(clauses), anthropicAuth());
    else
        result = post(u"/api/chat"_s, ollamaRequest(clauses, false), plainJson());
    QCOMPARE(result.status, status);
    QVERIFY(result.error != QNetworkReply::NoError);
    if (Dialect(dialect) == Dialect::OpenAI)
        QVERIFY(result.header("x-request-id").startsWith("req_"));
    if (Dialect(dialect) == Dialect::Anthropic)
        QVERIFY(result.header("request-id").startsWith("req_"));
    if (type == u"html") {
        QCOMPARE(result.header("content-type"), "text/html"_ba);
        QVERIFY(result.body.startsWith("<html>"));
        QVERIFY(result.body.contains(QByteArray::number(status)));
    } else if (Dialect(dialect) == Dialect::OpenAI) {
        const QJsonObject error = result.json().value(u"error").toObject();
        QCOMPARE(error.keys(), (QStringList{u"code"_s, u"message"_s, u"param"_s, u"type"_s}));
        QCOMPARE(error.value(u"type").toString(), type);
        QVERIFY(!error.value(u"message").toString().isEmpty());
    } else if (Dialect(dialect) == Dialect::Anthropic) {
        const QJsonObject body = result.json();
        QCOMPARE(body.value(u"type").toString(), u"error"_s);
        QCOMPARE(body.value(u"error").toObject().value(u"type").toString(), type);
        QCOMPARE(body.value(u"request_id").toString().toLatin1(), result.header("request-id"));
    } else {
        QVERIFY(result.json().value(u"error").isString());
    }
    QCOMPARE(m_server->requests().last().responseStatus, status);
    QCOMPARE(m_server->requests().last().fault, u"status:%1"_s.arg(status));
    // The next request is answered normally: the fault was used up.
    QCOMPARE(m_server->pendingFaults(), 0);
}

void TestMockLlm::rateLimitHeaders()
{
    Fault fault;
    fault.status = 429;
    m_server->script({fault, fault});
    const HttpResult openAi = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth());
    QCOMPARE(openAi.status, 429);
    QCOMPARE(openAi.header("retry-after"), "1"_ba);
    QCOMPARE(openAi.json().value(u"error").toObject().value(u"code").toString(), u"rate_limit_exceeded"_s);
    static const QRegularExpression goDuration(uR"(^(\d+h)?(\d+m)?(\d+(\.\d+)?s|\d+ms)$)"_s);
    for (const QByteArray &suffix : {"requests"_ba, "tokens"_ba}) {
        QVERIFY(openAi.header("x-ratelimit-limit-" + suffix).toInt() > 0);
        QVERIFY(openAi.hasHeader("x-ratelimit-remaining-" + suffix));
        const QString reset = QString::fromLatin1(openAi.header("x-ratelimit-reset-" + suffix));
        QVERIFY2(goDuration.match(reset).hasMatch(), qPrintable(reset));
    }
    QCOMPARE(openAi.header("x-ratelimit-remaining-tokens"), "0"_ba);

    const HttpResult anthropic = post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicAuth());
    QCOMPARE(anthropic.status, 429);
    QCOMPARE(anthropic.header("retry-after"), "1"_ba);
    for (const QByteArray &kind : {"requests"_ba, "tokens"_ba, "input-tokens"_ba, "output-tokens"_ba}) {
        QVERIFY(anthropic.header("anthropic-ratelimit-" + kind + "-limit").toInt() > 0);
        QCOMPARE(anthropic.header("anthropic-ratelimit-" + kind + "-remaining"), "0"_ba);
        const QDateTime reset = QDateTime::fromString(QString::fromLatin1(anthropic.header("anthropic-ratelimit-" + kind + "-reset")),
                                                      Qt::ISODate);
        QVERIFY(reset.isValid());
    }
}

void TestMockLlm::retryAfterForms_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("retryAfter");   // "date" for an HTTP-date
    QTest::addColumn<QByteArray>("retryAfterMs");
    QTest::newRow("integer") << u"status:429,retry-after=7"_s << "7"_ba << QByteArray();
    QTest::newRow("float") << u"status:429,retry-after=1.5"_s << "1.5"_ba << QByteArray();
    QTest::newRow("beyond 120 s") << u"status:429,retry-after=300"_s << "300"_ba << QByteArray();
    QTest::newRow("http-date") << u"status:429,retry-after=date+30"_s << "date"_ba << QByteArray();
    QTest::newRow("with ms") << u"status:429,retry-after=2,retry-after-ms=1500"_s << "2"_ba << "1500"_ba;
    QTest::newRow("on a 503") << u"status:503,retry-after=4"_s << "4"_ba << QByteArray();
}

void TestMockLlm::retryAfterForms()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, retryAfterMs);
    QString error;
    const auto fault = parseFaultSpec(spec, &error);
    QVERIFY2(fault, qPrintable(error));
    m_server->script(*fault);
    const HttpResult result = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth());
    QCOMPARE(result.status, fault->status);
    if (retryAfter == "date") {
        const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(result.header("retry-after")),
                                                       u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
        QVERIFY2(when.isValid(), result.header("retry-after").constData());
        QDateTime utc = when;
        utc.setTimeSpec(Qt::UTC);
        const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(utc);
        QVERIFY2(ahead > 20 && ahead <= 31, qPrintable(QString::number(ahead)));
    } else {
        QCOMPARE(result.header("retry-after"), retryAfter);
    }
    QCOMPARE(result.header("retry-after-ms"), retryAfterMs);
}

void TestMockLlm::quotaHasNoRetryAfter()
{
    QString error;
    m_server->script({*parseFaultSpec(u"status:429,quota,dialect=openai"_s, &error),
                      *parseFaultSpec(u"status:429,quota,dialect=anthropic"_s, &error)});
    const HttpResult openAi = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth());
    QCOMPARE(openAi.status, 429);
    QVERIFY(!openAi.hasHeader("retry-after"));
    const QJsonObject openAiError = openAi.json().value(u"error").toObject();
    QCOMPARE(openAiError.value(u"type").toString(), u"insufficient_quota"_s);
    QCOMPARE(openAiError.value(u"code").toString(), u"insufficient_quota"_s);
    const HttpResult anthropic = post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicAuth());
    QCOMPARE(anthropic.status, 429);
    QVERIFY(!anthropic.hasHeader("retry-after"));
    QVERIFY(anthropic.json().value(u"error").toObject().value(u"message").toString().contains(u"usage limits"));
}

void TestMockLlm::shouldRetryHeader()
{
    QString error;
    m_server->script({*parseFaultSpec(u"status:400,should-retry=true"_s, &error),
                      *parseFaultSpec(u"status:503,should-retry=false"_s, &error),
                      *parseFaultSpec(u"framing,should-retry=false"_s, &error)});
    QCOMPARE(post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth()).header("x-should-retry"),
             "true"_ba);
    QCOMPARE(post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth()).header("x-should-retry"),
             "false"_ba);
    const HttpResult ok = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth());
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.header("x-should-retry"), "false"_ba);
}

void TestMockLlm::hang()
{
    Fault fault;
    fault.kind = Fault::Kind::Hang;
    m_server->script(fault);
    RequestOptions options;
    options.headers = openAiAuth();
    options.transferTimeoutMs = 300;
    const HttpResult result = request(u"/v1/chat/completions"_s, compact(openAiRequest(standardClauses())), options);
    QVERIFY(result.error == QNetworkReply::OperationCanceledError || result.error == QNetworkReply::TimeoutError);
    QVERIFY(!result.headersArrived);
    // QNAM's transfer timer is coarse (it may fire up to 5 % early); the point is that nothing came.
    QVERIFY2(result.elapsedMs >= 280, qPrintable(QString::number(result.elapsedMs)));
    QCOMPARE(m_server->requests().last().responseStatus, 0);
    QCOMPARE(m_server->requests().last().fault, u"hang"_s);
}

void TestMockLlm::resetBeforeResponse()
{
    // QNAM silently resends a request whose connection closed before any reply (up to twice), so
    // the fault stays for every attempt.
    QString error;
    m_server->script(*parseFaultSpec(u"reset,count=forever"_s, &error));
    const HttpResult result = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth());
    QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(result.status, 0);
    const int attempts = m_server->requestCount();
    QVERIFY(attempts >= 1);
    qInfo("QNAM made %d attempt(s) against a reset before the status line", attempts);
    m_server->clearFaults();

    // A raw client sees the reset itself.
    m_server->script(*parseFaultSpec(u"reset"_s, &error));
    RawConnection connection;
    QVERIFY(connection.open(m_thread.port()));
    connection.send(rawRequest("POST"_ba, "/v1/chat/completions"_ba, compact(openAiRequest(standardClauses())), openAiAuth()));
    QVERIFY(connection.waitClosed());
    QVERIFY(connection.pending().isEmpty());
    QCOMPARE(connection.error(), QAbstractSocket::RemoteHostClosedError);
}

void TestMockLlm::resetMidResponse()
{
    QString error;
    m_server->script(*parseFaultSpec(u"reset:100"_s, &error));
    RawConnection connection;
    QVERIFY(connection.open(m_thread.port()));
    connection.send(rawRequest("POST"_ba, "/v1/chat/completions"_ba, compact(openAiRequest(standardClauses())), openAiAuth()));
    RawReply reply;
    QVERIFY(!connection.read(&reply, 10000));   // never complete
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.headers.value("content-length").toInt() > 100);
    QVERIFY(reply.body.size() <= 100);
    QVERIFY(connection.waitClosed());
    QCOMPARE(m_server->requests().last().fault, u"reset:100"_s);
}

void TestMockLlm::resetMidStream()
{
    QString error;
    m_server->script(*parseFaultSpec(u"reset:400"_s, &error));
    const HttpResult result = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses(), true), openAiAuth());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_server->requestCount(), 1);   // a reply had begun: QNAM does not resend
}

void TestMockLlm::delayMatchedByBody()
{
    QString error;
    m_server->script(*parseFaultSpec(u"delay:150,match=\"id\":\"c7\""_s, &error));
    const QList<ClauseSpec> other{standardClauses().at(1)};
    const HttpResult quick = post(u"/v1/chat/completions"_s, openAiRequest(other), openAiAuth());
    QCOMPARE(quick.status, 200);
    QCOMPARE(m_server->requests().last().plannedDelayMs, 0);
    QCOMPARE(m_server->pendingFaults(), 1);   // not matched, not used
    const HttpResult slow = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth());
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 150, qPrintable(QString::number(slow.elapsedMs)));
    QCOMPARE(m_server->requests().last().plannedDelayMs, 150);
    QCOMPARE(m_server->pendingFaults(), 0);
}

void TestMockLlm::headersThenSilence()
{
    QString error;
    m_server->script(*parseFaultSpec(u"headers-then-silence"_s, &error));
    RequestOptions options;
    options.headers = openAiAuth();
    options.transferTimeoutMs = 300;
    const HttpResult result = request(u"/v1/chat/completions"_s, compact(openAiRequest(standardClauses())), options);
    QVERIFY(result.headersArrived);
    QCOMPARE(result.status, 200);
    QVERIFY(result.error == QNetworkReply::OperationCanceledError || result.error == QNetworkReply::TimeoutError);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(m_server->requests().last().responseStatus, 200);
}

void TestMockLlm::brokenBody()
{
    QString error;
    m_server->script({*parseFaultSpec(u"broken-body"_s, &error), *parseFaultSpec(u"broken-body"_s, &error)});
    const HttpResult plain = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth());
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.error, QNetworkReply::NoError);   // the transport is fine
    bool ok = true;
    parseObject(plain.body, &ok);
    QVERIFY(!ok);
    QCOMPARE(plain.header("content-length").toInt(), plain.body.size());

    const HttpResult streamed = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses(), true), openAiAuth());
    QCOMPARE(streamed.status, 200);
    int broken = 0;
    for (const Sse &event : parseSse(streamed.body)) {
        bool eventOk = false;
        parseObject(event.data, &eventOk);
        if (!eventOk && event.data != "[DONE]")
            ++broken;
    }
    QCOMPARE(broken, 1);
}

void TestMockLlm::brokenAnswer()
{
    QString error;
    m_server->script({*parseFaultSpec(u"broken-answer,dialect=openai"_s, &error),
                      *parseFaultSpec(u"broken-answer,dialect=anthropic"_s, &error)});
    const HttpResult openAi = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth());
    bool ok = false;
    const QJsonObject envelope = parseObject(openAi.body, &ok);
    QVERIFY(ok);
    const QString content = envelope.value(u"choices").toArray().first().toObject().value(u"message").toObject()
                                .value(u"content").toString();
    QVERIFY(!content.isEmpty());
    parseObject(content.toUtf8(), &ok);
    QVERIFY(!ok);

    const HttpResult anthropic = post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicAuth());
    const QJsonObject block = anthropic.json().value(u"content").toArray().first().toObject();
    QCOMPARE(block.value(u"type").toString(), u"text"_s);   // the model ignored the tool
    parseObject(block.value(u"text").toString().toUtf8(), &ok);
    QVERIFY(!ok);
}

void TestMockLlm::wrongSchema()
{
    QString error;
    m_server->script({*parseFaultSpec(u"wrong-schema"_s, &error), *parseFaultSpec(u"wrong-schema"_s, &error)});
    const QStringList ids = idsOf(standardClauses());
    const HttpResult openAi = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth());
    bool ok = false;
    const QJsonObject answer = parseObject(openAi.json().value(u"choices").toArray().first().toObject()
                                               .value(u"message").toObject().value(u"content").toString().toUtf8(), &ok);
    QVERIFY(ok);
    QVERIFY(!schemaProblem(answer, ids).isEmpty());
    const HttpResult anthropic = post(u"/v1/messages"_s, anthropicRequest(standardClauses(), true), anthropicAuth());
    QString partial;
    for (const Sse &event : parseSse(anthropic.body))
        partial += parseObject(event.data).value(u"delta").toObject().value(u"partial_json").toString();
    const QJsonObject streamedAnswer = parseObject(partial.toUtf8(), &ok);
    QVERIFY(ok);
    QVERIFY(!schemaProblem(streamedAnswer, ids).isEmpty());
}

void TestMockLlm::truncatedStream()
{
    QString error;
    m_server->script({*parseFaultSpec(u"truncate,dialect=openai"_s, &error),
                      *parseFaultSpec(u"truncate,dialect=anthropic"_s, &error)});
    const HttpResult openAi = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses(), true, true), openAiAuth());
    QCOMPARE(openAi.status, 200);
    QCOMPARE(openAi.error, QNetworkReply::NoError);   // a clean EOF: only the missing terminator tells
    const OpenAiStream stream = readOpenAiStream(openAi.body);
    QVERIFY(!stream.done);
    QVERIFY(stream.finishReason.isEmpty());
    QVERIFY(stream.deltaCount > 0);

    const HttpResult anthropic = post(u"/v1/messages"_s, anthropicRequest(standardClauses(), true), anthropicAuth());
    QCOMPARE(anthropic.error, QNetworkReply::NoError);
    const QList<Sse> events = parseSse(anthropic.body);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.first().event, "message_start"_ba);
    for (const Sse &event : events)
        QVERIFY(event.event != "message_stop");
}

void TestMockLlm::truncatedBody()
{
    QString error;
    m_server->script(*parseFaultSpec(u"truncate"_s, &error));
    RawConnection connection;
    QVERIFY(connection.open(m_thread.port()));
    connection.send(rawRequest("POST"_ba, "/v1/chat/completions"_ba, compact(openAiRequest(standardClauses())), openAiAuth()));
    RawReply reply;
    QVERIFY(!connection.read(&reply));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.size(), reply.headers.value("content-length").toInt() / 2);
    QVERIFY(connection.waitClosed());
}

void TestMockLlm::midStreamErrors()
{
    QString error;
    m_server->script({*parseFaultSpec(u"midstream-error,dialect=openai"_s, &error),
                      *parseFaultSpec(u"midstream-error,dialect=anthropic"_s, &error),
                      *parseFaultSpec(u"midstream-error,dialect=local,match=llama3.2"_s, &error),
                      *parseFaultSpec(u"midstream-error,dialect=local,legacy"_s, &error),
                      *parseFaultSpec(u"midstream-error,dialect=openai"_s, &error)});
    const HttpResult openAi = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses(), true), openAiAuth());
    QCOMPARE(openAi.status, 200);
    const OpenAiStream stream = readOpenAiStream(openAi.body);
    QCOMPARE(stream.error.value(u"type").toString(), u"server_error"_s);
    QVERIFY(!stream.error.value(u"message").toString().isEmpty());
    QVERIFY(!stream.done);
    QVERIFY(stream.deltaCount > 0);

    const HttpResult anthropic = post(u"/v1/messages"_s, anthropicRequest(standardClauses(), true), anthropicAuth());
    QCOMPARE(anthropic.status, 200);
    const QList<Sse> events = parseSse(anthropic.body);
    QCOMPARE(events.last().event, "error"_ba);
    QCOMPARE(
        parseObject(events.last().data),
        QJsonObject({{u"type"_s, u"error"_s},
                     {u"error"_s, QJsonObject{{u"type"_s, u"overloaded_error"_s}, {u"message"_s, u"Overloaded"_s}}},
                     {u"request_id"_s, QString::fromLatin1(anthropic.header("request-id"))}}));

    const HttpResult ollama = post(u"/api/chat"_s, ollamaRequest(standardClauses(), true), plainJson());
    QCOMPARE(ollama.status, 200);
    const QList<QJsonObject> lines = parseNdjson(ollama.body);
    QVERIFY(lines.last().value(u"error").isString());
    for (const QJsonObject &line : lines)
        QVERIFY(!line.value(u"done").toBool());

    // Old llama.cpp: a raw "error:" line (which SSE parsers drop), then [DONE].
    const HttpResult legacy = post(u"/local/v1/chat/completions"_s, openAiRequest(standardClauses(), true), plainJson());
    QVERIFY(legacy.body.contains("\nerror: {\"code\":500"));
    QVERIFY(legacy.body.endsWith("data: [DONE]\n\n"));
    QVERIFY(readOpenAiStream(legacy.body).error.isEmpty());

    // Asked without a stream, the same failure is a 500.
    const HttpResult plain = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth());
    QCOMPARE(plain.status, 500);
    QCOMPARE(plain.json().value(u"error").toObject().value(u"type").toString(), u"server_error"_s);
}

void TestMockLlm::lengthCut()
{
    QString error;
    m_server->script(*parseFaultSpec(u"length,count=6"_s, &error));
    const QList<ClauseSpec> clauses = standardClauses();
    bool ok = true;

    const HttpResult openAi = post(u"/v1/chat/completions"_s, openAiRequest(clauses), openAiAuth());
    const QJsonObject choice = openAi.json().value(u"choices").toArray().first().toObject();
    QCOMPARE(choice.value(u"finish_reason").toString(), u"length"_s);
    parseObject(choice.value(u"message").toObject().value(u"content").toString().toUtf8(), &ok);
    QVERIFY(!ok);

    const OpenAiStream stream =
        readOpenAiStream(post(u"/v1/chat/completions"_s, openAiRequest(clauses, true), openAiAuth()).body);
    QCOMPARE(stream.finishReason, u"length"_s);
    QVERIFY(stream.done);
    parseObject(stream.content.toUtf8(), &ok);
    QVERIFY(!ok);

    const HttpResult anthropic = post(u"/v1/messages"_s, anthropicRequest(clauses), anthropicAuth());
    QCOMPARE(anthropic.json().value(u"stop_reason").toString(), u"max_tokens"_s);
    const QJsonObject input = anthropic.json().value(u"content").toArray().first().toObject().value(u"input").toObject();
    QVERIFY(input.value(u"clauses").toArray().size() < clauses.size());   // what survived the cut

    const HttpResult anthropicStream = post(u"/v1/messages"_s, anthropicRequest(clauses, true), anthropicAuth());
    QString partial;
    QString stopReason;
    for (const Sse &event : parseSse(anthropicStream.body)) {
        const QJsonObject data = parseObject(event.data);
        partial += data.value(u"delta").toObject().value(u"partial_json").toString();
        if (event.event == "message_delta")
            stopReason = data.value(u"delta").toObject().value(u"stop_reason").toString();
    }
    QCOMPARE(stopReason, u"max_tokens"_s);
    parseObject(partial.toUtf8(), &ok);
    QVERIFY(!ok);

    const HttpResult ollama = post(u"/api/chat"_s, ollamaRequest(clauses, false), plainJson());
    QCOMPARE(ollama.json().value(u"done_reason").toString(), u"length"_s);
    const QList<QJsonObject> lines = parseNdjson(post(u"/api/chat"_s, ollamaRequest(clauses, true), plainJson()).body);
    QCOMPARE(lines.last().value(u"done_reason").toString(), u"length"_s);
}

void TestMockLlm::refusalAndContentFilter()
{
    QString error;
    m_server->script({*parseFaultSpec(u"refusal,count=4"_s, &error), *parseFaultSpec(u"content-filter,count=2"_s, &error)});
    const QList<ClauseSpec> clauses = standardClauses();

    const QJsonObject message = post(u"/v1/chat/completions"_s, openAiRequest(clauses), openAiAuth())
                                    .json().value(u"choices").toArray().first().toObject().value(u"message").toObject();
    QVERIFY(message.value(u"content").isNull());
    QVERIFY(!message.value(u"refusal").toString().isEmpty());
    const OpenAiStream stream =
        readOpenAiStream(post(u"/v1/chat/completions"_s, openAiRequest(clauses, true), openAiAuth()).body);
    QVERIFY(!stream.refusal.isEmpty());
    QVERIFY(stream.content.isEmpty());
    QCOMPARE(post(u"/v1/messages"_s, anthropicRequest(clauses), anthropicAuth()).json().value(u"stop_reason").toString(),
             u"refusal"_s);
    QString stopReason;
    for (const Sse &event : parseSse(post(u"/v1/messages"_s, anthropicRequest(clauses, true), anthropicAuth()).body)) {
        if (event.event == "message_delta")
            stopReason = parseObject(event.data).value(u"delta").toObject().value(u"stop_reason").toString();
        QVERIFY(event.event != "content_block_start");
    }
    QCOMPARE(stopReason, u"refusal"_s);

    const QJsonObject filtered = post(u"/v1/chat/completions"_s, openAiRequest(clauses), openAiAuth())
                                     .json().value(u"choices").toArray().first().toObject();
    QCOMPARE(filtered.value(u"finish_reason").toString(), u"content_filter"_s);
    const OpenAiStream filteredStream =
        readOpenAiStream(post(u"/v1/chat/completions"_s, openAiRequest(clauses, true), openAiAuth()).body);
    QCOMPARE(filteredStream.finishReason, u"content_filter"_s);
}

void TestMockLlm::faultMatching()
{
    QString error;
    // FIFO, per dialect, per body substring, with counts.
    m_server->script({*parseFaultSpec(u"status:529,dialect=anthropic"_s, &error),
                      *parseFaultSpec(u"status:503,count=2"_s, &error),
                      *parseFaultSpec(u"status:500,match=c8"_s, &error)});
    const QList<ClauseSpec> onlyC7{standardClauses().at(0)};
    QCOMPARE(post(u"/v1/chat/completions"_s, openAiRequest(onlyC7), openAiAuth()).status, 503);
    QCOMPARE(post(u"/v1/messages"_s, anthropicRequest(onlyC7), anthropicAuth()).status, 529);
    QCOMPARE(post(u"/v1/chat/completions"_s, openAiRequest(onlyC7), openAiAuth()).status, 503);
    QCOMPARE(post(u"/v1/chat/completions"_s, openAiRequest(onlyC7), openAiAuth()).status, 200);
    QCOMPARE(m_server->pendingFaults(), 1);
    QCOMPARE(post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth()).status, 500);
    QCOMPARE(m_server->pendingFaults(), 0);
    QCOMPARE(post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth()).status, 200);

    // Faults apply to generation requests only: a model probe does not use them up.
    m_server->script(*parseFaultSpec(u"status:503"_s, &error));
    RequestOptions get;
    get.method = "GET"_ba;
    get.headers = openAiAuth();
    QCOMPARE(request(u"/v1/models"_s, {}, get).status, 200);
    QCOMPARE(m_server->pendingFaults(), 1);
}

void TestMockLlm::scenarioHeader()
{
    QString error;
    m_server->script(*parseFaultSpec(u"status:503"_s, &error));
    Headers headers = openAiAuth();
    headers.append({"X-Mock-Scenario"_ba, "status:409,retry-after=3"_ba});
    const HttpResult conflict = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), headers);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.header("retry-after"), "3"_ba);
    QCOMPARE(m_server->pendingFaults(), 1);   // the queue is left alone

    headers.last().second = "refusal"_ba;
    const HttpResult refused = post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicAuth() + Headers{headers.last()});
    QCOMPARE(refused.json().value(u"stop_reason").toString(), u"refusal"_s);

    headers.last().second = "explode"_ba;
    const HttpResult bad = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), headers);
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json().value(u"error").toObject().value(u"message").toString().startsWith(u"X-Mock-Scenario:"));
}

// ---------------------------------------------------------------------------------------------

void TestMockLlm::chunkingPolicies_data()
{
    QTest::addColumn<QString>("chunking");
    QTest::newRow("whole") << u"whole"_s;
    QTest::newRow("coalesce") << u"coalesce"_s;
    QTest::newRow("random") << u"random"_s;
    QTest::newRow("bytes") << u"bytes"_s;
}

void TestMockLlm::chunkingPolicies()
{
    QFETCH(QString, chunking);
    const QByteArray body = compact(openAiRequest(standardClauses(), true, true));
    const auto fetch = [&](const QByteArray &scenario, RawReply *reply) {
        RawConnection connection;
        if (!connection.open(m_thread.port()))
            return false;
        Headers headers = openAiAuth();
        if (!scenario.isEmpty())
            headers.append({"X-Mock-Scenario"_ba, scenario});
        connection.send(rawRequest("POST"_ba, "/v1/chat/completions"_ba, body, headers));
        return connection.read(reply);
    };
    // Timestamps differ between two requests; everything else must be byte-identical.
    const auto normalised = [](QByteArray bytes) {
        static const QRegularExpression created(u"\"created\":\\d+"_s);
        return QString::fromUtf8(bytes).replace(created, u"\"created\":0"_s);
    };
    RawReply whole;
    QVERIFY(fetch({}, &whole));
    RawReply reply;
    QVERIFY(fetch("framing,chunking="_ba + chunking.toLatin1(), &reply));
    QCOMPARE(reply.status, 200);
    QCOMPARE(normalised(reply.body), normalised(whole.body));
    const qsizetype events = parseSse(whole.body).size();
    QCOMPARE(whole.chunkSizes.size(), events);   // whole: one chunk per event
    if (chunking == u"bytes") {
        QCOMPARE(reply.chunkSizes.size(), reply.body.size());
    } else if (chunking == u"coalesce") {
        QVERIFY(reply.chunkSizes.size() < events);
        QVERIFY(reply.chunkSizes.size() >= events / 6);
    } else if (chunking == u"random") {
        QVERIFY(reply.chunkSizes.size() > events);
        QVERIFY(*std::max_element(reply.chunkSizes.cbegin(), reply.chunkSizes.cend()) <= 24);
        // Seeded: the same request is cut at the same places.
        RawReply again;
        QVERIFY(fetch("framing,chunking=random"_ba, &again));
        QCOMPARE(again.chunkSizes, reply.chunkSizes);
        // Some slice ends inside a multi-byte UTF-8 character.
        qsizetype at = 0;
        bool splitCharacter = false;
        for (const qsizetype size : std::as_const(reply.chunkSizes)) {
            at += size;
            if (at < reply.body.size() && (quint8(reply.body.at(at)) & 0xC0) == 0x80)
                splitCharacter = true;
        }
        QVERIFY(splitCharacter);
    }
    // QNAM puts any slicing back together.
    const HttpResult viaQnam = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses(), true, true),
                                    openAiAuth() + Headers{{"X-Mock-Scenario"_ba, "framing,chunking="_ba + chunking.toLatin1()}});
    QCOMPARE(normalised(viaQnam.body), normalised(whole.body));
}

void TestMockLlm::lineEndings_data()
{
    QTest::addColumn<QString>("ending");
    QTest::newRow("lf") << u"lf"_s;
    QTest::newRow("crlf") << u"crlf"_s;
    QTest::newRow("cr") << u"cr"_s;
}

void TestMockLlm::lineEndings()
{
    QFETCH(QString, ending);
    Framing framing;
    framing.lineEnding = *parseLineEnding(ending);
    m_server->setFraming(framing);
    const HttpResult openAi = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses(), true), openAiAuth());
    const HttpResult anthropic = post(u"/v1/messages"_s, anthropicRequest(standardClauses(), true), anthropicAuth());
    for (const QByteArray &body : {openAi.body, anthropic.body}) {
        if (ending == u"lf") {
            QVERIFY(!body.contains('\r'));
            QVERIFY(body.contains("\n\n"));
        } else if (ending == u"crlf") {
            QVERIFY(body.contains("\r\n\r\n"));
            QCOMPARE(body.count('\n'), body.count("\r\n"));
        } else {
            QVERIFY(!body.contains('\n'));
            QVERIFY(body.contains("\r\r"));
        }
    }
    // Random slicing cuts right between the CR and the LF, and between the two line ends of a blank line.
    RawConnection connection;
    QVERIFY(connection.open(m_thread.port()));
    connection.send(rawRequest("POST"_ba, "/v1/chat/completions"_ba, compact(openAiRequest(standardClauses(), true)),
                               openAiAuth() + Headers{{"X-Mock-Scenario"_ba, "framing,chunking=random,line-ending="_ba + ending.toLatin1()}}));
    RawReply sliced;
    QVERIFY(connection.read(&sliced));
    qsizetype at = 0;
    bool insideLineEnd = false;
    bool insideBlankLine = false;
    for (const qsizetype size : std::as_const(sliced.chunkSizes)) {
        at += size;
        if (at >= sliced.body.size())
            break;
        const char before = sliced.body.at(at - 1);
        const char after = sliced.body.at(at);
        insideLineEnd = insideLineEnd || (before == '\r' && after == '\n');
        insideBlankLine = insideBlankLine || (before == after && (before == '\n' || before == '\r'));
    }
    QCOMPARE(insideLineEnd, ending == u"crlf");
    QCOMPARE(insideBlankLine, ending != u"crlf");
    // The same events whatever the line ending.
    QVERIFY(readOpenAiStream(openAi.body).done);
    QCOMPARE(parseSse(anthropic.body).last().event, "message_stop"_ba);
}

void TestMockLlm::commentsAndBareDone()
{
    QString error;
    m_server->script(*parseFaultSpec(u"framing,comments,bare-done"_s, &error));
    const HttpResult result = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses(), true), openAiAuth());
    int comments = 0;
    parseSse(result.body, &comments);
    QVERIFY(comments > 0);
    QVERIFY(result.body.contains(": ping\n\n"));
    QVERIFY(result.body.endsWith("\n\ndata: [DONE]\n"));   // no blank line after [DONE], then EOF
}

void TestMockLlm::connectionCloseAndChunkedBody()
{
    RawConnection connection;
    QVERIFY(connection.open(m_thread.port()));
    Headers headers = openAiAuth();
    headers.append({"X-Mock-Scenario"_ba, "framing,chunked,close"_ba});
    connection.send(rawRequest("POST"_ba, "/v1/chat/completions"_ba, compact(openAiRequest(standardClauses())), headers));
    RawReply reply;
    QVERIFY(connection.read(&reply));
    QCOMPARE(reply.headers.value("transfer-encoding"), "chunked"_ba);
    QVERIFY(!reply.headers.contains("content-length"));
    QCOMPARE(reply.headers.value("connection"), "close"_ba);
    bool ok = false;
    parseObject(reply.body, &ok);
    QVERIFY(ok);
    QVERIFY(connection.waitClosed());
}

// ---------------------------------------------------------------------------------------------

void TestMockLlm::keepAlive()
{
    // One raw connection, three requests one after the other.
    RawConnection connection;
    QVERIFY(connection.open(m_thread.port()));
    for (int i = 0; i < 3; ++i) {
        connection.send(rawRequest("POST"_ba, "/v1/chat/completions"_ba, compact(openAiRequest(standardClauses(), i == 1)),
                                   openAiAuth()));
        RawReply reply;
        QVERIFY(connection.read(&reply));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.headers.contains("connection"));
    }
    const QList<RecordedRequest> raw = m_server->requests();
    QCOMPARE(raw.size(), 3);
    QCOMPARE(raw.at(0).connectionId, raw.at(2).connectionId);

    // QNAM reuses its connection for sequential requests.
    m_server->clearRequests();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth()).status, 200);
    const QList<RecordedRequest> viaQnam = m_server->requests();
    QCOMPARE(viaQnam.size(), 3);
    QCOMPARE(viaQnam.at(0).connectionId, viaQnam.at(1).connectionId);
    QCOMPARE(viaQnam.at(1).connectionId, viaQnam.at(2).connectionId);
    QCOMPARE(viaQnam.at(0).httpVersion, "1.1"_ba);
}

void TestMockLlm::chunkedRequestBody()
{
    const QByteArray body = compact(openAiRequest(standardClauses()));
    QByteArray request = "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer test-key\r\n"
                         "Transfer-Encoding: chunked\r\n\r\n"_ba;
    for (qsizetype at = 0; at < body.size(); at += 100) {
        const QByteArray piece = body.mid(at, 100);
        request += QByteArray::number(piece.size(), 16) + "\r\n"_ba + piece + "\r\n"_ba;
    }
    request += "0\r\n\r\n"_ba;
    RawConnection connection;
    QVERIFY(connection.open(m_thread.port()));
    connection.send(request);
    RawReply reply;
    QVERIFY(connection.read(&reply));
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_server->requests().last().body, body);

    // "Expect: 100-continue" (curl, bodies over 1 KB): the body is sent only after "100 Continue".
    QByteArray head = rawRequest("POST"_ba, "/v1/chat/completions"_ba, body, openAiAuth() + Headers{{"Expect"_ba, "100-continue"_ba}});
    head.chop(body.size());
    connection.send(head);
    RawReply interim;
    QVERIFY(connection.read(&interim));
    QCOMPARE(interim.status, 100);
    connection.send(body);
    RawReply answered;
    QVERIFY(connection.read(&answered));
    QCOMPARE(answered.status, 200);
    QCOMPARE(m_server->requests().last().body, body);
}

void TestMockLlm::http2PriorKnowledge()
{
    const QList<ClauseSpec> clauses = standardClauses();
    const HttpResult plain = post(u"/v1/chat/completions"_s, openAiRequest(clauses), openAiAuth(), true);
    QCOMPARE(plain.error, QNetworkReply::NoError);
    QCOMPARE(plain.status, 200);
    QVERIFY(plain.http2);
    QCOMPARE(m_server->requests().last().httpVersion, "2"_ba);
    QVERIFY(m_server->requests().last().streamId > 0);
    QVERIFY(plain.header("x-request-id").startsWith("req_"));
    const QString content = plain.json().value(u"choices").toArray().first().toObject().value(u"message").toObject()
                                .value(u"content").toString();
    QCOMPARE(schemaProblem(parseObject(content.toUtf8()), idsOf(clauses)), QString());

    const HttpResult streamed = post(u"/v1/messages"_s, anthropicRequest(clauses, true), anthropicAuth(), true);
    QVERIFY(streamed.http2);
    QCOMPARE(parseSse(streamed.body).last().event, "message_stop"_ba);

    const HttpResult ollama = post(u"/api/chat"_s, ollamaRequest(clauses, true), plainJson(), true);
    QVERIFY(ollama.http2);
    QVERIFY(parseNdjson(ollama.body).last().value(u"done").toBool());

    const HttpResult unauthorised = post(u"/v1/chat/completions"_s, openAiRequest(clauses), plainJson(), true);
    QCOMPARE(unauthorised.status, 401);
    QVERIFY(unauthorised.http2);
}

void TestMockLlm::http2Parallel()
{
    m_server->setLatency(Dialect::OpenAI, 50);
    QList<QNetworkReply *> replies;
    QList<QString> ids;
    for (int i = 0; i < 50; ++i) {
        const QString id = u"c%1"_s.arg(100 + i);
        ids.append(id);
        const QList<ClauseSpec> clauses{{id, QString::number(i), u"Term"_s,
                                         u"%1. Term. It lasts five (5) years."_s.arg(i)}};
        RequestOptions options;
        options.headers = openAiAuth();
        options.http2 = true;
        replies.append(send(u"/v1/chat/completions"_s, compact(openAiRequest(clauses, i % 2 == 1)), options));
    }
    for (int i = 0; i < replies.size(); ++i) {
        const HttpResult result = wait(replies.at(i));
        QCOMPARE(result.status, 200);
        QVERIFY(result.http2);
        const QString content = i % 2 == 1 ? readOpenAiStream(result.body).content
                                           : result.json().value(u"choices").toArray().first().toObject()
                                                 .value(u"message").toObject().value(u"content").toString();
        const QJsonObject answer = parseObject(content.toUtf8());
        QCOMPARE(schemaProblem(answer, {ids.at(i)}), QString());
        QVERIFY(findingsOf(answer, ids.at(i)).value(u"findings").toArray().first().toObject()
                    .value(u"revised_text").toString().contains(u"two (2) years"));
    }
    QSet<quint64> connections;
    for (const RecordedRequest &recorded : m_server->requests()) {
        QCOMPARE(recorded.httpVersion, "2"_ba);
        connections.insert(recorded.connectionId);
    }
    QCOMPARE(m_server->requestCount(), 50);
    QCOMPARE(connections.size(), 1);   // all multiplexed on one connection
}

void TestMockLlm::http2Faults()
{
    QString error;
    m_server->script({*parseFaultSpec(u"status:429,retry-after=2"_s, &error), *parseFaultSpec(u"reset"_s, &error),
                      *parseFaultSpec(u"framing,chunking=bytes"_s, &error), *parseFaultSpec(u"truncate"_s, &error)});
    const HttpResult limited = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth(), true);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), "2"_ba);
    QVERIFY(limited.http2);
    const HttpResult reset = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth(), true);
    QVERIFY(reset.error != QNetworkReply::NoError);   // RST_STREAM
    const HttpResult bytes = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses(), true), openAiAuth(), true);
    QCOMPARE(bytes.status, 200);
    QVERIFY(readOpenAiStream(bytes.body).done);
    const HttpResult truncated = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses(), true), openAiAuth(), true);
    QCOMPARE(truncated.error, QNetworkReply::NoError);
    QVERIFY(!readOpenAiStream(truncated.body).done);
    // The connection survived the reset stream.
    QCOMPARE(post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth(), true).status, 200);
}

void TestMockLlm::http2Settings()
{
    // The server's first frame answers the preface: SETTINGS with 256 streams and a large window.
    RawConnection connection;
    QVERIFY(connection.open(m_thread.port()));
    connection.send("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"_ba + QByteArray("\0\0\0\x04\0\0\0\0\0", 9));
    QByteArray frames;
    QVERIFY(connection.readAtLeast(9, &frames));
    const qsizetype length = (quint8(frames.at(0)) << 16) | (quint8(frames.at(1)) << 8) | quint8(frames.at(2));
    QCOMPARE(int(frames.at(3)), 0x4);   // SETTINGS
    QVERIFY(connection.readAtLeast(9 + length, &frames));
    QHash<int, quint32> settings;
    for (qsizetype at = 9; at + 6 <= 9 + length; at += 6) {
        const int id = (quint8(frames.at(at)) << 8) | quint8(frames.at(at + 1));
        const quint32 value = (quint32(quint8(frames.at(at + 2))) << 24) | (quint32(quint8(frames.at(at + 3))) << 16)
                            | (quint32(quint8(frames.at(at + 4))) << 8) | quint32(quint8(frames.at(at + 5)));
        settings.insert(id, value);
    }
    QCOMPARE(settings.value(0x3), 256u);                  // SETTINGS_MAX_CONCURRENT_STREAMS
    QVERIFY(settings.value(0x4) >= 16u * 1024 * 1024);    // SETTINGS_INITIAL_WINDOW_SIZE
}

void TestMockLlm::http2Disabled()
{
    // With HTTP/2 off the preface is just a request line of an unknown HTTP version.
    m_server->setHttp2Enabled(false);
    RawConnection connection;
    QVERIFY(connection.open(m_thread.port()));
    connection.send("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"_ba + QByteArray("\0\0\0\x04\0\0\0\0\0", 9));
    RawReply reply;
    QVERIFY(connection.read(&reply));
    QCOMPARE(reply.status, 505);
    QVERIFY(connection.waitClosed());
    QCOMPARE(m_server->requestCount(), 0);
    // HTTP/1.1 still works.
    QCOMPARE(post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth()).status, 200);
}

void TestMockLlm::manyConcurrentConnections()
{
    // Hundreds of delayed replies wait side by side: 150 raw connections, one request each.
    m_server->setLatency(Dialect::OpenAI, 200);
    const QByteArray request =
        rawRequest("POST"_ba, "/v1/chat/completions"_ba, compact(openAiRequest(standardClauses())), openAiAuth());
    std::vector<std::unique_ptr<RawConnection>> connections;
    for (int i = 0; i < 150; ++i) {
        connections.push_back(std::make_unique<RawConnection>());
        QVERIFY(connections.back()->open(m_thread.port()));
        connections.back()->send(request);
    }
    QElapsedTimer clock;
    clock.start();
    for (const auto &connection : connections) {
        RawReply reply;
        QVERIFY(connection->read(&reply));
        QCOMPARE(reply.status, 200);
    }
    QCOMPARE(m_server->requestCount(), 150);
    QSet<quint64> ids;
    for (const RecordedRequest &recorded : m_server->requests())
        ids.insert(recorded.connectionId);
    QCOMPARE(ids.size(), 150);
    qInfo("150 concurrent replies with 200 ms latency took %lld ms after the last send", clock.elapsed());
}

// ---------------------------------------------------------------------------------------------

void TestMockLlm::latencyPerDialect()
{
    m_server->setLatency(Dialect::OpenAI, 30);
    m_server->setLatency(Dialect::Anthropic, 45);
    m_server->setLatency(Dialect::Local, 35);
    const HttpResult openAi = post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth());
    QVERIFY2(openAi.elapsedMs >= 30, qPrintable(QString::number(openAi.elapsedMs)));
    const HttpResult anthropic = post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicAuth());
    QVERIFY2(anthropic.elapsedMs >= 45, qPrintable(QString::number(anthropic.elapsedMs)));
    const HttpResult local = post(u"/api/chat"_s, ollamaRequest(standardClauses(), false), plainJson());
    QVERIFY2(local.elapsedMs >= 35, qPrintable(QString::number(local.elapsedMs)));
    const QList<RecordedRequest> recorded = m_server->requests();
    QCOMPARE(recorded.at(0).plannedDelayMs, 30);
    QCOMPARE(recorded.at(1).plannedDelayMs, 45);
    QCOMPARE(recorded.at(2).plannedDelayMs, 35);
    // Latency is per dialect only: the control endpoints answer at once (planned 0, not recorded).
    QCOMPARE(m_server->latency(Dialect::Anthropic), 45);
}

void TestMockLlm::latencyJitterIsSeeded()
{
    m_server->setLatency(Dialect::OpenAI, 20);
    m_server->setLatencyJitter(300);
    m_server->setSeed(7);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 6; ++i) {
        const QList<ClauseSpec> clauses{{u"c%1"_s.arg(i), QString::number(i), u"H"_s, u"Clause %1."_s.arg(i)}};
        RequestOptions options;
        options.headers = openAiAuth();
        replies.append(send(u"/v1/chat/completions"_s, compact(openAiRequest(clauses)), options));
    }
    QList<qint64> elapsed;
    for (QNetworkReply *reply : std::as_const(replies))
        elapsed.append(wait(reply).elapsedMs);
    QHash<QByteArray, int> delayByBody;
    QSet<int> distinct;
    for (const RecordedRequest &recorded : m_server->requests()) {
        QVERIFY(recorded.plannedDelayMs >= 20 && recorded.plannedDelayMs <= 320);
        delayByBody.insert(recorded.body, recorded.plannedDelayMs);
        distinct.insert(recorded.plannedDelayMs);
    }
    QVERIFY(distinct.size() >= 3);   // different requests wait differently: answers come out of order
    for (qint64 ms : std::as_const(elapsed))
        QVERIFY(ms >= 20);

    // The same request waits the same time again; another seed changes it.
    m_server->clearRequests();
    const QByteArray body = delayByBody.constBegin().key();
    RequestOptions options;
    options.headers = openAiAuth();
    const HttpResult again = request(u"/v1/chat/completions"_s, body, options);
    QVERIFY(again.elapsedMs >= delayByBody.constBegin().value());
    QCOMPARE(m_server->requests().last().plannedDelayMs, delayByBody.constBegin().value());
    QSet<int> otherSeed;
    m_server->setSeed(8);
    for (auto it = delayByBody.constBegin(); it != delayByBody.constEnd(); ++it) {
        request(u"/v1/chat/completions"_s, it.key(), options);
        otherSeed.insert(m_server->requests().last().plannedDelayMs);
    }
    QVERIFY(otherSeed != distinct);
}

void TestMockLlm::recordedRequests()
{
    Headers headers = openAiAuth();
    headers.append({"x-stainless-retry-count"_ba, "2"_ba});
    const QByteArray body = compact(openAiRequest(standardClauses()));
    RequestOptions options;
    options.headers = headers;
    QCOMPARE(request(u"/v1/chat/completions?trace=1"_s, body, options).status, 200);
    QCOMPARE(post(u"/v1/messages"_s, anthropicRequest(standardClauses()), anthropicAuth(), true).status, 200);

    const QList<RecordedRequest> recorded = m_server->requests();
    QCOMPARE(recorded.size(), 2);
    const RecordedRequest &first = recorded.first();
    QCOMPARE(first.method, "POST"_ba);
    QCOMPARE(first.path(), "/v1/chat/completions"_ba);
    QCOMPARE(first.target, "/v1/chat/completions?trace=1"_ba);
    QCOMPARE(first.header("authorization"), "Bearer test-key"_ba);   // nothing redacted
    QCOMPARE(first.body, body);
    QCOMPARE(first.dialect, std::optional(Dialect::OpenAI));
    QCOMPARE(first.httpVersion, "1.1"_ba);
    QCOMPARE(first.retryCount, 2);
    QCOMPARE(first.responseStatus, 200);
    QVERIFY(first.fault.isEmpty());
    QVERIFY(qAbs(first.arrivedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const RecordedRequest &second = recorded.last();
    QCOMPARE(second.sequence, first.sequence + 1);
    QVERIFY(second.arrivedMs >= first.arrivedMs);
    QCOMPARE(second.dialect, std::optional(Dialect::Anthropic));
    QCOMPARE(second.httpVersion, "2"_ba);
    QCOMPARE(second.header("anthropic-version"), "2023-06-01"_ba);
    QCOMPARE(second.header("x-api-key"), "test-key"_ba);
    QCOMPARE(second.retryCount, -1);

    m_server->clearRequests();
    QCOMPARE(m_server->requestCount(), 0);
}

void TestMockLlm::controlEndpoints()
{
    RequestOptions postOptions;
    postOptions.headers = plainJson();
    const HttpResult scripted = request(u"/mock/script"_s,
                                        R"(["status:503,retry-after=1", {"kind":"refusal","dialect":"openai"}])"_ba, postOptions);
    QCOMPARE(scripted.status, 200);
    QCOMPARE(scripted.json().value(u"queued"_s).toInt(), 2);
    QCOMPARE(m_server->pendingFaults(), 2);
    RequestOptions get;
    get.method = "GET"_ba;
    const QJsonArray faults = request(u"/mock/faults"_s, {}, get).json().value(u"faults").toArray();
    QCOMPARE(faults.size(), 2);
    QCOMPARE(faults.at(0).toObject().value(u"status").toInt(), 503);
    QCOMPARE(faults.at(1).toObject().value(u"kind").toString(), u"refusal"_s);

    Headers headers = openAiAuth();
    headers.append({"x-stainless-retry-count"_ba, "1"_ba});
    QCOMPARE(post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), headers).status, 503);
    QCOMPARE(post(u"/v1/chat/completions"_s, openAiRequest(standardClauses()), openAiAuth()).status, 200);

    const QJsonObject listed = request(u"/mock/requests"_s, {}, get).json();
    QCOMPARE(listed.value(u"count").toInt(), 2);   // control requests are not recorded
    const QJsonObject first = listed.value(u"requests").toArray().first().toObject();
    QCOMPARE(first.value(u"method").toString(), u"POST"_s);
    QCOMPARE(first.value(u"path").toString(), u"/v1/chat/completions"_s);
    QCOMPARE(first.value(u"dialect").toString(), u"openai"_s);
    QCOMPARE(first.value(u"http_version").toString(), u"1.1"_s);
    QCOMPARE(first.value(u"retry_count").toInt(), 1);
    QCOMPARE(first.value(u"response_status").toInt(), 503);
    QCOMPARE(first.value(u"fault").toString(), u"status:503,retry-after=1"_s);
    QCOMPARE(first.value(u"headers").toObject().value(u"authorization").toString(), u"Bearer test-key"_s);
    QCOMPARE(first.value(u"json").toObject().value(u"model").toString(), u"gpt-5-mini"_s);
    QCOMPARE(parseObject(first.value(u"body").toString().toUtf8()).value(u"max_completion_tokens").toInt(), 4096);
    const int firstSequence = first.value(u"sequence").toInt();
    const QJsonObject newer = request(u"/mock/requests?since=%1"_s.arg(firstSequence), {}, get).json();
    QCOMPARE(newer.value(u"count").toInt(), 1);
    QCOMPARE(newer.value(u"requests").toArray().first().toObject().value(u"fault").toString(), u"refusal,dialect=openai"_s);

    const HttpResult config = request(u"/mock/config"_s, R"({"latency_ms":{"anthropic":25},"jitter_ms":5})"_ba, postOptions);
    QCOMPARE(config.status, 200);
    QCOMPARE(config.json().value(u"latency_ms").toObject().value(u"anthropic").toInt(), 25);
    QCOMPARE(m_server->latency(Dialect::Anthropic), 25);
    QCOMPARE(m_server->config().jitterMs, 5);
    QCOMPARE(request(u"/mock/config"_s, R"({"latency_ms":{"gemini":25}})"_ba, postOptions).status, 400);
    QCOMPARE(request(u"/mock/script"_s, "[{\"kind\":\"nope\"}]"_ba, postOptions).status, 400);
    QCOMPARE(request(u"/mock/nothing"_s, {}, get).status, 404);

    QCOMPARE(request(u"/mock/reset"_s, {}, postOptions).status, 200);
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->pendingFaults(), 0);
}

void TestMockLlm::threadHelperRestarts()
{
    MockLlmServerThread thread;
    const quint16 first = thread.start(0, [](MockLlmServer &server) { server.setLatency(Dialect::OpenAI, 5); });
    QVERIFY(first != 0);
    QCOMPARE(thread.server()->latency(Dialect::OpenAI), 5);
    thread.stop();
    QVERIFY(!thread.server());
    QVERIFY(thread.start() != 0);
    // The port is taken by the test's server: listening there fails cleanly.
    MockLlmServerThread clash;
    QCOMPARE(clash.start(m_thread.port()), quint16(0));
    QVERIFY(!clash.errorString().isEmpty());
}

void TestMockLlm::program()
{
    QProcess help;
    help.start(QStringLiteral(REDLINER_MOCKLLM), {u"--help"_s});
    QVERIFY(help.waitForFinished(10000));
    const QByteArray text = help.readAllStandardOutput();
    for (const QByteArray &option :
         {"--port"_ba, "--latency-openai"_ba, "--fault"_ba, "--no-http2"_ba, "--require-key-local"_ba, "--seed"_ba,
          "/mock/script"_ba, "--anthropic-versions"_ba, "2026-10-21"_ba, "error-code="_ba, "bom"_ba, "moderation"_ba,
          "leading-whitespace"_ba})
        QVERIFY2(text.contains(option), option.constData());

    QProcess mock;
    mock.start(QStringLiteral(REDLINER_MOCKLLM),
               {u"--port"_s, u"0"_s, u"--latency-openai"_s, u"20"_s, u"--fault"_s, u"status:503,count=1"_s});
    QVERIFY(mock.waitForStarted(10000));
    QByteArray out;
    while (!out.contains('\n')) {
        QVERIFY(mock.waitForReadyRead(10000));
        out += mock.readAllStandardOutput();
    }
    static const QRegularExpression line(u"^redliner-mockllm listening on http://127\\.0\\.0\\.1:(\\d+)\n"_s);
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    const QString base = u"http://127.0.0.1:"_s + match.captured(1);

    const auto call = [&](const QString &path, const QByteArray &body, bool get) -> HttpResult {
        QNetworkRequest request{QUrl(base + path)};
        for (const auto &[name, value] : openAiAuth())
            request.setRawHeader(name, value);
        QNetworkReply *reply = get ? m_nam.get(request) : m_nam.post(request, body);
        reply->setProperty("sentAtMs", m_clock.elapsed());
        return wait(reply);
    };
    const QByteArray body = compact(openAiRequest(standardClauses()));
    const HttpResult first = call(u"/v1/chat/completions"_s, body, false);
    QCOMPARE(first.status, 503);
    QVERIFY(first.elapsedMs >= 20);
    QCOMPARE(call(u"/v1/chat/completions"_s, body, false).status, 200);
    const QJsonObject recorded = call(u"/mock/requests"_s, {}, true).json();
    QCOMPARE(recorded.value(u"count").toInt(), 2);

    mock.terminate();   // SIGTERM: a clean exit
    QVERIFY(mock.waitForFinished(10000));
    QCOMPARE(mock.exitStatus(), QProcess::NormalExit);
    QCOMPARE(mock.exitCode(), 0);

    QProcess bad;
    bad.start(QStringLiteral(REDLINER_MOCKLLM), {u"--fault"_s, u"explode"_s});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("explode"));
}

QTEST_GUILESS_MAIN(TestMockLlm)
