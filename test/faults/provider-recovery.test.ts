/**
 * Rate limits, recovery and budgets through the whole gateway (real API, worker, Redis breaker,
 * Postgres; the mock provider behind real OpenAI-compatible adapters).
 */
import request from 'supertest';
import { startTestGateway } from '../helpers/gateway';
import { circuitOf, runTask, startMockGateway, trail } from './helpers/mock-gateway';
import { mockProviderPerFile } from './helpers/mock-per-file';
import { waitFor } from './helpers/wait';

describe('rate limits, recovery and budgets', () => {
  const fx = mockProviderPerFile();
  const { calls } = fx;

  it('a 429 with a short Retry-After is waited out and retried on the same provider', async () => {
    const gw = fx.stopAfterTest(await startMockGateway(fx.mock, { limited: 'mock-fail-first-1+status-429-retry-ms-300', backup: 'mock-ok' }));
    const res = await runTask(gw);
    expect(res.status).toBe(200);
    expect(res.body.provider_used).toBe('limited');
    expect(trail(res.body)).toEqual(['limited:error:rate_limited', 'limited:success']);
    expect(calls('mock-ok')).toBe(0);
  });

  it('a 429 whose Retry-After is past RETRY_AFTER_MAX_MS fails over at once, and every task skips the provider until then without counting a fault', async () => {
    const gw = fx.stopAfterTest(await startMockGateway(fx.mock, { limited: 'mock-status-429-retry-30', backup: 'mock-ok' }, { RETRY_AFTER_MAX_MS: '5000' }));
    const first = await runTask(gw);
    expect(trail(first.body)).toEqual(['limited:error:rate_limited', 'backup:success']);
    expect(first.body.attempts[0].failover_to).toBe('backup');
    const second = await runTask(gw);
    expect(trail(second.body)).toEqual(['limited:skipped:rate_limited', 'backup:success']);
    expect(calls('mock-status-429-retry-30')).toBe(1);
    const status = await circuitOf(gw, 'limited');
    expect(status?.circuit).toMatchObject({ state: 'closed', consecutive_failures: 0 });
    expect(status?.circuit?.cooldown_remaining_ms).toBeGreaterThan(20_000);
  });

  it("a 429 whose Retry-After is longer than the task's remaining budget fails over instead of waiting", async () => {
    const gw = fx.stopAfterTest(await startMockGateway(fx.mock, { limited: 'mock-status-429-retry-4', backup: 'mock-ok' }, { TASK_DEADLINE_SECONDS: '3', RETRY_AFTER_MAX_MS: '10000' }));
    const res = await runTask(gw);
    expect(res.status).toBe(200);
    expect(trail(res.body)).toEqual(['limited:error:rate_limited', 'backup:success']);
    expect(res.body.latency_ms).toBeLessThan(3_000);
  });

  it('a 429 without Retry-After cools the deployment down for RATE_LIMIT_COOLDOWN_MS: the chain moves on at once and every task skips it until then', async () => {
    const gw = fx.stopAfterTest(await startMockGateway(fx.mock, { limited: 'mock-status-429', backup: 'mock-ok' }, { MAX_RETRIES: '1', RATE_LIMIT_COOLDOWN_MS: '20000' }));
    const first = await runTask(gw);
    expect(trail(first.body)).toEqual(['limited:error:rate_limited', 'backup:success']);
    const second = await runTask(gw);
    expect(trail(second.body)).toEqual(['limited:skipped:rate_limited', 'backup:success']);
    expect(calls('mock-status-429')).toBe(1);
    expect((await circuitOf(gw, 'limited'))?.circuit).toMatchObject({ state: 'closed', consecutive_failures: 0 });
  });

  it('a provider flapping down then up: its circuit opens, a failed probe re-opens it, and traffic returns once a probe succeeds', async () => {
    const gw = fx.stopAfterTest(await startMockGateway(
      fx.mock,
      { flappy: 'mock-fail-first-3', backup: 'mock-ok' },
      { MAX_RETRIES: '0', CIRCUIT_BREAKER_THRESHOLD: '2', CIRCUIT_BREAKER_RESET_TIMEOUT: '0.5', CIRCUIT_BREAKER_MAX_RESET_TIMEOUT: '5' },
    ));
    const used: string[] = [];
    const step = async () => {
      const res = await runTask(gw);
      expect(res.status).toBe(200);
      used.push(`${res.body.provider_used}(${trail(res.body)[0]})`);
    };
    const probeDue = () => waitFor('the next probe', async () => (await circuitOf(gw, 'flappy'))?.circuit?.next_probe_in_ms === 0, 10_000);

    await step(); // fault 1
    await step(); // fault 2: open
    await step(); // skipped
    await probeDue();
    await step(); // probe fails (third call): open again, for longer
    const reopened = await circuitOf(gw, 'flappy');
    expect(reopened?.circuit).toMatchObject({ state: 'open' });
    expect(reopened?.circuit?.next_probe_in_ms).toBeGreaterThan(500);
    await step(); // skipped
    await probeDue();
    await step(); // probe succeeds: closed
    await step(); // traffic is back
    expect(used).toEqual([
      'backup(flappy:error:overloaded)',
      'backup(flappy:error:overloaded)',
      'backup(flappy:skipped:circuit_open)',
      'backup(flappy:error:overloaded)',
      'backup(flappy:skipped:circuit_open)',
      'flappy(flappy:success)',
      'flappy(flappy:success)',
    ]);
    expect((await circuitOf(gw, 'flappy'))?.circuit).toMatchObject({ state: 'closed', consecutive_failures: 0 });
  });

  it('with every circuit open the task fails fast with a clear 503 naming each skipped provider, and no provider is called', async () => {
    const gw = fx.stopAfterTest(await startMockGateway(fx.mock, { one: 'mock-status-503', two: 'mock-status-502' }, { MAX_RETRIES: '0', CIRCUIT_BREAKER_THRESHOLD: '1' }));
    const first = await runTask(gw);
    expect(first.status).toBe(503);
    expect(first.body.error.code).toBe('all_providers_failed');
    const before = fx.mock.counts.total;
    const started = Date.now();
    const res = await runTask(gw);
    const elapsed = Date.now() - started;
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('all_providers_failed');
    expect(res.body.error.message).toMatch(/^no provider could be tried: one \(circuit open; next probe in [\d.]+ s\), two \(circuit open; next probe in [\d.]+ s\)$/);
    expect(trail(res.body)).toEqual(['one:skipped:circuit_open', 'two:skipped:circuit_open']);
    expect(fx.mock.counts.total).toBe(before);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('a task past TASK_DEADLINE_SECONDS ends with 504 task_deadline_exceeded listing its attempts', async () => {
    const gw = fx.stopAfterTest(await startMockGateway(fx.mock, { slow: 'mock-hang', slower: 'mock-hang' }, { FIRST_TOKEN_TIMEOUT_SECONDS: '1', TASK_DEADLINE_SECONDS: '1.8' }));
    const res = await runTask(gw);
    expect(res.status).toBe(504);
    expect(res.body.error.code).toBe('task_deadline_exceeded');
    expect(res.body.error.message).toMatch(/^the task ran out of time \(TASK_DEADLINE_SECONDS\) after: slow: timeout, slower: timeout$/);
    expect(trail(res.body)).toEqual(['slow:error:timeout', 'slower:error:timeout']);
    // The second attempt was cut short by the task's budget, not by FIRST_TOKEN_TIMEOUT_SECONDS: no fault for it.
    expect((await circuitOf(gw, 'slow'))?.circuit).toMatchObject({ consecutive_failures: 1 });
    expect((await circuitOf(gw, 'slower'))?.circuit).toMatchObject({ consecutive_failures: 0 });
  });

  it('the sync wait never exceeds TASK_DEADLINE_SECONDS, even when SYNC_WAIT_MS is longer', async () => {
    const gw = fx.stopAfterTest(await startTestGateway({ withWorker: false, env: { TASK_DEADLINE_SECONDS: '1', SYNC_WAIT_MS: '30000' } }));
    const started = Date.now();
    const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: 'Nobody is working. The wait must end.' });
    expect(res.status).toBe(202);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
