/**
 * OpenAI Chat Completions, which Mistral and the OpenAI-compatible servers speak too: `messages`
 * with text and `image_url` parts (`{url}` for OpenAI, a bare string for Mistral), `tools` /
 * `tool_choice` (`"any"` is Mistral's `"required"`), `role: "tool"` results, `response_format`.
 */
import { checkDataUrl, checkHttpUrl } from '../images';
import {
  hex,
  isRecord,
  records,
  splitArguments,
  splitPieces,
  textOf,
  type Completion,
  type Conversation,
  type Json,
  type ReadResult,
  type RequestProblem,
  type ToolChoice,
  type ToolResult,
} from '../conversation';
import type { StreamParts, WireSpec } from '../formats';

const ERRORS: Readonly<Record<number, { type: string; code: string | null; message: string }>> = {
  400: { type: 'invalid_request_error', code: null, message: 'Invalid request (mock).' },
  401: { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided (mock).' },
  403: { type: 'invalid_request_error', code: 'unsupported_country_region_territory', message: 'Forbidden (mock).' },
  404: { type: 'invalid_request_error', code: 'model_not_found', message: 'The model does not exist or you do not have access to it (mock).' },
  429: { type: 'requests', code: 'rate_limit_exceeded', message: 'Rate limit reached (mock). Please try again later.' },
  500: { type: 'server_error', code: null, message: 'The server had an error while processing your request (mock).' },
  503: { type: 'server_error', code: null, message: 'The server is overloaded or not ready yet (mock).' },
};

function toolChoiceOf(raw: unknown): ToolChoice {
  if (raw === 'none') return { kind: 'none' };
  if (raw === 'required' || raw === 'any') return { kind: 'required' };
  if (isRecord(raw) && isRecord(raw.function) && typeof raw.function.name === 'string') return { kind: 'tool', name: raw.function.name };
  return { kind: 'auto' };
}

/** The tool messages that end the conversation, named from the assistant's calls when they carry no name. */
function trailingToolResults(all: Json[]): ToolResult[] {
  const names = new Map<string, string>();
  for (const m of all) {
    for (const call of records(m.tool_calls)) {
      if (typeof call.id === 'string' && isRecord(call.function) && typeof call.function.name === 'string') names.set(call.id, call.function.name);
    }
  }
  const results: ToolResult[] = [];
  for (let i = all.length - 1; i >= 0 && (all[i]?.role === 'tool' || all[i]?.role === 'function'); i -= 1) {
    const m = all[i] as Json;
    const name = typeof m.name === 'string' ? m.name : (names.get(String(m.tool_call_id)) ?? 'unknown');
    results.unshift({ name, text: typeof m.content === 'string' ? m.content : textOf(m.content) });
  }
  return results;
}

/** Image parts everywhere: how many, or the first malformed one (OpenAI's 400 names its path). */
function countImages(all: Json[]): number | RequestProblem {
  let images = 0;
  for (const [i, m] of all.entries()) {
    for (const [j, part] of (Array.isArray(m.content) ? m.content : []).entries()) {
      if (!isRecord(part) || part.type !== 'image_url') continue;
      const url = typeof part.image_url === 'string' ? part.image_url : isRecord(part.image_url) ? part.image_url.url : undefined;
      const param = `messages[${i}].content[${j}].image_url${typeof part.image_url === 'string' ? '' : '.url'}`;
      const why = typeof url === 'string' && url.startsWith('data:') ? checkDataUrl(url) : checkHttpUrl(url);
      if (why) return { message: `Invalid image in '${param}': ${why} (mock).`, param, code: 'invalid_image_url' };
      images += 1;
    }
  }
  return images;
}

function read(body: Json): ReadResult {
  const all = records(body.messages);
  const lastUser = [...all].reverse().find((m) => m.role === 'user');
  const system = all.filter((m) => m.role === 'system').map((m) => textOf(m.content)).join(' ');
  const images = countImages(all);
  if (typeof images !== 'number') return { ok: false, problem: images };
  const lastRole = all.at(-1)?.role;
  const format = isRecord(body.response_format) ? body.response_format : undefined;
  const schema = format?.type === 'json_schema' && isRecord(format.json_schema) ? format.json_schema.schema : undefined;
  const tools = records(body.tools)
    .map((t) => (isRecord(t.function) ? t.function : undefined))
    .filter((f): f is Json => f !== undefined && typeof f.name === 'string')
    .map((f) => ({ name: f.name as string, schema: f.parameters }));
  const conversation: Conversation = {
    userText: textOf(lastUser?.content).trim(),
    promptText: system + all.map((m) => textOf(m.content)).join(' '),
    lastTurn: lastRole === 'tool' || lastRole === 'function' ? 'tool-result' : lastRole === 'assistant' ? 'assistant' : 'user',
    toolResults: trailingToolResults(all),
    tools,
    toolChoice: toolChoiceOf(body.tool_choice),
    parallelToolCalls: body.parallel_tool_calls !== false,
    ...(format?.type === 'json_object' || format?.type === 'json_schema' ? { structured: schema === undefined ? {} : { schema } } : {}),
    images,
  };
  return { ok: true, conversation };
}

const usageOf = (c: Completion): Json => ({ prompt_tokens: c.inputTokens, completion_tokens: c.outputTokens, total_tokens: c.inputTokens + c.outputTokens });

function wireToolCalls(c: Completion): Json[] {
  return c.toolCalls.map((t) => ({ id: t.id, type: 'function', function: { name: t.name, arguments: JSON.stringify(t.input) } }));
}

function successBody(c: Completion): Json {
  const calls = c.toolCalls.length > 0;
  const message = calls ? { role: 'assistant', content: c.text === '' ? null : c.text, tool_calls: wireToolCalls(c), refusal: null } : { role: 'assistant', content: c.text, refusal: null };
  return {
    id: c.id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: c.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: calls ? 'tool_calls' : c.limited ? 'length' : 'stop' }],
    usage: usageOf(c),
    system_fingerprint: 'fp_mock',
  };
}

/** Text: a chunk per word. Tool calls: per call, a first delta with index, id and name, then the arguments in pieces. */
function streamParts(c: Completion): StreamParts {
  const chunk = (delta: Json, finish: string | null, usage?: Json): string =>
    `data: ${JSON.stringify({ id: c.id, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: c.model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], ...(usage ? { usage } : {}) })}\n\n`;
  if (c.toolCalls.length === 0) {
    return {
      head: [chunk({ role: 'assistant', content: '' }, null)],
      pieces: splitPieces(c.text).map((content) => chunk({ content }, null)),
      tail: [chunk({}, c.limited ? 'length' : 'stop', usageOf(c))],
      terminator: 'data: [DONE]\n\n',
    };
  }
  const pieces = c.toolCalls.flatMap((t, index) => [
    chunk({ tool_calls: [{ index, id: t.id, type: 'function', function: { name: t.name, arguments: '' } }] }, null),
    ...splitArguments(JSON.stringify(t.input)).map((args) => chunk({ tool_calls: [{ index, function: { arguments: args } }] }, null)),
  ]);
  return {
    head: [chunk({ role: 'assistant', content: null }, null)],
    pieces,
    tail: [chunk({}, 'tool_calls', usageOf(c))],
    terminator: 'data: [DONE]\n\n',
  };
}

function errorBody(status: number, _model: string, options: { message?: string } = {}): Json {
  const e = ERRORS[status] ?? { type: status >= 500 ? 'server_error' : 'invalid_request_error', code: null, message: `HTTP ${status} (mock).` };
  return { error: { message: options.message ?? e.message, type: e.type, param: null, code: e.code } };
}

export const openaiWire: WireSpec = {
  requestIdHeader: 'x-request-id',
  completionId: () => `chatcmpl-mock${hex(12)}`,
  toolCallId: () => `call_mock${hex(10)}`,
  read,
  successBody,
  streamParts,
  errorBody,
  invalidRequest: (p) => ({ error: { message: p.message, type: 'invalid_request_error', param: p.param ?? null, code: p.code ?? null } }),
  contextLength: () => ({
    status: 400,
    body: {
      error: {
        message: "This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens. Please reduce the length of the messages.",
        type: 'invalid_request_error',
        param: 'messages',
        code: 'context_length_exceeded',
      },
    },
  }),
  contentFilter: () => ({
    status: 400,
    body: {
      error: {
        message: 'The response was filtered due to the prompt triggering the content management policy.',
        type: 'invalid_request_error',
        param: 'prompt',
        code: 'content_filter',
      },
    },
  }),
};
