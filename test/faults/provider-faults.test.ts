/**
 * How each provider fault plays out through the whole gateway: real API, queue, worker, Redis
 * breaker and Postgres, with the mock provider behind real OpenAI-compatible adapters.
 */
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import type { TestGateway } from '../helpers/gateway';
import { circuitOf, runTask, startMockGateway, trail } from './helpers/mock-gateway';

describe('provider faults through the gateway', () => {
  let mock: MockProvider;
  let gw: TestGateway | undefined;
  const calls = (model: string) => mock.counts.byModel[model] ?? 0;

  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
  });
  afterAll(async () => {
    await mock.close();
  });
  beforeEach(() => mock.reset());
  afterEach(async () => {
    await gw?.stop();
    gw = undefined;
  });

  it('a 5xx then healthy provider is retried on the same provider and answers', async () => {
    gw = await startMockGateway(mock, { flaky: 'mock-fail-first-1', backup: 'mock-ok' });
    const res = await runTask(gw);
    expect(res.status).toBe(200);
    expect(res.body.provider_used).toBe('flaky');
    expect(trail(res.body)).toEqual(['flaky:error:overloaded', 'flaky:success']);
    expect(calls('mock-ok')).toBe(0);
  });

  it('a persistent 5xx fails over to the next provider, records the failover, and opens the circuit after THRESHOLD faults', async () => {
    gw = await startMockGateway(mock, { broken: 'mock-status-500', backup: 'mock-ok' }, { MAX_RETRIES: '1', CIRCUIT_BREAKER_THRESHOLD: '3' });
    const first = await runTask(gw);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ provider_used: 'backup', model: 'mock-ok' });
    expect(trail(first.body)).toEqual(['broken:error:server_error', 'broken:error:server_error', 'backup:success']);
    expect(first.body.attempts[1].failover_to).toBe('backup');
    expect(first.body.attempts[0].failover_to).toBeUndefined();
    // Usage is the answering call's alone, not a sum over the failed ones.
    expect(first.body.usage.input_tokens).toBeGreaterThan(0);

    await runTask(gw); // faults 3 and 4: the third opens the circuit, so the retry is not sent
    expect(calls('mock-status-500')).toBe(3);
    const third = await runTask(gw);
    expect(trail(third.body)).toEqual(['broken:skipped:circuit_open', 'backup:success']);
    expect(third.body.attempts[0]).toMatchObject({ failover_to: 'backup' });
    expect(calls('mock-status-500')).toBe(3);
    expect((await circuitOf(gw, 'broken'))?.circuit).toMatchObject({ state: 'open', consecutive_failures: 3 });
    expect((await circuitOf(gw, 'backup'))?.circuit).toMatchObject({ state: 'closed', consecutive_failures: 0, next_probe_in_ms: null });
  });

  it('a silent provider times out after TIMEOUT_SECONDS, is not asked again on that task, and the chain moves on', async () => {
    gw = await startMockGateway(mock, { silent: 'mock-hang', backup: 'mock-ok' }, { TIMEOUT_SECONDS: '1', MAX_RETRIES: '2' });
    const res = await runTask(gw);
    expect(res.status).toBe(200);
    expect(trail(res.body)).toEqual(['silent:error:timeout', 'backup:success']);
    expect(calls('mock-hang')).toBe(1);
    expect((await circuitOf(gw, 'silent'))?.circuit).toMatchObject({ consecutive_failures: 1 });
  });

  it('a connection reset before any header is a retryable network fault', async () => {
    gw = await startMockGateway(mock, { resetting: 'mock-reset', backup: 'mock-ok' });
    const res = await runTask(gw);
    expect(res.status).toBe(200);
    expect(trail(res.body)).toEqual(['resetting:error:network', 'resetting:error:network', 'backup:success']);
  });

  it.each(['mock-invalid-json', 'mock-truncated'])('a malformed body (%s) counts as a provider fault and fails over', async (model) => {
    gw = await startMockGateway(mock, { garbled: model, backup: 'mock-ok' }, { MAX_RETRIES: '0' });
    const res = await runTask(gw);
    expect(res.status).toBe(200);
    expect(trail(res.body)).toEqual(['garbled:error:malformed_response', 'backup:success']);
    expect((await circuitOf(gw, 'garbled'))?.circuit).toMatchObject({ consecutive_failures: 1 });
  });

  it('a context-length rejection is never resent to the same provider, moves on, and does not count against the provider', async () => {
    gw = await startMockGateway(mock, { small: 'mock-context-length', backup: 'mock-ok' }, { MAX_RETRIES: '3' });
    const res = await runTask(gw);
    expect(res.status).toBe(200);
    expect(trail(res.body)).toEqual(['small:error:context_length', 'backup:success']);
    expect(calls('mock-context-length')).toBe(1);
    expect((await circuitOf(gw, 'small'))?.circuit).toMatchObject({ consecutive_failures: 0 });
  });

  it("a content-filter rejection ends the task with 422 and the provider's reason, asking no other provider", async () => {
    gw = await startMockGateway(mock, { strict: 'mock-content-filter', backup: 'mock-ok' });
    const res = await runTask(gw);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('content_filtered');
    expect(res.body.error.message).toMatch(/^strict refused the content: /);
    expect(calls('mock-content-filter')).toBe(1);
    expect(calls('mock-ok')).toBe(0);
  });

  it('an auth failure moves on and marks the provider misconfigured in /provider/status', async () => {
    gw = await startMockGateway(mock, { badkey: 'mock-status-401', backup: 'mock-ok' }, { MAX_RETRIES: '2' });
    const res = await runTask(gw);
    expect(res.status).toBe(200);
    expect(trail(res.body)).toEqual(['badkey:error:auth', 'backup:success']);
    expect(calls('mock-status-401')).toBe(1);
    const status = await circuitOf(gw, 'badkey');
    expect(status?.misconfigured).toMatchObject({ reason: expect.stringMatching(/401/) });
    expect(status?.circuit).toMatchObject({ state: 'closed', consecutive_failures: 0 });
  });
});
