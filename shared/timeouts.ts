/**
 * How long a request may take: the pure rules behind a /v1 request's deadline. Liveness, not
 * length, decides a provider call's timeout (first-token and idle limits, in the worker); these
 * rules bound the whole request:
 * - V1_REQUEST_TIMEOUT_SECONDS (default 600, what the OpenAI SDKs wait) for every /v1 request;
 * - TIMEOUT_OVERRIDES: per route or model, by the name the client asked for (`fast`,
 *   `openai/gpt-4o`) or by the first target's `provider/model`;
 * - the client's own timeout (`x-stainless-timeout`, sent by the OpenAI SDKs) caps it: no work is
 *   done for a client that has stopped waiting.
 * /ai/task keeps TASK_DEADLINE_SECONDS (60 s by default).
 */
import { z } from 'zod';
import { jsonEnv } from './config/json-env';

export const timeoutOverridesSchema = jsonEnv(
  z.record(z.string().min(1), z.number().positive().max(86_400)),
  'a JSON object of route name or "provider/model" to seconds, e.g. {"reasoning":1800,"openai/gpt-4o-mini":120}',
);
export type TimeoutOverrides = z.infer<typeof timeoutOverridesSchema>;

/**
 * `x-stainless-timeout` in milliseconds, or undefined when absent or unreadable. The OpenAI SDKs
 * send whole seconds ("600"); some Stainless clients send milliseconds. A value of 10 000 or more
 * is read as milliseconds (10 000 seconds is far past any limit here); a smaller one as seconds.
 * Misreading milliseconds below that as seconds only lets the request run up to our own limit.
 */
export function clientTimeoutMs(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const text = header.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) return undefined;
  return value >= 10_000 ? Math.round(value) : Math.round(value * 1000);
}

export interface RequestLimitInput {
  /** V1_REQUEST_TIMEOUT_SECONDS in ms. */
  defaultMs: number;
  overrides: TimeoutOverrides;
  /** The `model` the client sent (a route, `provider/model`, `auto`). */
  requested: string;
  /** The first target the request resolved to, as `provider/model`. */
  firstTarget?: string;
  /** The client's timeout, in ms (clientTimeoutMs). */
  clientMs?: number;
}

export interface RequestLimit {
  ms: number;
  /** Which rule set it, for messages. */
  source: 'V1_REQUEST_TIMEOUT_SECONDS' | 'TIMEOUT_OVERRIDES' | 'x-stainless-timeout';
}

export function requestLimit(input: RequestLimitInput): RequestLimit {
  const override = input.overrides[input.requested] ?? (input.firstTarget === undefined ? undefined : input.overrides[input.firstTarget]);
  const configured: RequestLimit = override !== undefined ? { ms: override * 1000, source: 'TIMEOUT_OVERRIDES' } : { ms: input.defaultMs, source: 'V1_REQUEST_TIMEOUT_SECONDS' };
  if (input.clientMs !== undefined && input.clientMs < configured.ms) return { ms: input.clientMs, source: 'x-stainless-timeout' };
  return configured;
}
