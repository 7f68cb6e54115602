/**
 * Anthropic Messages: `system`, content blocks (text, `image` with a base64 or url source,
 * `tool_use`, `tool_result`), `tools` with `input_schema`, `tool_choice` (auto, any, tool, none;
 * `disable_parallel_tool_use`), and structured output as the AI SDK asks for it: natively with
 * `output_config.format` (json_schema), or through a forced tool named `json` whose input is the
 * answer. A system prompt that says JSON keeps the older JSON answer.
 */
import { checkHttpUrl, checkImageData, decodeBase64, IMAGE_MEDIA_TYPES, sniffImage } from '../images';
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
  type ToolSpec,
} from '../conversation';
import type { StreamParts, WireSpec } from '../formats';

const TYPES: Readonly<Record<number, string>> = {
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
/** How the AI SDK describes the tool it forces to get JSON out of Claude. */
const SDK_JSON_TOOL_DESCRIPTION = 'Respond with a JSON object.';

const error = (type: string, message: string): Json => ({ type: 'error', error: { type, message } });

function toolChoiceOf(raw: unknown): ToolChoice {
  if (!isRecord(raw)) return { kind: 'auto' };
  if (raw.type === 'none') return { kind: 'none' };
  if (raw.type === 'any') return { kind: 'required' };
  if (raw.type === 'tool' && typeof raw.name === 'string') return { kind: 'tool', name: raw.name };
  return { kind: 'auto' };
}

function checkImageBlock(block: Json, path: string): string | undefined {
  const source = isRecord(block.source) ? block.source : {};
  if (source.type === 'url') {
    const why = checkHttpUrl(source.url);
    return why ? `${path}.source.url: ${why}` : undefined;
  }
  if (source.type !== 'base64') return `${path}.source.type: Input should be 'base64', 'url' or 'file'`;
  if (!IMAGE_MEDIA_TYPES.includes(source.media_type as (typeof IMAGE_MEDIA_TYPES)[number])) {
    return `${path}.source.base64.media_type: Input should be 'image/jpeg', 'image/png', 'image/gif' or 'image/webp'`;
  }
  const why = checkImageData(source.data);
  if (why) return `${path}.source.base64.data: ${why}`;
  const actual = sniffImage(decodeBase64(source.data as string) ?? Buffer.alloc(0));
  return actual === source.media_type ? undefined : `${path}: Image does not match the provided media type ${String(source.media_type)}`;
}

/** Images in messages and inside tool results: how many, or the first malformed one. */
function countImages(all: Json[]): number | RequestProblem {
  let images = 0;
  const visit = (blocks: unknown, path: string): string | undefined => {
    for (const [j, block] of records(blocks).entries()) {
      if (block.type === 'image') {
        const why = checkImageBlock(block, `${path}.${j}.image`);
        if (why) return why;
        images += 1;
      } else if (block.type === 'tool_result') {
        const why = visit(block.content, `${path}.${j}.tool_result.content`);
        if (why) return why;
      }
    }
    return undefined;
  };
  for (const [i, m] of all.entries()) {
    const why = visit(m.content, `messages.${i}.content`);
    if (why) return { message: why };
  }
  return images;
}

function trailingToolResults(all: Json[]): ToolResult[] {
  const names = new Map<string, string>();
  for (const block of all.flatMap((m) => records(m.content))) {
    if (block.type === 'tool_use' && typeof block.id === 'string' && typeof block.name === 'string') names.set(block.id, block.name);
  }
  const last = all.at(-1);
  if (last?.role !== 'user') return [];
  return records(last.content)
    .filter((b) => b.type === 'tool_result')
    .map((b) => ({ name: names.get(String(b.tool_use_id)) ?? 'unknown', text: typeof b.content === 'string' ? b.content : textOf(b.content) }));
}

/** Native structured output: `output_config.format`, or the older beta's `output_format`. */
function nativeSchema(body: Json): unknown {
  const config = isRecord(body.output_config) ? body.output_config : {};
  const format = isRecord(config.format) ? config.format : isRecord(body.output_format) ? body.output_format : undefined;
  return format?.type === 'json_schema' ? (format.schema ?? {}) : undefined;
}

function read(body: Json): ReadResult {
  const all = records(body.messages);
  const lastUser = [...all].reverse().find((m) => m.role === 'user');
  const system = textOf(body.system);
  const images = countImages(all);
  if (typeof images !== 'number') return { ok: false, problem: images };
  const last = all.at(-1);
  const toolResults = trailingToolResults(all);
  const choice = toolChoiceOf(body.tool_choice);
  const declared = records(body.tools).filter((t) => typeof t.name === 'string' && t.input_schema !== undefined);
  const sdkJsonTool = declared.find((t) => t.name === 'json' && (t.description === SDK_JSON_TOOL_DESCRIPTION || (choice.kind === 'tool' && choice.name === 'json')));
  const tools: ToolSpec[] = declared.filter((t) => t !== sdkJsonTool).map((t) => ({ name: t.name as string, schema: t.input_schema }));
  const schema = nativeSchema(body);
  const conversation: Conversation = {
    userText: textOf(lastUser?.content).trim(),
    promptText: system + all.map((m) => textOf(m.content)).join(' '),
    lastTurn: last?.role === 'assistant' ? 'assistant' : toolResults.length > 0 ? 'tool-result' : 'user',
    toolResults,
    tools,
    // The SDK forces its `json` tool with `any`; the application's tools stay callable first.
    toolChoice: sdkJsonTool && choice.kind === 'tool' && choice.name === 'json' ? { kind: 'required' } : choice,
    parallelToolCalls: !(isRecord(body.tool_choice) && body.tool_choice.disable_parallel_tool_use === true),
    ...(sdkJsonTool ? { jsonTool: { name: 'json', schema: sdkJsonTool.input_schema } } : {}),
    ...(schema !== undefined ? { structured: { schema } } : /\bJSON\b/.test(system) ? { structured: {} } : {}),
    images,
    ...(last?.role === 'assistant' ? { prefill: textOf(last.content) } : {}),
  };
  return { ok: true, conversation };
}

function contentOf(c: Completion): Json[] {
  const tools = c.toolCalls.map((t) => ({ type: 'tool_use', id: t.id, name: t.name, input: t.input }));
  if (tools.length === 0) return [{ type: 'text', text: c.text }];
  return [...(c.text === '' ? [] : [{ type: 'text', text: c.text }]), ...tools];
}

function successBody(c: Completion): Json {
  return {
    id: c.id,
    type: 'message',
    role: 'assistant',
    model: c.model,
    content: contentOf(c),
    stop_reason: c.toolCalls.length > 0 ? 'tool_use' : c.limited ? 'max_tokens' : 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: c.inputTokens, output_tokens: c.outputTokens },
  };
}

const event = (type: string, data: Json): string => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

/** Text: one text block, a delta per word. Tool calls: a tool_use block each, its input as input_json_delta pieces. */
function streamParts(c: Completion): StreamParts {
  const start = event('message_start', { message: { ...successBody({ ...c, text: '', toolCalls: [] }), content: [], stop_reason: null, usage: { input_tokens: c.inputTokens, output_tokens: 1 } } });
  const end = (index: number, stopReason: string): string[] => [
    event('content_block_stop', { index }),
    event('message_delta', { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: c.outputTokens } }),
  ];
  if (c.toolCalls.length === 0) {
    return {
      head: [start, event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } })],
      pieces: splitPieces(c.text).map((text) => event('content_block_delta', { index: 0, delta: { type: 'text_delta', text } })),
      tail: end(0, c.limited ? 'max_tokens' : 'end_turn'),
      terminator: event('message_stop', {}),
    };
  }
  const pieces = c.toolCalls.flatMap((t, index) => [
    (index > 0 ? event('content_block_stop', { index: index - 1 }) : '') +
      event('content_block_start', { index, content_block: { type: 'tool_use', id: t.id, name: t.name, input: {} } }),
    ...splitArguments(JSON.stringify(t.input)).map((partial_json) => event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json } })),
  ]);
  return { head: [start], pieces, tail: end(c.toolCalls.length - 1, 'tool_use'), terminator: event('message_stop', {}) };
}

export const anthropicWire: WireSpec = {
  requestIdHeader: 'request-id',
  completionId: () => `msg_mock${hex(12)}`,
  toolCallId: () => `toolu_mock${hex(10)}`,
  read,
  successBody,
  streamParts,
  errorBody: (status, model, options = {}) => {
    const type = TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
    return error(type, options.message ?? `${type.replace(/_/g, ' ')} (mock, model ${model})`);
  },
  invalidRequest: (p) => error('invalid_request_error', p.message),
  contextLength: () => ({ status: 400, body: error('invalid_request_error', 'prompt is too long: 210000 tokens > 200000 maximum') }),
  contentFilter: () => ({ status: 400, body: error('invalid_request_error', 'Output blocked by content filtering policy') }),
};
