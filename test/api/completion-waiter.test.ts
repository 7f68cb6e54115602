/**
 * The sync caller's wait (api/completion-waiter.ts) against a real BullMQ queue in Redis: a job that
 * ended before the wait began is found by reading its end fields, one ending later by the event
 * stream, and a job that has not ended times out.
 */
import { Worker, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { CompletionWaiter } from '../../api/completion-waiter';
import { JobEventsSubscriber } from '../../api/job-events';
import { createTaskQueue, JOB_NAME, type TaskQueue } from '../../shared/queue';
import type { JobData, TaskOutcome } from '../../shared/task-schemas';
import { testRedisUrl, uniqueName } from '../helpers/env';
import { successOutcome } from '../helpers/outcome';
import { waitFor } from '../faults/helpers/wait';

const PREFIX = 'aigw-test';

function jobData(taskId: string, text: string): JobData {
  return { taskId, task: 'summarize', text, provider: 'auto', options: {}, caller: 'anonymous', requestId: 'req-1', enqueuedAt: Date.now() } as JobData;
}

describe('CompletionWaiter', () => {
  const queueName = uniqueName('waiter');
  const connections: Redis[] = [];
  let queue: TaskQueue;
  let events: JobEventsSubscriber;
  let waiter: CompletionWaiter;
  let worker: Worker<JobData, TaskOutcome> | undefined;
  /** What the test's worker answers for a job: an outcome, or an Error to fail it. */
  const answers = new Map<string, TaskOutcome | Error>();

  const redis = () => {
    const connection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    connections.push(connection);
    return connection;
  };

  beforeAll(async () => {
    queue = createTaskQueue(redis(), { queueName, prefix: PREFIX, retentionSeconds: 60, attempts: 1 });
    events = new JobEventsSubscriber(redis(), queue.toKey('events'));
    events.start();
    waiter = new CompletionWaiter(events, queue);
    worker = new Worker<JobData, TaskOutcome>(
      queueName,
      async (job) => {
        const answer = answers.get(job.id as string);
        if (answer instanceof Error) throw answer;
        return answer as TaskOutcome;
      },
      { connection: redis() as ConnectionOptions, prefix: PREFIX, autorun: false },
    );
    await worker.waitUntilReady();
  });
  afterAll(async () => {
    await worker?.close();
    await events.close();
    await queue.obliterate({ force: true });
    await queue.close();
    for (const connection of connections) connection.disconnect();
  });

  const finishedState = async (taskId: string, state: 'completed' | 'failed') => {
    await waitFor(`job ${state}`, async () => (await queue.getJobState(taskId)) === state, 5_000);
  };

  it('finds a job that completed before the wait began, with its outcome', async () => {
    const outcome = successOutcome(new Date(), { result: 'done early' });
    answers.set(outcome.task_id, outcome);
    await queue.add(JOB_NAME, jobData(outcome.task_id, 'a long text '.repeat(1_000)), { jobId: outcome.task_id });
    void worker?.run();
    await finishedState(outcome.task_id, 'completed');
    expect(await waiter.wait(outcome.task_id, 2_000)).toEqual({ kind: 'done', outcome });
  });

  it('finds a job that failed before the wait began, with its reason', async () => {
    const taskId = successOutcome(new Date()).task_id;
    answers.set(taskId, new Error('the processor crashed'));
    await queue.add(JOB_NAME, jobData(taskId, 'text'), { jobId: taskId });
    await finishedState(taskId, 'failed');
    expect(await waiter.wait(taskId, 2_000)).toEqual({ kind: 'failed', reason: 'the processor crashed' });
  });

  it('learns of a job that completes during the wait from the event stream', async () => {
    const outcome = successOutcome(new Date(), { result: 'done later' });
    await worker?.pause();
    await queue.add(JOB_NAME, jobData(outcome.task_id, 'text'), { jobId: outcome.task_id });
    const waiting = waiter.wait(outcome.task_id, 5_000);
    answers.set(outcome.task_id, outcome);
    worker?.resume();
    expect(await waiting).toEqual({ kind: 'done', outcome });
  });

  it('times out on a job that has not ended, and on one that does not exist', async () => {
    await worker?.pause();
    const taskId = successOutcome(new Date()).task_id;
    await queue.add(JOB_NAME, jobData(taskId, 'text'), { jobId: taskId });
    expect(await waiter.wait(taskId, 300)).toEqual({ kind: 'timeout' });
    expect(await waiter.wait('no-such-job', 300)).toEqual({ kind: 'timeout' });
    expect(waiter.pending).toBe(0);
  });
});
