/**
 * How each provider fault plays out through the whole gateway: real API, queue, worker,
 * deployment health in Redis and Postgres, with the mock provider behind real OpenAI-compatible
 * adapters; every scenario in three shapes of the same chain (./helpers/shapes.ts): several
 * providers, the models of one provider, two keys of one provider per model.
 */
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { mockProviderPerFile } from './helpers/mock-per-file';
import { perShape, SHAPES, startShaped, type Shaped } from './helpers/shapes';

describe.each(SHAPES)('provider faults through the gateway (%s)', (shape) => {
  const fx = mockProviderPerFile();
  const { calls } = fx;
  const start = async (chain: Record<string, string>, env: Record<string, string> = {}) => fx.stopAfterTest(await startShaped(shape, fx.mock, chain, env));
  const keys = shape === 'two keys of one provider';

  it('a 5xx then healthy provider is retried on the same deployment and answers', async () => {
    const g = await start({ flaky: 'mock-fail-first-1', backup: 'mock-ok' });
    const res = await g.run();
    expect(res.status).toBe(200);
    expect(g.used(res)).toBe('flaky');
    expect(g.trail(res)).toEqual(['flaky:error:overloaded', 'flaky:success']);
    expect(calls('mock-ok')).toBe(0);
  });

  it('a persistent 5xx fails over (each key of the model first), records the failover, and opens the deployment after THRESHOLD faults', async () => {
    const g = await start({ broken: 'mock-status-500', backup: 'mock-ok' }, { MAX_RETRIES: '1', CIRCUIT_BREAKER_THRESHOLD: '3' });
    const first = await g.run();
    expect(first.status).toBe(200);
    expect(g.used(first)).toBe('backup');
    const failed = keys ? 4 : 2;
    expect(g.trail(first)).toEqual([...Array<string>(failed).fill('broken:error:server_error'), 'backup:success']);
    expect(first.attempts[failed - 1]?.failover_to).toBeDefined();
    expect(first.attempts[0]?.failover_to).toBeUndefined();
    // Usage is the answering call's alone, not a sum over the failed ones.
    expect(first.usage?.input_tokens).toBeGreaterThan(0);

    await g.run(); // the third fault of a deployment opens it, so its retry is not sent
    const sent = calls('mock-status-500');
    const third = await g.run();
    expect(g.trail(third)).toEqual([...Array<string>(keys ? 2 : 1).fill('broken:skipped:circuit_open'), 'backup:success']);
    expect(calls('mock-status-500')).toBe(sent);
    for (const d of await g.deployments('broken')) expect(d).toMatchObject({ state: 'open', misconfigured: null });
    for (const d of await g.deployments('backup')) expect(d).toMatchObject({ state: 'closed' });
  });

  it('a silent provider is left after FIRST_TOKEN_TIMEOUT_SECONDS, is not asked again on that task, and the chain moves on', async () => {
    const g = await start({ silent: 'mock-hang', backup: 'mock-ok' }, { FIRST_TOKEN_TIMEOUT_SECONDS: '1', MAX_RETRIES: '2' });
    const res = await g.run();
    expect(res.status).toBe(200);
    expect(g.trail(res)).toEqual([...Array<string>(keys ? 2 : 1).fill('silent:error:timeout'), 'backup:success']);
    expect(res.attempts[0]?.message).toMatch(/FIRST_TOKEN_TIMEOUT_SECONDS/);
    expect(calls('mock-hang')).toBe(keys ? 2 : 1);
  });

  it('a connection reset before any header is a retryable network fault', async () => {
    const g = await start({ resetting: 'mock-reset', backup: 'mock-ok' });
    const res = await g.run();
    expect(res.status).toBe(200);
    expect(g.trail(res)).toEqual([...Array<string>(keys ? 4 : 2).fill('resetting:error:network'), 'backup:success']);
  });

  it.each(['mock-invalid-json', 'mock-truncated'])('a malformed answer (%s) counts as a provider fault and fails over', async (model) => {
    const g = await start({ garbled: model, backup: 'mock-ok' }, { MAX_RETRIES: '0' });
    const res = await g.run();
    expect(res.status).toBe(200);
    expect(g.trail(res)).toEqual([...Array<string>(keys ? 2 : 1).fill('garbled:error:malformed_response'), 'backup:success']);
  });

  it('a context-length rejection is never resent to the same model (nor under its other key), moves on, and counts nothing against health', async () => {
    const g = await start({ small: 'mock-context-length', backup: 'mock-ok' }, { MAX_RETRIES: '3' });
    const res = await g.run();
    expect(res.status).toBe(200);
    expect(g.trail(res)).toEqual(['small:error:context_length', 'backup:success']);
    expect(calls('mock-context-length')).toBe(1);
    for (const d of await g.deployments('small')) expect(d).toMatchObject({ state: 'closed', failure_rate: 0 });
  });

  it("a content-filter rejection ends the task with 422 in the gateway's words, asking no other model", async () => {
    const g = await start({ strict: 'mock-content-filter', backup: 'mock-ok' });
    const res = await g.run();
    expect(res.status).toBe(422);
    expect(res.error?.code).toBe('content_filtered');
    expect(res.error?.message).toMatch(/refused the content$/);
    expect(calls('mock-content-filter')).toBe(1);
    expect(calls('mock-ok')).toBe(0);
  });

  it('an auth failure marks the key misconfigured in /provider/status: every deployment with that key is skipped', async () => {
    const g = await start({ badkey: 'mock-status-401', backup: 'mock-ok' }, { MAX_RETRIES: '2' });
    const res = await g.run();
    // One provider, one key: the backup model uses the same key, so nothing is left to try.
    expect(res.status).toBe(perShape(shape, { default: 200, oneProvider: 503 }));
    expect(g.trail(res)).toEqual(
      perShape(shape, {
        default: ['badkey:error:auth', 'backup:success'],
        keys: ['badkey:error:auth', 'badkey:error:auth', 'backup:success'],
        oneProvider: ['badkey:error:auth', 'backup:skipped:circuit_open'],
      }),
    );
    expect(calls('mock-status-401')).toBe(keys ? 2 : 1);
    for (const d of await g.deployments('badkey')) {
      expect(d.misconfigured).toMatchObject({ scope: 'credential', reason: expect.stringMatching(/401/) });
      expect(d.scope_states).toMatchObject({ deployment: 'closed', credential: 'open' });
    }
  });
});

describe('a revoked key among two', () => {
  let mock: MockProvider;
  let gw: Shaped | undefined;

  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
  });
  afterAll(async () => {
    await gw?.stop();
    await mock.close();
  });

  it('one key answers 401, the other keeps serving the same model; the revoked one is asked once', async () => {
    // Keys `sk-main-1` and `sk-main-2`; the mock refuses any key containing "revoked".
    const { startTestGateway } = await import('../helpers/gateway');
    const { FAST, TEXT } = await import('./helpers/mock-gateway');
    const request = (await import('supertest')).default;
    const server = { name: 'main', baseUrl: `${mock.url}/v1`, model: 'mock-ok', apiKeys: ['sk-revoked-1111', 'sk-good-2222'] };
    const g = await startTestGateway({ env: { ...FAST, OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([server]), PROVIDER_ORDER: 'main' } });
    gw = { stop: () => g.stop() } as Shaped;
    const kinds: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await request(g.url).post('/ai/task').send({ task: 'summarize', text: TEXT });
      expect(res.status).toBe(200);
      expect(res.body.provider_used).toBe('main');
      kinds.push(...res.body.attempts.map((a: { outcome: string; error_kind?: string }) => [a.outcome, a.error_kind].filter(Boolean).join(':')));
    }
    expect(kinds.filter((k) => k === 'error:auth').length).toBeLessThanOrEqual(1);
    expect(kinds.filter((k) => k === 'success')).toHaveLength(4);
    const status = await request(g.url).get('/provider/status');
    const deployments = status.body.deployments as { credential: string; misconfigured: unknown; state: string }[];
    expect(deployments.map((d) => d.credential).sort()).toEqual(['main.apiKeys[1]', 'main.apiKeys[2]']);
    const revoked = deployments.find((d) => d.credential === 'main.apiKeys[1]');
    // Whether the balancer tried the revoked key first is a coin toss; if it did, it is marked.
    if (kinds.includes('error:auth')) expect(revoked).toMatchObject({ state: 'open', misconfigured: { scope: 'credential' } });
    expect(JSON.stringify(status.body)).not.toMatch(/sk-revoked|sk-good/);
  });
});
