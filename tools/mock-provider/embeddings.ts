/**
 * Embeddings: OpenAI `POST /v1/embeddings` (Mistral and OpenAI-compatible servers use the same
 * shape) and Gemini `models/{model}:embedContent` / `:batchEmbedContents`. A vector is a pure
 * function of its text: SHA-256 in counter mode gives the components, then the vector is scaled to
 * unit length. Its first d components do not depend on the length asked for, so a shorter vector
 * is the longer one cut and re-normalised, as OpenAI's `dimensions` behaves.
 */
import { createHash } from 'node:crypto';
import { isRecord, records, tokens, type Json, type RequestProblem } from './conversation';

export const OPENAI_DEFAULT_DIMENSIONS = 1536;
export const GEMINI_DEFAULT_DIMENSIONS = 768;
const MAX_DIMENSIONS = 4096;

/** Unit-length, float32-exact components (so `float` and `base64` answers carry the same numbers). */
export function embeddingVector(text: string, dimensions: number): number[] {
  const raw: number[] = [];
  for (let block = 0; raw.length < dimensions; block += 1) {
    const digest = createHash('sha256').update(`${block}\u0000${text}`).digest();
    for (let i = 0; i + 4 <= digest.length && raw.length < dimensions; i += 4) raw.push((digest.readUInt32LE(i) / 0xffffffff) * 2 - 1);
  }
  const norm = Math.sqrt(raw.reduce((sum, x) => sum + x * x, 0)) || 1;
  return raw.map((x) => Math.fround(x / norm));
}

/** Little-endian float32, as OpenAI's `encoding_format: "base64"` returns it. */
export function toBase64Float32(vector: number[]): string {
  const buffer = Buffer.alloc(vector.length * 4);
  vector.forEach((x, i) => buffer.writeFloatLE(x, i * 4));
  return buffer.toString('base64');
}

function checkDimensions(value: unknown, param: string): number | RequestProblem | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_DIMENSIONS) return value;
  return { message: `Invalid '${param}': expected an integer between 1 and ${MAX_DIMENSIONS} (mock).`, param, code: 'invalid_value' };
}

export interface OpenAIEmbeddingRequest {
  inputs: string[];
  dimensions: number;
  encoding: 'float' | 'base64';
}

/** `input` may be a string, an array of strings, or token arrays (embedded by their JSON text). */
export function readOpenAIEmbeddingRequest(body: Json): OpenAIEmbeddingRequest | RequestProblem {
  const input = body.input;
  const tokenArray = Array.isArray(input) && input.length > 0 && input.every((x) => typeof x === 'number');
  const list = typeof input === 'string' ? [input] : tokenArray ? [JSON.stringify(input)] : input;
  const invalidInput = { message: "'$.input' is invalid: expected a non-empty string or a non-empty array of non-empty strings or token arrays (mock).", param: 'input', code: 'invalid_value' };
  if (!Array.isArray(list) || list.length === 0 || list.length > 2048) return invalidInput;
  const inputs: string[] = [];
  for (const item of list) {
    if (typeof item === 'string' && item !== '') inputs.push(item);
    else if (Array.isArray(item) && item.length > 0 && item.every((x) => typeof x === 'number')) inputs.push(JSON.stringify(item));
    else return invalidInput;
  }
  const dimensions = checkDimensions(body.dimensions, 'dimensions');
  if (typeof dimensions === 'object') return dimensions;
  const encoding = body.encoding_format ?? 'float';
  if (encoding !== 'float' && encoding !== 'base64') {
    return { message: `Invalid value for 'encoding_format': expected 'float' or 'base64', got ${JSON.stringify(encoding)} (mock).`, param: 'encoding_format', code: 'invalid_value' };
  }
  return { inputs, dimensions: dimensions ?? OPENAI_DEFAULT_DIMENSIONS, encoding };
}

export function openaiEmbeddingBody(request: OpenAIEmbeddingRequest, model: string): Json {
  const promptTokens = request.inputs.reduce((sum, text) => sum + tokens(text), 0);
  return {
    object: 'list',
    data: request.inputs.map((text, index) => {
      const vector = embeddingVector(text, request.dimensions);
      return { object: 'embedding', index, embedding: request.encoding === 'base64' ? toBase64Float32(vector) : vector };
    }),
    model,
    usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
  };
}

/** One Gemini EmbedContentRequest: its text parts and `outputDimensionality`. */
function readGeminiItem(item: Json, path: string): { text: string; dimensions: number } | RequestProblem {
  const content = isRecord(item.content) ? item.content : undefined;
  const parts = records(content?.parts);
  if (!content || parts.length === 0) return { message: `* ${path}content: content is not specified` };
  const dimensions = checkDimensions(item.outputDimensionality ?? item.output_dimensionality, `${path}output_dimensionality`);
  if (typeof dimensions === 'object') return dimensions;
  const text = parts.map((p) => (typeof p.text === 'string' ? p.text : '')).join(' ');
  return { text, dimensions: dimensions ?? GEMINI_DEFAULT_DIMENSIONS };
}

/** An embedding answer, or why the request is refused. */
export type EmbeddingAnswer = { ok: true; body: Json } | { ok: false; problem: RequestProblem };

export function openaiEmbeddingAnswer(body: Json, model: string): EmbeddingAnswer {
  const request = readOpenAIEmbeddingRequest(body);
  return 'inputs' in request ? { ok: true, body: openaiEmbeddingBody(request, model) } : { ok: false, problem: request };
}

/** `:embedContent` answers `{embedding}`; `:batchEmbedContents` answers `{embeddings}` in request order. */
export function geminiEmbeddingAnswer(body: Json, batch: boolean): EmbeddingAnswer {
  if (!batch) {
    const item = readGeminiItem(body, 'EmbedContentRequest.');
    return 'message' in item ? { ok: false, problem: item } : { ok: true, body: { embedding: { values: embeddingVector(item.text, item.dimensions) } } };
  }
  const requests = records(body.requests);
  if (requests.length === 0) return { ok: false, problem: { message: '* BatchEmbedContentsRequest.requests: requests is not specified' } };
  const embeddings: Json[] = [];
  for (const [i, request] of requests.entries()) {
    const item = readGeminiItem(request, `BatchEmbedContentsRequest.requests[${i}].`);
    if ('message' in item) return { ok: false, problem: item };
    embeddings.push({ values: embeddingVector(item.text, item.dimensions) });
  }
  return { ok: true, body: { embeddings } };
}
