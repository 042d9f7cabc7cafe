// SPDX-License-Identifier: GPL-3.0-or-later
// The network reviewers' pure parts: the SSE and NDJSON decoders, reading failures and retry
// hints, the retry policy, the sentences users read, party names and the pseudonymiser.

#include "../docx/corpuspaths.h"

#include "docx/documentreader.h"
#include "docx/package.h"
#include "llm/anthropicdialect.h"
#include "llm/anthropicversion.h"
#include "llm/failure.h"
#include "llm/openaidialect.h"
#include "llm/partynames.h"
#include "llm/providerconfig.h"
#include "llm/pseudonymiser.h"
#include "llm/redactedurl.h"
#include "llm/retrypolicy.h"
#include "llm/ssedecoder.h"
#include "review/textparagraph.h"

#include "docxbuilder.h"
#include "ndagenerator.h"
#include "ndaprose.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::Llm;

Q_DECLARE_METATYPE(Redliner::Llm::Failure)

namespace {

// ---- SSE helpers ------------------------------------------------------------------------------

// "event|data|id" per event: readable in a failed QCOMPARE.
QStringList described(const QList<SseEvent> &events)
{
    QStringList out;
    for (const SseEvent &e : events)
        out.append(QString::fromUtf8(e.event) % u'|' % QString::fromUtf8(e.data) % u'|' % QString::fromUtf8(e.id));
    return out;
}

// Decodes `bytes` fed in pieces cut at `cuts` (sorted offsets), then finish().
QList<SseEvent> decodeCut(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    SseDecoder decoder;
    QList<SseEvent> events;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        events += decoder.feed(QByteArrayView(bytes).sliced(from, cut - from));
        from = cut;
    }
    events += decoder.feed(QByteArrayView(bytes).sliced(from));
    events += decoder.finish();
    return events;
}

// Lines joined with an ending; "" is the blank line that dispatches.
QByteArray wire(const QStringList &lines, const QByteArray &ending)
{
    QByteArray out;
    for (const QString &line : lines) {
        out += line.toUtf8();
        out += ending;
    }
    return out;
}

// Clause text with what breaks naive decoders: accents, ß, curly quotes, CJK and U+2028 (a line
// separator to Unicode, an ordinary character inside a JSON string).
const QString &trickyText()
{
    static const QString text = u"Caf\u00E9 Stra\u00DFe \u201CAcme\u201D \u6F22\u5B57 line\u2028sep \u00E9"_s;
    return text;
}

QString openAiChunk(const QString &delta, const QString &finish)
{
    return u"data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
           "\"choices\":[{\"index\":0,\"delta\":"_s
        % delta % u",\"logprobs\":null,\"finish_reason\":"_s % finish % u"}],\"usage\":null}"_s;
}

// A Chat Completions stream as OpenAI writes it (llm-wire.md §1.4), with a comment ping.
QStringList openAiLines()
{
    return {
        openAiChunk(u"{\"role\":\"assistant\",\"content\":\"\"}"_s, u"null"_s), u""_s,
        openAiChunk(u"{\"content\":\""_s % trickyText() % u"\"}"_s, u"null"_s), u""_s,
        u": ping"_s, u""_s,
        openAiChunk(u"{}"_s, u"\"stop\""_s), u""_s,
        u"data: [DONE]"_s, u""_s,
    };
}

QStringList openAiExpected()
{
    const QStringList lines = openAiLines();
    return {u'|' % lines[0].sliced(6) % u'|', u'|' % lines[2].sliced(6) % u'|', u'|' % lines[6].sliced(6) % u'|', u"|[DONE]|"_s};
}

// A Messages stream as Anthropic writes it (§3.4): event lines, a ping, a forced tool's JSON.
QStringList anthropicLines()
{
    const QString delta = u"{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\","
                          "\"partial_json\":\"{\\\"rationale\\\":\\\""_s
        % trickyText() % u"\"}}"_s;
    return {
        u"event: message_start"_s,
        u"data: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"content\":[],\"stop_reason\":null}}"_s,
        u""_s,
        u"event: ping"_s, u"data: {\"type\": \"ping\"}"_s, u""_s,
        u"event: content_block_delta"_s, u"data: "_s % delta, u""_s,
        u"event: message_stop"_s, u"data: {\"type\":\"message_stop\"}"_s, u""_s,
    };
}

QStringList anthropicExpected()
{
    const QStringList lines = anthropicLines();
    return {
        u"message_start|"_s % lines[1].sliced(6) % u'|',
        u"ping|"_s % lines[4].sliced(6) % u'|',
        u"content_block_delta|"_s % lines[7].sliced(6) % u'|',
        u"message_stop|"_s % lines[10].sliced(6) % u'|',
    };
}

// ---- Failure helpers --------------------------------------------------------------------------

Failure http(int status, const QString &type = {}, const QString &code = {}, std::optional<qint64> after = {},
             std::optional<bool> should = {}, const QString &message = {})
{
    Failure f;
    f.kind = Failure::Kind::HttpStatus;
    f.httpStatus = status;
    f.errorType = type;
    f.errorCode = code;
    f.retryAfterMs = after;
    f.shouldRetry = should;
    f.message = message;
    return f;
}

Failure failure(Failure::Kind kind, const QString &type = {}, const QString &message = {})
{
    Failure f;
    f.kind = kind;
    f.errorType = type;
    f.message = message;
    return f;
}

QList<QPair<QByteArray, QByteArray>> headers(const QStringList &lines)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        out.append({line.first(colon).toLatin1(), line.sliced(colon + 1).trimmed().toLatin1()});
    }
    return out;
}

const QDateTime &fixedNow()
{
    static const QDateTime now(QDate(2025, 3, 3), QTime(14, 0), QTimeZone::utc());
    return now;
}

// ---- Party name helpers -----------------------------------------------------------------------

QStringList listed(const QList<PartyName> &names)
{
    QStringList out;
    for (const PartyName &n : names)
        out.append(n.placeholder % u'=' % n.name);
    return out;
}

QList<PartyName> allNames(const PartyNames &names)
{
    return names.parties + names.addresses + names.people;
}

// Whole-word, case-sensitive occurrences: what the pseudonymiser promises to leave none of.
bool containsWord(const QString &text, const QString &word)
{
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        const bool startOk = !isWordChar(word.front()) || at == 0 || !isWordChar(text[at - 1]);
        const bool endOk = !isWordChar(word.back()) || end == text.size() || !isWordChar(text[end]);
        if (startOk && endOk)
            return true;
    }
    return false;
}

// Role words a model needs to read; they are never party names.
bool isRoleWord(const QString &name)
{
    static const QStringList roles{
        u"Company"_s, u"COMPANY"_s, u"Recipient"_s, u"RECIPIENT"_s, u"Disclosing Party"_s, u"Receiving Party"_s,
        u"Discloser"_s, u"Party"_s, u"Parties"_s, u"Vendor"_s, u"Client"_s, u"CLIENT"_s, u"Supplier"_s, u"Owner"_s,
        u"Participant"_s, u"Bidder"_s, u"Investor"_s, u"Agreement"_s, u"Confidential Information"_s,
    };
    return roles.contains(name);
}

// The properties every pseudonymisation has: exact round trip, no name left, no role masked.
void checkPseudonymisation(const QString &label, const QString &text, const PartyNames &names)
{
    const Pseudonymiser p(names);
    const QString masked = p.mask(text);
    QVERIFY2(p.unmask(masked) == text, qPrintable(label % u": unmask(mask(text)) differs"_s));
    for (const PartyName &n : allNames(names)) {
        QVERIFY2(!isRoleWord(n.name), qPrintable(label % u": role word taken as a name: "_s % n.name));
        QVERIFY2(!containsWord(masked, n.name), qPrintable(label % u": still in the masked text: "_s % n.name));
    }
}

struct CorpusDocument {
    QString name;
    QString text;
};

// ContractNLI's real NDAs (dev and the first 50 of train): EDGAR filings and web PDFs, with the
// parties' real names.
QList<CorpusDocument> contractNliDocuments()
{
    QList<CorpusDocument> out;
    for (const QString &file : {u"dev.json"_s, u"train_first50.json"_s}) {
        QFile f(CorpusPaths::sharedDir() + u"/corpus/contractnli/"_s + file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonArray docs = QJsonDocument::fromJson(f.readAll()).object().value(u"documents"_s).toArray();
        for (const QJsonValue &doc : docs)
            out.append({doc[u"file_name"_s].toString(), doc[u"text"_s].toString()});
    }
    return out;
}

QString contractNliText(const QList<CorpusDocument> &docs, const QString &fileName)
{
    for (const CorpusDocument &d : docs) {
        if (d.name == fileName)
            return d.text;
    }
    return {};
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TstLlmUnits : public QObject {
    Q_OBJECT

private slots:
    // SSE and NDJSON
    void sseEverySplit_data();
    void sseEverySplit();
    void sseFieldRules_data();
    void sseFieldRules();
    void ssePendingAndFinish();
    void sseByteOrderMark();
    void ndjson();

    // Server hints and error bodies
    void serverHints_data();
    void serverHints();
    void errorBodies_data();
    void errorBodies();
    void secretsMasked_data();
    void secretsMasked();
    void urlsRedacted();
    void keyWithControlCharactersIsRefused();

    // Retry policy
    void retryDecisions_data();
    void retryDecisions();
    void backoffBounds();
    void retryBudget();
    void defaultRandomIsSeededPerPolicy();

    // Sentences
    void describe_data();
    void describe();
    void attemptSentencesCarryNoAdvice();

    // Wire dialects: what each API version is sent, what a chunk means
    void anthropicRequestFollowsItsVersion();
    void anthropicVersionSetting();
    void openAiChunksWithoutAnErrorAreRead();

    // Party names and pseudonymiser
    void partyNamesSynthetic_data();
    void partyNamesSynthetic();
    void maskAndUnmask();
    void placeholderLookalikesRoundTrip();
    void unmaskTolerance();
    void randomRoundTrip();
    void sampleNda();
    void contractNliParties_data();
    void contractNliParties();
    void corpusRoundTrip();
    void generatedNdas();
};

// ---- SSE ----------------------------------------------------------------------------------------

void TstLlmUnits::sseEverySplit_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");
    const QList<QPair<QByteArray, const char *>> endings{{"\n"_ba, "LF"}, {"\r\n"_ba, "CRLF"}, {"\r"_ba, "CR"}};
    for (const auto &[ending, name] : endings) {
        QTest::addRow("openai %s", name) << wire(openAiLines(), ending) << openAiExpected();
        QTest::addRow("anthropic %s", name) << wire(anthropicLines(), ending) << anthropicExpected();
    }
}

void TstLlmUnits::sseEverySplit()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    QCOMPARE(described(decodeCut(bytes, {})), expected);
    // Two reads cut at every offset: inside "data:", inside a JSON string, between the bytes of
    // one UTF-8 character, between CR and LF, between the two line ends of the terminator.
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        const QStringList got = described(decodeCut(bytes, {cut}));
        if (got != expected)
            QFAIL(qPrintable(u"cut at byte %1"_s.arg(cut)));
    }
    // Byte by byte.
    QList<qsizetype> every;
    for (qsizetype i = 1; i < bytes.size(); ++i)
        every.append(i);
    QCOMPARE(described(decodeCut(bytes, every)), expected);
    // Random slicings, as a mock server's "random-slices" policy produces them.
    QRandomGenerator rng(20250303);
    for (int round = 0; round < 300; ++round) {
        QList<qsizetype> cuts;
        const int count = rng.bounded(1, 25);
        for (int k = 0; k < count; ++k)
            cuts.append(rng.bounded(qsizetype(0), bytes.size() + 1));
        std::sort(cuts.begin(), cuts.end());
        if (described(decodeCut(bytes, cuts)) != expected)
            QFAIL(qPrintable(u"random slicing round %1"_s.arg(round)));
    }
    // The text came through whole: U+2028 did not end a line, no character was cut.
    const QList<SseEvent> events = decodeCut(bytes, every);
    const bool whole = std::any_of(events.cbegin(), events.cend(), [](const SseEvent &e) {
        return QString::fromUtf8(e.data).contains(trickyText());
    });
    QVERIFY(whole);
}

void TstLlmUnits::sseFieldRules_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("comments ignored") << ": hello\n:\ndata: a\n: inside\n\n"_ba << QStringList{u"|a|"_s};
    QTest::newRow("multi-line data joined with LF") << "data: {\"a\":\ndata: 1}\n\n"_ba << QStringList{u"|{\"a\":\n1}|"_s};
    QTest::newRow("no space after colon") << "event:x\ndata:value\n\n"_ba << QStringList{u"x|value|"_s};
    QTest::newRow("only one space dropped") << "data:  two\n\n"_ba << QStringList{u"| two|"_s};
    QTest::newRow("colon in the value") << "data: a: b\n\n"_ba << QStringList{u"|a: b|"_s};
    QTest::newRow("field without colon is an empty value") << "data\n\n"_ba << QStringList{u"||"_s};
    QTest::newRow("empty data line dispatches") << "data:\n\n"_ba << QStringList{u"||"_s};
    QTest::newRow("two empty data lines") << "data\ndata\n\n"_ba << QStringList{u"|\n|"_s};
    QTest::newRow("unknown fields and retry ignored") << "foo: bar\nretry: 100\ndata: x\nDATA: y\n\n"_ba << QStringList{u"|x|"_s};
    QTest::newRow("blank lines alone dispatch nothing") << "\n\n\r\n\r\r"_ba << QStringList{};
    QTest::newRow("event name alone dispatches") << "event: ping\n\n"_ba << QStringList{u"ping||"_s};
    QTest::newRow("event name reset after dispatch") << "event: a\ndata: 1\n\ndata: 2\n\n"_ba
                                                     << QStringList{u"a|1|"_s, u"|2|"_s};
    QTest::newRow("last event name wins") << "event: a\nevent: b\ndata: 1\n\n"_ba << QStringList{u"b|1|"_s};
    QTest::newRow("id carries over") << "id: 7\ndata: 1\n\ndata: 2\n\nid\ndata: 3\n\n"_ba
                                     << QStringList{u"|1|7"_s, u"|2|7"_s, u"|3|"_s};
    QTest::newRow("old llama.cpp error line") << "error: {\"message\":\"boom\"}\n\ndata: [DONE]\n\n"_ba
                                              << QStringList{u"|[DONE]|"_s};
    QTest::newRow("mixed line endings") << "data: a\r\ndata: b\rdata: c\n\r\n"_ba << QStringList{u"|a\nb\nc|"_s};
    QTest::newRow("DONE without blank line, flushed at EOF") << "data: x\n\ndata: [DONE]"_ba
                                                            << QStringList{u"|x|"_s, u"|[DONE]|"_s};
    QTest::newRow("DONE with one line end only") << "data: [DONE]\n"_ba << QStringList{u"|[DONE]|"_s};
    QTest::newRow("NUL in id ignored") << QByteArray("id: 1\0x\ndata: a\n\n", 17) << QStringList{u"|a|"_s};
}

void TstLlmUnits::sseFieldRules()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    QCOMPARE(described(decodeCut(bytes, {})), expected);
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut)
        QCOMPARE(described(decodeCut(bytes, {cut})), expected);
}

void TstLlmUnits::ssePendingAndFinish()
{
    SseDecoder d;
    QVERIFY(!d.hasPendingData());
    QVERIFY(d.feed("data: {\"a\""_ba).isEmpty());
    QVERIFY(d.hasPendingData());  // a line without its end
    QVERIFY(d.feed(":1}\n"_ba).isEmpty());
    QVERIFY(d.hasPendingData());  // a field without its blank line
    QCOMPARE(described(d.feed("\n"_ba)), QStringList{u"|{\"a\":1}|"_s});
    QVERIFY(!d.hasPendingData());
    QVERIFY(d.feed(": ping\n\n"_ba).isEmpty());
    QVERIFY(!d.hasPendingData());  // comments and blank lines leave nothing behind
    QVERIFY(d.feed("event: message_delta\r"_ba).isEmpty());
    QVERIFY(d.hasPendingData());
    // finish() dispatches what is pending and resets: the next stream starts clean.
    QCOMPARE(described(d.finish()), QStringList{u"message_delta||"_s});
    QVERIFY(!d.hasPendingData());
    QVERIFY(d.finish().isEmpty());
    QCOMPARE(described(d.feed("\ndata: b\n\n"_ba)), QStringList{u"|b|"_s});
}

void TstLlmUnits::sseByteOrderMark()
{
    const QByteArray bytes = "\xEF\xBB\xBF" "data: a\n\n"_ba;
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut)
        QCOMPARE(described(decodeCut(bytes, {cut})), QStringList{u"|a|"_s});
    // Only at the very start: later the same bytes are content.
    const QList<SseEvent> inside = decodeCut("data: \xEF\xBB\xBFx\n\n"_ba, {});
    QCOMPARE(inside.size(), 1);
    QCOMPARE(inside.front().data, "\xEF\xBB\xBFx"_ba);
    // A stream shorter than a BOM is content too.
    QCOMPARE(described(decodeCut("\xEF\xBB"_ba, {})), QStringList{});
    SseDecoder d;
    QVERIFY(d.feed("\xEF"_ba).isEmpty());
    QVERIFY(d.hasPendingData());
}

void TstLlmUnits::ndjson()
{
    const QByteArray bytes = "{\"message\":{\"content\":\"Caf\xC3\xA9\"},\"done\":false}\r\n\n"
                             "{\"error\":\"boom\"}\n  \n{\"done\":true}"_ba;
    const QList<QByteArray> expected{"{\"message\":{\"content\":\"Caf\xC3\xA9\"},\"done\":false}"_ba,
                                     "{\"error\":\"boom\"}"_ba, "{\"done\":true}"_ba};
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        NdjsonDecoder d;
        QList<QByteArray> lines = d.feed(QByteArrayView(bytes).first(cut));
        lines += d.feed(QByteArrayView(bytes).sliced(cut));
        QVERIFY(d.hasPendingData());  // the last line has no LF
        lines += d.finish();
        QVERIFY(!d.hasPendingData());
        QCOMPARE(lines, expected);
    }
}

// ---- Server hints and error bodies --------------------------------------------------------------

void TstLlmUnits::serverHints_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<qint64>("retryAfterMs");  // -1: none
    QTest::addColumn<int>("shouldRetry");      // -1 none, 0 false, 1 true
    QTest::addColumn<QString>("requestId");

    QTest::newRow("nothing") << QStringList{u"content-type: application/json"_s} << qint64(-1) << -1 << QString();
    QTest::newRow("retry-after seconds") << QStringList{u"Retry-After: 2"_s} << qint64(2000) << -1 << QString();
    QTest::newRow("retry-after float") << QStringList{u"retry-after: 1.5"_s} << qint64(1500) << -1 << QString();
    QTest::newRow("retry-after-ms float rounds up") << QStringList{u"retry-after-ms: 644.2"_s} << qint64(645) << -1 << QString();
    QTest::newRow("sub-millisecond is 1 ms, not 0") << QStringList{u"retry-after-ms: 0.3"_s} << qint64(1) << -1 << QString();
    QTest::newRow("retry-after-ms first") << QStringList{u"retry-after: 30"_s, u"RETRY-AFTER-MS: 250"_s} << qint64(250) << -1 << QString();
    QTest::newRow("bad retry-after-ms falls back") << QStringList{u"retry-after-ms: soon"_s, u"retry-after: 3"_s} << qint64(3000)
                                                   << -1 << QString();
    QTest::newRow("HTTP-date") << QStringList{u"Retry-After: Mon, 03 Mar 2025 14:00:30 GMT"_s} << qint64(30000) << -1 << QString();
    QTest::newRow("HTTP-date RFC 850") << QStringList{u"Retry-After: Monday, 03-Mar-25 14:01:00 GMT"_s} << qint64(60000) << -1
                                       << QString();
    QTest::newRow("HTTP-date asctime") << QStringList{u"Retry-After: Mon Mar  3 14:00:10 2025"_s} << qint64(10000) << -1 << QString();
    QTest::newRow("HTTP-date in the past") << QStringList{u"Retry-After: Mon, 03 Mar 2025 13:59:00 GMT"_s} << qint64(-60000) << -1
                                           << QString();
    QTest::newRow("beyond the cap, kept as said") << QStringList{u"retry-after: 300"_s} << qint64(300000) << -1 << QString();
    QTest::newRow("garbage") << QStringList{u"retry-after: tomorrow"_s} << qint64(-1) << -1 << QString();
    QTest::newRow("x-should-retry true") << QStringList{u"X-Should-Retry: true"_s} << qint64(-1) << 1 << QString();
    QTest::newRow("x-should-retry false") << QStringList{u"x-should-retry: FALSE"_s} << qint64(-1) << 0 << QString();
    QTest::newRow("x-should-retry other") << QStringList{u"x-should-retry: maybe"_s} << qint64(-1) << -1 << QString();
    QTest::newRow("openai request id") << QStringList{u"x-request-id: req_abc"_s} << qint64(-1) << -1 << u"req_abc"_s;
    QTest::newRow("anthropic request id") << QStringList{u"Request-Id: req_011CS"_s} << qint64(-1) << -1 << u"req_011CS"_s;
    QTest::newRow("x-request-id wins") << QStringList{u"request-id: b"_s, u"x-request-id: a"_s} << qint64(-1) << -1 << u"a"_s;
}

void TstLlmUnits::serverHints()
{
    QFETCH(QStringList, lines);
    QFETCH(qint64, retryAfterMs);
    QFETCH(int, shouldRetry);
    QFETCH(QString, requestId);
    const ServerHints h = readServerHints(headers(lines), fixedNow());
    QCOMPARE(h.retryAfterMs.has_value(), retryAfterMs != -1);
    if (h.retryAfterMs)
        QCOMPARE(*h.retryAfterMs, retryAfterMs);
    QCOMPARE(h.shouldRetry.has_value(), shouldRetry != -1);
    if (h.shouldRetry)
        QCOMPARE(int(*h.shouldRetry), shouldRetry);
    QCOMPARE(h.requestId, requestId);
}

void TstLlmUnits::errorBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");

    QTest::newRow("openai 401 echoes the key")
        << R"({"error":{"message":"Incorrect API key provided: sk-proj-AbCdEf0123456789xyzw. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})"_ba
        << u"invalid_request_error"_s << u"invalid_api_key"_s
        << u"Incorrect API key provided: \u2026. You can find your API key at https://platform.openai.com/account/api-keys."_s
        << QString();
    QTest::newRow("openai quota")
        << R"({"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}})"_ba
        << u"insufficient_quota"_s << u"insufficient_quota"_s
        << u"You exceeded your current quota, please check your plan and billing details."_s << QString();
    QTest::newRow("anthropic overloaded")
        << R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CSHo"})"_ba
        << u"overloaded_error"_s << QString() << u"Overloaded"_s << u"req_011CSHo"_s;
    QTest::newRow("anthropic 2026-10-21 error code")
        << R"({"type":"error","error":{"type":"rate_limit_error","message":"Spend limit reached.","details":{"error_code":"enforced_spend_limit_reached"}},"request_id":"req_01Spend"})"_ba
        << u"rate_limit_error"_s << u"enforced_spend_limit_reached"_s << u"Spend limit reached."_s << u"req_01Spend"_s;
    QTest::newRow("anthropic details without a code")
        << R"({"type":"error","error":{"type":"api_error","message":"Internal","details":{"appeal_url":null}},"request_id":null})"_ba
        << u"api_error"_s << QString() << u"Internal"_s << QString();
    QTest::newRow("a gateway's plain text")
        << "anthropic-version: unsupported value 2026-10-21 (key sk-ant-api03-AbCdEf0123456789)\n"_ba << QString()
        << QString() << u"anthropic-version: unsupported value 2026-10-21 (key \u2026)"_s << QString();
    QTest::newRow("llama.cpp integer code")
        << R"({"error":{"code":503,"message":"Loading model","type":"unavailable_error"}})"_ba << u"unavailable_error"_s
        << u"503"_s << u"Loading model"_s << QString();
    QTest::newRow("ollama string") << R"({"error":"model 'llama3' not found"})"_ba << QString() << QString()
                                   << u"model 'llama3' not found"_s << QString();
    QTest::newRow("top-level fields") << R"({"type":"server_error","code":"boom","message":"It broke"})"_ba << u"server_error"_s
                                      << u"boom"_s << u"It broke"_s << QString();
    QTest::newRow("responses error event") << R"({"type":"error","code":"server_error","message":"Try again","param":null,"sequence_number":3})"_ba
                                           << QString() << u"server_error"_s << u"Try again"_s << QString();
    QTest::newRow("fastapi detail") << R"({"detail":"Not Found"})"_ba << QString() << QString() << u"Not Found"_s << QString();
    QTest::newRow("html from a CDN") << "<html><body><h1>502 Bad Gateway</h1></body></html>"_ba << QString() << QString()
                                     << QString() << QString();
    QTest::newRow("json array") << "[1,2]"_ba << QString() << QString() << QString() << QString();
    QTest::newRow("empty") << QByteArray() << QString() << QString() << QString() << QString();
}

void TstLlmUnits::errorBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, type);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);
    Failure f = http(500);
    readErrorBody(body, &f);
    QCOMPARE(f.errorType, type);
    QCOMPARE(f.errorCode, code);
    QCOMPARE(f.message, message);
    QCOMPARE(f.requestId, requestId);
    // A request id from the headers is not overwritten by the body's.
    Failure g = http(500);
    g.requestId = u"from-header"_s;
    readErrorBody(body, &g);
    QCOMPARE(g.requestId, u"from-header"_s);
}

void TstLlmUnits::secretsMasked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("openai key") << u"key sk-proj-AbCdEf0123456789 was wrong"_s << u"key \u2026 was wrong"_s;
    QTest::newRow("starred key") << u"Incorrect API key provided: sk-abc1****wxyz."_s << u"Incorrect API key provided: \u2026."_s;
    QTest::newRow("anthropic key") << u"sk-ant-api03-Zx9_yW-8vU7tS6rQ5pO4nM3lK2jI1hG0fE"_s << u"\u2026"_s;
    QTest::newRow("bearer") << u"Authorization: Bearer abc.def-ghi"_s << u"Authorization: Bearer \u2026"_s;
    QTest::newRow("long token") << u"token a1B2c3D4e5F6g7H8i9J0k1 rejected"_s << u"token \u2026 rejected"_s;
    QTest::newRow("long words stay") << u"internationalization Confidentiality counterintelligence"_s
                                     << u"internationalization Confidentiality counterintelligence"_s;
    QTest::newRow("words with sk- inside stay") << u"a task-force and risk-free"_s << u"a task-force and risk-free"_s;
    QTest::newRow("url stays") << u"see https://platform.openai.com/account/api-keys"_s
                               << u"see https://platform.openai.com/account/api-keys"_s;
    QTest::newRow("url query values") << u"Error transferring https://gw.example.com/v1/chat?key=abc&v=2 - closed"_s
                                      << u"Error transferring https://gw.example.com/v1/chat?key=redacted&v=redacted - closed"_s;
    QTest::newRow("url user info") << u"at http://me:pw@127.0.0.1:8080/v1 refused"_s << u"at http://127.0.0.1:8080/v1 refused"_s;
}

void TstLlmUnits::secretsMasked()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(maskSecrets(text), expected);
}

void TstLlmUnits::urlsRedacted()
{
    QCOMPARE(redactedUrl(QUrl(u"https://user:secret@gw.example.com/v1?key=k1&api-version=2024#frag"_s)),
             u"https://gw.example.com/v1?key=redacted&api-version=redacted"_s);
    QCOMPARE(redactedUrl(QUrl(u"https://api.openai.com/v1"_s)), u"https://api.openai.com/v1"_s);
    // An invalid base URL is quoted in the problem sentence; its query still does not show.
    ProviderConfig c = ProviderConfig::defaults(ProviderKind::OpenAI);
    c.apiKey = u"k"_s;
    c.baseUrl = QUrl(u"ftp://example.com/?key=s3cret"_s);
    QVERIFY(!c.problem().isEmpty());
    c.baseUrl = QUrl(u"https:///v1?key=s3cret"_s);
    QVERIFY2(!c.problem().isEmpty() && !c.problem().contains(u"s3cret"_s), qPrintable(c.problem()));
}

void TstLlmUnits::keyWithControlCharactersIsRefused()
{
    for (const QString &key : {u"sk-abc\r\nX-Injected: 1"_s, u"sk-abc\nsecond"_s, u"sk-\tabc"_s, u"sk-abc\x7f"_s}) {
        ProviderConfig c = ProviderConfig::defaults(ProviderKind::Anthropic);
        c.apiKey = key;
        const QString problem = c.problem();
        QVERIFY2(problem.contains(u"control character"_s), qPrintable(problem));
        QVERIFY2(!problem.contains(u"sk-"_s) && !problem.contains(u"Injected"_s), qPrintable(problem));
    }
    ProviderConfig c = ProviderConfig::defaults(ProviderKind::Anthropic);
    c.apiKey = u"sk-ant-plain-key"_s;
    QVERIFY2(c.problem().isEmpty(), qPrintable(c.problem()));
}

// ---- Retry policy ---------------------------------------------------------------------------------

void TstLlmUnits::retryDecisions_data()
{
    QTest::addColumn<Failure>("f");
    QTest::addColumn<int>("retriesSoFar");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<qint64>("delayMs");  // with random() == 0: the full backoff
    QTest::addColumn<bool>("pause");
    QTest::addColumn<bool>("beyondCap");
    using K = Failure::Kind;

    QTest::newRow("transport") << failure(K::Transport) << 0 << true << qint64(500) << false << false;
    QTest::newRow("timeout, second retry") << failure(K::Timeout) << 1 << true << qint64(1000) << false << false;
    QTest::newRow("stream cut") << failure(K::StreamCut) << 0 << true << qint64(500) << false << false;
    QTest::newRow("stream overloaded") << failure(K::StreamError, u"overloaded_error"_s) << 0 << true << qint64(500) << true << false;
    QTest::newRow("stream rate limit") << failure(K::StreamError, u"rate_limit_error"_s) << 0 << true << qint64(500) << true << false;
    QTest::newRow("stream api_error") << failure(K::StreamError, u"api_error"_s) << 0 << true << qint64(500) << false << false;
    QTest::newRow("stream timeout_error") << failure(K::StreamError, u"timeout_error"_s) << 0 << true << qint64(500) << false << false;
    QTest::newRow("stream server_error") << failure(K::StreamError, u"server_error"_s) << 0 << true << qint64(500) << false << false;
    QTest::newRow("stream unknown type") << failure(K::StreamError) << 0 << true << qint64(500) << false << false;
    QTest::newRow("stream invalid request") << failure(K::StreamError, u"invalid_request_error"_s) << 0 << false << qint64(0)
                                            << false << false;
    QTest::newRow("stream context overflow") << failure(K::StreamError, u"exceed_context_size_error"_s) << 0 << false
                                             << qint64(0) << false << false;
    for (const int status : {408, 409, 500, 502, 503, 504})
        QTest::addRow("http %d", status) << http(status) << 0 << true << qint64(500) << false << false;
    QTest::newRow("http 429") << http(429, u"tokens"_s, u"rate_limit_exceeded"_s) << 0 << true << qint64(500) << true << false;
    QTest::newRow("http 529") << http(529, u"overloaded_error"_s) << 1 << true << qint64(1000) << true << false;
    for (const int status : {400, 401, 402, 403, 404, 413, 422})
        QTest::addRow("http %d", status) << http(status) << 0 << false << qint64(0) << false << false;
    QTest::newRow("quota by type") << http(429, u"insufficient_quota"_s) << 0 << false << qint64(0) << false << false;
    QTest::newRow("quota by code") << http(429, u"requests"_s, u"insufficient_quota"_s) << 0 << false << qint64(0) << false
                                   << false;
    QTest::newRow("spend limit without retry-after")
        << http(429, u"rate_limit_error"_s, {}, {}, {}, u"You have reached your specified API usage limits."_s) << 0 << false
        << qint64(0) << false << false;
    QTest::newRow("spend words but retry-after given")
        << http(429, u"rate_limit_error"_s, {}, 2000, {}, u"You have reached your specified API usage limits."_s) << 0 << true
        << qint64(2000) << true << false;
    QTest::newRow("enforced spend limit code, even with retry-after")
        << http(429, u"rate_limit_error"_s, u"enforced_spend_limit_reached"_s, 2000) << 0 << false << qint64(0) << false
        << false;
    QTest::newRow("contract spend limit code") << http(429, u"rate_limit_error"_s, u"contract_spend_limit_reached"_s)
                                               << 0 << false << qint64(0) << false << false;
    QTest::newRow("ramp limit waits as asked") << http(429, u"rate_limit_error"_s, u"ramp_limit_exceeded"_s, 3000) << 0
                                               << true << qint64(3000) << true << false;
    QTest::newRow("compaction unavailable is an overload")
        << http(529, u"overloaded_error"_s, u"compaction_unavailable"_s) << 0 << true << qint64(500) << true << false;
    QTest::newRow("spend limit code on a 503")
        << http(503, u"api_error"_s, u"linked_organization_billing_unavailable"_s) << 0 << false << qint64(0) << false
        << false;
    QTest::newRow("stream spend limit code") << [] {
        Failure f = failure(Failure::Kind::StreamError, u"rate_limit_error"_s);
        f.errorCode = u"enforced_spend_limit_reached"_s;
        return f;
    }() << 0 << false << qint64(0) << false << false;
    for (const int status : {412, 431, 499})
        QTest::addRow("http %d", status) << http(status) << 0 << false << qint64(0) << false << false;
    QTest::newRow("http 501") << http(501) << 0 << true << qint64(500) << false << false;
    QTest::newRow("429 with retry-after") << http(429, u"rate_limit_error"_s, {}, 1500) << 0 << true << qint64(1500) << true
                                          << false;
    QTest::newRow("server delay at the cap") << http(529, {}, {}, 60000) << 0 << true << qint64(60000) << true << false;
    QTest::newRow("server delay beyond the cap") << http(429, {}, {}, 60001) << 0 << false << qint64(0) << false << true;
    QTest::newRow("server delay 0 means backoff") << http(503, {}, {}, 0) << 0 << true << qint64(500) << false << false;
    QTest::newRow("server delay in the past means backoff") << http(503, {}, {}, -5000) << 1 << true << qint64(1000) << false
                                                            << false;
    QTest::newRow("server delay 1 ms") << http(503, {}, {}, 1) << 0 << true << qint64(1) << false << false;
    QTest::newRow("x-should-retry true on 400") << http(400, {}, {}, {}, true) << 0 << true << qint64(500) << false << false;
    QTest::newRow("x-should-retry false on 503") << http(503, {}, {}, {}, false) << 0 << false << qint64(0) << false << false;
    QTest::newRow("x-should-retry false on a cut stream") << [] {
        Failure f = failure(Failure::Kind::StreamCut);
        f.shouldRetry = false;
        return f;
    }() << 0 << false << qint64(0) << false << false;
    QTest::newRow("truncated") << failure(K::Truncated) << 0 << false << qint64(0) << false << false;
    QTest::newRow("too large") << failure(K::TooLarge) << 0 << false << qint64(0) << false << false;
    QTest::newRow("refusal") << failure(K::Refusal) << 0 << false << qint64(0) << false << false;
    QTest::newRow("content filter") << failure(K::ContentFilter) << 0 << false << qint64(0) << false << false;
    QTest::newRow("cancelled") << failure(K::Cancelled) << 0 << false << qint64(0) << false << false;
    QTest::newRow("x-should-retry true does not repeat a refusal") << [] {
        Failure f = failure(Failure::Kind::Refusal);
        f.shouldRetry = true;
        return f;
    }() << 0 << false << qint64(0) << false << false;
    QTest::newRow("bad answer once") << failure(K::BadAnswer) << 0 << true << qint64(500) << false << false;
    QTest::newRow("bad answer not twice") << failure(K::BadAnswer) << 1 << false << qint64(0) << false << false;
    QTest::newRow("budget spent") << failure(K::Transport) << 2 << false << qint64(0) << false << false;
    QTest::newRow("budget spent even for 529") << http(529, {}, {}, 1000) << 2 << false << qint64(0) << false << false;
}

void TstLlmUnits::retryDecisions()
{
    QFETCH(Failure, f);
    QFETCH(int, retriesSoFar);
    QFETCH(bool, retry);
    QFETCH(qint64, delayMs);
    QFETCH(bool, pause);
    QFETCH(bool, beyondCap);
    RetryPolicy policy;
    policy.random = [] { return 0.0; };
    const RetryDecision d = policy.decide(f, retriesSoFar);
    QCOMPARE(d.retry, retry);
    QCOMPARE(d.delayMs, delayMs);
    QCOMPARE(d.pauseProvider, pause);
    QCOMPARE(d.rateLimitedBeyondCap, beyondCap);
    if (d.retry)
        QVERIFY(d.delayMs > 0);
}

void TstLlmUnits::backoffBounds()
{
    // min(0.5 s · 2^n, 8 s) × (1 − 0.25·U): 0.375–0.5 s, 0.75–1 s, 1.5–2 s, 3–4 s, then 6–8 s.
    const QList<QPair<qint64, qint64>> bounds{{375, 500}, {750, 1000}, {1500, 2000}, {3000, 4000}, {6000, 8000},
                                              {6000, 8000}, {6000, 8000}};
    RetryPolicy policy;
    policy.maxRetries = 100;
    const Failure f = failure(Failure::Kind::Transport);
    for (int n = 0; n < bounds.size(); ++n) {
        policy.random = [] { return 0.0; };
        QCOMPARE(policy.decide(f, n).delayMs, bounds[n].second);
        policy.random = [] { return 0.999; };
        const qint64 shortest = policy.decide(f, n).delayMs;
        QCOMPARE(shortest, qRound64(double(bounds[n].second) * (1.0 - 0.25 * 0.999)));
        QVERIFY(shortest >= bounds[n].first);
    }
    // A huge retry count neither overflows nor exceeds the cap.
    policy.random = [] { return 0.5; };
    QCOMPARE(policy.decide(f, 99).delayMs, qint64(7000));
    // A random source outside [0, 1) is clamped, never a negative or zero delay.
    policy.random = [] { return 7.0; };
    QCOMPARE(policy.decide(f, 0).delayMs, qint64(375));
    policy.random = [] { return -3.0; };
    QCOMPARE(policy.decide(f, 0).delayMs, qint64(500));
    // Tiny settings still never retry immediately.
    policy.baseDelayMs = 0;
    QCOMPARE(policy.decide(f, 0).delayMs, qint64(1));
}

void TstLlmUnits::retryBudget()
{
    RetryPolicy policy;
    policy.random = [] { return 0.0; };
    const Failure overloaded = http(529);
    QVERIFY(policy.decide(overloaded, 0).retry);
    QVERIFY(policy.decide(overloaded, 1).retry);
    QVERIFY(!policy.decide(overloaded, 2).retry);
    policy.maxRetries = 5;  // the batch budget for 429/529
    QVERIFY(policy.decide(overloaded, 4).retry);
    QCOMPARE(policy.decide(overloaded, 4).delayMs, qint64(8000));
    QVERIFY(!policy.decide(overloaded, 5).retry);
    policy.maxRetries = 0;
    QVERIFY(!policy.decide(failure(Failure::Kind::BadAnswer), 0).retry);
    // A larger cap honours a longer server delay (the OpenAI SDK's 120 s).
    policy.maxRetries = 2;
    policy.maxServerDelayMs = 120000;
    const RetryDecision d = policy.decide(http(429, {}, {}, 90000), 0);
    QVERIFY(d.retry);
    QCOMPARE(d.delayMs, qint64(90000));
    QVERIFY(!d.rateLimitedBeyondCap);
}

void TstLlmUnits::defaultRandomIsSeededPerPolicy()
{
    const RetryPolicy a;
    const RetryPolicy b;
    QVERIFY(a.random && b.random);
    QList<qint64> fromA, fromB;
    const Failure f = failure(Failure::Kind::Transport);
    for (int i = 0; i < 32; ++i) {
        const qint64 da = a.decide(f, 1).delayMs;
        QVERIFY(da >= 750 && da <= 1000);
        fromA.append(da);
        fromB.append(b.decide(f, 1).delayMs);
    }
    // Jitter that actually varies, and two queues that do not retry in lockstep, not even when
    // one policy was copied from the other.
    QVERIFY(std::adjacent_find(fromA.cbegin(), fromA.cend(), std::not_equal_to<>()) != fromA.cend());
    QVERIFY(fromA != fromB);
    const RetryPolicy copy = a;
    QList<qint64> fromOriginal, fromCopy;
    for (int i = 0; i < 32; ++i) {
        fromOriginal.append(a.decide(f, 1).delayMs);
        fromCopy.append(copy.decide(f, 1).delayMs);
    }
    QVERIFY(fromOriginal != fromCopy);
}

// ---- Sentences ----------------------------------------------------------------------------------

void TstLlmUnits::describe_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<Failure>("f");
    QTest::addColumn<int>("retries");
    QTest::addColumn<QString>("expected");
    using K = Failure::Kind;

    QTest::newRow("overloaded")
        << u"Anthropic"_s << http(529, u"overloaded_error"_s) << 2
        << u"Anthropic is overloaded (529); retried twice \u2014 try again in a few minutes, or review with another provider"_s;
    QTest::newRow("enforced spend limit")
        << u"Anthropic"_s << http(429, u"rate_limit_error"_s, u"enforced_spend_limit_reached"_s) << 0
        << u"Anthropic: the organization crossed the monthly usage limit of its API tier (429 "
           u"enforced_spend_limit_reached) "
           "\u2014 move to a higher usage tier in the provider's console, or wait until next month"_s;
    QTest::newRow("spend limit with a long wait is still a spend limit")
        << u"Anthropic"_s << http(429, u"rate_limit_error"_s, u"contract_spend_limit_reached"_s, 3600 * 1000) << 0
        << u"Anthropic: the organization reached the spend limit of its contract (429 contract_spend_limit_reached) "
           u"\u2014 ask "
           "your account administrator to raise it"_s;
    QTest::newRow("contract spend limit")
        << u"Anthropic"_s << http(429, u"rate_limit_error"_s, u"contract_spend_limit_reached"_s) << 0
        << u"Anthropic: the organization reached the spend limit of its contract (429 contract_spend_limit_reached) "
           u"\u2014 ask "
           "your account administrator to raise it"_s;
    QTest::newRow("linked organization spend limit")
        << u"Anthropic"_s << http(402, u"billing_error"_s, u"linked_organization_spend_limit_reached"_s) << 0
        << u"Anthropic: the organization billed for this key reached its spend limit or has no credit (402 "
           "linked_organization_spend_limit_reached) \u2014 ask that organization's administrator"_s;
    QTest::newRow("ramp limit") << u"Anthropic"_s << http(429, u"rate_limit_error"_s, u"ramp_limit_exceeded"_s) << 2
                                << u"Anthropic: usage is growing faster than the account's ramp limit allows (429 "
                                   "ramp_limit_exceeded); retried twice \u2014 lower the concurrency if it persists"_s;
    QTest::newRow("no credit, 2023-06-01 wording")
        << u"Anthropic"_s
        << http(
               400, u"invalid_request_error"_s, {}, {}, {},
               u"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."_s)
        << 0
        << u"Anthropic: the account is out of credit (400) \u2014 add credit or check your plan and billing, then review again"_s;
    QTest::newRow("too large")
        << u"Anthropic"_s << http(413, u"request_too_large"_s) << 0
        << u"Anthropic rejected the request as too large (413) \u2014 send fewer clauses per request "
           "(batch size) and review again"_s;
    QTest::newRow("too large after decoding")
        << u"Anthropic"_s << http(413, u"invalid_request_error"_s, u"request_body_too_large_after_decoding"_s) << 0
        << u"Anthropic rejected the request as too large (413) \u2014 send fewer clauses per request (batch size) and review again"_s;
    QTest::newRow("headers too large") << u"Anthropic"_s << http(431) << 0
                                       << u"Anthropic rejected the request's headers as too large (431)"_s;
    QTest::newRow("client closed") << u"Anthropic"_s << http(499) << 0
                                   << u"Anthropic closed the request before answering (499)"_s;
    QTest::newRow("not implemented")
        << u"Anthropic"_s << http(501, u"api_error"_s, {}, {}, {}, u"Not implemented"_s) << 2
        << u"Anthropic does not support this request (501): Not implemented; retried twice"_s;
    QTest::newRow("stream overloaded, compaction")
        << u"Anthropic"_s <<
        [] {
            Failure f = failure(Failure::Kind::StreamError, u"overloaded_error"_s, u"Compaction unavailable"_s);
            f.errorCode = u"compaction_unavailable"_s;
            return f;
        }()
        << 1
        << u"Anthropic is overloaded (mid-answer); retried once \u2014 try again in a few minutes, or review with another provider"_s;
    QTest::newRow("key rejected, key echoed")
        << u"OpenAI"_s << http(401, u"invalid_request_error"_s, u"invalid_api_key"_s, {}, {}, u"Incorrect API key provided: sk-proj-AbCd1234EfGh5678."_s)
        << 0 << u"OpenAI rejected the API key (401)"_s;
    QTest::newRow("quota") << u"OpenAI"_s << http(429, u"insufficient_quota"_s, u"insufficient_quota"_s) << 0
                           << u"OpenAI: quota exhausted (429 insufficient_quota) \u2014 check your plan and billing"_s;
    QTest::newRow("rate limited") << u"OpenAI"_s << http(429, u"tokens"_s, u"rate_limit_exceeded"_s) << 2
                                  << u"OpenAI rate-limited the review (429); retried twice"_s;
    QTest::newRow("asked to wait") << u"OpenAI"_s << http(429, u"requests"_s, {}, 300000) << 0
                                   << u"OpenAI asked to wait 300 s (rate limit) \u2014 try again after 14:05"_s;
    QTest::newRow("asked to wait, another day") << u"Anthropic"_s << http(529, {}, {}, 12 * 3600 * 1000) << 1
                                                << u"Anthropic asked to wait 12 h (overloaded) \u2014 try again after 2025-03-04 02:00; retried once"_s;
    QTest::newRow("spend limit") << u"Anthropic"_s
                                 << http(429, u"rate_limit_error"_s, {}, {}, {}, u"You have reached your specified API usage limits."_s)
                                 << 0 << u"Anthropic: usage limit reached (429) \u2014 You have reached your specified API usage limits."_s;
    QTest::newRow("timeout") << u"Local server"_s << [] {
        Failure f = failure(Failure::Kind::Timeout);
        f.timeoutMs = 60000;
        return f;
    }() << 2 << u"Local server timed out after 60 s; retried twice"_s;
    QTest::newRow("timeout with the reason only") << u"Local server"_s << failure(K::Timeout, {}, u"no data for 60 s"_s) << 0
                                                  << u"Local server timed out: no data for 60 s"_s;
    QTest::newRow("refusal") << u"Anthropic"_s << failure(K::Refusal) << 0 << u"Anthropic refused to answer"_s;
    QTest::newRow("refusal with words") << u"OpenAI"_s << failure(K::Refusal, {}, u"I can't help with that."_s) << 0
                                        << u"OpenAI refused to answer: I can't help with that."_s;
    QTest::newRow("truncated") << u"OpenAI"_s << failure(K::Truncated) << 0 << u"OpenAI's answer was cut off (max tokens)"_s;
    QTest::newRow("not json") << u"Local server"_s << failure(K::BadAnswer) << 1
                              << u"Local server sent an answer that is not valid JSON; retried once"_s;
    QTest::newRow("not the schema") << u"Local server"_s << failure(K::BadAnswer, {}, u"clause c7 is missing"_s) << 0
                                    << u"Local server sent an answer that does not fit the expected format: clause c7 is missing"_s;
    QTest::newRow("transport") << u"OpenAI"_s << failure(K::Transport, {}, u"Connection refused"_s) << 3
                               << u"Connection to OpenAI failed: Connection refused; retried 3 times"_s;
    QTest::newRow("stream cut") << u"OpenAI"_s << failure(K::StreamCut) << 2
                                << u"OpenAI's stream ended before the answer was complete; retried twice"_s;
    QTest::newRow("stream overloaded")
        << u"Anthropic"_s << failure(K::StreamError, u"overloaded_error"_s, u"Overloaded"_s) << 0
        << u"Anthropic is overloaded (mid-answer) \u2014 try again in a few minutes, or review with another provider"_s;
    QTest::newRow("stream other") << u"OpenAI"_s << failure(K::StreamError, u"server_error"_s, u"The server had an error"_s) << 0
                                  << u"OpenAI reported an error mid-answer (server_error): The server had an error"_s;
    QTest::newRow("content filter") << u"OpenAI"_s << failure(K::ContentFilter) << 0 << u"OpenAI's content filter blocked the answer"_s;
    QTest::newRow("cancelled") << u"OpenAI"_s << failure(K::Cancelled) << 0 << u"OpenAI request cancelled"_s;
    QTest::newRow("bad request with message") << u"OpenAI"_s
                                              << http(400, u"invalid_request_error"_s, u"unsupported_parameter"_s, {}, {},
                                                      u"Unsupported parameter: 'max_tokens'. Use 'max_completion_tokens' instead."_s)
                                              << 0
                                              << u"OpenAI rejected the request (400): Unsupported parameter: 'max_tokens'. Use 'max_completion_tokens' instead."_s;
    QTest::newRow("loading model") << u"Local server"_s << http(503, u"unavailable_error"_s, u"503"_s, {}, {}, u"Loading model"_s) << 2
                                   << u"Local server is unavailable (503): Loading model; retried twice"_s;
    QTest::newRow("cdn gateway") << u"OpenAI"_s << http(502) << 2 << u"OpenAI's gateway failed (502); retried twice"_s;
    QTest::newRow("other 5xx") << u"OpenAI"_s << http(520) << 1 << u"OpenAI had a server error (520); retried once"_s;
    QTest::newRow("billing")
        << u"Anthropic"_s << http(402, u"billing_error"_s) << 0
        << u"Anthropic: the account is out of credit (402) \u2014 add credit or check your plan and billing, then review again"_s;
    QTest::newRow("key in a 400 message")
        << u"Local server"_s << http(400, {}, {}, {}, {}, u"bad header Authorization: Bearer sk-local-0123456789abcdef"_s) << 0
        << u"Local server rejected the request (400): bad header Authorization: Bearer \u2026"_s;
    QTest::newRow("key in a transport reason")
        << u"OpenAI"_s << failure(K::Transport, {}, u"proxy refused sk-proj-ZZZZ0000yyyy1111 for host"_s) << 0
        << u"Connection to OpenAI failed: proxy refused \u2026 for host"_s;
}

void TstLlmUnits::attemptSentencesCarryNoAdvice()
{
    // Before a retry the notice says what happened; the advice is for when the retries are spent.
    const Failure overloaded = http(529, u"overloaded_error"_s);
    QCOMPARE(describeAttempt(u"Anthropic"_s, overloaded), u"Anthropic is overloaded (529)"_s);
    Failure ramp = http(429, u"rate_limit_error"_s, u"ramp_limit_exceeded"_s, 2000);
    QCOMPARE(describeAttempt(u"Anthropic"_s, ramp),
             u"Anthropic: usage is growing faster than the account's ramp limit allows (429 ramp_limit_exceeded)"_s);
}

void TstLlmUnits::describe()
{
    QFETCH(QString, provider);
    QFETCH(Failure, f);
    QFETCH(int, retries);
    QFETCH(QString, expected);
    const QString sentence = describeFailure(provider, f, retries, fixedNow());
    QCOMPARE(sentence, expected);
    QVERIFY(!sentence.contains(u"sk-"_s));
}

// ---- Party names and pseudonymiser ----------------------------------------------------------------

void TstLlmUnits::partyNamesSynthetic_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("parties");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QStringList>("people");

    QTest::newRow("by and between, offices at, short name")
        << u"This Nondisclosure Agreement is entered into as of May 1, 2024 by and between Acme Corporation, a Delaware "
           "corporation with offices at 1200 Market Street, Suite 400, Philadelphia, PA 19107 (\"Acme\"), and Globex Ltd., "
           "a company registered in England and Wales whose registered office is at 22 King Street, Manchester M2 4LQ "
           "(the \"Recipient\").\n1. Acme's Confidential Information. The Recipient shall protect Acme\u2019s information. "
           "The Company and the Disclosing Party are words.\nIN WITNESS WHEREOF\nACME CORPORATION\nBy: ______\n"
           "Name: John Q. Public\nTitle: CEO"_s
        << QStringList{u"[PARTY A]=Acme Corporation"_s, u"[PARTY A SHORT]=Acme"_s, u"[PARTY A CAPS]=ACME CORPORATION"_s,
                       u"[PARTY B]=Globex Ltd."_s}
        << QStringList{u"[ADDRESS 1]=1200 Market Street, Suite 400, Philadelphia, PA 19107"_s,
                       u"[ADDRESS 2]=22 King Street, Manchester M2 4LQ"_s}
        << QStringList{u"[PERSON 1]=John Q. Public"_s};
    QTest::newRow("between X and Y without definitions")
        << u"MUTUAL NON-DISCLOSURE AGREEMENT\nThis Mutual Non-Disclosure Agreement (this \u201CAgreement\u201D) is made between "
           "Bramblecote Systems Limited and Oakridge Capital Partners LLP, each of whose details are set out in the table "
           "below.\nParties\nBramblecote Systems Limited\n14 Quarry Lane, Leeds LS2 7QT\nOakridge Capital Partners LLP\n"
           "3 Mercer Street, London EC2A 4BX\n1. Bramblecote's information.\nSignature: ________\nName: Jane Whitfield"_s
        << QStringList{u"[PARTY A]=Bramblecote Systems Limited"_s, u"[PARTY B]=Oakridge Capital Partners LLP"_s}
        << QStringList{u"[ADDRESS 1]=14 Quarry Lane, Leeds LS2 7QT"_s, u"[ADDRESS 2]=3 Mercer Street, London EC2A 4BX"_s}
        << QStringList{u"[PERSON 1]=Jane Whitfield"_s};
    QTest::newRow("BETWEEN: numbered parties")
        << u"THIS AGREEMENT is made on 4 June 2024\nBETWEEN:\n(1) KESTREL DATA SERVICES LTD. (company number 01234567) "
           "of Unit 5, Fenwick Park, Manchester M1 2AB (\"Kestrel\"); and\n(2) LARKSPUR LOGISTICS GMBH of "
           "Hafenstra\u00DFe 22, 20457 Hamburg (\"Larkspur\").\nWHEREAS Kestrel and Larkspur wish to talk."_s
        << QStringList{u"[PARTY A]=KESTREL DATA SERVICES LTD."_s, u"[PARTY A SHORT]=Kestrel"_s,
                       u"[PARTY B]=LARKSPUR LOGISTICS GMBH"_s, u"[PARTY B SHORT]=Larkspur"_s}
        << QStringList{u"[ADDRESS 1]=Unit 5, Fenwick Park, Manchester M1 2AB"_s, u"[ADDRESS 2]=Hafenstra\u00DFe 22, 20457 Hamburg"_s}
        << QStringList{};
    QTest::newRow("roles only")
        << u"This Agreement is made between the Company and the Recipient (each a \"Party\"). The Disclosing Party "
           "(the \"Discloser\") and the Receiving Party agree.\n1. Term."_s
        << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("template blanks")
        << u"This Agreement is made between [NAME OF COMPANY] (the \"Company\") and ______________ of :company_address "
           "(the \"Recipient\").\nBy: ________\nName: ________\nTitle:"_s
        << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("defined role after a named party")
        << u"This Confidentiality Agreement is entered into between Patriot Scientific Corporation (the \u201CCompany\u201D), "
           "and the \u201CStockholder\u201D. The Company shall."_s
        << QStringList{u"[PARTY A]=Patriot Scientific Corporation"_s} << QStringList{} << QStringList{};
    QTest::newRow("acronym and jurisdiction")
        << u"1. This Non-Disclosure Agreement is entered into by the United States Department of Veterans Affairs (VA) and "
           "Nimble Storage, Inc. a corporation organized under the laws of Delaware (the \u201CCompany\u201D). VA agrees."_s
        << QStringList{u"[PARTY A]=United States Department of Veterans Affairs"_s, u"[PARTY A SHORT]=VA"_s,
                       u"[PARTY B]=Nimble Storage, Inc."_s}
        << QStringList{} << QStringList{};
    QTest::newRow("trade name and signature table")
        << u"This Agreement is made by and between CPK Manufacturing LLC dba Kenway Composites, whose office is at "
           "681 Riverside Drive, Augusta, Maine 04330 (\u201CKenway\u201D), and Harbor Lane Partners LLC (\u201CHarbor Lane\u201D).\n"
           "| KENWAY COMPOSITES | HARBOR LANE PARTNERS LLC |\n| --- | --- |\n| By: ____ | By: ____ |\n"
           "| Name: Anders Lumberg | Name: Robert de Haan |\nAttention: Mr. Craig Stoehr"_s
        << QStringList{u"[PARTY A]=CPK Manufacturing LLC"_s, u"[PARTY A SHORT]=Kenway Composites"_s,
                       u"[PARTY A SHORT 2]=Kenway"_s, u"[PARTY A SHORT CAPS]=KENWAY COMPOSITES"_s,
                       u"[PARTY B]=Harbor Lane Partners LLC"_s, u"[PARTY B SHORT]=Harbor Lane"_s,
                       u"[PARTY B CAPS]=HARBOR LANE PARTNERS LLC"_s}
        << QStringList{u"[ADDRESS 1]=681 Riverside Drive, Augusta, Maine 04330"_s}
        << QStringList{u"[PERSON 1]=Anders Lumberg"_s, u"[PERSON 2]=Robert de Haan"_s, u"[PERSON 3]=Craig Stoehr"_s};
    QTest::newRow("another spelling of the same party")
        << u"This Agreement is entered into by and between Big Sky Transportation Company (\"Big Sky\") and Mesaba "
           "Holdings, Inc. (\"Holdings\").\nBIG SKY TRANSPORTATION CO.\nBy: /s/ Kim B. Champney\n"_s
        << QStringList{u"[PARTY A]=Big Sky Transportation Company"_s, u"[PARTY A ALT]=BIG SKY TRANSPORTATION CO."_s,
                       u"[PARTY A SHORT]=Big Sky"_s, u"[PARTY B]=Mesaba Holdings, Inc."_s, u"[PARTY B SHORT]=Holdings"_s}
        << QStringList{} << QStringList{u"[PERSON 1]=Kim B. Champney"_s};
}

void TstLlmUnits::partyNamesSynthetic()
{
    QFETCH(QString, text);
    QFETCH(QStringList, parties);
    QFETCH(QStringList, addresses);
    QFETCH(QStringList, people);
    const PartyNames names = findPartyNames(text);
    QCOMPARE(listed(names.parties).join(u"; "_s), parties.join(u"; "_s));
    QCOMPARE(listed(names.addresses).join(u"; "_s), addresses.join(u"; "_s));
    QCOMPARE(listed(names.people).join(u"; "_s), people.join(u"; "_s));
    checkPseudonymisation(QString::fromLatin1(QTest::currentDataTag()), text, names);
}

void TstLlmUnits::maskAndUnmask()
{
    PartyNames names;
    names.parties = {{u"Acme Corporation"_s, u"[PARTY A]"_s}, {u"Acme"_s, u"[PARTY A SHORT]"_s}, {u"Globex Ltd."_s, u"[PARTY B]"_s}};
    names.addresses = {{u"1 Main Street, Springfield"_s, u"[ADDRESS 1]"_s}};
    names.people = {{u"Jane Smith"_s, u"[PERSON 1]"_s}};
    const Pseudonymiser p(names);
    QVERIFY(!p.isEmpty());
    const QString text = u"Acme Corporation and Acme's affiliates (Acme\u2019s too); Acmeville is not Acme, nor is ACME. "
                         "Globex Ltd. of 1 Main Street, Springfield signs by Jane Smith. Acme_x stays."_s;
    const QString masked = p.mask(text);
    QCOMPARE(masked, u"[PARTY A] and [PARTY A SHORT]'s affiliates ([PARTY A SHORT]\u2019s too); Acmeville is not "
                     "[PARTY A SHORT], nor is ACME. [PARTY B] of [ADDRESS 1] signs by [PERSON 1]. Acme_x stays."_s);
    QCOMPARE(p.unmask(masked), text);
    // A model's revision keeps the placeholders; unmask gives each spelling back.
    QCOMPARE(p.unmask(u"[PARTY B] shall notify [PARTY A SHORT] at [ADDRESS 1]."_s),
             u"Globex Ltd. shall notify Acme at 1 Main Street, Springfield."_s);

    QVERIFY(Pseudonymiser(PartyNames{}).isEmpty());
    QCOMPARE(Pseudonymiser(PartyNames{}).mask(u"Acme"_s), u"Acme"_s);
    // Unusable entries are dropped: a name with brackets, a placeholder that unmask cannot read,
    // a second name for a placeholder already taken.
    PartyNames odd;
    odd.parties = {{u"[Acme]"_s, u"[PARTY A]"_s}, {u"Globex"_s, u"PARTY B"_s}, {u"Initech"_s, u"[PARTY C]"_s},
                   {u"Hooli"_s, u"[PARTY C]"_s}, {QString(), u"[PARTY D]"_s}};
    const Pseudonymiser q(odd);
    QCOMPARE(q.mask(u"[Acme] Globex Initech Hooli"_s), u"[Acme] Globex [PARTY C] Hooli"_s);
}

void TstLlmUnits::placeholderLookalikesRoundTrip()
{
    PartyNames names;
    names.parties = {{u"Acme"_s, u"[PARTY A]"_s}};
    const Pseudonymiser p(names);
    // Text that already holds placeholders (a template, an earlier masked draft) is escaped, so
    // that unmask restores it as it was instead of turning it into names.
    const QString text = u"[PARTY A] and [party b short] and [~PARTY A] and [ ADDRESS 2 ] and [PARTY 2] and Acme"_s;
    const QString masked = p.mask(text);
    QCOMPARE(masked, u"[~PARTY A] and [~party b short] and [~~PARTY A] and [~ ADDRESS 2 ] and [PARTY 2] and [PARTY A]"_s);
    QCOMPARE(p.unmask(masked), text);
}

void TstLlmUnits::unmaskTolerance()
{
    PartyNames names;
    names.parties = {{u"Acme Corporation"_s, u"[PARTY A]"_s}, {u"Acme"_s, u"[PARTY A SHORT]"_s},
                     {u"ACME CORPORATION"_s, u"[PARTY A CAPS]"_s}, {u"Globex Co."_s, u"[PARTY B ALT 2]"_s}};
    names.addresses = {{u"1 Main Street"_s, u"[ADDRESS 1]"_s}};
    const Pseudonymiser p(names);
    QCOMPARE(p.unmask(u"[Party A], [party a short], [ PARTY  A  CAPS ], [Party B Alt 2], [address 1]"_s),
             u"Acme Corporation, Acme, ACME CORPORATION, Globex Co., 1 Main Street"_s);
    // Unknown placeholders and bare words stay as the model wrote them.
    QCOMPARE(p.unmask(u"[PARTY Z] and PARTY A and [PARTY A"_s), u"[PARTY Z] and PARTY A and [PARTY A"_s);
}

void TstLlmUnits::randomRoundTrip()
{
    PartyNames names;
    names.parties = {{u"Acme Corporation"_s, u"[PARTY A]"_s}, {u"Acme"_s, u"[PARTY A SHORT]"_s}, {u"ACME"_s, u"[PARTY A SHORT CAPS]"_s},
                     {u"Globex Ltd."_s, u"[PARTY B]"_s}, {u"Globex"_s, u"[PARTY B SHORT]"_s}};
    names.addresses = {{u"1 Main Street"_s, u"[ADDRESS 1]"_s}};
    names.people = {{u"Jane Smith"_s, u"[PERSON 1]"_s}};
    const Pseudonymiser p(names);
    // Texts built from the pieces that could confuse a round trip: names, placeholders, their
    // escaped forms, brackets, tildes, spaces, possessives and word characters next to names.
    const QStringList pieces{
        u"Acme"_s, u"Acme Corporation"_s, u"ACME"_s, u"Globex Ltd."_s, u"Globex"_s, u"1 Main Street"_s, u"Jane Smith"_s,
        u"[PARTY A]"_s, u"[PARTY A SHORT]"_s, u"[party b]"_s, u"[~PARTY A]"_s, u"[ADDRESS 1]"_s, u"[PERSON 1]"_s,
        u"["_s, u"]"_s, u"~"_s, u" "_s, u"'s"_s, u"x"_s, u"_"_s, u"."_s, u"PARTY"_s, u" A"_s, u"\n"_s, u"\u00E9"_s,
    };
    QRandomGenerator rng(7);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int count = rng.bounded(1, 14);
        for (int k = 0; k < count; ++k)
            text += pieces[rng.bounded(int(pieces.size()))];
        const QString masked = p.mask(text);
        if (p.unmask(masked) != text)
            QFAIL(qPrintable(u"round trip failed for: "_s + text + u" -> "_s + masked));
    }
}

void TstLlmUnits::sampleNda()
{
    const QString text = readText(QStringLiteral(REDLINER_SOURCE_DIR) + u"/resources/samples/sample-nda.md"_s);
    QVERIFY(!text.isEmpty());
    const PartyNames names = findPartyNames(text);
    // "NORTHWIND" alone never occurs: only inside "NORTHWIND ANALYTICS LTD." above a signature.
    QCOMPARE(listed(names.parties).join(u"; "_s),
             (QStringList{u"[PARTY A]=Northwind Analytics Ltd."_s, u"[PARTY A SHORT]=Northwind"_s,
                          u"[PARTY A CAPS]=NORTHWIND ANALYTICS LTD."_s, u"[PARTY B]=Harbor Lane Partners LLC"_s,
                          u"[PARTY B SHORT]=Harbor Lane"_s, u"[PARTY B CAPS]=HARBOR LANE PARTNERS LLC"_s})
                 .join(u"; "_s));
    QCOMPARE(listed(names.addresses),
             (QStringList{u"[ADDRESS 1]=Level 14, 9 Marina Crescent, Singapore 018977"_s,
                          u"[ADDRESS 2]=410 Wharf Row, Suite 700, Boston, Massachusetts 02110"_s}));
    QVERIFY(names.people.isEmpty());
    checkPseudonymisation(u"sample-nda.md"_s, text, names);
    const QString masked = Pseudonymiser(names).mask(text);
    QVERIFY(masked.contains(u"(\"[PARTY A SHORT]\" or the \"Disclosing Party\")"_s));
    QVERIFY(masked.contains(u"the Receiving Party"_s));
}

void TstLlmUnits::contractNliParties_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("parties");    // each must be among the names found
    QTest::addColumn<QStringList>("addresses");

    // Checked by reading each preamble (and signature block) in the corpus.
    QTest::newRow("AHPL") << u"1438076025NDA_28072015%20-%20AHPL.pdf"_s
                          << QStringList{u"[PARTY A]=ALEXANDRA HEALTH PTE LTD"_s, u"[PARTY A SHORT]=AHPL"_s}
                          << QStringList{u"[ADDRESS 1]=90 YISHUN CENTRAL SINGAPORE 768828"_s};
    QTest::newRow("BPS") << u"17.04.01%20BPS%20Non-Disclosure%20and%20Data%20Sharing%20Agreement%20-%20Transportation%20Challenge%20vF.pdf"_s
                         << QStringList{u"[PARTY A]=Boston Public Schools"_s, u"[PARTY A SHORT]=BPS"_s}
                         << QStringList{u"[ADDRESS 1]=2300 Washington Street, Roxbury, MA 02119"_s};
    QTest::newRow("CPR") << u"180314-March-14-2018-SOW-M.pdf"_s
                         << QStringList{u"[PARTY A]=CANADIAN PACIFIC RAILWAY COMPANY"_s, u"[PARTY A SHORT]=CPR"_s}
                         << QStringList{};
    QTest::newRow("Bristol") << u"2_waycda.pdf"_s << QStringList{u"[PARTY A]=University of Bristol"_s}
                             << QStringList{u"[ADDRESS 1]=Senate House, Tyndall Ave, Bristol, BS8 1TH"_s};
    QTest::newRow("VA") << u"36C25520Q0076-013.pdf"_s
                        << QStringList{u"[PARTY A]=United States Department of Veterans Affairs"_s, u"[PARTY A SHORT]=VA"_s}
                        << QStringList{};
    QTest::newRow("Champion") << u"Agreement_6_28_07.pdf"_s
                              << QStringList{u"[PARTY A]=Champion Aerospace LLC"_s, u"[PARTY A SHORT]=Champion"_s}
                              << QStringList{};
    QTest::newRow("FMO") << u"Annex 18 - Non-Disclosure Agreement.pdf"_s
                         << QStringList{u"[PARTY A]=NEDERLANDSE FINANCIERINGS-MAATSCHAPPIJ VOOR ONTWIKKELINGSLANDEN N.V."_s,
                                        u"[PARTY A SHORT]=FMO"_s}
                         << QStringList{u"[ADDRESS 1]=Anna van Saksenlaan 71, 2593 HW The Hague, The Netherlands"_s};
    QTest::newRow("Yahoo") << u"1013322_0000912057-00-023405_document_2.txt"_s
                           << QStringList{u"[PARTY A]=Yahoo! Inc."_s, u"[PARTY B]=Restrac, Inc."_s} << QStringList{};
    QTest::newRow("Kaplan") << u"1016503_0000929624-00-000894_0010.txt"_s
                            << QStringList{u"[PARTY A]=Kaplan, Inc."_s, u"[PARTY A SHORT]=Kaplan"_s,
                                           u"[PARTY B]=Quest Education Corporation"_s}
                            << QStringList{u"[ADDRESS 1]=888 Seventh Avenue, New York, New York 10106"_s,
                                           u"[ADDRESS 3]=1400 Hembree Road, Suite 100, Roswell, Georgia 30076"_s};
    QTest::newRow("High Speed Net") << u"1104332_0000950144-00-008876_ex10-26.txt"_s
                                    << QStringList{u"[PARTY A]=High Speed Net Solutions"_s, u"[PARTY B]=R. J. Seifert Enterprises"_s}
                                    << QStringList{};
    QTest::newRow("Big Sky") << u"313522_0000912057-02-040085_a2091647zex-99_d3.htm"_s
                             << QStringList{u"[PARTY A]=Big Sky Transportation Company"_s, u"[PARTY A SHORT]=Big Sky"_s,
                                            u"[PARTY B]=Mesaba Holdings, Inc."_s, u"[PARTY B SHORT]=Holdings"_s}
                             << QStringList{};
    QTest::newRow("Vapotherm") << u"1253176_0001193125-18-317778_d567323dex1024.htm"_s
                               << QStringList{u"[PARTY A]=Vapotherm, Inc."_s, u"[PARTY A SHORT]=Vapotherm"_s,
                                              u"[PARTY B]=John Coolidge"_s}
                               << QStringList{u"[ADDRESS 1]=22 Industrial Drive, Exeter, NH 03833"_s};
    QTest::newRow("EarthLink") << u"917639_0000912057-01-537118_a2062042zex-99_d7.htm"_s
                               << QStringList{u"[PARTY A]=EarthLink, Inc."_s, u"[PARTY A SHORT]=EarthLink"_s,
                                              u"[PARTY B]=CIDCO, Incorporated"_s, u"[PARTY B SHORT]=CIDCO"_s}
                               << QStringList{};
    QTest::newRow("3M") << u"1289434_0001047469-10-008010_a2200117zex-99_d3.htm"_s
                        << QStringList{u"[PARTY A]=3M Company"_s, u"[PARTY B]=Cogent, Inc."_s} << QStringList{};
    QTest::newRow("HPE") << u"1452751_0001193125-17-086167_d334994dex99e3.htm"_s
                         << QStringList{u"[PARTY A]=Nimble Storage, Inc."_s, u"[PARTY B]=Hewlett Packard Enterprise Company"_s,
                                        u"[PARTY B SHORT]=HPE"_s}
                         << QStringList{};
    QTest::newRow("Kenway") << u"Kenway-NDA-Form-Blank.pdf"_s
                            << QStringList{u"[PARTY A]=CPK Manufacturing LLC"_s, u"[PARTY A SHORT]=Kenway Composites"_s}
                            << QStringList{u"[ADDRESS 1]=681 Riverside Drive, Augusta, Maine 04330"_s};
    QTest::newRow("UNHCR") << u"Annex E_Non-Disclosure and Confidentiality Agreement.pdf"_s
                           << QStringList{u"[PARTY A]=Office of the United Nations High Commissioner for Refugees"_s,
                                          u"[PARTY A SHORT]=UNHCR"_s}
                           << QStringList{u"[ADDRESS 1]=94 rue de Montbrillant, 1202 Geneva, Switzerland"_s};
}

void TstLlmUnits::contractNliParties()
{
    QFETCH(QString, file);
    QFETCH(QStringList, parties);
    QFETCH(QStringList, addresses);
    static const QList<CorpusDocument> docs = contractNliDocuments();
    if (docs.isEmpty())
        QSKIP(qPrintable(u"ContractNLI not found under "_s + CorpusPaths::sharedDir() + u" (set REDLINER_SHARED_DIR)"_s));
    const QString text = contractNliText(docs, file);
    QVERIFY2(!text.isEmpty(), qPrintable(file));
    const PartyNames names = findPartyNames(text);
    const QStringList found = listed(names.parties);
    for (const QString &p : parties)
        QVERIFY2(found.contains(p), qPrintable(p % u" not in "_s % found.join(u"; "_s)));
    const QStringList foundAddresses = listed(names.addresses);
    for (const QString &a : addresses)
        QVERIFY2(foundAddresses.contains(a), qPrintable(a % u" not in "_s % foundAddresses.join(u"; "_s)));
    checkPseudonymisation(file, text, names);
}

void TstLlmUnits::corpusRoundTrip()
{
    if (!QFileInfo::exists(CorpusPaths::sharedDir() + u"/corpus/nda"_s))
        QSKIP(qPrintable(u"The shared corpus is not at "_s + CorpusPaths::sharedDir() + u" (set REDLINER_SHARED_DIR)"_s));
    // Every ContractNLI NDA: exact round trip, no name left, no role word taken for a name.
    const QList<CorpusDocument> docs = contractNliDocuments();
    QVERIFY(docs.size() >= 100);
    int withParties = 0;
    for (const CorpusDocument &d : docs) {
        const PartyNames names = findPartyNames(d.text);
        withParties += names.parties.isEmpty() ? 0 : 1;
        checkPseudonymisation(d.name, d.text, names);
    }
    // Most of them name at least one party (the rest are blank templates or letters).
    QVERIFY2(withParties >= 75, qPrintable(QString::number(withParties)));

    // The markdown templates name nobody (":company_name", "[Today's date]"): nothing to mask,
    // and the role words stay.
    const QString nda = CorpusPaths::sharedDir() + u"/corpus/nda/"_s;
    for (const QString &md : {u"simple-ndas/uk-en.md"_s, u"simple-ndas/fr.md"_s, u"common-paper-mutual-nda-v1/Mutual-NDA.md"_s,
                              u"common-paper-mutual-nda-v1/Mutual-NDA-coverpage.md"_s, u"bonterms-mutual-nda-v1/Mutual-NDA.md"_s}) {
        const QString text = readText(nda + md);
        QVERIFY2(!text.isEmpty(), qPrintable(md));
        const PartyNames names = findPartyNames(text);
        QVERIFY2(names.isEmpty(), qPrintable(md % u": "_s % listed(allNames(names)).join(u"; "_s)));
        QCOMPARE(Pseudonymiser(names).mask(text), text);
    }
    // The .docx templates and cover pages, as the app reads them.
    for (const QString &relative : CorpusPaths::docxFiles()) {
        if (!relative.startsWith(u"nda/"_s))
            continue;
        const auto doc = Redliner::Docx::DocumentReader::read(CorpusPaths::absolute(relative));
        QVERIFY2(bool(doc), qPrintable(relative));
        const QString text = Redliner::Review::TextDocument::fromStory(doc.value().body).text;
        checkPseudonymisation(relative, text, findPartyNames(text));
    }
}

void TstLlmUnits::generatedNdas()
{
    // The NDA generator's documents, read as the app reads a .docx: its parties stand in the
    // preamble ("made between X and Y"), in a parties table with their addresses, and in the
    // signature block.
    for (quint32 seed = 1; seed <= 8; ++seed) {
        QString error;
        const QByteArray bytes = Redliner::TestSupport::buildDocx(Redliner::TestSupport::generateNda(2, seed), &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        auto package = Redliner::Docx::Package::fromBytes(bytes, u"generated.docx"_s);
        QVERIFY(bool(package));
        const auto doc = Redliner::Docx::DocumentReader::read(std::move(package).value());
        QVERIFY(bool(doc));
        const QString text = Redliner::Review::TextDocument::fromStory(doc.value().body).text;
        const PartyNames names = findPartyNames(text);
        QStringList partyNames, addressNames;
        for (const PartyName &p : names.parties)
            partyNames.append(p.name);
        for (const PartyName &a : names.addresses)
            addressNames.append(a.name);
        int present = 0;
        for (const auto &party : Redliner::TestSupport::ndaParties()) {
            const QString name = party.name.toString();
            if (!text.contains(name))
                continue;
            ++present;
            QVERIFY2(partyNames.contains(name), qPrintable(u"seed %1: %2 not in %3"_s.arg(seed).arg(name, partyNames.join(u"; "_s))));
            QVERIFY2(addressNames.contains(party.address.toString()),
                     qPrintable(u"seed %1: %2 not in %3"_s.arg(seed).arg(party.address.toString(), addressNames.join(u"; "_s))));
        }
        QCOMPARE(present, 2);
        QCOMPARE(names.parties.first().placeholder, u"[PARTY A]"_s);
        checkPseudonymisation(u"seed "_s + QString::number(seed), text, names);
    }
}

// ---- Wire dialects ------------------------------------------------------------------------------

void TstLlmUnits::anthropicRequestFollowsItsVersion()
{
    ProviderConfig config = ProviderConfig::defaults(ProviderKind::Anthropic);
    config.apiKey = u"sk-ant-test"_s;
    QCOMPARE(config.anthropicVersion, u"2026-10-21"_s);
    const AnthropicDialect dialect;
    const QNetworkRequest current = dialect.request(config, {});
    QCOMPARE(current.rawHeader("anthropic-version"), "2026-10-21"_ba);
    QCOMPARE(current.rawHeader("Authorization"), "Bearer sk-ant-test"_ba);
    QVERIFY(!current.hasRawHeader("x-api-key"));
    const QJsonObject currentBody = QJsonDocument::fromJson(dialect.body(config, u"system"_s, "{}"_ba, {})).object();
    QVERIFY(!currentBody.contains(u"temperature"_s));
    QCOMPARE(currentBody.value(u"tool_choice"_s).toObject().value(u"type"_s).toString(), u"tool"_s);

    config.anthropicVersion = u"2023-06-01"_s;
    const QNetworkRequest legacy = dialect.request(config, {});
    QCOMPARE(legacy.rawHeader("anthropic-version"), "2023-06-01"_ba);
    QCOMPARE(legacy.rawHeader("x-api-key"), "sk-ant-test"_ba);
    QVERIFY(!legacy.hasRawHeader("Authorization"));
    const QJsonObject legacyBody = QJsonDocument::fromJson(dialect.body(config, u"system"_s, "{}"_ba, {})).object();
    QCOMPARE(legacyBody.value(u"temperature"_s).toDouble(-1), 0.0);
}

void TstLlmUnits::anthropicVersionSetting()
{
    QProcessEnvironment env;
    env.insert(u"ANTHROPIC_API_KEY"_s, u"k"_s);
    QCOMPARE(ProviderConfig::fromEnvironment(ProviderKind::Anthropic, env).anthropicVersion, u"2026-10-21"_s);
    env.insert(u"REDLINER_ANTHROPIC_VERSION"_s, u" 2023-06-01 "_s);
    const ProviderConfig legacy = ProviderConfig::fromEnvironment(ProviderKind::Anthropic, env);
    QCOMPARE(legacy.anthropicVersion, u"2023-06-01"_s);
    QVERIFY2(legacy.problem().isEmpty(), qPrintable(legacy.problem()));
    env.insert(u"REDLINER_ANTHROPIC_VERSION"_s, u"2024-02-30"_s);
    const QString problem = ProviderConfig::fromEnvironment(ProviderKind::Anthropic, env).problem();
    QVERIFY2(problem.contains(u"2024-02-30"_s) && problem.contains(u"2026-10-21 or 2023-06-01"_s), qPrintable(problem));
    QCOMPARE(otherAnthropicVersion(u"2026-10-21"), u"2023-06-01"_s);
    QCOMPARE(otherAnthropicVersion(u"2023-06-01"), u"2026-10-21"_s);

    // Only a 400 whose message names the header is a refused version.
    Failure refused = http(400, u"invalid_request_error"_s, {}, {}, {},
                           u"anthropic-version: \"2026-10-21\" is not a valid version"_s);
    QVERIFY(isVersionRejection(refused));
    QVERIFY(!isVersionRejection(http(400, u"invalid_request_error"_s, {}, {}, {}, u"max_tokens: Field required"_s)));
    refused.httpStatus = 401;
    QVERIFY(!isVersionRejection(refused));

    // Remembered per base URL, whatever the trailing slash, and only in place of the version that
    // was refused: a user who configures the accepted one (or another server) is left alone.
    const QUrl gateway(u"https://gateway.example/anthropic"_s);
    AnthropicVersionMemory::forgetAll();
    QVERIFY(!AnthropicVersionMemory::recall(gateway, u"2026-10-21"_s));
    AnthropicVersionMemory::remember(QUrl(u"https://gateway.example/anthropic/"_s), u"2026-10-21"_s, u"2023-06-01"_s);
    QCOMPARE(AnthropicVersionMemory::recall(gateway, u"2026-10-21"_s).value_or(QString()), u"2023-06-01"_s);
    QVERIFY(!AnthropicVersionMemory::recall(gateway, u"2023-06-01"_s));
    QVERIFY(!AnthropicVersionMemory::recall(QUrl(u"https://api.anthropic.com"_s), u"2026-10-21"_s));
    AnthropicVersionMemory::forgetAll();
}

void TstLlmUnits::openAiChunksWithoutAnErrorAreRead()
{
    const OpenAiDialect dialect(false);
    const auto read = [&dialect](const QList<QByteArray> &chunks) {
        auto stream = dialect.streamReader();
        for (const QByteArray &data : chunks)
            stream->onEvent(SseEvent{{}, data, {}});
        return stream->reply();
    };
    const QByteArray moderation =
        R"({"id":"c","object":"chat.completion.chunk","choices":[],"moderation":{"input":{"type":"moderation_results","model":"omni-moderation-latest","results":[]},"output":{"type":"error","code":"x","message":"y"}}})"_ba;
    const ModelReply ok = read(
        {R"({"choices":[{"index":0,"delta":{"content":"\n  "}}],"error":null})"_ba, moderation,
         R"({"choices":[{"index":0,"delta":{"content":"{\"clauses\":[]}"},"finish_reason":"stop"}]})"_ba, "[DONE]"_ba});
    QVERIFY2(!ok.failure, qPrintable(ok.failure ? ok.failure->message : QString()));
    QCOMPARE(ok.answer, "\n  {\"clauses\":[]}"_ba);

    const ModelReply failed =
        read({R"({"choices":[{"index":0,"delta":{"content":"{"}}]})"_ba,
              R"({"error":{"message":"The server had an error","type":"server_error","code":null}})"_ba});
    QVERIFY(failed.failure);
    QCOMPARE(failed.failure->kind, Failure::Kind::StreamError);
    QCOMPARE(failed.failure->errorType, u"server_error"_s);
}

QTEST_GUILESS_MAIN(TstLlmUnits)
#include "tst_llm_units.moc"
