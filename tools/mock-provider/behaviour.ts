/**
 * The mock provider's behaviour, chosen per request by the MODEL NAME so any client can drive it
 * with ordinary configuration (e.g. OPENAI_MODEL=mock-status-503).
 *
 *   model     := "mock-" directive ( "+" directive )*      anything not starting "mock-" = ok
 *   directive := ok                       answer normally (the default)
 *              | latency-<ms>             wait <ms> before answering (or failing)
 *              | latency-<min>-<max>      wait a uniformly random time in [min, max] ms
 *              | status-<code>            answer <code> (400-599) with a provider-shaped error body
 *              | status-<code>-retry-<s>  ... and `Retry-After: <s>` (seconds)
 *              | status-<code>-retry-ms-<ms>  ... and `retry-after-ms: <ms>`
 *              | hang                     read the request, never answer
 *              | reset                    destroy the connection before any header
 *              | truncated                200 whose JSON body is cut in half (framing intact)
 *              | invalid-json             200 whose body is not JSON
 *              | context-length           400 "maximum context length" in the provider's format
 *              | content-filter           400 content-filter rejection in the provider's format
 *              | fail-first-<n>           the first <n> calls for this exact model name fail, then healthy
 *              | fail-rate-<p>            each call fails with probability p (0..1)
 *   streams (faults after the headers; the timing ones also pace non-streamed answers):
 *              | first-token-<ms>         headers at once, the first content chunk <ms> later
 *              | chunk-delay-<ms>         wait <ms> between content chunks
 *              | cut-after-<n>            end the response cleanly after <n> content chunks (no finish, no terminator)
 *              | reset-after-<n>          destroy the connection after <n> content chunks
 *              | stall-after-<n>          after <n> content chunks send nothing more, keep the connection open
 *              | invalid-chunk            one event that is not JSON, after the first content chunk
 *              | no-terminator            everything but the terminator (`[DONE]` / `message_stop`), then close
 *              | stall-at-end             everything but the terminator, then silence on an open connection
 *   any request:
 *              | (no directive) a credential containing "revoked" is refused with a 401, whatever the model
 *              | no-prefill               400 when the last message is the assistant's (assistant prefill)
 *              | random-answer            the answer starts with a random word, so two calls differ
 *              | words-<n>                the text answer is n words long (streamed one word per chunk)
 *              | hit-limit                the text answer ends as if cut at the output-token limit (finish_reason
 *                                         `length`, stop_reason `max_tokens`, finishReason `MAX_TOKENS`)
 *              | tools-parallel-<n>       when a tool is called, call the first n offered tools at once
 *              | json-invalid             in JSON mode, answer text that is not JSON
 *              | json-mismatch            in JSON mode, answer valid JSON that violates the schema
 *
 * Timing directives (first-token, chunk-delay, stall-after, stall-at-end) shape non-streamed answers
 * too: the whole answer is sent when the stream would have ended, and never when it would stall.
 * json-invalid / json-mismatch are faults: with fail-first / fail-rate they apply to failing calls only.
 *
 * With fail-first / fail-rate, the failure directive (status, hang, reset, ..., or a stream fault)
 * says HOW a call fails (default: status-503); without them, it applies to every call.
 * Examples: mock-latency-200, mock-status-429-retry-2, mock-fail-first-3,
 * mock-latency-50-300+fail-rate-0.3, mock-fail-first-2+reset.
 */

export type Failure =
  | { kind: 'status'; status: number; retryAfterSeconds?: number; retryAfterMs?: number }
  | { kind: 'hang' | 'reset' | 'truncated' | 'invalid-json' | 'context-length' | 'content-filter' };

/** Ways a streamed answer goes wrong after its headers were sent. */
export type StreamFault = { kind: 'cut-after' | 'reset-after' | 'stall-after'; chunks: number } | { kind: 'invalid-chunk' | 'no-terminator' | 'stall-at-end' };

/** A well-formed 200 whose JSON-mode answer is wrong: not JSON at all, or JSON the schema refuses. */
export type JsonFault = 'invalid' | 'mismatch';

export interface Behaviour {
  latency?: { min: number; max: number };
  failure?: Failure;
  streamFault?: StreamFault;
  failFirst?: number;
  failRate?: number;
  firstTokenMs?: number;
  chunkDelayMs?: number;
  noPrefill?: boolean;
  randomAnswer?: boolean;
  words?: number;
  hitLimit?: boolean;
  toolsParallel?: number;
  jsonFault?: JsonFault;
}

/** What one call does: nothing set means a healthy answer. */
export interface CallPlan {
  failure?: Failure;
  streamFault?: StreamFault;
  jsonFault?: JsonFault;
}

export type ParseResult = { ok: true; behaviour: Behaviour } | { ok: false; error: string };

const SIMPLE_FAILURES = new Set(['hang', 'reset', 'truncated', 'invalid-json', 'context-length', 'content-filter']);
const INT = '(\\d{1,7})';

function parseDirective(raw: string, into: Behaviour): string | undefined {
  const d = raw.startsWith('mock-') ? raw.slice(5) : raw;
  let m: RegExpMatchArray | null;
  if (d === 'ok') return undefined;
  if ((m = d.match(new RegExp(`^latency-${INT}(?:-${INT})?$`)))) {
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : Number(m[2]);
    if (max < min) return `latency range ${min}-${max} is reversed`;
    into.latency = { min, max };
    return undefined;
  }
  if ((m = d.match(new RegExp(`^status-(\\d{3})(?:-retry-(ms-)?${INT})?$`)))) {
    const status = Number(m[1]);
    if (status < 400 || status > 599) return `status ${status} must be 400-599`;
    const value = m[3] === undefined ? undefined : Number(m[3]);
    into.failure = { kind: 'status', status, ...(m[2] ? { retryAfterMs: value } : { retryAfterSeconds: value }) };
    return undefined;
  }
  if (SIMPLE_FAILURES.has(d)) {
    into.failure = { kind: d as Exclude<Failure['kind'], 'status'> };
    return undefined;
  }
  if (parseStreamDirective(d, into)) return undefined;
  if ((m = d.match(new RegExp(`^fail-first-${INT}$`)))) {
    into.failFirst = Number(m[1]);
    return undefined;
  }
  if ((m = d.match(/^fail-rate-(0(?:\.\d+)?|1(?:\.0+)?)$/))) {
    into.failRate = Number(m[1]);
    return undefined;
  }
  return `unknown mock directive "${d}"`;
}

function parseStreamDirective(d: string, into: Behaviour): boolean {
  let m: RegExpMatchArray | null;
  if ((m = d.match(new RegExp(`^(first-token|chunk-delay)-${INT}$`)))) {
    if (m[1] === 'first-token') into.firstTokenMs = Number(m[2]);
    else into.chunkDelayMs = Number(m[2]);
    return true;
  }
  if ((m = d.match(new RegExp(`^(cut-after|reset-after|stall-after)-${INT}$`)))) {
    into.streamFault = { kind: m[1] as 'cut-after' | 'reset-after' | 'stall-after', chunks: Number(m[2]) };
    return true;
  }
  if (d === 'invalid-chunk' || d === 'no-terminator' || d === 'stall-at-end') {
    into.streamFault = { kind: d };
    return true;
  }
  if (d === 'no-prefill') into.noPrefill = true;
  else if (d === 'random-answer') into.randomAnswer = true;
  else return parseAnswerDirective(d, into);
  return true;
}

/** Directives that shape a healthy answer: its length, its tool calls, its JSON. */
function parseAnswerDirective(d: string, into: Behaviour): boolean {
  let m: RegExpMatchArray | null;
  if ((m = d.match(/^words-([1-9]\d{0,6})$/))) into.words = Number(m[1]);
  else if ((m = d.match(/^tools-parallel-([1-9]\d{0,2})$/))) into.toolsParallel = Number(m[1]);
  else if (d === 'hit-limit') into.hitLimit = true;
  else if (d === 'json-invalid') into.jsonFault = 'invalid';
  else if (d === 'json-mismatch') into.jsonFault = 'mismatch';
  else return false;
  return true;
}

export function parseBehaviour(model: string): ParseResult {
  const behaviour: Behaviour = {};
  if (!model.startsWith('mock-')) return { ok: true, behaviour };
  for (const part of model.slice(5).split('+')) {
    const error = parseDirective(part, behaviour);
    if (error) return { ok: false, error: `${error} in model "${model}" (see tools/mock-provider/README.md)` };
  }
  return { ok: true, behaviour };
}

/** What this call does. `callNumber` counts from 1 per model name. */
export function decideCall(b: Behaviour, callNumber: number, random: () => number): CallPlan {
  const json = b.jsonFault === undefined ? {} : { jsonFault: b.jsonFault };
  const gated = b.failFirst !== undefined || b.failRate !== undefined;
  if (!gated) return { failure: b.failure, streamFault: b.streamFault, ...json };
  const fails = (b.failFirst !== undefined && callNumber <= b.failFirst) || (b.failRate !== undefined && random() < b.failRate);
  if (!fails) return {};
  // A stream fault or a JSON fault is itself the way the call fails; only with none is the default a 503.
  const failure = b.failure ?? (b.streamFault || b.jsonFault ? undefined : { kind: 'status', status: 503 });
  return { failure, streamFault: b.streamFault, ...json };
}

/** What this call does: `undefined` to answer normally (stream faults aside). */
export function decideFailure(b: Behaviour, callNumber: number, random: () => number): Failure | undefined {
  return decideCall(b, callNumber, random).failure;
}

export function latencyMs(b: Behaviour, random: () => number): number {
  if (!b.latency) return 0;
  const { min, max } = b.latency;
  return min + Math.round(random() * (max - min));
}
