/**
 * The reconciler against real Redis and Postgres: accepted tasks recorded in Postgres whose jobs
 * are missing from Redis are queued again under their own id, once; tasks with a job, finished
 * tasks and tasks inside the grace period are left alone; a task that keeps vanishing is ended as
 * task_lost; only one process sweeps at a time; and a job that had a fair ticket is placed again as
 * intake placed it (its lane, a fresh tag, the priority that maps to).
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Redis } from 'ioredis';
import type { Db } from '../../shared/db';
import { FairQueue } from '../../shared/fair/fair-queue';
import { placeFairly, type FairPlacement } from '../../shared/fair/placement';
import { LANE_BASE } from '../../shared/fair/policy';
import { createRootLogger } from '../../shared/logger';
import { redisKeys } from '../../shared/redis-keys';
import { createTaskQueue, JOB_NAME, type TaskQueue } from '../../shared/queue';
import { createRedis, waitForReady } from '../../shared/redis';
import { AcceptedTaskStore } from '../../shared/reconcile/accepted-tasks';
import { MAX_REQUEUES, RECONCILER_LOCK, TaskReconciler } from '../../shared/reconcile/reconciler';
import { prepareDatabase } from '../../shared/startup';
import type { JobData } from '../../shared/task-schemas';
import { freshDatabase, testRedisUrl, uniqueName, type TestDatabase } from '../helpers/env';

const GRACE_MS = 1_000;

describe('the reconciler', () => {
  let database: TestDatabase;
  let db: Db;
  let redis: Redis;
  let queue: TaskQueue;
  let store: AcceptedTaskStore;
  let reconciler: TaskReconciler;
  let fair: FairQueue;
  let keys: ReturnType<typeof redisKeys>;
  const logger = createRootLogger({ level: 'error', silent: true });

  beforeAll(async () => {
    database = freshDatabase();
    db = await prepareDatabase(database.url, logger, 3);
    redis = createRedis(testRedisUrl(), 'request', 'reconciler-test');
    await waitForReady(redis, 5_000);
    const scope = { queueName: uniqueName('q'), prefix: 'aigw' };
    queue = createTaskQueue(redis, { ...scope, retentionSeconds: 3600, attempts: 3 });
    store = new AcceptedTaskStore(db);
    keys = redisKeys(scope);
    fair = new FairQueue(redis, keys);
    reconciler = new TaskReconciler({ store, queue, redis, logger, fair, settings: { databaseUrl: database.url, intervalMs: 0, graceMs: GRACE_MS, batchSize: 2 } });
  });
  afterAll(async () => {
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    redis.disconnect();
    await db.destroy();
    await database.drop();
  });

  /** A task accepted `ageMs` ago, recorded as the API records it. */
  function accepted(ageMs: number, text = 'hello'): JobData {
    return { taskId: randomUUID(), task: 'summarize', text, provider: 'auto', options: { max_words: 20 }, caller: 'key-1', idempotencyKey: 'k-' + randomUUID(), requestId: 'r1', enqueuedAt: Date.now() - ageMs };
  }

  const row = (taskId: string) => db('ai_requests').where({ task_id: taskId }).first();

  it('queues again, under the same id and with the same payload, only the old enough unfinished tasks whose jobs are gone; a second sweep changes nothing', async () => {
    const vanished = [accepted(60_000), accepted(50_000), accepted(40_000)];
    const withJob = accepted(30_000);
    const tooRecent = accepted(0);
    const finished = accepted(20_000);
    for (const data of [...vanished, withJob, tooRecent, finished]) await store.record(data);
    await queue.add(JOB_NAME, withJob, { jobId: withJob.taskId });
    await db('ai_requests').where({ task_id: finished.taskId }).update({ status: 'success', job_payload: null });

    const report = await reconciler.sweep();
    expect(report).toMatchObject({ ran: true, checked: 4, lost: [] });
    expect(report.requeued.sort()).toEqual(vanished.map((d) => d.taskId).sort());
    for (const data of vanished) {
      const job = await queue.getJob(data.taskId);
      expect(job?.data).toEqual(data);
      expect((await row(data.taskId)).requeue_count).toBe(1);
    }
    expect(await queue.getJob(tooRecent.taskId)).toBeUndefined();
    expect(await queue.getJob(finished.taskId)).toBeUndefined();
    expect((await row(withJob.taskId)).requeue_count).toBe(0);

    const again = await reconciler.sweep();
    expect(again).toMatchObject({ ran: true, requeued: [], lost: [] });
    expect((await row(vanished[0]!.taskId)).requeue_count).toBe(1);
    await queue.obliterate({ force: true });
    await db('ai_requests').update({ status: 'success', job_payload: null });
  });

  it(`ends a task whose job vanished ${MAX_REQUEUES + 1} times as task_lost, and one whose payload no longer parses at once`, async () => {
    const repeat = accepted(60_000);
    const unreadable = accepted(60_000);
    await store.record(repeat);
    await store.record(unreadable);
    await db('ai_requests').where({ task_id: repeat.taskId }).update({ requeue_count: MAX_REQUEUES });
    await db('ai_requests').where({ task_id: unreadable.taskId }).update({ job_payload: JSON.stringify({ taskId: 'not-a-uuid' }) });

    const report = await reconciler.sweep();
    expect(report.requeued).toEqual([]);
    expect(report.lost.sort()).toEqual([repeat.taskId, unreadable.taskId].sort());
    expect(await row(repeat.taskId)).toMatchObject({ status: 'error', error_code: 'task_lost', job_payload: null });
    expect((await row(repeat.taskId)).error_message).toMatch(/vanished from Redis 4 times/);
    expect(await row(unreadable.taskId)).toMatchObject({ status: 'error', error_code: 'task_lost' });
    expect(await queue.getJob(repeat.taskId)).toBeUndefined();
  });

  it('skips its turn while another process holds the lock, and runs once it is free', async () => {
    const data = accepted(60_000);
    await store.record(data);
    const other = new Client({ connectionString: database.url });
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock($1)', [RECONCILER_LOCK]);
      expect(await reconciler.sweep()).toEqual({ ran: false, checked: 0, requeued: [], lost: [] });
      expect(await queue.getJob(data.taskId)).toBeUndefined();
      await other.query('SELECT pg_advisory_unlock($1)', [RECONCILER_LOCK]);
      expect((await reconciler.sweep()).requeued).toEqual([data.taskId]);
    } finally {
      await other.end();
    }
  });

  it('records a task under its enqueue time (the key the worker\'s upserts use), with the job as queued', async () => {
    const data = accepted(0);
    await store.record(data);
    const stored = await row(data.taskId);
    expect(stored).toMatchObject({ status: 'queued', caller: 'key-1', task: 'summarize', provider_requested: 'auto', idempotency_key: data.idempotencyKey });
    expect(stored.job_payload).toEqual(data);
    expect(new Date(stored.created_at).getTime()).toBe(data.enqueuedAt);
  });

  it('queues a job that had a fair ticket again as intake placed it: its lane, a fresh tag, a priority behind the interactive lane, not ahead of every job', async () => {
    await queue.obliterate({ force: true });
    await db('ai_requests').update({ status: 'success', job_payload: null });
    const batch: FairPlacement = { lane: 'batch', tenantName: 'nightly', weight: 2, maxQueued: 5, maxInFlight: 3 };
    const first = await placeFairly(fair, accepted(60_000), batch, 1_000);
    if (!first.admitted) throw new Error('not admitted');
    const firstTicket = first.data.fair!;
    // Recorded with its ticket as intake records it; then Redis lost the job and the key's waiting entry.
    await store.record(first.data);
    await redis.del(keys.fair.waiting('batch', 'key-1'));
    // Another key's interactive job, queued by intake meanwhile.
    const interactive = await placeFairly(fair, { ...accepted(0), caller: 'key-2' }, { ...batch, lane: 'interactive', tenantName: 'chat' }, 1_000);
    if (!interactive.admitted) throw new Error('not admitted');
    await queue.add(JOB_NAME, interactive.data, { jobId: interactive.data.taskId, priority: interactive.priority });

    expect((await reconciler.sweep()).requeued).toEqual([first.data.taskId]);
    const job = await queue.getJob(first.data.taskId);
    // A job added without priority would be `waiting`, taken before every prioritised job of either lane.
    expect(await job?.getState()).toBe('prioritized');
    expect(job?.opts.priority).toBeGreaterThanOrEqual(LANE_BASE.batch);
    expect(job?.opts.priority).toBeGreaterThan(interactive.priority);
    expect(job?.data.fair).toMatchObject({ lane: 'batch', tenant: 'key-1', tenantName: 'nightly', weight: 2, maxInFlight: 3 });
    expect(job?.data.fair?.tag).toBeGreaterThan(firstTicket.tag);
    const { fair: _again, ...rest } = job!.data;
    const { fair: _first, ...recorded } = first.data;
    expect(rest).toEqual(recorded);
    // Counted again among the key's waiting jobs, as intake counts it (its --max-queued and /queue/stats see it).
    expect(await redis.zscore(keys.fair.waiting('batch', 'key-1'), first.data.taskId)).not.toBeNull();
  });
});
