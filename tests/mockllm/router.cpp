// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include "answerwriter.h"
#include "exchange.h"
#include "replyplayer.h"
#include "serverstate.h"
#include "sseframer.h"
#include "wireformat.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

namespace {

bool changesContent(Fault::Kind kind)
{
    switch (kind) {
    case Fault::Kind::BrokenBody:
    case Fault::Kind::BrokenAnswer:
    case Fault::Kind::WrongSchema:
    case Fault::Kind::MidStreamError:
    case Fault::Kind::Length:
    case Fault::Kind::Refusal:
    case Fault::Kind::ContentFilter:
        return true;
    default:
        return false;
    }
}

} // namespace

Router::Router(ServerState &state, std::function<void(int)> recorded)
    : m_state(state), m_recorded(std::move(recorded)), m_control(state)
{
}

Router::Route Router::resolve(const HttpRequest &request, const ServerConfig &config) const
{
    QByteArray path = request.path();
    bool local = config.localChatCompletions;
    bool localPrefix = false;
    if (path.startsWith("/local/")) {
        local = localPrefix = true;
        path = path.sliced(6);
    }
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    const Dialect openAiFlavour = local ? Dialect::Local : Dialect::OpenAI;
    const bool anthropicHeaders = request.hasHeader("anthropic-version") || request.hasHeader("x-api-key");
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";

    Route route;
    if (path == "/v1/chat/completions" || path == "/chat/completions")
        route = {post ? Endpoint::Generation : Endpoint::NotFound, openAiFlavour, &m_openAi};
    else if (path == "/v1/messages")
        route = {post ? Endpoint::Generation : Endpoint::NotFound, Dialect::Anthropic, &m_anthropic};
    else if (path == "/api/chat")
        route = {post ? Endpoint::Generation : Endpoint::NotFound, Dialect::Local, &m_ollama};
    else if (path == "/v1/models" || path == "/models") {
        if (anthropicHeaders && !local)
            route = {get ? Endpoint::Models : Endpoint::NotFound, Dialect::Anthropic, &m_anthropic};
        else
            route = {get ? Endpoint::Models : Endpoint::NotFound, openAiFlavour, &m_openAi};
    } else if (path == "/api/tags")
        route = {get ? Endpoint::Models : Endpoint::NotFound, Dialect::Local, &m_ollama};
    else if (path == "/health")
        route = {get ? Endpoint::Health : Endpoint::NotFound, std::nullopt, &m_openAi};
    else if (path.startsWith("/api/"))
        route = {Endpoint::NotFound, Dialect::Local, &m_ollama};
    else if (anthropicHeaders && !local)
        route = {Endpoint::NotFound, Dialect::Anthropic, &m_anthropic};
    else if (path.startsWith("/v1/") || localPrefix)
        route = {Endpoint::NotFound, openAiFlavour, &m_openAi};
    else
        route = {Endpoint::NotFound, std::nullopt, &m_openAi};
    return route;
}

RequestContext Router::contextOf(const HttpRequest &request, const Decision &decision)
{
    return RequestContext{request,
                          decision.config,
                          decision.route.dialect.value_or(Dialect::OpenAI),
                          decision.json,
                          decision.bodyIsObject,
                          decision.seed,
                          decision.serial,
                          decision.requestId,
                          decision.now};
}

void Router::dispatch(Exchange *exchange)
{
    const HttpRequest &request = exchange->request();
    if (request.path().startsWith("/mock/")) {
        ReplyPlayer::play(exchange, 0, [plan = m_control.handle(request)]() { return plan; }, {});
        return;
    }

    Decision decision;
    decision.config = m_state.config();
    const ServerConfig &config = decision.config;
    decision.route = resolve(request, config);
    const Route &route = decision.route;
    if (!request.body.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        decision.bodyIsObject = error.error == QJsonParseError::NoError && document.isObject();
        if (decision.bodyIsObject)
            decision.json = document.object();
    }
    decision.seed = mixSeed(config.seed, stableHash(request.body));
    decision.serial = ++m_serial;
    SeededRandom ids(mixSeed(config.seed, decision.serial));
    decision.requestId = route.dialect == Dialect::Anthropic
                           ? "req_011C"_ba + ids.token(20, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789")
                           : "req_"_ba + ids.token(32, "0123456789abcdef");
    decision.now = QDateTime::currentDateTimeUtc();

    QString scenarioError;
    if (request.hasHeader("x-mock-scenario")) {
        decision.fault = parseFaultSpec(QString::fromUtf8(request.header("x-mock-scenario")), &scenarioError);
        if (decision.fault)
            decision.fault->count = 1;
    }

    // Rejections are cheap to build and decide whether a queued fault is used, so they come now.
    const RequestContext context = contextOf(request, decision);
    if (!scenarioError.isEmpty())
        decision.early = route.wire->badRequest(context, u"X-Mock-Scenario: "_s + scenarioError);
    else if (route.endpoint == Endpoint::NotFound)
        decision.early = route.wire->notFound(context);
    else if (route.endpoint != Endpoint::Health)
        decision.early = route.wire->reject(context);
    if (decision.early) {
        decision.fault.reset();
    } else if (!decision.fault && route.endpoint == Endpoint::Generation) {
        // Rejected requests do not use up queued faults.
        decision.fault = m_state.takeFault(context.dialect, request.body,
                                           AnswerWriter::lastUserText(decision.json.value(u"messages").toArray()));
    }
    decision.framing = decision.fault && decision.fault->framing ? *decision.fault->framing : config.framing;

    int delay = route.dialect ? config.latency(*route.dialect) : 0;
    if (config.jitterMs > 0 && route.endpoint == Endpoint::Generation)
        delay += int(mixSeed(config.seed ^ 0x6a09e667U, stableHash(request.body)) % quint64(config.jitterMs + 1));
    if (decision.fault)
        delay += decision.fault->delayMs;

    RecordedRequest record;
    record.method = request.method;
    record.target = request.target;
    record.headers = request.headers;
    record.body = request.body;
    record.dialect = route.dialect;
    record.httpVersion = request.httpVersion;
    record.arrivedAt = decision.now;
    record.arrivedMs = m_state.elapsedMs();
    bool retryCountOk = false;
    const int retryCount = request.header("x-stainless-retry-count").toInt(&retryCountOk);
    record.retryCount = retryCountOk ? retryCount : -1;
    record.connectionId = request.connectionId;
    record.streamId = request.streamId;
    record.fault = decision.fault ? faultToSpec(*decision.fault) : QString();
    record.plannedDelayMs = delay;
    const int sequence = m_state.record(std::move(record));
    if (m_recorded)
        m_recorded(sequence);

    ServerState *state = &m_state;
    ReplyPlayer::play(
        exchange, delay,
        [this, exchange, decision = std::move(decision)]() { return build(exchange->request(), decision); },
        [state, sequence](int status) { state->setResponseStatus(sequence, status); });
}

ReplyPlan Router::build(const HttpRequest &request, const Decision &decision) const
{
    const RequestContext context = contextOf(request, decision);
    const Route &route = decision.route;
    const std::optional<Fault> &fault = decision.fault;
    const Framing &framing = decision.framing;

    ReplyPlan plan;
    if (decision.early) {
        plan = *decision.early;
    } else if (route.endpoint == Endpoint::Health && !(fault && fault->kind == Fault::Kind::Status)) {
        plan = jsonReply(200, {{"x-request-id"_ba, context.requestId}}, QJsonObject{{u"status"_s, u"ok"_s}});
        if (fault && fault->kind == Fault::Kind::Hang)
            plan.start = ReplyPlan::Start::Hang;
    } else {
        plan = answerWithFault(context, route, fault, framing);
    }

    // A spend limit tells the SDKs not to retry (their 429 rule would); an explicit should-retry wins.
    std::optional<bool> shouldRetry = fault ? fault->shouldRetry : std::nullopt;
    if (!shouldRetry && fault && fault->isSpendLimit() && plan.status >= 400 && !decision.early)
        shouldRetry = false;
    if (shouldRetry)
        plan.headers.append({"x-should-retry"_ba, *shouldRetry ? "true"_ba : "false"_ba});
    if (framing.closeConnection)
        plan.headers.append({"connection"_ba, "close"_ba});
    if (!plan.streamed) {
        if (plan.declaredLength < 0)
            plan.declaredLength = plan.bodySize();
        if (framing.chunkedBody)
            plan.streamed = true;
    }
    const quint64 sliceSeed = framing.seed != 0 ? framing.seed : context.seed;
    plan.body = sliceUnits(plan.body, framing.chunking, sliceSeed);
    plan.sliceDelayMs = framing.sliceDelayMs;
    if (fault && fault->kind == Fault::Kind::Reset && fault->afterBytes >= 0) {
        plan.cutBodyAt(fault->afterBytes);
        plan.ending = ReplyPlan::Ending::Abort;
    }
    return plan;
}

ReplyPlan Router::answerWithFault(const RequestContext &context, const Route &route, const std::optional<Fault> &fault,
                                  const Framing &framing) const
{
    const Fault::Kind kind = fault ? fault->kind : Fault::Kind::Framing;
    if (kind == Fault::Kind::Status)
        return route.wire->statusFault(context, *fault);

    ReplyPlan plan;
    if (route.endpoint == Endpoint::Models) {
        plan = route.wire->models(context);
    } else {
        Generation generation =
            Generation::make(context.json.value(u"messages").toArray(),
                             changesContent(kind) ? std::optional(kind) : std::nullopt, context.request.body.size());
        if (fault)
            generation.takeFlags(*fault);
        plan = route.wire->answer(context, generation, framing);
    }

    switch (kind) {
    case Fault::Kind::Hang:
        plan.start = ReplyPlan::Start::Hang;
        break;
    case Fault::Kind::Reset:
        if (fault->afterBytes < 0)
            plan.start = ReplyPlan::Start::Reset;
        break;
    case Fault::Kind::HeadersThenSilence:
        // The promised length stays, so a client waits for bytes that never come.
        plan.declaredLength = plan.bodySize();
        plan.body.clear();
        plan.ending = ReplyPlan::Ending::Silence;
        break;
    case Fault::Kind::Endless:
        // No length to promise: chunked on HTTP/1.1, an open stream on HTTP/2.
        plan.streamed = true;
        if (plan.body.size() > 1) {
            plan.repeat = plan.body.at(plan.body.size() / 2);
            plan.body.resize(plan.body.size() / 2);
        } else {
            plan.cutBodyAt(plan.bodySize() / 2);
            plan.repeat = QByteArray(1024, ' ');
        }
        break;
    case Fault::Kind::Truncate:
        if (plan.streamed) {
            // Whole events only, the terminator among those dropped; the HTTP message ends cleanly.
            plan.body.resize(plan.body.size() / 2);
        } else {
            plan.declaredLength = plan.bodySize();
            plan.cutBodyAt(plan.declaredLength / 2);
            plan.ending = ReplyPlan::Ending::Abort;
        }
        break;
    default:
        break;
    }
    return plan;
}

} // namespace Redliner::MockLlm
