/**
 * Google Gemini `models/{model}:generateContent` and `:streamGenerateContent?alt=sse`: `contents`
 * of `parts` (text, `inlineData`, `fileData`, `functionCall`, `functionResponse`),
 * `systemInstruction`, `tools[].functionDeclarations`, `toolConfig.functionCallingConfig`,
 * `generationConfig.responseMimeType` with `responseSchema` / `responseJsonSchema`. The REST API
 * takes snake_case field names as well; both are read. Streamed chunks are whole
 * GenerateContentResponse objects; there is no terminator (the stream just ends).
 */
import { checkHttpUrl, checkImageData, decodeBase64 } from '../images';
import {
  hex,
  isRecord,
  records,
  splitPieces,
  type Completion,
  type Conversation,
  type Json,
  type ReadResult,
  type RequestProblem,
  type ToolChoice,
  type ToolResult,
} from '../conversation';
import type { StreamParts, WireSpec } from '../formats';

/** google.rpc.Code names by HTTP status. */
const STATUS_NAMES: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  501: 'NOT_IMPLEMENTED',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};
const MESSAGES: Readonly<Record<string, string>> = {
  INVALID_ARGUMENT: 'Request contains an invalid argument.',
  UNAUTHENTICATED: 'Request had invalid authentication credentials.',
  PERMISSION_DENIED: 'The caller does not have permission.',
  NOT_FOUND: 'Requested entity was not found.',
  RESOURCE_EXHAUSTED: 'Resource has been exhausted (e.g. check quota).',
  INTERNAL: 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
  UNAVAILABLE: 'The model is overloaded. Please try again later.',
  DEADLINE_EXCEEDED: 'The request timed out. Please try again.',
};

/** A field by its proto JSON name or its snake_case name (the REST API accepts both). */
function field(obj: Json, camel: string): unknown {
  return obj[camel] ?? obj[camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)];
}
const sub = (obj: Json, camel: string): Json | undefined => {
  const v = field(obj, camel);
  return isRecord(v) ? v : undefined;
};

const partsOf = (content: unknown): Json[] => (isRecord(content) ? records(content.parts) : []);
const textOfParts = (parts: Json[]): string => parts.map((p) => (typeof p.text === 'string' ? p.text : '')).join(' ');

function toolChoiceOf(body: Json): ToolChoice {
  const config = sub(sub(body, 'toolConfig') ?? {}, 'functionCallingConfig') ?? {};
  const mode = typeof config.mode === 'string' ? config.mode.toUpperCase() : 'AUTO';
  if (mode === 'NONE') return { kind: 'none' };
  if (mode !== 'ANY') return { kind: 'auto' };
  const allowed = field(config, 'allowedFunctionNames');
  return Array.isArray(allowed) && allowed.length === 1 && typeof allowed[0] === 'string' ? { kind: 'tool', name: allowed[0] } : { kind: 'required' };
}

function checkPart(part: Json, path: string): string | undefined {
  const inline = sub(part, 'inlineData');
  if (inline) {
    const data = inline.data;
    if (String(field(inline, 'mimeType') ?? '').startsWith('image/')) {
      const why = checkImageData(data);
      return why ? `Invalid value at '${path}.inline_data.data' (TYPE_BYTES), ${why}` : undefined;
    }
    return typeof data === 'string' && decodeBase64(data) ? undefined : `Invalid value at '${path}.inline_data.data' (TYPE_BYTES), Base64 decoding failed`;
  }
  const file = sub(part, 'fileData');
  if (file) {
    const why = checkHttpUrl(field(file, 'fileUri'));
    return why ? `Invalid value at '${path}.file_data.file_uri': ${why}` : undefined;
  }
  return undefined;
}

function countImages(contents: Json[]): number | RequestProblem {
  let images = 0;
  for (const [i, content] of contents.entries()) {
    for (const [j, part] of partsOf(content).entries()) {
      const why = checkPart(part, `contents[${i}].parts[${j}]`);
      if (why) return { message: why };
      const media = sub(part, 'inlineData') ?? sub(part, 'fileData');
      if (media && String(field(media, 'mimeType') ?? '').startsWith('image/')) images += 1;
    }
  }
  return images;
}

function trailingToolResults(last: Json | undefined): ToolResult[] {
  return partsOf(last)
    .map((p) => sub(p, 'functionResponse'))
    .filter((r): r is Json => r !== undefined)
    .map((r) => {
      const response = isRecord(r.response) ? r.response : {};
      const value = 'content' in response ? response.content : response;
      return { name: typeof r.name === 'string' ? r.name : 'unknown', text: typeof value === 'string' ? value : JSON.stringify(value) };
    });
}

function read(body: Json): ReadResult {
  if (!Array.isArray(body.contents) || body.contents.length === 0) {
    return { ok: false, problem: { message: '* GenerateContentRequest.contents: contents is not specified' } };
  }
  const contents = records(body.contents);
  const images = countImages(contents);
  if (typeof images !== 'number') return { ok: false, problem: images };
  const system = textOfParts(partsOf(sub(body, 'systemInstruction')));
  const isUser = (c: Json): boolean => c.role === undefined || c.role === 'user';
  const lastUser = [...contents].reverse().find(isUser);
  const last = contents.at(-1);
  const toolResults = trailingToolResults(last);
  const config = sub(body, 'generationConfig') ?? {};
  const json = String(field(config, 'responseMimeType') ?? '') === 'application/json';
  const schema = field(config, 'responseJsonSchema') ?? field(config, 'responseSchema');
  const tools = records(body.tools)
    .flatMap((t) => records(field(t, 'functionDeclarations')))
    .filter((d) => typeof d.name === 'string')
    .map((d) => ({ name: d.name as string, schema: field(d, 'parametersJsonSchema') ?? d.parameters }));
  const choice = toolChoiceOf(body);
  const allowed = field(sub(sub(body, 'toolConfig') ?? {}, 'functionCallingConfig') ?? {}, 'allowedFunctionNames');
  const conversation: Conversation = {
    userText: textOfParts(partsOf(lastUser)).trim(),
    promptText: system + contents.map((c) => textOfParts(partsOf(c))).join(' '),
    lastTurn: last?.role === 'model' ? 'assistant' : toolResults.length > 0 ? 'tool-result' : 'user',
    toolResults,
    // With mode ANY, only the allowed functions may be called.
    tools: choice.kind === 'required' && Array.isArray(allowed) ? tools.filter((t) => allowed.includes(t.name)) : tools,
    toolChoice: choice,
    parallelToolCalls: true,
    ...(json ? { structured: schema === undefined ? {} : { schema } } : {}),
    images,
  };
  return { ok: true, conversation };
}

const usageOf = (c: Completion): Json => ({ promptTokenCount: c.inputTokens, candidatesTokenCount: c.outputTokens, totalTokenCount: c.inputTokens + c.outputTokens });

function partsFor(c: Completion): Json[] {
  const calls = c.toolCalls.map((t) => ({ functionCall: { id: t.id, name: t.name, args: t.input } }));
  return [...(c.text !== '' || calls.length === 0 ? [{ text: c.text }] : []), ...calls];
}

function response(c: Completion, parts: Json[], finishReason?: string, usage = false): Json {
  return {
    candidates: [{ content: { parts, role: 'model' }, ...(finishReason ? { finishReason } : {}), index: 0 }],
    ...(usage ? { usageMetadata: usageOf(c) } : {}),
    modelVersion: c.model,
    responseId: c.id,
  };
}

/** The chunks of a streamed answer: a text part per word or one chunk with the calls, then the finish reason and usage. */
export function streamChunks(c: Completion): { pieces: Json[]; tail: Json } {
  const pieces = c.toolCalls.length > 0 ? [response(c, partsFor(c).filter((p) => 'functionCall' in p))] : splitPieces(c.text).map((text) => response(c, [{ text }]));
  return { pieces, tail: response(c, [{ text: '' }], c.limited ? 'MAX_TOKENS' : 'STOP', true) };
}

export const sseEvent = (data: Json): string => `data: ${JSON.stringify(data)}\r\n\r\n`;

function streamParts(c: Completion): StreamParts {
  const { pieces, tail } = streamChunks(c);
  return { head: [], pieces: pieces.map(sseEvent), tail: [sseEvent(tail)], terminator: '' };
}

function errorBody(status: number, model: string, options: { message?: string; retryAfterMs?: number } = {}): Json {
  const name = STATUS_NAMES[status] ?? (status >= 500 ? 'INTERNAL' : 'INVALID_ARGUMENT');
  const details =
    options.retryAfterMs !== undefined ? [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${options.retryAfterMs / 1000}s` }] : undefined;
  return { error: { code: status, message: options.message ?? `${MESSAGES[name] ?? `HTTP ${status}.`} (mock, model ${model})`, status: name, ...(details ? { details } : {}) } };
}

export const geminiWire: WireSpec = {
  completionId: () => `mock${hex(10)}`,
  toolCallId: () => `call_mock${hex(8)}`,
  read,
  successBody: (c) => response(c, partsFor(c), c.limited ? 'MAX_TOKENS' : 'STOP', true),
  streamParts,
  errorBody,
  invalidRequest: (p) => ({ error: { code: 400, message: p.message, status: 'INVALID_ARGUMENT' } }),
  contextLength: () => ({
    status: 400,
    body: { error: { code: 400, message: 'The input token count (1258291) exceeds the maximum number of tokens allowed (1048576).', status: 'INVALID_ARGUMENT' } },
  }),
  // Gemini blocks a prompt with a 200 whose body says why, and no candidates.
  contentFilter: (model) => ({
    status: 200,
    body: {
      promptFeedback: {
        blockReason: 'SAFETY',
        safetyRatings: [
          { category: 'HARM_CATEGORY_SEXUALLY_EXPLICIT', probability: 'NEGLIGIBLE' },
          { category: 'HARM_CATEGORY_HATE_SPEECH', probability: 'NEGLIGIBLE' },
          { category: 'HARM_CATEGORY_HARASSMENT', probability: 'NEGLIGIBLE' },
          { category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH' },
        ],
      },
      usageMetadata: { promptTokenCount: 12, totalTokenCount: 12 },
      modelVersion: model,
      responseId: `mock${hex(10)}`,
    },
  }),
};
