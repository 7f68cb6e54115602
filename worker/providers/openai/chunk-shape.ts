/**
 * The shape check of one Chat Completions stream chunk, by hand: the same verdict as the zod union
 * @ai-sdk/openai validates every chunk with (a completion chunk, else an error frame), without
 * building zod's result objects per chunk. Unknown keys pass, as in zod; an error frame is returned
 * with only the keys that schema keeps (zod strips the rest), since that object is what the SDK
 * hands on as the stream's error.
 */

/** The fields of a chunk that are read. */
export interface ChatChunk {
  id?: string | null;
  created?: number | null;
  model?: string | null;
  choices: Array<{ delta?: { content?: string | null; refusal?: string | null } | null; finish_reason?: string | null }>;
  usage?: { prompt_tokens?: number | null; completion_tokens?: number | null } | null;
}

export type ErrorFrame = { message: string; type?: string | null; param?: unknown; code?: string | number | null };

export type CheckedChunk = { kind: 'chunk'; chunk: ChatChunk } | { kind: 'error'; error: ErrorFrame } | { kind: 'invalid'; problem: string };

/** A check answers the path of the first field out of shape, or undefined. */
type Check = (value: unknown, path: string) => string | undefined;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check = (v, path) => (typeof v === 'string' ? undefined : path);
const num: Check = (v, path) => (typeof v === 'number' && Number.isFinite(v) ? undefined : path);
const literal = (expected: string): Check => (v, path) => (v === expected ? undefined : path);
const nullish = (check: Check): Check => (v, path) => (v === null || v === undefined ? undefined : check(v, path));
const oneOf = (...checks: Check[]): Check => (v, path) => (checks.some((c) => c(v, path) === undefined) ? undefined : path);

function array(item: Check): Check {
  return (v, path) => {
    if (!Array.isArray(v)) return path;
    for (let i = 0; i < v.length; i++) {
      const bad = item(v[i], `${path}[${i}]`);
      if (bad !== undefined) return bad;
    }
    return undefined;
  };
}

function object(fields: Record<string, Check>): Check {
  const entries = Object.entries(fields);
  return (v, path) => {
    if (!isRecord(v)) return path;
    for (const [key, check] of entries) {
      const bad = check(v[key], `${path}.${key}`);
      if (bad !== undefined) return bad;
    }
    return undefined;
  };
}

const logprobs = nullish(array(object({ token: str, logprob: num, top_logprobs: array(object({ token: str, logprob: num })) })));
const optNum = nullish(num);

const chunkShape = object({
  id: nullish(str),
  created: optNum,
  model: nullish(str),
  choices: array(
    object({
      delta: nullish(
        object({
          role: nullish(literal('assistant')),
          content: nullish(str),
          refusal: nullish(str),
          tool_calls: nullish(
            array(object({ index: num, id: nullish(str), type: nullish(literal('function')), function: object({ name: nullish(str), arguments: nullish(str) }) })),
          ),
          annotations: nullish(
            array(object({ type: literal('url_citation'), url_citation: object({ start_index: num, end_index: num, url: str, title: str }) })),
          ),
        }),
      ),
      logprobs: nullish(object({ content: logprobs, refusal: logprobs })),
      finish_reason: nullish(str),
      index: num,
    }),
  ),
  usage: nullish(
    object({
      prompt_tokens: optNum,
      completion_tokens: optNum,
      total_tokens: optNum,
      prompt_tokens_details: nullish(object({ cached_tokens: optNum, cache_write_tokens: optNum })),
      completion_tokens_details: nullish(object({ reasoning_tokens: optNum, accepted_prediction_tokens: optNum, rejected_prediction_tokens: optNum })),
    }),
  ),
});

const errorShape = object({
  error: object({ message: str, type: nullish(str), code: nullish(oneOf(str, num)) }),
});

/** An error frame (`{"error":{"message",...}}`) with only the keys zod keeps, or undefined for anything else. */
export function errorFrameOf(value: unknown): ErrorFrame | undefined {
  if (errorShape(value, '$') !== undefined) return undefined;
  const error = (value as { error: Record<string, unknown> }).error;
  const kept: ErrorFrame = { message: error.message as string };
  for (const key of ['type', 'param', 'code'] as const) if (key in error) Object.assign(kept, { [key]: error[key] });
  return kept;
}

/** The union's verdict on a parsed chunk, in the union's order. */
export function checkChunk(value: unknown): CheckedChunk {
  const problem = chunkShape(value, '$');
  if (problem === undefined) return { kind: 'chunk', chunk: value as ChatChunk };
  const error = errorFrameOf(value);
  if (error) return { kind: 'error', error };
  return { kind: 'invalid', problem: `${problem} is missing or of the wrong type` };
}
