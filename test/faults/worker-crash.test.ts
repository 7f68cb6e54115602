/**
 * Worker processes dying and stopping: SIGKILL mid-task (another worker's stalled-job check takes
 * the task over, with the default lock settings, logs it, and finishes it: one row in Postgres),
 * SIGTERM (active tasks drain, up to SHUTDOWN_TIMEOUT_MS) and SIGTERM past it (the unfinished job is
 * handed back to the waiting list, not left locked).
 */
import request from 'supertest';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import type { RunningProcess } from '../helpers/processes';
import { TEXT } from './helpers/mock-gateway';
import { waitFor } from './helpers/wait';
import { finishedBy, startWorker, stopWorker } from './helpers/worker-process';

/** Locks that would keep a job away from other workers for a minute: only a hand-back frees it sooner. */
const LONG_LOCKS = { JOB_LOCK_MS: '60000', STALLED_INTERVAL_MS: '60000' };

describe('worker processes crashing and stopping', () => {
  let mock: MockProvider;
  let gw: TestGateway;
  const workers: RunningProcess[] = [];

  const providerEnv = (model: string) => ({
    OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([{ name: 'slow', baseUrl: `${mock.url}/v1`, model }]),
    PROVIDER_ORDER: 'slow',
    LOCAL_PROVIDER: 'false',
    MAX_RETRIES: '0',
    TIMEOUT_SECONDS: '20',
  });
  const spawn = async (env: Record<string, string>) => {
    const proc = await startWorker(gw, env);
    workers.push(proc);
    return proc;
  };
  const submit = async () => {
    const res = await request(gw.url).post('/ai/task?wait=false').send({ task: 'summarize', text: TEXT });
    expect(res.status).toBe(202);
    return res.body.task_id as string;
  };
  const rowsFor = (taskId: string) => gw.db('ai_requests').where({ task_id: taskId });

  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
    gw = await startTestGateway({ withWorker: false });
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map(stopWorker));
  });
  afterAll(async () => {
    await gw.stop();
    await mock.close();
  });

  it('a worker killed with SIGKILL mid-task: another worker takes it over (default lock settings), logs it, finishes it, and Postgres holds one row', async () => {
    // The same provider behind each worker; the first one's call never gets an answer before it dies.
    const first = await spawn(providerEnv('mock-hang'));
    const taskId = await submit();
    await waitFor('the first worker to call the provider', () => mock.counts.byModel['mock-hang'] === 1);
    const second = await spawn(providerEnv('mock-latency-100'));
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const row = await waitFor('the task to be finished', async () => (await rowsFor(taskId)).find((r: { status: string }) => r.status === 'success'), 30_000);
    expect(row).toMatchObject({ provider_used: 'slow', model: 'mock-latency-100' });
    expect(await rowsFor(taskId)).toHaveLength(1);
    // The row is written before the worker logs the task as finished (spend, cache and idempotency come between).
    await waitFor('the second worker to log the task finished', () => finishedBy(second).length > 0);
    expect(finishedBy(second)).toEqual([taskId]);
    expect(second.output()).toMatch(new RegExp(`"message":"took over a stalled job[^"]*".*"task_id":"${taskId}"`));
    expect(mock.counts.byModel['mock-latency-100']).toBe(1);
    const job = await gw.api.queue.getJob(taskId);
    expect(await job?.getState()).toBe('completed');
  });

  it('SIGTERM lets active tasks finish and persist, then the worker exits 0', async () => {
    const model = 'mock-latency-1200';
    const worker = await spawn({ ...providerEnv(model), WORKER_CONCURRENCY: '2', SHUTDOWN_TIMEOUT_MS: '15000' });
    const ids = [await submit(), await submit()];
    await waitFor('both tasks to reach the provider', () => mock.counts.byModel[model] === 2);
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toEqual({ code: 0, signal: null });
    for (const id of ids) expect(await rowsFor(id)).toEqual([expect.objectContaining({ status: 'success' })]);
    expect(worker.output()).toMatch(/"how":"drained"/);
  });

  it('SIGTERM past SHUTDOWN_TIMEOUT_MS hands the unfinished job back to the waiting list, and another worker finishes it', async () => {
    const hangsBefore = mock.counts.byModel['mock-hang'] ?? 0;
    const worker = await spawn({ ...providerEnv('mock-hang'), ...LONG_LOCKS, SHUTDOWN_TIMEOUT_MS: '300' });
    const taskId = await submit();
    await waitFor('the task to reach the provider', () => mock.counts.byModel['mock-hang'] === hangsBefore + 1);
    worker.child.kill('SIGTERM');
    expect((await worker.exited).code).toBe(0);
    expect(worker.output()).toMatch(/drain deadline passed/);
    expect(worker.output()).toMatch(/handed an unfinished job back/);
    expect((await rowsFor(taskId))[0]?.status).not.toBe('success');
    // Waiting (`prioritized` is BullMQ's waiting list for jobs with a priority, which fair queueing
    // gives every job), not active under a lock that would hold it for JOB_LOCK_MS (a minute here).
    expect(['waiting', 'prioritized']).toContain(await (await gw.api.queue.getJob(taskId))?.getState());

    const rescuer = await spawn({ ...providerEnv('mock-latency-100'), ...LONG_LOCKS });
    const row = await waitFor('the task to be finished by the second worker', async () => (await rowsFor(taskId)).find((r: { status: string }) => r.status === 'success'), 30_000);
    expect(row).toMatchObject({ provider_used: 'slow' });
    // The row is written before the worker logs the task as finished (spend, cache and idempotency come between).
    await waitFor('the rescuer to log the task finished', () => finishedBy(rescuer).includes(taskId));
  });
});
