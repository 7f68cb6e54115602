/** What /provider/status will show per deployment, rendered from a real (per-process) store's status. */
import { MemoryHealthStore } from '../../shared/health/memory-store';
import { deploymentStatusView, deploymentStatusViewSchema } from '../../shared/health/status-view';
import { HOLD_MS, KEY_1, KEY_2, OPENAI_URL, RULES, admit, call, deployment } from './helpers';

const gpt4o = deployment('openai', 'gpt-4o', KEY_1, OPENAI_URL);
const gpt4oKey2 = deployment('openai', 'gpt-4o', KEY_2, OPENAI_URL);
const NOW = Date.parse('2030-01-02T03:04:05.000Z');

describe('deploymentStatusView', () => {
  it('shows a healthy deployment: closed everywhere, its load and median latency, the key by its label only', async () => {
    const store = new MemoryHealthStore({ settings: RULES, now: () => NOW });
    for (const ms of [120, 80, 100]) await call(store, gpt4oKey2, 'success', 'deployment', ms);
    await call(store, gpt4oKey2, 'fault');
    await admit(store, gpt4oKey2, HOLD_MS);
    const [status] = await store.status([gpt4oKey2]);
    const view = deploymentStatusView(status as NonNullable<typeof status>);
    expect(view).toEqual({
      id: 'openai/gpt-4o#OPENAI_API_KEYS[1]',
      provider: 'openai',
      model: 'gpt-4o',
      credential: 'OPENAI_API_KEYS[1]',
      base_url_host: 'api.openai.example',
      state: 'closed',
      scope_states: { deployment: 'closed', credential: 'closed', base_url: 'closed' },
      failure_rate: 0.25,
      cooldown_until: null,
      in_flight: 1,
      p50_latency_ms: 100,
      misconfigured: null,
    });
    expect(deploymentStatusViewSchema.parse(view)).toEqual(view);
    expect(JSON.stringify(view)).not.toContain(KEY_2.secret);
  });

  it('shows the worst scope as the state, when its cooldown ends, and which scope is misconfigured and why', async () => {
    const store = new MemoryHealthStore({ settings: RULES, now: () => NOW });
    const limited = await admit(store, gpt4o);
    const revoked = await admit(store, gpt4o);
    await store.record(gpt4o, limited, { outcome: 'rate_limited', scope: 'deployment', retryAfterMs: 12_000, latencyMs: 3 });
    await store.record(gpt4o, revoked, { outcome: 'misconfigured', scope: 'credential', reason: '401 key revoked', latencyMs: 3 });
    const [status] = await store.status([gpt4o]);
    const view = deploymentStatusView(status as NonNullable<typeof status>);
    expect(view).toMatchObject({
      state: 'open',
      scope_states: { deployment: 'closed', credential: 'open', base_url: 'closed' },
      failure_rate: 0,
      cooldown_until: '2030-01-02T03:04:17.000Z',
      in_flight: 0,
      p50_latency_ms: null,
      misconfigured: { scope: 'credential', reason: '401 key revoked', since: '2030-01-02T03:04:05.000Z' },
    });
    expect(deploymentStatusViewSchema.safeParse(view).success).toBe(true);
  });

  it('rounds the failure rate to three decimals', async () => {
    const store = new MemoryHealthStore({ settings: { ...RULES, threshold: 100, minCalls: 100 }, now: () => NOW });
    for (const o of ['fault', 'success', 'success'] as const) await call(store, gpt4o, o);
    const [status] = await store.status([gpt4o]);
    expect(deploymentStatusView(status as NonNullable<typeof status>).failure_rate).toBe(0.333);
  });
});
