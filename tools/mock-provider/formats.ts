/**
 * The two wire formats the mock speaks: OpenAI Chat Completions and Anthropic Messages. Bodies
 * follow each API reference closely enough that the real SDKs parse them, errors included.
 */
import { randomBytes } from 'node:crypto';

export type WireFormat = 'openai' | 'anthropic';

export const JSON_ANSWER = '{"decision":"PASS","reasons":["mock"],"evidence":[]}';

export interface Completion {
  id: string;
  model: string;
  text: string;
  inputTokens: number;
  outputTokens: number;
}

type Json = Record<string, unknown>;

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');
export const newRequestId = (): string => `req_mock${hex(12)}`;
/** A rough token count (about four characters a token), so usage looks plausible. */
export const tokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4));

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: unknown) => (typeof part === 'object' && part !== null && typeof (part as Json).text === 'string' ? ((part as Json).text as string) : ''))
    .join(' ');
}

function messages(body: Json): Json[] {
  return Array.isArray(body.messages) ? body.messages.filter((m): m is Json => typeof m === 'object' && m !== null) : [];
}

/** The assistant's own words when the request ends with them (assistant prefill), else undefined. */
export function prefillOf(body: Json): string | undefined {
  const last = messages(body).at(-1);
  return last?.role === 'assistant' ? textOf(last.content) : undefined;
}

/**
 * Builds the deterministic answer: an echo of the last user message, or a JSON object in JSON mode.
 * `randomAnswer` puts a random word first so two calls differ. An Anthropic request that ends with
 * the assistant's words gets the rest of the answer after them, as Claude continues a prefill.
 */
export function answer(format: WireFormat, body: Json, model: string, options: { randomAnswer?: boolean } = {}): Completion {
  const all = messages(body);
  const lastUser = [...all].reverse().find((m) => m.role === 'user');
  const userText = textOf(lastUser?.content).trim();
  const system = format === 'anthropic' ? textOf(body.system) : all.filter((m) => m.role === 'system').map((m) => textOf(m.content)).join(' ');
  const format_ = body.response_format as Json | undefined;
  const wantsJson =
    format === 'openai' ? format_?.type === 'json_object' || format_?.type === 'json_schema' : /\bJSON\b/.test(system);
  const full = wantsJson ? JSON_ANSWER : `mock answer${options.randomAnswer ? ` ${hex(3)}` : ''}: ${userText.slice(0, 40)}`;
  const prefill = format === 'anthropic' ? prefillOf(body) : undefined;
  const text = prefill !== undefined && full.startsWith(prefill) ? full.slice(prefill.length) : full;
  return {
    id: format === 'openai' ? `chatcmpl-mock${hex(12)}` : `msg_mock${hex(12)}`,
    model,
    text,
    inputTokens: tokens(system + all.map((m) => textOf(m.content)).join(' ')),
    outputTokens: tokens(text),
  };
}

export function successBody(format: WireFormat, c: Completion): Json {
  if (format === 'anthropic') {
    return {
      id: c.id,
      type: 'message',
      role: 'assistant',
      model: c.model,
      content: [{ type: 'text', text: c.text }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: c.inputTokens, output_tokens: c.outputTokens },
    };
  }
  return {
    id: c.id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: c.model,
    choices: [{ index: 0, message: { role: 'assistant', content: c.text, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: c.inputTokens, completion_tokens: c.outputTokens, total_tokens: c.inputTokens + c.outputTokens },
    system_fingerprint: 'fp_mock',
  };
}

const OPENAI_ERRORS: Readonly<Record<number, { type: string; code: string | null; message: string }>> = {
  400: { type: 'invalid_request_error', code: null, message: 'Invalid request (mock).' },
  401: { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided (mock).' },
  403: { type: 'invalid_request_error', code: 'unsupported_country_region_territory', message: 'Forbidden (mock).' },
  404: { type: 'invalid_request_error', code: 'model_not_found', message: 'The model does not exist or you do not have access to it (mock).' },
  429: { type: 'requests', code: 'rate_limit_exceeded', message: 'Rate limit reached (mock). Please try again later.' },
  500: { type: 'server_error', code: null, message: 'The server had an error while processing your request (mock).' },
  503: { type: 'server_error', code: null, message: 'The server is overloaded or not ready yet (mock).' },
};
const ANTHROPIC_TYPES: Readonly<Record<number, string>> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  503: 'overloaded_error',
  529: 'overloaded_error',
};

export function errorBody(format: WireFormat, status: number, model: string): Json {
  if (format === 'anthropic') {
    const type = ANTHROPIC_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
    return { type: 'error', error: { type, message: `${type.replace(/_/g, ' ')} (mock, model ${model})` } };
  }
  const e = OPENAI_ERRORS[status] ?? { type: status >= 500 ? 'server_error' : 'invalid_request_error', code: null, message: `HTTP ${status} (mock).` };
  return { error: { message: e.message, type: e.type, param: null, code: e.code } };
}

export function contextLengthBody(format: WireFormat): Json {
  if (format === 'anthropic') {
    return { type: 'error', error: { type: 'invalid_request_error', message: 'prompt is too long: 210000 tokens > 200000 maximum' } };
  }
  return {
    error: {
      message: "This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens. Please reduce the length of the messages.",
      type: 'invalid_request_error',
      param: 'messages',
      code: 'context_length_exceeded',
    },
  };
}

export function contentFilterBody(format: WireFormat): Json {
  if (format === 'anthropic') {
    return { type: 'error', error: { type: 'invalid_request_error', message: 'Output blocked by content filtering policy' } };
  }
  return {
    error: {
      message: "The response was filtered due to the prompt triggering the content management policy.",
      type: 'invalid_request_error',
      param: 'prompt',
      code: 'content_filter',
    },
  };
}

/** A streamed answer's events: opening events, one per content piece, the closing events, then the terminator. */
export interface StreamParts {
  head: string[];
  pieces: string[];
  tail: string[];
  terminator: string;
}

/** The answer cut before each word, so a stream has a chunk per word and joining them gives the text back. */
export function splitPieces(text: string): string[] {
  const pieces = text.split(/(?<=\s)(?=\S)/).filter((p) => p !== '');
  return pieces.length > 0 ? pieces : [''];
}

/** Server-sent events for `stream: true`, in each format's event sequence. */
export function streamParts(format: WireFormat, c: Completion): StreamParts {
  const pieces = splitPieces(c.text);
  if (format === 'anthropic') {
    const event = (type: string, data: Json): string => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
    return {
      head: [
        event('message_start', { message: { ...successBody('anthropic', { ...c, text: '' }), content: [], stop_reason: null, usage: { input_tokens: c.inputTokens, output_tokens: 1 } } }),
        event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
      ],
      pieces: pieces.map((text) => event('content_block_delta', { index: 0, delta: { type: 'text_delta', text } })),
      tail: [
        event('content_block_stop', { index: 0 }),
        event('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: c.outputTokens } }),
      ],
      terminator: event('message_stop', {}),
    };
  }
  const chunk = (delta: Json, finish: string | null, usage?: Json): string =>
    `data: ${JSON.stringify({ id: c.id, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: c.model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], ...(usage ? { usage } : {}) })}\n\n`;
  return {
    head: [chunk({ role: 'assistant', content: '' }, null)],
    pieces: pieces.map((content) => chunk({ content }, null)),
    tail: [chunk({}, 'stop', { prompt_tokens: c.inputTokens, completion_tokens: c.outputTokens, total_tokens: c.inputTokens + c.outputTokens })],
    terminator: 'data: [DONE]\n\n',
  };
}

/** The whole event sequence of a healthy stream. */
export function streamEvents(format: WireFormat, c: Completion): string[] {
  const parts = streamParts(format, c);
  return [...parts.head, ...parts.pieces, ...parts.tail, parts.terminator];
}
