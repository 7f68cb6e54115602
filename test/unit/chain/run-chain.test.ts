/**
 * The fallback chain's policy, fast: scripted providers and the per-process breaker, no Redis.
 * Which provider answers, what each attempt records, when the chain stops early, and which
 * error code (from the catalogue) a failed chain ends with.
 */
import { MemoryCircuitBreaker } from '../../../shared/breaker/memory-breaker';
import type { BreakerSettings } from '../../../shared/breaker/types';
import { isErrorCode } from '../../../shared/errors/catalog';
import { runChain, type ChainInput } from '../../../worker/chain/run-chain';
import type { CompletionRequest } from '../../../worker/providers/types';
import { summarizeTask } from '../../../worker/tasks/summarize';
import type { TaskDefinition } from '../../../worker/tasks/types';
import { scriptedProvider, type Step } from '../../helpers/fake-providers';

const SETTINGS: BreakerSettings = {
  threshold: 2,
  failureRate: 0.5,
  minCalls: 100,
  windowMs: 60_000,
  resetTimeoutMs: 60_000,
  maxResetTimeoutMs: 60_000,
  halfOpenProbes: 1,
  probeLeaseMs: 5_000,
  defaultCooldownMs: 60_000,
};
const REQUEST: CompletionRequest = { task: 'summarize', text: 'A text.', options: {}, system: 's', prompt: 'A text.', responseFormat: 'text' };

function chain(providers: [string, Step[]][], overrides: Partial<ChainInput> = {}) {
  const adapters = providers.map(([name, steps]) => scriptedProvider(name, steps));
  const failovers: string[] = [];
  const input: ChainInput = {
    chain: adapters,
    task: summarizeTask as unknown as TaskDefinition,
    request: REQUEST,
    breaker: new MemoryCircuitBreaker({ settings: SETTINGS }),
    retry: { maxRetries: 1, baseMs: 1, capMs: 2, maxRetryAfterMs: 50, timeoutMs: 1_000 },
    deadline: Date.now() + 10_000,
    onFailover: (from, to, reason) => failovers.push(`${from}->${to} (${reason})`),
    ...overrides,
  };
  return { adapters, failovers, input };
}

const trail = (attempts: { provider: string; outcome: string; error_kind?: string }[]) => attempts.map((a) => `${a.provider}:${a.outcome}${a.error_kind ? `:${a.error_kind}` : ''}`);

describe('the fallback chain', () => {
  it('answers from the first provider that succeeds, retrying a retryable error once before moving on', async () => {
    const { input, failovers } = chain([
      ['a', [{ fail: 'server_error', status: 500 }]],
      ['b', [{ fail: 'overloaded', status: 503 }, { ok: 'from b' }]],
      ['c', [{ ok: 'from c' }]],
    ]);
    const result = await runChain(input);
    if (!result.ok) throw new Error(result.message);
    expect(result.success.output.result).toBe('from b');
    expect(trail(result.attempts)).toEqual(['a:error:server_error', 'a:error:server_error', 'b:error:overloaded', 'b:success']);
    expect(result.attempts[1]?.failover_to).toBe('b');
    expect(failovers).toEqual(['a->b (server_error)']);
  });

  it('does not retry what waiting cannot fix, and moves on at once', async () => {
    const { input, adapters } = chain([
      ['a', [{ fail: 'auth', status: 401 }]],
      ['b', [{ ok: 'from b' }]],
    ]);
    const result = await runChain(input);
    expect(result.ok).toBe(true);
    expect(adapters[0]?.calls).toHaveLength(1);
  });

  it('stops at a content-filter refusal: another provider would only be asked to do what was refused', async () => {
    const { input, adapters } = chain([
      ['a', [{ fail: 'content_filter', status: 400 }]],
      ['b', [{ ok: 'from b' }]],
    ]);
    const result = await runChain(input);
    expect(result).toMatchObject({ ok: false, code: 'content_filtered' });
    expect(adapters[1]?.calls).toHaveLength(0);
  });

  it('skips a provider whose circuit is open, recording why', async () => {
    const { input, adapters } = chain([
      ['a', [{ ok: 'never asked' }]],
      ['b', [{ ok: 'from b' }]],
    ]);
    await input.breaker.record('a', 'fault');
    await input.breaker.record('a', 'fault');
    const result = await runChain(input);
    expect(trail(result.attempts)).toEqual(['a:skipped:circuit_open', 'b:success']);
    expect(adapters[0]?.calls).toHaveLength(0);
  });

  it.each([
    ['every provider failed', [['a', [{ fail: 'server_error', status: 500 }]]] as [string, Step[]][], {}, 'all_providers_failed'],
    ['there is no provider', [] as [string, Step[]][], {}, 'no_provider_available'],
    ['the deadline has passed', [['a', [{ ok: 'late' }]]] as [string, Step[]][], { deadline: Date.now() - 1 }, 'task_deadline_exceeded'],
  ])('ends with a catalogue code when %s', async (_case, providers, overrides, code) => {
    const result = await runChain(chain(providers, overrides).input);
    expect(result).toMatchObject({ ok: false, code });
    expect(isErrorCode(code)).toBe(true);
  });
});
