/**
 * The fair queue's Redis side against real Redis and a real BullMQ queue: the order in which
 * BullMQ would hand jobs out, the --max-queued and --max-in-flight counts under racing calls, and
 * the rebase that keeps priorities inside BullMQ's range without changing the order.
 */
import { Queue, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { bullKeys, FairQueue } from '../../shared/fair/fair-queue';
import { LANE_BASE, REBASE_AFTER, type Lane } from '../../shared/fair/policy';
import { redisKeys } from '../../shared/redis-keys';
import { readFairStats } from '../../shared/fair/stats';
import { testRedisUrl, uniqueName } from '../helpers/env';

const PREFIX = 'aigw-test';

describe('fair queue in Redis', () => {
  let redis: Redis;
  let queue: Queue;
  let fair: FairQueue;
  let queueName: string;

  beforeEach(() => {
    redis = new Redis(testRedisUrl());
    queueName = uniqueName('fq');
    queue = new Queue(queueName, { connection: redis as unknown as ConnectionOptions, prefix: PREFIX });
    fair = new FairQueue(redis, redisKeys({ prefix: PREFIX, queueName }));
  });
  afterEach(async () => {
    await queue.obliterate({ force: true });
    const keys = await redis.keys(`${PREFIX}:${queueName}:*`);
    if (keys.length) await redis.del(...keys);
    await queue.close();
    redis.disconnect();
  });

  let seq = 0;
  async function enqueue(tenant: string, lane: Lane, weight = 1, maxQueued = 0) {
    const jobId = `${tenant}-${(seq += 1)}`;
    const admission = await fair.admit({ lane, tenant, tenantName: `name-${tenant}`, jobId, weight, maxQueued });
    if (admission.admitted) await queue.add('t', { tenant }, { jobId, priority: admission.priority });
    return { jobId, ...admission };
  }

  /** The order BullMQ's workers take prioritized jobs in (lowest score first). */
  async function takeOrder(): Promise<string[]> {
    return redis.zrange(bullKeys(PREFIX, queueName).prioritized, 0, -1);
  }

  it('interleaves a late tenant with a big backlog instead of queueing it behind', async () => {
    for (let i = 0; i < 200; i += 1) await enqueue('a', 'batch');
    for (let i = 0; i < 20; i += 1) await enqueue('c', 'batch');
    const order = await takeOrder();
    const lastC = Math.max(...order.map((id, i) => (id.startsWith('c-') ? i : -1)));
    // One of A's, then one of C's: C's 20th job is taken around the 40th start, not the 220th.
    expect(lastC).toBeLessThan(41);
    expect(order.filter((id) => id.startsWith('a-'))).toHaveLength(200);
  });

  it('puts every interactive job ahead of every batch job', async () => {
    for (let i = 0; i < 50; i += 1) await enqueue('a', 'batch');
    await enqueue('b', 'interactive');
    await enqueue('a', 'interactive');
    const order = await takeOrder();
    expect(order.slice(0, 2).map((id) => id.split('-')[0])).toEqual(['b', 'a']);
  });

  it('gives a weight-3 key three jobs for each one of a weight-1 key', async () => {
    for (let i = 0; i < 60; i += 1) {
      await enqueue('heavy', 'batch', 3);
      await enqueue('light', 'batch', 1);
    }
    const first40 = (await takeOrder()).slice(0, 40);
    const heavy = first40.filter((id) => id.startsWith('heavy-')).length;
    expect(heavy).toBeGreaterThanOrEqual(29);
    expect(heavy).toBeLessThanOrEqual(31);
  });

  it('admits exactly --max-queued jobs when 40 requests race for 25 places', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => fair.admit({ lane: 'batch', tenant: 'racer', tenantName: 'racer', jobId: `r-${(seq += 1)}`, weight: 1, maxQueued: 25 })));
    expect(results.filter((r) => r.admitted)).toHaveLength(25);
    expect(results.filter((r) => !r.admitted).every((r) => r.waiting === 25)).toBe(true);
    // Both lanes count against the one limit.
    const interactive = await fair.admit({ lane: 'interactive', tenant: 'racer', tenantName: 'racer', jobId: 'r-x', weight: 1, maxQueued: 25 });
    expect(interactive.admitted).toBe(false);
  });

  it('frees a waiting place when a job starts, and refuses a start past --max-in-flight', async () => {
    type Enqueued = Awaited<ReturnType<typeof enqueue>>;
    const jobs: Enqueued[] = [];
    for (let i = 0; i < 3; i += 1) jobs.push(await enqueue('t', 'batch', 1, 3));
    expect((await enqueue('t', 'batch', 1, 3)).admitted).toBe(false);
    const start = (j: Enqueued) => fair.start({ lane: 'batch', tenant: 't', jobId: j.jobId, tag: j.tag, maxInFlight: 2, leaseMs: 60_000 });
    const [first, second, third] = jobs as [Enqueued, Enqueued, Enqueued];
    expect((await start(first)).started).toBe(true);
    expect((await start(second)).started).toBe(true);
    expect(await start(third)).toMatchObject({ started: false, running: 2 });
    // A job taken over after its worker died keeps its slot rather than asking for a new one.
    expect((await start(second)).started).toBe(true);
    expect((await enqueue('t', 'batch', 1, 3)).admitted).toBe(true);
    await fair.finish('t', first.jobId);
    expect((await start(third)).started).toBe(true);

    const stats = await readFairStats(redis, redisKeys({ prefix: PREFIX, queueName }));
    expect(stats.keys).toEqual([expect.objectContaining({ key_id: 't', name: 'name-t', running: 2, lanes: expect.objectContaining({ batch: expect.objectContaining({ waiting: 1 }) }) })]);
    expect(stats.lanes.batch.waiting).toBe(1);
  });

  it('rebases a busy lane: priorities move down, the order BullMQ takes jobs in stays the same', async () => {
    const keys = redisKeys({ prefix: PREFIX, queueName });
    for (let i = 0; i < 10; i += 1) {
      await enqueue('a', 'batch');
      await enqueue('c', 'batch', 2);
    }
    const delayed = await enqueue('a', 'batch');
    const delayedJob = await queue.getJob(delayed.jobId);
    // Park one the way the in-flight gate does, so the delayed set is covered as well.
    await redis.zrem(bullKeys(PREFIX, queueName).prioritized, delayed.jobId);
    await redis.zadd(bullKeys(PREFIX, queueName).delayed, Date.now() + 60_000, delayed.jobId);
    const before = await takeOrder();
    const priorityBefore = (await queue.getJob(before[0] as string))?.priority ?? 0;
    // Pretend the lane's clock ran far: as after some 30,000 jobs.
    const lane = keys.fair.lane('batch').state;
    const far = REBASE_AFTER + 1_000;
    await redis.hincrbyfloat(lane, 'v', far);
    await redis.hincrbyfloat(lane, 't:a', far);
    await redis.hincrbyfloat(lane, 't:c', far);
    // Tags (and so priorities) of the waiting jobs sit past the clock, as they would.
    for (const id of before) {
      const job = await queue.getJob(id);
      await job?.changePriority({ priority: (job.priority ?? 0) + far });
    }
    await delayedJob?.changePriority({ priority: (delayedJob.priority ?? 0) + far });
    const shiftedOrder = await takeOrder();
    expect(shiftedOrder).toEqual(before);

    const { shift, moved } = await fair.rebase('batch', bullKeys(PREFIX, queueName));
    expect(shift).toBeGreaterThanOrEqual(far);
    expect(moved).toBe(21);
    expect(await takeOrder()).toEqual(before);
    const priorityAfter = (await queue.getJob(before[0] as string))?.priority ?? 0;
    expect(priorityAfter).toBeGreaterThanOrEqual(LANE_BASE.batch);
    expect(priorityAfter).toBeLessThan(priorityBefore + far);
    expect(Number((await queue.getJob(delayed.jobId))?.priority)).toBeLessThan(LANE_BASE.batch + 1_000);
    // A new job lands behind the waiting ones, as before the rebase.
    const late = await enqueue('a', 'batch');
    expect((await takeOrder()).indexOf(late.jobId)).toBe(20);
    // Done once: a second worker seeing the same flag changes nothing.
    expect((await fair.rebase('batch', bullKeys(PREFIX, queueName))).shift).toBe(0);
  });
});
