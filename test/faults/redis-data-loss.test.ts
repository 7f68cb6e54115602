/**
 * Redis losing its data under an async backlog: a Redis server of the test's own, run without
 * persistence (appendonly no, no snapshots), is killed with SIGKILL while a worker process works
 * through accepted tasks, and started again empty on the same port. Every task answered 202 was
 * recorded in Postgres first, so the API's reconciler queues the vanished ones again: every one
 * reaches a final state, and none is ever a 404 meanwhile.
 */
import request from 'supertest';
import { TEXT } from './helpers/mock-gateway';
import { ownRedisRig } from './helpers/own-redis-rig';
import { waitFor } from './helpers/wait';
import { startWorker, stopWorker } from './helpers/worker-process';

const BACKLOG = 30;
const FINAL = ['success', 'error'];

describe('Redis restarted empty under an async backlog', () => {
  const rig = ownRedisRig(['--appendonly', 'no']);

  it('/ready says Redis does not persist; after SIGKILL and an empty restart every accepted task reaches a final state, none 404', async () => {
    const env = { ...rig.env(), RECONCILE_INTERVAL_SECONDS: '1', RECONCILE_GRACE_SECONDS: '1' };
    const gw = await rig.gateway(env);
    const ready = await request(gw.url).get('/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.redis_persistence).toEqual({ mode: 'off', save: '', source: 'config' });

    const worker = await startWorker(gw, { ...env, WORKER_CONCURRENCY: '2' });
    try {
      const accepted: string[] = [];
      for (let i = 0; i < BACKLOG; i += 1) {
        const res = await request(gw.url).post('/ai/task?wait=false').send({ task: 'summarize', text: `${TEXT} (${i})` });
        expect(res.status).toBe(202);
        accepted.push(res.body.task_id as string);
      }
      // Recorded before the 202: every accepted task has its row, with what it takes to queue it again.
      const recorded = await gw.db('ai_requests').whereIn('task_id', accepted).select('task_id', 'status', 'job_payload');
      expect(recorded).toHaveLength(BACKLOG);
      for (const row of recorded.filter((r) => r.status === 'queued')) expect(row.job_payload).toMatchObject({ taskId: row.task_id, task: 'summarize', caller: 'anonymous' });

      await waitFor('the backlog to be worked on', () => (rig.mock.counts.byModel['mock-latency-300'] ?? 0) >= 3);
      await rig.redis.stop('SIGKILL');
      await rig.redis.start({ empty: true });
      // Empty: no job of the backlog survived. (Not DBSIZE 0: the gateway and the worker reconnect at
      // once and write their own bookkeeping keys; only the reconciler, a second later, re-adds jobs.)
      const keys = (await rig.redis.command('KEYS', '*')) as string[];
      expect(keys.filter((key) => accepted.some((id) => key.endsWith(`:${id}`)))).toEqual([]);

      // While the reconciler catches up, every accepted task is found: queued, running or final.
      const seen = new Map<string, string>();
      await waitFor(
        'every accepted task to reach a final state',
        async () => {
          for (const id of accepted) {
            if (FINAL.includes(seen.get(id) ?? '')) continue;
            const res = await request(gw.url).get(`/ai/task/${id}`);
            expect([res.status, id]).toEqual([200, id]);
            seen.set(id, res.body.status as string);
          }
          return accepted.every((id) => FINAL.includes(seen.get(id) ?? ''));
        },
        60_000,
        250,
      );
      const rows = await gw.db('ai_requests').whereIn('task_id', accepted).select('status', 'job_payload', 'requeue_count');
      expect(rows.map((r) => r.status)).toEqual(accepted.map(() => 'success'));
      // A finished task keeps no payload; the vanished ones were queued again once each.
      expect(rows.every((r) => r.job_payload === null)).toBe(true);
      const requeued = rows.filter((r) => r.requeue_count > 0);
      expect(requeued.length).toBeGreaterThan(0);
      expect(requeued.every((r) => r.requeue_count === 1)).toBe(true);
      const metrics = await request(gw.url).get('/metrics');
      // Counted when queued again (a task that finished meanwhile is counted but its row not bumped).
      expect(Number(/^ai_tasks_requeued_total (\d+)$/m.exec(metrics.text)?.[1])).toBeGreaterThanOrEqual(requeued.length);
      expect(worker.child.exitCode).toBeNull();
    } finally {
      await stopWorker(worker);
    }
  }, 120_000);
});
