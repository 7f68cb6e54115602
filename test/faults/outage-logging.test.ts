/**
 * Outage logging, counted in a real worker process's output: Redis killed, then started again.
 * One line when it goes, one when it returns, a summary per OUTAGE_SUMMARY_MS while away, and no
 * line per failed command; an idle worker stopped while Redis is away says only what is true.
 */
import { freshDatabase, uniqueName } from '../helpers/env';
import { runNode, waitForOutput, type RunningProcess } from '../helpers/processes';
import { logLinesSince } from './helpers/log-lines';
import { startRedisServer, type TestRedisServer } from './helpers/redis-server';

describe('outage logging (worker process, Redis killed and restarted)', () => {
  const database = freshDatabase();
  let redis: TestRedisServer;
  let worker: RunningProcess;

  beforeAll(async () => {
    redis = await startRedisServer();
    worker = runNode('worker/main.js', {
      REDIS_URL: redis.url,
      DATABASE_URL: database.url,
      QUEUE_NAME: uniqueName('q'),
      LOG_LEVEL: 'info',
      WORKER_METRICS_PORT: '0',
      OUTAGE_SUMMARY_MS: '1000',
      SHUTDOWN_TIMEOUT_MS: '20000',
    });
    await waitForOutput(worker, /worker started/, 30_000);
  }, 60_000);
  afterAll(async () => {
    if (worker.child.exitCode === null && worker.child.signalCode === null) {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
    await redis.destroy();
    await database.drop();
  });

  it('logs one line when Redis goes, summaries while it is away, one line when it returns', async () => {
    const before = worker.output().length;
    await redis.stop('SIGKILL');
    await waitForOutput(worker, /Redis is unreachable/);
    await waitForOutput(worker, /Redis is still unreachable/);
    await redis.start();
    await waitForOutput(worker, /Redis is reachable again/);

    const during = logLinesSince(worker, before);
    const count = (pattern: RegExp) => during.filter((l) => pattern.test(l.message)).length;
    expect(count(/^Redis is unreachable/)).toBe(1);
    expect(count(/^Redis is reachable again/)).toBe(1);
    expect(count(/^Redis is still unreachable/)).toBeGreaterThanOrEqual(1);
    expect(count(/^worker error/)).toBe(0);
    // Apart from the periodic summary, no message repeats: nothing is logged per failed command.
    const repeated = Object.entries(
      during.filter((l) => !/still unreachable/.test(l.message)).reduce<Record<string, number>>((acc, l) => ({ ...acc, [l.message]: (acc[l.message] ?? 0) + 1 }), {}),
    ).filter(([, n]) => n > 1);
    expect(repeated).toEqual([]);
  }, 60_000);

  it('an idle worker stopped while Redis is away closes at once, with no word of unfinished jobs', async () => {
    await redis.stop('SIGKILL');
    await waitForOutput(worker, /Redis is unreachable/);
    worker.child.kill('SIGTERM');
    expect((await worker.exited).code).toBe(0);
    expect(worker.output()).toMatch(/worker closing: no task in progress/);
    expect(worker.output()).not.toMatch(/drain deadline passed|handing unfinished jobs back/);
  }, 60_000);
});
