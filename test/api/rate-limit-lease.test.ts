/**
 * The leased rate-limit store through the real API: replicas lease slices of a client's budget, and
 * between them still accept exactly the limit; a replica's unused slice is the only slack, and a
 * managed key's new limit takes effect within the window.
 */
import request from 'supertest';
import { ApiKeyStore } from '../../shared/api-key-store';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { uniqueName } from '../helpers/env';
import { createKey } from './helpers';

const TASK = { task: 'summarize', text: 'One sentence. Another sentence.' };

describe('leased rate limits across two API instances sharing Redis', () => {
  let a: TestGateway;
  let b: TestGateway;
  // Slices of 2 tasks and 3 cleanups: more than one request per Redis grant.
  const TASKS = 200;
  const CLEANUPS = 300;
  beforeAll(async () => {
    const env = { QUEUE_NAME: uniqueName('q'), RATE_LIMIT_TASKS_PER_MINUTE: String(TASKS), RATE_LIMIT_CLEANUP_PER_MINUTE: String(CLEANUPS) };
    a = await startTestGateway({ env, withWorker: false });
    b = await startTestGateway({ env, withWorker: false });
  });
  afterAll(async () => {
    await a.stop();
    await b.stop();
  });

  it(`accepts exactly ${TASKS} tasks between them, then answers 429 with RateLimit-* and Retry-After on both`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < TASKS + 6; i += 1) {
      const res = await request((i % 2 ? b : a).url).post('/ai/task?wait=false').send(TASK);
      statuses.push(res.status);
      expect(res.headers['ratelimit-limit']).toBe(String(TASKS));
      if (i === 0) expect(res.headers['ratelimit-remaining']).toBe(String(TASKS - 1));
    }
    expect(statuses.slice(0, TASKS)).toEqual(Array(TASKS).fill(202));
    expect(statuses.slice(TASKS)).toEqual(Array(6).fill(429));
    for (const gw of [a, b]) {
      const over = await request(gw.url).post('/ai/task?wait=false').send(TASK);
      expect(over.status).toBe(429);
      expect(over.body.error).toMatchObject({ code: 'rate_limited', details: { limit: TASKS, window_seconds: 60 }, request_id: expect.any(String) });
      expect(over.headers['ratelimit-remaining']).toBe('0');
      expect(over.headers['ratelimit-policy']).toBe(`${TASKS};w=60`);
      expect(Number(over.headers['ratelimit-reset'])).toBeGreaterThan(0);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(over.headers['retry-after'])).toBeLessThanOrEqual(60);
    }
  });

  it('leaves a replica at most its slice unused: the other is refused early, and it serves the rest', async () => {
    const cleanup = (gw: TestGateway) => request(gw.url).post('/history/cleanup');
    expect((await cleanup(a)).status).toBe(200); // a leases 3, holds 2
    let fromB = 0;
    while ((await cleanup(b)).status === 200) fromB += 1;
    expect(fromB).toBe(CLEANUPS - 3);
    expect((await cleanup(a)).status).toBe(200);
    expect((await cleanup(a)).status).toBe(200);
    expect((await cleanup(a)).status).toBe(429);
    expect((await cleanup(b)).status).toBe(429);
  });
});

describe('a managed key’s limit changed within the window', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { AUTH_CACHE_SECONDS: '0' }, withWorker: false });
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('takes effect at once, lowered or raised', async () => {
    const key = await createKey(gw.db, 'changing', ['tasks'], 200);
    const send = async () => (await request(gw.url).post('/ai/task?wait=false').set('X-API-Key', key.key).send(TASK)).status;
    expect(await send()).toBe(202); // a slice of 2 leased: 2 counted
    const keys = new ApiKeyStore(gw.db);
    await keys.update(key.id, { rateLimitPerMinute: 2 });
    expect(await send()).toBe(429);
    await keys.update(key.id, { rateLimitPerMinute: 3 });
    expect(await send()).toBe(202);
    expect(await send()).toBe(429);
    await keys.update(key.id, { rateLimitPerMinute: 200 });
    expect(await send()).toBe(202);
  });
});
