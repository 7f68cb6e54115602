/** SIGTERM/SIGINT: stop taking jobs, finish active ones up to a deadline, close connections, exit 0. */
import request from 'supertest';
import { Job } from 'bullmq';
import { startTestGateway } from '../helpers/gateway';
import { scriptedProvider } from '../helpers/fake-providers';
import { freshDatabase, testRedisUrl, uniqueName } from '../helpers/env';
import { runNode, waitForOutput } from '../helpers/processes';

describe('graceful shutdown', () => {
  it('finishes an active task before the worker closes, and persists it', async () => {
    const slow = scriptedProvider('slowpoke', [{ delayMs: 800, ok: 'done before closing' }]);
    const gw = await startTestGateway({ providers: [slow] });
    try {
      const res = await request(gw.url).post('/ai/task?wait=false').send({ task: 'summarize', text: 'A. B.', provider: 'slowpoke' });
      while (slow.calls.length === 0) await new Promise((r) => setTimeout(r, 20));
      await gw.worker?.shutdown(5_000);
      expect(gw.worker?.worker.isRunning()).toBe(false);
      const row = await gw.db('ai_requests').where({ task_id: res.body.task_id }).first();
      expect(row).toMatchObject({ status: 'success', result: 'done before closing' });
    } finally {
      await gw.stop();
    }
  });

  it("waits for a finished job's outcome to be written before it closes, so the job is not run again", async () => {
    // The gap this covers: the processor has returned (a stream's caller already has its answer) while
    // BullMQ still writes the completion to Redis. Slowing that one write down, as a busy Redis would,
    // makes the gap wide enough to shut down inside it.
    const quick = scriptedProvider('quick', [{ ok: 'answered' }]);
    const gw = await startTestGateway({ providers: [quick] });
    const moveToCompleted = Job.prototype.moveToCompleted;
    let writing: () => void = () => undefined;
    const writeStarted = new Promise<void>((resolve) => (writing = resolve));
    const spy = jest.spyOn(Job.prototype, 'moveToCompleted').mockImplementation(async function (this: Job, ...args) {
      writing();
      await new Promise((r) => setTimeout(r, 400));
      return moveToCompleted.apply(this, args);
    });
    try {
      const res = await request(gw.url).post('/ai/task?wait=false').send({ task: 'summarize', text: 'A. B.', provider: 'quick' });
      expect(res.status).toBe(202);
      await writeStarted;
      await gw.worker?.shutdown(5_000);
      const job = await gw.api.queue.getJob(res.body.task_id);
      expect(await job?.getState()).toBe('completed');
      expect(job?.returnvalue).toMatchObject({ result: 'answered' });
      expect(quick.calls).toHaveLength(1);
    } finally {
      spy.mockRestore();
      await gw.stop();
    }
  });

  it('stops waiting for a task that outlives the drain deadline, leaving it for another worker', async () => {
    const stuck = scriptedProvider('stuck', [{ delayMs: 3_000, ok: 'too late' }]);
    const gw = await startTestGateway({ providers: [stuck] });
    try {
      await request(gw.url).post('/ai/task?wait=false').send({ task: 'summarize', text: 'A. B.', provider: 'stuck' });
      while (stuck.calls.length === 0) await new Promise((r) => setTimeout(r, 20));
      const started = Date.now();
      await gw.worker?.shutdown(300);
      expect(Date.now() - started).toBeLessThan(2_500);
    } finally {
      await gw.stop();
    }
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('the gateway process exits 0 on %s', async (signal) => {
    const database = freshDatabase();
    const proc = runNode('main.js', {
      PORT: '0',
      REDIS_URL: testRedisUrl(),
      DATABASE_URL: database.url,
      QUEUE_NAME: uniqueName('q'),
      LOG_LEVEL: 'info',
    });
    try {
      await waitForOutput(proc, /gateway listening/);
      proc.child.kill(signal);
      const { code } = await proc.exited;
      expect(code).toBe(0);
      expect(proc.output()).toMatch(/worker closed/);
    } finally {
      proc.child.kill('SIGKILL');
      await database.drop();
    }
  });
});
