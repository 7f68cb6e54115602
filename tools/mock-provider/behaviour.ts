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
 *
 * With fail-first / fail-rate, the failure directive (status, hang, reset, ...) says HOW a call
 * fails (default: status-503); without them, a failure directive applies to every call.
 * Examples: mock-latency-200, mock-status-429-retry-2, mock-fail-first-3,
 * mock-latency-50-300+fail-rate-0.3, mock-fail-first-2+reset.
 */

export type Failure =
  | { kind: 'status'; status: number; retryAfterSeconds?: number; retryAfterMs?: number }
  | { kind: 'hang' | 'reset' | 'truncated' | 'invalid-json' | 'context-length' | 'content-filter' };

export interface Behaviour {
  latency?: { min: number; max: number };
  failure?: Failure;
  failFirst?: number;
  failRate?: number;
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

export function parseBehaviour(model: string): ParseResult {
  const behaviour: Behaviour = {};
  if (!model.startsWith('mock-')) return { ok: true, behaviour };
  for (const part of model.slice(5).split('+')) {
    const error = parseDirective(part, behaviour);
    if (error) return { ok: false, error: `${error} in model "${model}" (see tools/mock-provider/README.md)` };
  }
  return { ok: true, behaviour };
}

/** What this call does: `undefined` to answer normally. `callNumber` counts from 1 per model name. */
export function decideFailure(b: Behaviour, callNumber: number, random: () => number): Failure | undefined {
  const gated = b.failFirst !== undefined || b.failRate !== undefined;
  if (!gated) return b.failure;
  const fails = (b.failFirst !== undefined && callNumber <= b.failFirst) || (b.failRate !== undefined && random() < b.failRate);
  return fails ? (b.failure ?? { kind: 'status', status: 503 }) : undefined;
}

export function latencyMs(b: Behaviour, random: () => number): number {
  if (!b.latency) return 0;
  const { min, max } = b.latency;
  return min + Math.round(random() * (max - min));
}
