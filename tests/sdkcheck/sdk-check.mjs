// SPDX-License-Identifier: GPL-3.0-or-later
// The official Anthropic TypeScript SDK and OpenAI Node SDK, with their default settings, against
// redliner-mockllm: a chat, a stream, a forced tool call, a JSON-schema answer and a wrong key
// each, then the mock's faults (X-Mock-Scenario) as the SDKs see them. One line per check; the exit
// status is the number of failed checks (capped at 100), 0 when all pass.
//
//   MOCK_BASE=http://127.0.0.1:PORT REDLINER_SDK_DIR=DIR node sdk-check.mjs [FILTER]
//
// REDLINER_SDK_DIR holds node_modules/@anthropic-ai/sdk and node_modules/openai (bash .ci/deps
// sdks installs them there). FILTER, if given, runs only the checks whose name contains it.
// run-sdk-check.sh starts the mock and sets both variables.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const base = (process.env.MOCK_BASE ?? '').replace(/\/+$/, '');
const sdkDir = process.env.REDLINER_SDK_DIR ?? '';
const filter = process.argv[2] ?? '';
if (!base || !sdkDir) {
    console.error('sdk-check.mjs: set MOCK_BASE (http://127.0.0.1:PORT) and REDLINER_SDK_DIR');
    process.exit(2);
}

// ES modules ignore NODE_PATH, and the SDKs live outside this tree: resolve each package's ES
// module entry from its package.json "exports" (the "import" condition) and import it by path.
function packageDir(name) {
    return path.join(sdkDir, 'node_modules', ...name.split('/'));
}
function packageJson(name) {
    return JSON.parse(fs.readFileSync(path.join(packageDir(name), 'package.json'), 'utf8'));
}
function esmEntry(name) {
    const pkg = packageJson(name);
    const pick = (target) => {
        if (typeof target === 'string') return target;
        if (Array.isArray(target)) return target.map(pick).find(Boolean) ?? null;
        if (target && typeof target === 'object') {
            for (const condition of ['node', 'import', 'default']) {
                const found = condition in target ? pick(target[condition]) : null;
                if (found) return found;
            }
        }
        return null;
    };
    let relative = null;
    if (pkg.exports) {
        const root = typeof pkg.exports === 'object' && !Array.isArray(pkg.exports) && '.' in pkg.exports
            ? pkg.exports['.'] : pkg.exports;
        relative = pick(root);
    }
    relative ??= pkg.module ?? pkg.main ?? 'index.js';
    return pathToFileURL(path.join(packageDir(name), relative)).href;
}

const Anthropic = (await import(esmEntry('@anthropic-ai/sdk'))).default;
const OpenAI = (await import(esmEntry('openai'))).default;
console.log(`# @anthropic-ai/sdk ${packageJson('@anthropic-ai/sdk').version}, openai ${packageJson('openai').version}, `
            + `node ${process.version}, mock ${base}`);

// ---------------------------------------------------------------------------------------------
// The check runner

let passed = 0;
let failed = 0;
let skipped = 0;
const checkTimeoutMs = 60000;

async function check(name, body) {
    if (filter && !name.includes(filter)) {
        skipped++;
        return;
    }
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no result after ${checkTimeoutMs / 1000} s`)), checkTimeoutMs);
    });
    try {
        const note = await Promise.race([body(), timeout]);
        passed++;
        console.log(`PASS ${name}${note ? ` (${note})` : ''}`);
    } catch (error) {
        failed++;
        console.log(`FAIL ${name}: ${describe(error)}`);
    } finally {
        clearTimeout(timer);
    }
}

function describe(error) {
    if (!(error instanceof Error)) return String(error);
    const parts = [`${error.name}: ${error.message}`];
    if (error.status !== undefined) parts.push(`status=${error.status}`);
    if (error.error !== undefined) parts.push(`body=${brief(error.error)}`);
    if (error.cause) parts.push(`cause=${describe(error.cause)}`);
    return parts.join(' ');
}

function expect(condition, message) {
    if (!condition) throw new Error(message);
}

// A value for a failure message, cut to a readable length.
function brief(value, limit = 240) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text !== undefined && text.length > limit ? `${text.slice(0, limit)}…` : text;
}

function expectEqual(actual, wanted, what) {
    if (actual !== wanted) throw new Error(`${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
}

function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// The error `run` throws, or a failure if it completes.
async function rejection(run, what) {
    try {
        await run();
    } catch (error) {
        return error;
    }
    throw new Error(`${what}: completed, expected an error`);
}

// Reads a stream to its end, or to the error it throws; returns what came before and that error.
async function drain(stream, onItem) {
    let items = 0;
    try {
        for await (const item of stream) {
            items++;
            onItem?.(item);
        }
    } catch (error) {
        return { items, error };
    }
    return { items, error: null };
}

let markerSerial = 0;
function marker(tag) {
    return `sdkcheck-${tag}-${process.pid}-${++markerSerial}`;
}

// The requests the mock recorded whose body contains `text` (GET /mock/requests).
async function recorded(text) {
    const response = await fetch(`${base}/mock/requests`);
    expect(response.ok, `GET /mock/requests: HTTP ${response.status}`);
    const all = (await response.json()).requests ?? [];
    return all.filter((request) => typeof request.body === 'string' && request.body.includes(text));
}

// A recorded request's header, by lower-case name; undefined when absent.
function header(request, name) {
    for (const [key, value] of request.raw_headers ?? []) {
        if (key.toLowerCase() === name) return value;
    }
    const headers = request.headers ?? {};
    for (const key of Object.keys(headers)) {
        if (key.toLowerCase() === name) return headers[key];
    }
    return undefined;
}

async function onlyRequest(text) {
    const requests = await recorded(text);
    expectEqual(requests.length, 1, `requests the mock received with ${text}`);
    return requests[0];
}

async function script(faults) {
    const response = await fetch(`${base}/mock/script`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(faults),
    });
    expect(response.ok, `POST /mock/script: HTTP ${response.status} ${await response.text()}`);
}

const scenario = (spec) => ({ headers: { 'X-Mock-Scenario': spec } });

// The raw bytes of a streamed reply to `body` at `url` under scenario `spec`, fetched without an
// SDK, to show that the framing a check names is really on the wire.
async function rawStream(url, headers, body, spec) {
    const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Mock-Scenario': spec, ...headers },
        body: JSON.stringify({ ...body, stream: true }),
    });
    expect(response.ok, `raw ${spec}: HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
}

// Fails unless `bytes` are framed as `spec` says (bom, line-ending=crlf|cr).
function expectFraming(bytes, spec) {
    const text = bytes.toString('latin1');
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    expectEqual(bom, spec.includes('bom'), 'a BOM on the wire');
    if (spec.includes('line-ending=crlf')) {
        expect(text.includes('\r\n') && !/[^\r]\n/.test(text), 'not CRLF line endings on the wire');
    } else if (spec.includes('line-ending=cr')) {
        expect(text.includes('\r') && !text.includes('\n'), 'not CR line endings on the wire');
    } else {
        expect(!text.includes('\r'), 'CR on the wire');
    }
}

// ---------------------------------------------------------------------------------------------
// Anthropic

const claude = 'claude-sonnet-5-5';
const anthropic = new Anthropic({ apiKey: 'test-key', baseURL: base });
// A review request as Redliner sends it (src/llm/PROTOCOL.md), so the mock answers with findings
// and revisions, not an empty list; non-ASCII text tests UTF-8 split across chunks. `tag` marks one
// request so that GET /mock/requests finds it.
function reviewPrompt(tag = '') {
    return JSON.stringify({
        side: 'recipient',
        clauses: [
            { id: 'c1', label: '1', heading: `Term ${tag}`.trim(),
              text: 'The Recipient shall keep the Confidential Information secret for five years after disclosure.' },
            { id: 'c2', label: '2', heading: 'Care',
              text: 'The Recipient shall protect any and all Confidential Information with the highest degree of care.' },
            { id: 'c3', label: '3', heading: 'Remedies — Zürich',
              text: 'The Discloser shall be entitled to injunctive relief; the courts of Zürich have exclusive jurisdiction.' },
        ],
    });
}
const prompt = reviewPrompt();
const chatParams = { model: claude, max_tokens: 4096, messages: [{ role: 'user', content: prompt }] };
// An outline of nda_clause_review (src/llm/PROTOCOL.md), the schema the mock answers in.
const reviewSchema = {
    type: 'object',
    properties: {
        clauses: {
            type: 'array',
            items: {
                type: 'object',
                properties: { id: { type: 'string' }, findings: { type: 'array', items: { type: 'object' } } },
                required: ['id', 'findings'],
            },
        },
    },
    required: ['clauses'],
};
// The answer a check got has the schema's shape and reviews the three clauses sent.
function expectReview(answer) {
    expect(isObject(answer) && Array.isArray(answer.clauses), `not a review: ${brief(answer)}`);
    expectEqual(answer.clauses.map((entry) => entry.id).join(','), 'c1,c2,c3', 'clause ids');
}
const anthropicTool = { name: 'record_review', description: 'Record the review of the clause.', input_schema: reviewSchema };

function textOf(message) {
    return message.content.filter((block) => block.type === 'text').map((block) => block.text).join('');
}

// The text of a raw `stream: true` event stream, checked for the event order on the way.
async function anthropicStreamText(stream) {
    const types = [];
    let text = '';
    const { error } = await drain(stream, (event) => {
        types.push(event.type);
        if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') text += event.delta.text;
    });
    if (error) throw error;
    expectEqual(types[0], 'message_start', 'first event');
    expectEqual(types.at(-1), 'message_stop', 'last event');
    expect(types.includes('message_delta'), `no message_delta in ${types.join(' ')}`);
    return text;
}

let anthropicText = null;   // the chat's answer: the streams of the same prompt must say the same

await check('anthropic: messages.create chat', async () => {
    const { data: message, request_id } = await anthropic.messages.create(chatParams).withResponse();
    expectEqual(message.type, 'message', 'type');
    expectEqual(message.role, 'assistant', 'role');
    expectEqual(message.stop_reason, 'end_turn', 'stop_reason');
    expect(message.usage && typeof message.usage.output_tokens === 'number', 'no usage.output_tokens');
    anthropicText = textOf(message);
    expect(anthropicText.length > 0, 'empty text');
    expect(request_id, 'no request-id header');
    expectEqual(message._request_id, request_id, '_request_id');
    return `${anthropicText.length} chars, request-id ${request_id}`;
});

await check('anthropic: the SDK sends Bearer auth and version 2026-10-21', async () => {
    const tag = marker('wire');
    await anthropic.messages.create({ ...chatParams, messages: [{ role: 'user', content: reviewPrompt(tag) }] });
    const request = await onlyRequest(tag);
    expectEqual(header(request, 'authorization'), 'Bearer test-key', 'authorization');
    expectEqual(header(request, 'x-api-key'), undefined, 'x-api-key');
    expectEqual(header(request, 'anthropic-version'), '2026-10-21', 'anthropic-version');
});

await check('anthropic: stream:true iteration', async () => {
    const { data: stream, response, request_id } = await anthropic.messages.create({ ...chatParams, stream: true }).withResponse();
    expect(request_id, 'no request-id header');
    expect((response.headers.get('content-type') ?? '').startsWith('text/event-stream'), `content-type ${response.headers.get('content-type')}`);
    const text = await anthropicStreamText(stream);
    expect(text.length > 0, 'empty text');
    if (anthropicText !== null) expectEqual(text, anthropicText, 'streamed text vs the chat\'s');
    return `${text.length} chars`;
});

await check('anthropic: messages.stream().finalMessage()', async () => {
    const stream = anthropic.messages.stream(chatParams);
    let typed = '';
    stream.on('text', (delta) => { typed += delta; });
    const message = await stream.finalMessage();
    expectEqual(message.stop_reason, 'end_turn', 'stop_reason');
    expectEqual(textOf(message), typed, 'final text vs the text events');
    if (anthropicText !== null) expectEqual(typed, anthropicText, 'streamed text vs the chat\'s');
    expect(stream.request_id, 'no request-id header on the stream');
});

let toolInput = null;
await check('anthropic: forced tool call (tool_choice tool)', async () => {
    const message = await anthropic.messages.create({
        ...chatParams, tools: [anthropicTool], tool_choice: { type: 'tool', name: 'record_review' },
    });
    expectEqual(message.stop_reason, 'tool_use', 'stop_reason');
    const use = message.content.find((block) => block.type === 'tool_use');
    expect(use, `no tool_use block in ${brief(message.content)}`);
    expectEqual(use.name, 'record_review', 'tool name');
    expect(typeof use.id === 'string' && use.id.startsWith('toolu_'), `tool_use id ${use.id}`);
    expectReview(use.input);
    toolInput = use.input;
    return `input keys ${Object.keys(use.input).join(',')}`;
});

await check('anthropic: forced tool call streamed (input_json_delta parsed by MessageStream)', async () => {
    const message = await anthropic.messages.stream({
        ...chatParams, tools: [anthropicTool], tool_choice: { type: 'tool', name: 'record_review' },
    }).finalMessage();
    expectEqual(message.stop_reason, 'tool_use', 'stop_reason');
    const use = message.content.find((block) => block.type === 'tool_use');
    expect(use, `no tool_use block in ${brief(message.content)}`);
    expectReview(use.input);
    if (toolInput !== null) expectEqual(JSON.stringify(use.input), JSON.stringify(toolInput), 'streamed input vs non-streamed');
});

await check('anthropic: JSON schema via output_config.format (messages.parse)', async () => {
    const message = await anthropic.messages.parse({
        ...chatParams, output_config: { format: { type: 'json_schema', schema: reviewSchema } },
    });
    expect(message.content.every((block) => block.type === 'text'), `non-text blocks: ${brief(message.content)}`);
    expectReview(message.parsed_output);
    expectEqual(JSON.stringify(JSON.parse(textOf(message))), JSON.stringify(message.parsed_output), 'text vs parsed_output');
});

await check('anthropic: system message inside messages', async () => {
    const tag = marker('system');
    const message = await anthropic.messages.create({
        ...chatParams,
        messages: [{ role: 'system', content: `You review contracts carefully. ${tag}` }, { role: 'user', content: prompt }],
    });
    expect(textOf(message).length > 0, 'empty text');
    const request = await onlyRequest(tag);
    expectEqual(JSON.parse(request.body).messages[0].role, 'system', 'first message role sent');
});

await check('anthropic: temperature (not in 2026-10-21) -> BadRequestError 400', async () => {
    // The 1.15 SDK has no temperature parameter; a JavaScript caller can still pass one through.
    const error = await rejection(() => anthropic.messages.create({ ...chatParams, temperature: 0.2 }), 'temperature');
    expect(error instanceof Anthropic.BadRequestError, `not a BadRequestError: ${describe(error)}`);
    expectEqual(error.type, 'invalid_request_error', 'type');
    expect(error.requestID, 'no request-id header');
    return error.apiMessage;
});

await check('anthropic: wrong key -> AuthenticationError 401', async () => {
    const client = new Anthropic({ apiKey: 'wrong-key', baseURL: base });
    const error = await rejection(() => client.messages.create(chatParams), 'wrong key');
    expect(error instanceof Anthropic.AuthenticationError, `not an AuthenticationError: ${describe(error)}`);
    expectEqual(error.status, 401, 'status');
    expectEqual(error.type, 'authentication_error', 'type');
    expectEqual(error.error?.type, 'error', 'body type');
    expect(error.requestID, 'no request-id header');
    expectEqual(error.error?.request_id, error.requestID, 'body request_id vs request-id header');
    return error.message;
});

await check('anthropic: 429 enforced_spend_limit_reached -> EnforcedSpendLimitReachedError, not retried', async () => {
    const tag = marker('spend');
    const error = await rejection(() => anthropic.messages.create(
        { ...chatParams, messages: [{ role: 'user', content: reviewPrompt(tag) }] },
        scenario('status:429,error-code=enforced_spend_limit_reached')), '429');
    expect(error instanceof Anthropic.EnforcedSpendLimitReachedError, `not an EnforcedSpendLimitReachedError: ${describe(error)}`);
    expect(error instanceof Anthropic.RateLimitError, 'not a RateLimitError');
    expectEqual(error.status, 429, 'status');
    expectEqual(error.errorCode, 'enforced_spend_limit_reached', 'errorCode');
    expectEqual(error.type, 'rate_limit_error', 'type');
    expect(error.requestID, 'no request-id header');
    expectEqual(error.headers.get('x-should-retry'), 'false', 'x-should-retry');
    expectEqual((await recorded(tag)).length, 1, 'attempts (default maxRetries 2)');
});

await check('anthropic: 429 -> RateLimitError with retry-after (maxRetries 0)', async () => {
    const error = await rejection(() => anthropic.messages.create(chatParams, { ...scenario('status:429'), maxRetries: 0 }), '429');
    expect(error instanceof Anthropic.RateLimitError, `not a RateLimitError: ${describe(error)}`);
    expectEqual(error.errorCode, null, 'errorCode');
    expect(error.headers.get('retry-after'), 'no retry-after header');
    expect(error.requestID, 'no request-id header');
    return `retry-after ${error.headers.get('retry-after')}`;
});

await check('anthropic: 529 -> OverloadedError (maxRetries 0)', async () => {
    const error = await rejection(() => anthropic.messages.create(chatParams, { ...scenario('status:529'), maxRetries: 0 }), '529');
    expect(error instanceof Anthropic.OverloadedError, `not an OverloadedError: ${describe(error)}`);
    expectEqual(error.status, 529, 'status');
    expectEqual(error.type, 'overloaded_error', 'type');
    expect(error.headers.get('retry-after'), 'no retry-after header');
    expect(error.requestID, 'no request-id header');
    return `retry-after ${error.headers.get('retry-after')}`;
});

await check('anthropic: one scripted 529, then the default retry completes', async () => {
    const tag = marker('retry');
    await script([`status:529,retry-after=0.2,match=${tag}`]);
    const message = await anthropic.messages.create({ ...chatParams, messages: [{ role: 'user', content: reviewPrompt(tag) }] });
    expect(textOf(message).length > 0, 'empty text');
    const requests = await recorded(tag);
    expectEqual(requests.length, 2, 'attempts');
    expectEqual(header(requests[1], 'x-stainless-retry-count'), '1', 'x-stainless-retry-count of the retry');
});

await check('anthropic: midstream-error -> APIError during iteration', async () => {
    const stream = await anthropic.messages.create({ ...chatParams, stream: true }, scenario('midstream-error'));
    const { items, error } = await drain(stream);
    expect(error, `the stream ended after ${items} events without an error`);
    expect(items > 0, 'the error came before any event');
    expect(error instanceof Anthropic.APIError, `not an APIError: ${describe(error)}`);
    expectEqual(error.status, undefined, 'status');
    expect(error.type, 'no error type');
    expect(error.requestID, 'no request-id');
    return `${items} events, then ${error.type}: ${error.apiMessage}`;
});

await check('anthropic: midstream-error with error-type, error-code and message', async () => {
    const stream = await anthropic.messages.create({ ...chatParams, stream: true },
        scenario('midstream-error,error-type=api_error,error-code=sdkcheck_code,message=Mid-stream failure'));
    const { items, error } = await drain(stream);
    expect(error, `the stream ended after ${items} events without an error`);
    expect(error instanceof Anthropic.APIError, `not an APIError: ${describe(error)}`);
    expectEqual(error.type, 'api_error', 'type');
    expectEqual(error.errorCode, 'sdkcheck_code', 'errorCode');
    expectEqual(error.apiMessage, 'Mid-stream failure', 'apiMessage');
});

await check('anthropic: midstream-error -> messages.stream().finalMessage() rejects', async () => {
    const error = await rejection(() => anthropic.messages.stream(chatParams, scenario('midstream-error')).finalMessage(), 'finalMessage');
    expect(error instanceof Anthropic.APIError, `not an APIError: ${describe(error)}`);
});

for (const spec of ['framing,bom', 'framing,line-ending=crlf', 'framing,line-ending=cr',
                    'framing,line-ending=cr,chunking=bytes', 'framing,bom,line-ending=crlf,chunking=random']) {
    await check(`anthropic: stream framed with ${spec.replace(/^framing,/, '')} -> same text`, async () => {
        const text = await anthropicStreamText(await anthropic.messages.create({ ...chatParams, stream: true }, scenario(spec)));
        expect(text.length > 0, 'empty text');
        if (anthropicText !== null) expectEqual(text, anthropicText, 'streamed text vs the chat\'s');
        expectFraming(await rawStream(`${base}/v1/messages`,
                                      { authorization: 'Bearer test-key', 'anthropic-version': '2026-10-21' }, chatParams, spec), spec);
    });
}

await check('anthropic: leading-whitespace stream -> the same text after whitespace', async () => {
    const text = await anthropicStreamText(await anthropic.messages.create({ ...chatParams, stream: true },
                                                                          scenario('framing,leading-whitespace')));
    const trimmed = text.replace(/^\s+/, '');
    expect(trimmed.length < text.length, `no leading whitespace: ${JSON.stringify(text.slice(0, 20))}`);
    if (anthropicText !== null) expectEqual(trimmed, anthropicText, 'text after the whitespace vs the chat\'s');
});

// The 2023-06-01 API version takes the key in x-api-key. The SDK sends apiKey as a bearer token;
// a header set in defaultHeaders replaces its auth header, and null removes one.
const legacyHeaders = (key) => ({ 'anthropic-version': '2023-06-01', 'x-api-key': key, Authorization: null });
const legacy = new Anthropic({ apiKey: 'test-key', baseURL: base, defaultHeaders: legacyHeaders('test-key') });

await check('anthropic 2023-06-01: chat with x-api-key', async () => {
    const tag = marker('legacy');
    const message = await legacy.messages.create({ ...chatParams, messages: [{ role: 'user', content: reviewPrompt(tag) }] });
    expectEqual(message.stop_reason, 'end_turn', 'stop_reason');
    expect(textOf(message).length > 0, 'empty text');
    const request = await onlyRequest(tag);
    expectEqual(header(request, 'anthropic-version'), '2023-06-01', 'anthropic-version');
    expectEqual(header(request, 'x-api-key'), 'test-key', 'x-api-key');
    expectEqual(header(request, 'authorization'), undefined, 'authorization');
});

await check('anthropic 2023-06-01: stream', async () => {
    const text = await anthropicStreamText(await legacy.messages.create({ ...chatParams, stream: true }));
    if (anthropicText !== null) expectEqual(text, anthropicText, 'streamed text vs the chat\'s');
});

await check('anthropic 2023-06-01: wrong x-api-key -> AuthenticationError 401', async () => {
    const client = new Anthropic({ apiKey: 'test-key', baseURL: base, defaultHeaders: legacyHeaders('wrong-key') });
    const error = await rejection(() => client.messages.create(chatParams), 'wrong key');
    expect(error instanceof Anthropic.AuthenticationError, `not an AuthenticationError: ${describe(error)}`);
    expectEqual(error.status, 401, 'status');
});

// ---------------------------------------------------------------------------------------------
// OpenAI

const gpt = 'gpt-5.6';
const openai = new OpenAI({ apiKey: 'test-key', baseURL: `${base}/v1` });
const openaiParams = { model: gpt, messages: [{ role: 'system', content: 'You review contracts.' }, { role: 'user', content: prompt }] };
const openaiTool = {
    type: 'function',
    function: { name: 'record_review', description: 'Record the review of the clause.', parameters: reviewSchema, strict: true },
};
const forceTool = { type: 'function', function: { name: 'record_review' } };
let openaiText = null;

async function openaiStreamText(stream) {
    let text = '';
    let finish = null;
    const { items, error } = await drain(stream, (chunk) => {
        expectEqual(chunk.object, 'chat.completion.chunk', 'chunk object');
        for (const choice of chunk.choices) {
            text += choice.delta?.content ?? '';
            finish = choice.finish_reason ?? finish;
        }
    });
    if (error) throw error;
    expect(items > 0, 'no chunks');
    expectEqual(finish, 'stop', 'finish_reason');
    return text;
}

await check('openai: chat.completions.create chat', async () => {
    const { data: completion, request_id } = await openai.chat.completions.create(openaiParams).withResponse();
    expectEqual(completion.object, 'chat.completion', 'object');
    const choice = completion.choices[0];
    expectEqual(choice.finish_reason, 'stop', 'finish_reason');
    expectEqual(choice.message.role, 'assistant', 'role');
    openaiText = choice.message.content;
    expect(typeof openaiText === 'string' && openaiText.length > 0, `content ${JSON.stringify(openaiText)}`);
    expect(request_id, 'no x-request-id header');
    return `${openaiText.length} chars, x-request-id ${request_id}`;
});

await check('openai: stream:true iteration', async () => {
    const text = await openaiStreamText(await openai.chat.completions.create(
        { ...openaiParams, stream: true, stream_options: { include_usage: true } }));
    if (openaiText !== null) expectEqual(text, openaiText, 'streamed text vs the chat\'s');
});

await check('openai: chat.completions.stream().finalChatCompletion()', async () => {
    const completion = await openai.chat.completions.stream(openaiParams).finalChatCompletion();
    expectEqual(completion.choices[0].finish_reason, 'stop', 'finish_reason');
    if (openaiText !== null) expectEqual(completion.choices[0].message.content, openaiText, 'streamed text vs the chat\'s');
});

let openaiArguments = null;
await check('openai: forced tool call (tool_choice function)', async () => {
    const completion = await openai.chat.completions.parse({ ...openaiParams, tools: [openaiTool], tool_choice: forceTool });
    const message = completion.choices[0].message;
    const call = message.tool_calls?.[0];
    expect(call, `no tool_calls; finish_reason ${completion.choices[0].finish_reason}, message ${brief(message)}`);
    expectEqual(call.type, 'function', 'tool call type');
    expectEqual(call.function.name, 'record_review', 'function name');
    expectReview(JSON.parse(call.function.arguments));
    expectReview(call.function.parsed_arguments);
    openaiArguments = call.function.arguments;
    return `finish_reason ${completion.choices[0].finish_reason}`;
});

await check('openai: forced tool call streamed', async () => {
    const completion = await openai.chat.completions.stream({ ...openaiParams, tools: [openaiTool], tool_choice: forceTool })
        .finalChatCompletion();
    const call = completion.choices[0].message.tool_calls?.[0];
    expect(call, `no tool_calls; finish_reason ${completion.choices[0].finish_reason}, message ${brief(completion.choices[0].message)}`);
    expectEqual(call.function.name, 'record_review', 'function name');
    expectReview(JSON.parse(call.function.arguments));
    if (openaiArguments !== null) expectEqual(call.function.arguments, openaiArguments, 'streamed arguments vs non-streamed');
});

await check('openai: response_format json_schema (chat.completions.parse)', async () => {
    const completion = await openai.chat.completions.parse({
        ...openaiParams,
        response_format: { type: 'json_schema', json_schema: { name: 'review', schema: reviewSchema, strict: true } },
    });
    const message = completion.choices[0].message;
    expectReview(message.parsed);
});

await check('openai: wrong key -> AuthenticationError 401', async () => {
    const client = new OpenAI({ apiKey: 'wrong-key', baseURL: `${base}/v1` });
    const error = await rejection(() => client.chat.completions.create(openaiParams), 'wrong key');
    expect(error instanceof OpenAI.AuthenticationError, `not an AuthenticationError: ${describe(error)}`);
    expectEqual(error.status, 401, 'status');
    expectEqual(error.code, 'invalid_api_key', 'code');
    expect(error.requestID, 'no x-request-id header');
    return error.message;
});

await check('openai: 429 -> RateLimitError with retry-after (maxRetries 0)', async () => {
    const error = await rejection(() => openai.chat.completions.create(openaiParams, { ...scenario('status:429'), maxRetries: 0 }), '429');
    expect(error instanceof OpenAI.RateLimitError, `not a RateLimitError: ${describe(error)}`);
    expect(error.headers.get('retry-after'), 'no retry-after header');
});

await check('openai: midstream-error -> APIError during iteration', async () => {
    const stream = await openai.chat.completions.create({ ...openaiParams, stream: true }, scenario('midstream-error'));
    const { items, error } = await drain(stream);
    expect(error, `the stream ended after ${items} chunks without an error`);
    expect(items > 0, 'the error came before any chunk');
    expect(error instanceof OpenAI.APIError, `not an APIError: ${describe(error)}`);
    expectEqual(error.status, undefined, 'status');
    return `${items} chunks, then ${error.type}: ${error.message}`;
});

// `moderation` and `leading-whitespace` are flags on a kind that answers: `framing` (the normal answer).
function checkModeration(moderation) {
    expect(isObject(moderation), `no moderation object: ${JSON.stringify(moderation)}`);
    for (const side of ['input', 'output']) {
        const result = moderation[side];
        expect(isObject(result), `moderation.${side}: ${JSON.stringify(result)}`);
        expect(['moderation_results', 'error'].includes(result.type), `moderation.${side}.type ${result.type}`);
        if (result.type === 'moderation_results') {
            expect(typeof result.model === 'string', `moderation.${side}.model`);
            expect(Array.isArray(result.results), `moderation.${side}.results`);
            for (const entry of result.results) {
                expectEqual(entry.type, 'moderation_result', `moderation.${side} result type`);
                expect(typeof entry.flagged === 'boolean' && isObject(entry.categories) && isObject(entry.category_scores)
                       && isObject(entry.category_applied_input_types),
                       `moderation.${side} result ${JSON.stringify(entry)}`);
            }
        } else {
            expect(typeof result.code === 'string' && typeof result.message === 'string', `moderation.${side} error`);
        }
    }
    return ['input', 'output'].map((side) => `${side} ${moderation[side].type}`).join(', ');
}

await check('openai: moderation results parse', async () => {
    const completion = await openai.chat.completions.create(
        { ...openaiParams, moderation: { model: 'omni-moderation-latest' } }, scenario('framing,moderation'));
    const note = checkModeration(completion.moderation);
    if (openaiText !== null) expectEqual(completion.choices[0].message.content, openaiText, 'content vs the chat\'s');
    return note;
});

await check('openai: moderation chunk in a stream', async () => {
    const stream = await openai.chat.completions.create(
        { ...openaiParams, stream: true, moderation: { model: 'omni-moderation-latest' } }, scenario('framing,moderation'));
    let text = '';
    let moderation = null;
    const { error } = await drain(stream, (chunk) => {
        if (chunk.moderation) moderation = chunk.moderation;
        for (const choice of chunk.choices) text += choice.delta?.content ?? '';
    });
    if (error) throw error;
    const note = checkModeration(moderation);
    if (openaiText !== null) expectEqual(text, openaiText, 'streamed text vs the chat\'s');
    return note;
});

await check('openai: moderation stream -> chat.completions.stream().finalChatCompletion()', async () => {
    const completion = await openai.chat.completions.stream(
        { ...openaiParams, moderation: { model: 'omni-moderation-latest' } }, scenario('framing,moderation')).finalChatCompletion();
    expectEqual(completion.choices[0].finish_reason, 'stop', 'finish_reason');
    if (openaiText !== null) expectEqual(completion.choices[0].message.content, openaiText, 'streamed text vs the chat\'s');
});

// leading-whitespace: the answer starts with whitespace-only deltas; the SDKs pass them through.
function checkLeadingWhitespace(text, baseline) {
    const trimmed = text.replace(/^\s+/, '');
    expect(trimmed.length < text.length, `no leading whitespace: ${JSON.stringify(text.slice(0, 20))}`);
    if (baseline !== null) expectEqual(trimmed, baseline, 'text after the whitespace vs the chat\'s');
    return `${JSON.stringify(text.slice(0, text.length - trimmed.length))} first`;
}

await check('openai: leading-whitespace -> the same answer after whitespace', async () => {
    const completion = await openai.chat.completions.create(openaiParams, scenario('framing,leading-whitespace'));
    return checkLeadingWhitespace(completion.choices[0].message.content, openaiText);
});

await check('openai: leading-whitespace stream -> whitespace-only deltas, then the same text', async () => {
    const stream = await openai.chat.completions.create({ ...openaiParams, stream: true }, scenario('framing,leading-whitespace'));
    const deltas = [];
    const { error } = await drain(stream, (chunk) => {
        for (const choice of chunk.choices) if (choice.delta?.content) deltas.push(choice.delta.content);
    });
    if (error) throw error;
    expect(deltas.length > 1 && /^\s+$/.test(deltas[0]), `first delta ${JSON.stringify(deltas[0])}`);
    return checkLeadingWhitespace(deltas.join(''), openaiText);
});

for (const spec of ['framing,line-ending=crlf', 'framing,line-ending=cr,chunking=bytes', 'framing,bom']) {
    await check(`openai: stream framed with ${spec.replace(/^framing,/, '')} -> same text`, async () => {
        const text = await openaiStreamText(await openai.chat.completions.create({ ...openaiParams, stream: true }, scenario(spec)));
        if (openaiText !== null) expectEqual(text, openaiText, 'streamed text vs the chat\'s');
        expectFraming(await rawStream(`${base}/v1/chat/completions`, { authorization: 'Bearer test-key' }, openaiParams, spec), spec);
    });
}

console.log(`# ${passed} passed, ${failed} failed${skipped ? `, ${skipped} not selected` : ''}`);
process.exit(Math.min(failed, 100));
