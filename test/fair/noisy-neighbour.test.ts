/**
 * Issue 22's scenario, scaled to a shared 2-core CI machine with the same shape: three managed keys,
 * a provider (the mock, over real HTTP) that takes 250 ms, 5 worker slots (about 20 tasks/s).
 * A sends a big async batch (some 10 s of work); B then sends one synchronous task; C sends 20
 * async tasks. B must be answered at once, C's tasks must not wait behind A's backlog, and A's
 * backlog must still finish, with nothing lost.
 * The issue's seconds are asserted generously (a loaded machine is slow, not unfair); the order
 * assertions are the sharp ones: without fair queueing B and C start after nearly all of A.
 */
import request from 'supertest';
import { ApiKeyStore } from '../../shared/api-key-store';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { TEXT, startMockGateway } from '../faults/helpers/mock-gateway';
import { waitFor } from '../faults/helpers/wait';
import type { TestGateway } from '../helpers/gateway';

const A_TASKS = 200;
const C_TASKS = 20;

interface Row {
  task_id: string;
  caller: string;
  status: string;
  created_at: Date;
  started_at: Date;
  finished_at: Date;
  error_code: string | null;
}

describe('fair queueing: a noisy neighbour', () => {
  let mock: MockProvider;
  let gw: TestGateway;
  const keys: Record<'a' | 'b' | 'c' | 'admin', { id: string; key: string }> = {} as never;

  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
    gw = await startMockGateway(mock, { slow: 'mock-latency-250' }, { WORKER_CONCURRENCY: '5', AUTH_CACHE_SECONDS: '60', SYNC_WAIT_MS: '20000', TIMEOUT_SECONDS: '20', CIRCUIT_BREAKER_THRESHOLD: '1000' });
    const store = new ApiKeyStore(gw.db);
    for (const name of ['a', 'b', 'c'] as const) {
      const { record, key } = await store.create({ name: `tenant-${name}`, scopes: ['tasks'] });
      keys[name] = { id: record.id, key };
    }
    const admin = await store.create({ name: 'operator', scopes: ['admin'] });
    keys.admin = { id: admin.record.id, key: admin.key };
  }, 60_000);
  afterAll(async () => {
    await gw.stop();
    await mock.close();
  });

  const post = (who: 'a' | 'b' | 'c', path: string) => request(gw.url).post(path).set('X-API-Key', keys[who].key).send({ task: 'summarize', text: TEXT });

  it("answers B at once and serves C alongside A's backlog, which still finishes, with nothing lost", async () => {
    // A's nightly batch, sent 10 at a time. On a loaded shared machine an enqueue can time out (503
    // queue_unavailable, Retry-After: 1); A then sends again, as a client should. Such a 503 may still
    // have queued its job, so A can end with a few more rows than it holds 202s for.
    const accepted: string[] = [];
    let unavailable = 0;
    const submitA = async (): Promise<string> => {
      for (let tries = 1; ; tries += 1) {
        const res = await post('a', '/ai/task?wait=false');
        if (res.status === 503 && res.body.error?.code === 'queue_unavailable' && tries < 10) {
          unavailable += 1;
          await new Promise((r) => setTimeout(r, 1_000));
          continue;
        }
        expect(res.status).toBe(202);
        expect(res.headers['x-queue-lane']).toBe('batch');
        return res.body.task_id as string;
      }
    };
    // The workers wait while A submits, so A's whole batch is queued when B and C arrive, as in the
    // issue (2,000 tasks sent in a moment); on a loaded machine submitting is otherwise slower than draining.
    await gw.worker?.worker.pause();
    for (let i = 0; i < A_TASKS; i += 10) accepted.push(...(await Promise.all(Array.from({ length: Math.min(10, A_TASKS - i) }, submitA))));

    const stats = await request(gw.url).get('/queue/stats').set('X-API-Key', keys.admin.key);
    expect(stats.status).toBe(200);
    expect(stats.body.fair_queueing).toBe(true);
    expect(stats.body.lanes.batch.waiting).toBeGreaterThan(0);
    // Prioritised jobs count as waiting, as the alerts and the autoscaler expect.
    expect(stats.body.waiting).toBeGreaterThan(0);
    const aRow = stats.body.keys.find((k: { name: string }) => k.name === 'tenant-a');
    expect(aRow.lanes.batch.waiting).toBeGreaterThan(0);
    expect(aRow.lanes.batch.oldest_wait_ms).toBeGreaterThan(0);
    // A tenant sees the lanes and its own row, never another key's.
    const own = await request(gw.url).get('/queue/stats').set('X-API-Key', keys.b.key);
    expect(own.body.keys.map((k: { name: string }) => k.name)).not.toContain('tenant-a');

    gw.worker?.worker.resume();
    // B: one synchronous task, while A's backlog waits.
    const bStarted = Date.now();
    const b = await post('b', '/ai/task');
    const bElapsed = Date.now() - bStarted;
    expect(b.status).toBe(200);
    expect(b.headers['x-queue-lane']).toBe('interactive');

    // C: 20 async tasks.
    const cSent = Date.now();
    const cTasks = await Promise.all(Array.from({ length: C_TASKS }, () => post('c', '/ai/task?wait=false')));
    expect(cTasks.map((r) => r.status)).toEqual(Array(C_TASKS).fill(202));

    const total = A_TASKS + 1 + C_TASKS;
    const finished = async () => Number((await gw.db('ai_requests').whereIn('status', ['success', 'error']).count({ n: '*' }))[0]?.n);
    await waitFor('every task to be recorded as finished', async () => (await finished()) >= total && (await gw.api.queue.getJobCounts('prioritized', 'waiting', 'active', 'delayed')).prioritized === 0, 90_000);
    await waitFor('the queue to be empty', async () => Object.values(await gw.api.queue.getJobCounts('prioritized', 'waiting', 'active', 'delayed')).every((n) => n === 0), 30_000);
    const rows = (await gw.db('ai_requests').select('task_id', 'caller', 'status', 'created_at', 'started_at', 'finished_at', 'error_code')) as Row[];
    const of = (who: 'a' | 'b' | 'c') => rows.filter((r) => r.caller === keys[who].id);

    // Nothing lost: every accepted task has one row, and every row is a success.
    expect(rows.length).toBeGreaterThanOrEqual(total);
    expect(rows.length).toBeLessThanOrEqual(total + unavailable);
    const aRows = new Set(of('a').map((r) => r.task_id));
    expect(accepted.filter((id) => !aRows.has(id))).toEqual([]);
    expect(rows.filter((r) => r.status !== 'success')).toEqual([]);
    const counts = await gw.api.queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'failed');
    expect(counts).toMatchObject({ waiting: 0, prioritized: 0, delayed: 0, active: 0, failed: 0 });

    const aLastFinish = Math.max(...of('a').map((r) => r.finished_at.getTime()));
    const cFinish = Math.max(...of('c').map((r) => r.finished_at.getTime()));
    // The figures the issue names, for the record (docs/fair-queueing.md quotes a run).
    console.log(
      `noisy neighbour: B answered in ${bElapsed} ms (queue_wait_ms ${b.body.queue_wait_ms}); ` +
        `C's ${C_TASKS} done ${cFinish - cSent} ms after sending; A's ${A_TASKS} done ${aLastFinish - cSent} ms after C was sent; ` +
        `${unavailable} enqueue timeouts resent`,
    );

    // B jumped the queue: of A's tasks still waiting when B was sent, all but those a worker had
    // already fetched started after B. In one FIFO queue every one of them started before B.
    const bRow = of('b')[0] as Row;
    const waitingAtB = of('a').filter((r) => r.created_at < bRow.created_at && r.started_at > bRow.created_at);
    expect(waitingAtB.length).toBeGreaterThan(A_TASKS / 2);
    const aBeforeB = waitingAtB.filter((r) => r.started_at < bRow.started_at).length;
    expect(aBeforeB).toBeLessThanOrEqual(10);
    // The wall-clock bounds (B within 2 s, C within 6 s) are logged above, not asserted: a
    // timed assertion fails on a loaded machine whatever the code does. The order asserted here is
    // what fails without fair queueing (all of A's waiting tasks start first).

    // C shared the workers with A one for one: of A's tasks waiting when C sent its first, about as
    // many started before C's last as C has tasks. In one FIFO queue all of them did.
    const cFirstSent = Math.min(...of('c').map((r) => r.created_at.getTime()));
    const cLastStart = Math.max(...of('c').map((r) => r.started_at.getTime()));
    const waitingAtC = of('a').filter((r) => r.created_at.getTime() < cFirstSent && r.started_at.getTime() > cFirstSent);
    expect(waitingAtC.length).toBeGreaterThan(4 * C_TASKS);
    expect(waitingAtC.filter((r) => r.started_at.getTime() < cLastStart).length).toBeLessThanOrEqual(2 * C_TASKS);
    // And C was done long before A's backlog.
    expect(cFinish).toBeLessThan(aLastFinish);

    // Nothing of the fair queue is left behind once everything has run.
    const after = await request(gw.url).get('/queue/stats').set('X-API-Key', keys.admin.key);
    expect(after.body.lanes).toEqual({ interactive: { waiting: 0, oldest_wait_ms: 0 }, batch: { waiting: 0, oldest_wait_ms: 0 } });
    expect(after.body.keys).toEqual([]);
  }, 150_000);
});
