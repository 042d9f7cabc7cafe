// SPDX-License-Identifier: GPL-3.0-or-later
//
// redliner-mockllm: the mock LLM server as a program, for demos without a key, for the benchmark
// and for CLI tests that need the server in another process.

#include "fault.h"
#include "mockllmserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace Redliner::MockLlm;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

const char *const description = R"(A faithful mock of the LLM APIs Redliner talks to, on 127.0.0.1 only.
One port serves every dialect (HTTP/1.1 keep-alive, and cleartext HTTP/2 with prior knowledge):

  OpenAI     base URL http://127.0.0.1:PORT/v1        POST /v1/chat/completions   key: Bearer test-key
  Anthropic  base URL http://127.0.0.1:PORT           POST /v1/messages           anthropic-version: 2023-06-01
                                                        with x-api-key: test-key, or anthropic-version: 2026-10-21
                                                        with Authorization: Bearer test-key (or x-api-key)
  Local      base URL http://127.0.0.1:PORT/local/v1  POST /local/v1/chat/completions   no key (see --require-key-local)
  Ollama     base URL http://127.0.0.1:PORT           POST /api/chat (NDJSON stream by default)
  also       GET /v1/models, GET /api/tags, GET /health

Try it (the environment variables Redliner reads, see src/llm/providerconfig.h):
  redliner-mockllm --port 8089 --latency-openai 800
  OPENAI_BASE_URL=http://127.0.0.1:8089/v1 OPENAI_API_KEY=test-key redliner
  ANTHROPIC_BASE_URL=http://127.0.0.1:8089 ANTHROPIC_API_KEY=test-key redliner
  REDLINER_LOCAL_BASE_URL=http://127.0.0.1:8089/local/v1 redliner

Answers follow Redliner's nda_clause_review schema (src/llm/PROTOCOL.md) and are derived from the
clauses sent: terms over two years, "highest degree of care", "any and all", "shall be entitled to
injunctive relief" and "exclusive jurisdiction" are revised; other clauses get no findings. Clause
text hooks: [[mock:omit]] leaves the clause out, [[mock:foreign]] adds clause "c999",
[[mock:relabel]] changes the revised text's label.

Anthropic API versions (--anthropic-versions narrows the list, as a gateway that knows one would):
  2023-06-01  the key in x-api-key only; temperature/top_k/top_p accepted; messages of role user and
              assistant only (role "system" -> 400 "messages.N.role: Input should be ...")
  2026-10-21  as the TypeScript SDK 1.15 sends it: Authorization: Bearer KEY or x-api-key;
              temperature, top_k, top_p -> 400 "temperature: Extra inputs are not permitted";
              messages may hold {"role":"system","content": text or text blocks}
  A missing or unaccepted anthropic-version is a 400 invalid_request_error naming the header, checked
  before the key. Every reply carries request-id (Anthropic) or x-request-id (the others).

Faults (--fault, the X-Mock-Scenario request header, or POST /mock/script) use
  KIND[:ARG][,KEY=VALUE|,FLAG]...
kinds:  status:CODE  hang  reset[:AFTER_BYTES]  delay:MS  headers-then-silence  broken-body
        broken-answer  wrong-schema  truncate  midstream-error  length  refusal  content-filter  framing
        endless (a 200 that never ends)
keys:   dialect=openai|anthropic|local   match=TEXT (in the request body or the user message: c7)
        count=N|forever   retry-after=SECONDS|FLOAT|date+N|none   retry-after-ms=MS
        should-retry=true|false   quota   html[=false]   message=TEXT   delay=MS   after=BYTES   legacy
        error-type=TYPE   error-code=CODE (Anthropic error.details.error_code, OpenAI error.code; on
        status faults and midstream-error; the spend-limit codes enforced_spend_limit_reached,
        contract_spend_limit_reached (429) and linked_organization_spend_limit_reached (402) also mean
        x-should-retry: false and no retry-after)
        moderation (OpenAI/local: a moderation object, or chunk)   leading-whitespace (text answers
        start with whitespace-only deltas)
        chunking=whole|coalesce|random|bytes   line-ending=lf|crlf|cr   seed=N   slice-delay=MS
        chunked   close   comments   bare-done   bom (a UTF-8 BOM before an SSE stream)
  429 and 529 carry retry-after: 1 unless the fault says otherwise (quota, spend limits: none).
examples:
  --fault status:429,retry-after=2,count=3       three rate-limited replies, then normal answers
  --fault status:529,dialect=anthropic           one "Overloaded" from Anthropic
  --fault midstream-error,match=c7               the request holding clause c7 fails mid-stream
  --fault framing,chunking=bytes,line-ending=crlf,count=forever
  --fault status:429,error-code=enforced_spend_limit_reached,dialect=anthropic
  --fault midstream-error,error-type=api_error,message=Internal,error-code=cmek_key_unreachable
  --fault framing,bom,line-ending=cr,moderation,leading-whitespace,count=forever

Control endpoints (JSON): POST /mock/script, POST /mock/reset, GET /mock/requests[?since=N],
GET /mock/faults, GET|POST /mock/config.)";

bool readLatency(const QCommandLineParser &parser, const QString &option, Dialect dialect, MockLlmServer &server)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int ms = parser.value(option).toInt(&ok);
    if (!ok || ms < 0)
        return false;
    server.setLatency(dialect, ms);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"redliner-mockllm"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(REDLINER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(description));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"Port to listen on (0: any free port, printed on stdout)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption latencyOpenAi(u"latency-openai"_s, u"Delay before every OpenAI reply."_s, u"MS"_s);
    const QCommandLineOption latencyAnthropic(u"latency-anthropic"_s, u"Delay before every Anthropic reply."_s, u"MS"_s);
    const QCommandLineOption latencyLocal(u"latency-local"_s, u"Delay before every local (and Ollama) reply."_s, u"MS"_s);
    const QCommandLineOption jitter(u"jitter"_s, u"Extra delay in [0, MS] per request, fixed by seed and body."_s, u"MS"_s);
    const QCommandLineOption noHttp2(u"no-http2"_s, u"Refuse HTTP/2 prior knowledge (HTTP/1.1 only)."_s);
    const QCommandLineOption requireKeyLocal(u"require-key-local"_s, u"The local flavour needs the key too."_s);
    const QCommandLineOption local(u"local"_s, u"Plain /v1/chat/completions is the local flavour (no key)."_s);
    const QCommandLineOption apiKey(u"api-key"_s, u"The key clients must send (default test-key)."_s, u"KEY"_s);
    const QCommandLineOption models(u"models"_s, u"Known model names, comma-separated; others get 404."_s, u"LIST"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of every random choice (default 1)."_s, u"N"_s);
    const QCommandLineOption reasoning(u"reasoning-checks"_s, u"OpenAI: reject max_tokens and temperature != 1."_s);
    const QCommandLineOption fault(u"fault"_s, u"Queue a fault (repeatable; syntax above)."_s, u"SPEC"_s);
    const QCommandLineOption chunking(u"chunking"_s, u"Default chunking: whole, coalesce, random, bytes."_s, u"POLICY"_s);
    const QCommandLineOption lineEnding(u"line-ending"_s, u"Default SSE line ending: lf, crlf, cr."_s, u"EOL"_s);
    const QCommandLineOption anthropicVersions(
        u"anthropic-versions"_s,
        u"The anthropic-version values accepted, comma-separated (default 2023-06-01,2026-10-21)."_s, u"LIST"_s);
    const QCommandLineOption verbose(u"verbose"_s, u"Log each request on stderr."_s);
    parser.addOptions({port, latencyOpenAi, latencyAnthropic, latencyLocal, jitter, noHttp2, requireKeyLocal, local,
                       apiKey, models, seed, reasoning, anthropicVersions, fault, chunking, lineEnding, verbose});
    parser.process(app);

    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "redliner-mockllm: %s\n", qPrintable(message));
        return 2;
    };

    MockLlmServer server;
    if (!readLatency(parser, latencyOpenAi.names().first(), Dialect::OpenAI, server)
        || !readLatency(parser, latencyAnthropic.names().first(), Dialect::Anthropic, server)
        || !readLatency(parser, latencyLocal.names().first(), Dialect::Local, server))
        return fail(u"a latency must be milliseconds >= 0"_s);
    if (parser.isSet(jitter))
        server.setLatencyJitter(parser.value(jitter).toInt());
    server.setHttp2Enabled(!parser.isSet(noHttp2));
    server.setRequireKeyForLocal(parser.isSet(requireKeyLocal));
    server.setLocalChatCompletions(parser.isSet(local));
    server.setReasoningModelChecks(parser.isSet(reasoning));
    if (parser.isSet(apiKey))
        server.setApiKey(parser.value(apiKey).toUtf8());
    if (parser.isSet(models))
        server.setKnownModels(parser.value(models).split(u',', Qt::SkipEmptyParts));
    if (parser.isSet(seed))
        server.setSeed(parser.value(seed).toUInt());
    if (parser.isSet(anthropicVersions)) {
        QStringList versions;
        for (const QString &version : parser.value(anthropicVersions).split(u',', Qt::SkipEmptyParts)) {
            if (!version.trimmed().isEmpty())
                versions.append(version.trimmed());
        }
        if (versions.isEmpty())
            return fail(u"--anthropic-versions needs at least one version"_s);
        server.setAnthropicVersions(versions);
    }
    Framing framing;
    if (parser.isSet(chunking)) {
        const auto policy = parseChunking(parser.value(chunking));
        if (!policy)
            return fail(u"--chunking must be whole, coalesce, random or bytes"_s);
        framing.chunking = *policy;
    }
    if (parser.isSet(lineEnding)) {
        const auto ending = parseLineEnding(parser.value(lineEnding));
        if (!ending)
            return fail(u"--line-ending must be lf, crlf or cr"_s);
        framing.lineEnding = *ending;
    }
    server.setFraming(framing);
    for (const QString &spec : parser.values(fault)) {
        QString error;
        const auto parsed = parseFaultSpec(spec, &error);
        if (!parsed)
            return fail(u"--fault %1: %2"_s.arg(spec, error));
        server.script(*parsed);
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535)
        return fail(u"--port must be 0..65535"_s);

    if (parser.isSet(verbose)) {
        QObject::connect(&server, &MockLlmServer::requestRecorded, &server, [&server](int sequence) {
            const QList<RecordedRequest> all = server.requests();
            for (auto it = all.crbegin(); it != all.crend(); ++it) {
                if (it->sequence != sequence)
                    continue;
                std::fprintf(stderr, "#%d %s %s HTTP/%s %s%s\n", sequence, it->method.constData(),
                             it->target.constData(), it->httpVersion.constData(),
                             it->dialect ? qPrintable(dialectName(*it->dialect)) : "-",
                             it->fault.isEmpty() ? "" : qPrintable(u" fault "_s + it->fault));
                break;
            }
        });
    }

    if (!server.listen(quint16(portNumber)))
        return fail(u"cannot listen on 127.0.0.1:%1: %2"_s.arg(portNumber).arg(server.errorString()));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }

    std::printf("redliner-mockllm listening on http://127.0.0.1:%u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
