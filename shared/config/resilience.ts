/** Timeouts, retries and circuit breakers: how the chain treats a slow or failing provider. */
import { defineGroup, setting } from './variable';
import { timeoutOverridesSchema } from '../timeouts';
import { fraction, int, seconds } from './values';

export const resilienceGroup = defineGroup('resilience', 'Timeouts, retries and circuit breakers', {
  TIMEOUT_SECONDS: setting(seconds(), {
    default: '10',
    description: 'The whole-answer limit of a provider that cannot stream (the offline `local` provider). Every other provider is called through its streaming API and judged by FIRST_TOKEN_TIMEOUT_SECONDS and STREAM_IDLE_TIMEOUT_SECONDS, so a long answer that keeps coming is never cut.',
    example: '30',
  }),
  MAX_RETRIES: setting(int(0, 10), { default: '1', description: 'Retries of a retryable error on the same provider before failing over.', example: '2' }),
  TASK_DEADLINE_SECONDS: setting(seconds(), {
    default: '60',
    description: 'A whole /ai/task task\'s budget across every provider and retry; the sync wait never exceeds it. /v1 requests use V1_REQUEST_TIMEOUT_SECONDS instead.',
    example: '120',
  }),
  V1_REQUEST_TIMEOUT_SECONDS: setting(seconds(), {
    default: '600',
    description: 'The total limit of a /v1 request (what the OpenAI SDKs wait by default), across every provider and retry; TIMEOUT_OVERRIDES sets it per route or model, and a client\'s `x-stainless-timeout` caps it.',
    example: '900',
  }),
  TIMEOUT_OVERRIDES: setting(timeoutOverridesSchema, {
    default: '{}',
    description: 'Per route or model: the /v1 total limit in seconds, by the name the client asks for (a route, `provider/model`) or the first target\'s `provider/model`.',
    example: '{"reasoning":1800,"openai/gpt-4o-mini":120}',
  }),
  FIRST_TOKEN_TIMEOUT_SECONDS: setting(seconds(), {
    default: '15',
    description: 'Every provider call (all are streamed internally, also for non-streamed answers): a provider that sends no token this long after the call began has failed, and the chain moves on.',
    example: '20',
  }),
  STREAM_IDLE_TIMEOUT_SECONDS: setting(seconds(), {
    default: '10',
    description: 'Every provider call: a provider silent this long between chunks has failed (an answer that keeps coming is never cut for its length); the API gives up on a silent worker a little later.',
    example: '30',
  }),
  RETRY_BASE_MS: setting(int(0, 60_000), { default: '200', description: 'The first retry\'s backoff (full jitter, doubling).', example: '500' }),
  RETRY_MAX_MS: setting(int(0, 600_000), { default: '2000', description: 'The longest backoff between two retries.', example: '5000' }),
  RETRY_AFTER_MAX_MS: setting(int(0, 600_000), {
    default: '10000',
    description: 'The longest Retry-After the gateway waits out on one provider; a longer one fails over at once.',
    example: '5000',
  }),
  CIRCUIT_BREAKER_THRESHOLD: setting(int(1, 1000), {
    default: '3',
    description: 'Consecutive failures that open a provider\'s circuit.',
    example: '5',
  }),
  CIRCUIT_BREAKER_RESET_TIMEOUT: setting(seconds(), {
    default: '60',
    description: 'Seconds an opened circuit stays open before a probe call is let through.',
    example: '30',
  }),
  CIRCUIT_BREAKER_MAX_RESET_TIMEOUT: setting(seconds(), {
    default: '600',
    description: 'Each re-open doubles the open time, up to this many seconds.',
    example: '900',
  }),
  CIRCUIT_BREAKER_WINDOW_SECONDS: setting(seconds(), {
    default: '60',
    description: 'The failure-rate rule: over this window, more than CIRCUIT_BREAKER_FAILURE_RATE of at least CIRCUIT_BREAKER_MIN_CALLS calls failing opens the circuit.',
    example: '120',
  }),
  CIRCUIT_BREAKER_FAILURE_RATE: setting(fraction(), {
    default: '0.5',
    description: 'The share of failed calls in the window that opens the circuit (above 0, at most 1).',
    example: '0.25',
  }),
  CIRCUIT_BREAKER_MIN_CALLS: setting(int(1, 1_000_000), {
    default: '10',
    description: 'Calls the window needs before the failure-rate rule applies.',
    example: '20',
  }),
  CIRCUIT_BREAKER_HALF_OPEN_PROBES: setting(int(1, 1000), {
    default: '1',
    description: 'Probe calls a half-open circuit lets through across the whole fleet at once.',
    example: '2',
  }),
  RATE_LIMIT_COOLDOWN_MS: setting(int(0, 3_600_000), {
    default: '5000',
    description: 'How long a provider is skipped after a 429 that names no Retry-After.',
    example: '10000',
  }),
});
