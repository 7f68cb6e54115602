/**
 * Per-key queue limits and lanes through the HTTP API: --max-queued refuses with 429 queue_full
 * (in the gateway's shape and, under /v1, OpenAI's), a batch-only key is served in the batch lane,
 * a bad `priority` is a 400 naming the field, and --max-in-flight holds across a worker's slots
 * without spending any job's attempts.
 */
import request from 'supertest';
import { ApiKeyStore, type NewKey } from '../../shared/api-key-store';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { TEXT, startMockGateway } from '../faults/helpers/mock-gateway';
import { waitFor } from '../faults/helpers/wait';
import type { TestGateway } from '../helpers/gateway';

async function createKey(gw: TestGateway, spec: NewKey): Promise<string> {
  return (await new ApiKeyStore(gw.db).create(spec)).key;
}

function sample(metrics: string, name: string, labels: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line === undefined ? Number.NaN : Number(line.split(' ').pop());
}

describe('per-key queue limits', () => {
  let mock: MockProvider;
  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
  });
  afterAll(async () => {
    await mock.close();
  });

  describe('without workers (nothing drains)', () => {
    let gw: TestGateway;
    let capped: string;
    let batchOnly: string;
    beforeAll(async () => {
      gw = await startMockGateway(mock, { slow: 'mock-latency-100' }, { AUTH_CACHE_SECONDS: '60' });
      await gw.worker?.shutdown(1_000);
      capped = await createKey(gw, { name: 'capped', scopes: ['tasks'], maxQueued: 5 });
      batchOnly = await createKey(gw, { name: 'night-jobs', scopes: ['tasks'], batchOnly: true });
    });
    afterAll(async () => {
      await gw.stop();
    });

    it('admits exactly --max-queued of 8 racing requests and refuses the rest with 429 queue_full', async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, () => request(gw.url).post('/ai/task?wait=false').set('X-API-Key', capped).send({ task: 'summarize', text: TEXT })),
      );
      expect(results.filter((r) => r.status === 202)).toHaveLength(5);
      const refused = results.filter((r) => r.status !== 202);
      expect(refused).toHaveLength(3);
      for (const res of refused) {
        expect(res.status).toBe(429);
        expect(res.headers['retry-after']).toBe('5');
        expect(res.body.error).toMatchObject({
          code: 'queue_full',
          message: 'this key already has 5 tasks waiting, its limit; send more once some have started',
          details: { waiting: 5, max_queued: 5 },
        });
      }
    });

    it('refuses a /v1 chat completion past the limit in OpenAI\'s shape', async () => {
      const res = await request(gw.url)
        .post('/v1/chat/completions')
        .set('Authorization', `Bearer ${capped}`)
        .send({ model: 'auto', messages: [{ role: 'user', content: 'hello' }] });
      expect(res.status).toBe(429);
      expect(res.body.error).toMatchObject({ type: 'rate_limit_error', code: 'queue_full' });
    });

    it('serves a batch-only key in the batch lane even when it asks for interactive', async () => {
      const res = await request(gw.url).post('/ai/task?wait=false').set('X-API-Key', batchOnly).send({ task: 'summarize', text: TEXT, priority: 'interactive' });
      expect(res.status).toBe(202);
      expect(res.headers['x-queue-lane']).toBe('batch');
    });

    it('puts an async request that asks for it in the interactive lane', async () => {
      const key = await createKey(gw, { name: 'interactive-async', scopes: ['tasks'] });
      const res = await request(gw.url).post('/ai/task?wait=false').set('X-API-Key', key).send({ task: 'summarize', text: TEXT, priority: 'interactive' });
      expect(res.status).toBe(202);
      expect(res.headers['x-queue-lane']).toBe('interactive');
      const job = await gw.api.queue.getJob(res.body.task_id);
      expect(job?.priority).toBeLessThan(2 ** 20);
    });

    it('refuses an unknown priority with 400 naming the field', async () => {
      const res = await request(gw.url).post('/ai/task?wait=false').set('X-API-Key', capped).send({ task: 'summarize', text: TEXT, priority: 'urgent' });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
      expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'priority' })]);
    });

    it('exports the refusals, lane depth and the key\'s depth to Prometheus', async () => {
      const metrics = (await request(gw.url).get('/metrics')).text;
      expect(sample(metrics, 'ai_queue_full_total', 'lane="batch"')).toBeGreaterThanOrEqual(3);
      expect(sample(metrics, 'ai_lane_jobs_waiting', 'lane="batch"')).toBe(6);
      expect(sample(metrics, 'ai_lane_jobs_waiting', 'lane="interactive"')).toBe(1);
      expect(sample(metrics, 'ai_key_jobs_waiting', 'key="capped",lane="batch"')).toBe(5);
    });
  });

  describe('with a worker of 6 slots', () => {
    let gw: TestGateway;
    beforeAll(async () => {
      gw = await startMockGateway(mock, { slow: 'mock-latency-300' }, { AUTH_CACHE_SECONDS: '60', WORKER_CONCURRENCY: '6', FAIR_DEFER_MS: '50', TIMEOUT_SECONDS: '20' });
    });
    afterAll(async () => {
      await gw.stop();
    });

    it('runs at most --max-in-flight of a key\'s tasks at once, and every task still succeeds on its first attempt', async () => {
      const key = await createKey(gw, { name: 'narrow', scopes: ['tasks'], maxInFlight: 2 });
      const sent = await Promise.all(Array.from({ length: 8 }, () => request(gw.url).post('/ai/task?wait=false').set('X-API-Key', key).send({ task: 'summarize', text: TEXT })));
      const ids = sent.map((r) => r.body.task_id as string);
      await waitFor('all 8 tasks to finish', async () => (await gw.db('ai_requests').whereIn('task_id', ids).where('status', 'success').count({ n: '*' }))[0]?.n == 8, 60_000);
      const rows = (await gw.db('ai_requests').whereIn('task_id', ids).select('started_at', 'finished_at')) as { started_at: Date; finished_at: Date }[];
      // Sweep over start and finish times: the most tasks of this key running at one moment.
      const events = rows.flatMap((r) => [
        { at: r.started_at.getTime(), delta: 1 },
        { at: r.finished_at.getTime(), delta: -1 },
      ]);
      events.sort((x, y) => x.at - y.at || x.delta - y.delta);
      let running = 0;
      let most = 0;
      for (const e of events) {
        running += e.delta;
        most = Math.max(most, running);
      }
      expect(most).toBe(2);
      for (const id of ids) {
        const job = await gw.api.queue.getJob(id);
        expect(await job?.getState()).toBe('completed');
        expect(job?.attemptsMade).toBeLessThanOrEqual(1);
      }
      const metrics = (await request(gw.url).get('/metrics')).text;
      expect(sample(metrics, 'ai_fair_deferrals_total', 'lane="batch"')).toBeGreaterThan(0);
    });
  });
});
