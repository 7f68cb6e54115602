/**
 * REDIS_CLUSTER=true (issue 18): the gateway on a local three-master Redis Cluster. Sync, async
 * and streamed tasks run; two gateways share the breaker and the rate limits through the cluster;
 * every key lands in the one slot of the prefix's hash tag.
 */
import request from 'supertest';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { uniqueName } from '../helpers/env';
import { startRedisCluster, type TestRedisCluster } from './helpers/redis-cluster';
import { waitFor } from './helpers/wait';
import { parseConfig } from '../../shared/config';
import { deploymentsOf } from '../../worker/chain/deployments';

const TEXT = 'The council approved the budget on Monday. It adds twelve buses. Residents asked for bike lanes.';

/** Tasks per minute, shared by both gateways through the cluster. */
const LIMIT = 20;

let cluster: TestRedisCluster;
let mock: MockProvider;
let a: TestGateway;
let b: TestGateway;

beforeAll(async () => {
  cluster = await startRedisCluster(3);
  mock = await startMockProvider({ port: 0 });
  const env = {
    REDIS_URL: cluster.url,
    REDIS_CLUSTER: 'true',
    QUEUE_PREFIX: '{aigw-cluster}',
    QUEUE_NAME: uniqueName('cq'),
    LOCAL_PROVIDER: 'false',
    MAX_RETRIES: '0',
    RETRY_BASE_MS: '10',
    CIRCUIT_BREAKER_THRESHOLD: '2',
    CIRCUIT_BREAKER_RESET_TIMEOUT: '600',
    RATE_LIMIT_TASKS_PER_MINUTE: String(LIMIT),
    OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([
      { name: 'flaky', baseUrl: `${mock.url}/v1`, model: 'mock-status-503' },
      { name: 'steady', baseUrl: `${mock.url}/v1`, model: 'mock-ok' },
    ]),
    PROVIDER_ORDER: 'flaky,steady',
  };
  a = await startTestGateway({ env });
  b = await startTestGateway({ env });
  // A cluster client is ready only once it has read the slot map; until then the breaker's
  // fail-fast connection falls back to per-process state. Wait for both gateways' workers to
  // have answered once (through the healthy provider, by name, so no breaker state is touched).
  for (const gw of [a, b]) {
    await waitFor('a first answer', async () => (await request(gw.url).post('/ai/task').send({ task: 'summarize', text: TEXT, provider: 'steady' })).status === 200, 30_000, 500);
  }
}, 90_000);

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await mock?.close();
  await cluster?.destroy();
});

it('refuses a cluster whose prefix has no hash tag, naming the variable', () => {
  expect(() => parseConfig({ REDIS_CLUSTER: 'true', QUEUE_PREFIX: 'aigw' })).toThrow(/QUEUE_PREFIX: REDIS_CLUSTER=true needs a hash tag in the prefix, e\.g\. QUEUE_PREFIX=\{aigw\}/);
  expect(parseConfig({ REDIS_CLUSTER: 'true', QUEUE_PREFIX: '{aigw}' }).REDIS_CLUSTER).toBe(true);
});

it('runs sync, async and streamed tasks, shares the breaker between gateways, and shares the rate limit', async () => {
  // Both workers' health clients must be on the cluster before faults are counted: a cluster client
  // is ready only once it has read the slot map, and until then a worker judges on its own state.
  for (const gw of [a, b]) {
    const [ref] = deploymentsOf({ provider: 'steady', model: 'mock-ok' }, gw.registry).map((d) => d.ref);
    await waitFor('the worker health to be shared through the cluster', async () => {
      const admission = await gw.worker!.health.acquire(ref!, 1_000);
      if (!admission.allowed) return undefined;
      await gw.worker!.health.record(ref!, admission, { outcome: 'neutral', scope: 'deployment', latencyMs: 0 });
      return admission.source === 'redis' ? true : undefined;
    }, 30_000, 200);
  }
  // Every task counts against the shared rate limit; `sent` keeps the tally for its check at the end.
  let sent = 2; // the warm-ups
  // Sync tasks through A until the first provider's breaker opens (two faults, recorded in the
  // cluster once A's worker has its cluster client ready); each is answered by the second provider.
  let flaky: { name: string; circuit: { state: string } | null } | undefined;
  for (let i = 0; i < 6 && flaky === undefined; i += 1) {
    const res = await request(a.url).post('/ai/task').send({ task: 'summarize', text: TEXT });
    sent += 1;
    expect(res.status).toBe(200);
    expect(res.body.provider_used).toBe('steady');
    // B sees the breaker A's worker opened: the state lives in the cluster.
    const status = await request(b.url).get('/provider/status');
    const p = (status.body.providers as { name: string; circuit: { state: string } | null }[]).find((x) => x.name === 'flaky');
    if (p?.circuit?.state === 'open') flaky = p;
  }
  if (!flaky) throw new Error('the breaker never opened in the cluster after six faults');
  expect(flaky.circuit?.state).toBe('open');
  // Both workers judge the deployment from the cluster (a worker whose cluster client was not
  // ready yet would judge on its own state, which never saw the faults): wait until each refuses it.
  await waitFor('each worker to refuse flaky', async () => {
    for (const gw of [a, b]) {
      const refs = deploymentsOf({ provider: 'flaky', model: 'mock-status-503' }, gw.registry).map((d) => d.ref);
      const views = await gw.worker!.health.view(refs);
      if (!views.every((v) => v.refusal !== null)) return undefined;
    }
    return true;
  });
  // 3: through B the open breaker is skipped, not called.
  const skipped = await request(b.url).post('/ai/task').send({ task: 'summarize', text: TEXT });
  sent += 1;
  expect(skipped.status).toBe(200);
  expect(skipped.body.attempts[0]).toMatchObject({ provider: 'flaky', outcome: 'skipped', error_kind: 'circuit_open' });

  // 4: async through B, then polled through A.
  const accepted = await request(b.url).post('/ai/task?wait=false').send({ task: 'summarize', text: TEXT });
  sent += 1;
  expect(accepted.status).toBe(202);
  const done = await waitFor('the async task', async () => {
    const res = await request(a.url).get(`/ai/task/${String(accepted.body.task_id)}`);
    return res.body.status === 'success' ? res : undefined;
  });
  expect(done.body.provider_used).toBe('steady');

  // 5: streamed chat completions through A, one slow and one joining while the hub already reads.
  const streamed = (model: string) => request(a.url).post('/v1/chat/completions').send({ model: `steady/${model}`, stream: true, messages: [{ role: 'user', content: 'Say hello' }] });
  const slow = streamed('mock-words-20+chunk-delay-50');
  await new Promise((r) => setTimeout(r, 200));
  const [first, second] = await Promise.all([slow, streamed('mock-ok')]);
  sent += 2;
  for (const stream of [first, second]) {
    expect(stream.status).toBe(200);
    expect(stream.text).toContain('"finish_reason":"stop"');
    expect(stream.text.trim().endsWith('data: [DONE]')).toBe(true);
  }

  // The rest of the shared limit, alternating gateways; the next task is refused wherever it lands.
  for (let i = 0; sent < LIMIT; i += 1) {
    const res = await request(i % 2 ? a.url : b.url).post('/ai/task').send({ task: 'summarize', text: TEXT });
    sent += 1;
    expect(res.status).toBe(200);
  }
  const refused = await request(a.url).post('/ai/task').send({ task: 'summarize', text: TEXT });
  expect(refused.status).toBe(429);
  expect(refused.body.error.code).toBe('rate_limited');
}, 120_000);
