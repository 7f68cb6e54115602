/**
 * A task's row says `running` only once the task has run RUNNING_MARK_DELAY_MS (1 s): most tasks
 * finish sooner and their outcome is their only write. Shown with the mark due at once and with
 * the mark due long after the task ends, on a task that runs 1.5 s.
 */
import request from 'supertest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { scriptedProvider } from '../helpers/fake-providers';

async function statusOf(gw: TestGateway, taskId: string): Promise<string> {
  return ((await request(gw.url).get(`/ai/task/${taskId}`)).body as { status: string }).status;
}

async function rowStatus(gw: TestGateway, taskId: string): Promise<string | undefined> {
  return ((await gw.db('ai_requests').where({ task_id: taskId }).first('status')) as { status: string } | undefined)?.status;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("a task's row says running only once the task has run a while", () => {
  it.each([
    ['at once', 'running', 0],
    ['after the task has ended', 'queued', 60_000],
  ])('with the mark due %s, the row of a task running 1.5 s says %s while it runs, then success', async (_when, whileRunning, delayMs) => {
    const slow = scriptedProvider('slowpoke', [{ delayMs: 1_500, ok: 'finally' }]);
    const gw = await startTestGateway({ providers: [slow], workerOverrides: { runningMarkDelayMs: delayMs } });
    try {
      const res = await request(gw.url).post('/ai/task?wait=false').send({ task: 'summarize', text: 'One. Two.', provider: 'slowpoke' });
      expect(res.status).toBe(202);
      const taskId = res.body.task_id as string;
      // The queue says running as soon as the worker holds the job; the row is read all along until it ends.
      await until(() => statusOf(gw, taskId), (s) => s === 'running', 'the job to be active');
      const rows = new Set<string | undefined>();
      while ((await statusOf(gw, taskId)) === 'running') {
        rows.add(await rowStatus(gw, taskId));
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(rows.has(whileRunning)).toBe(true);
      // Never `running` when the mark was not yet due. The outcome row is written just before
      // BullMQ marks the job completed, so the last read may already see `success`.
      if (whileRunning === 'queued') expect([...rows].filter((s) => s !== 'success')).toEqual(['queued']);
      expect(await statusOf(gw, taskId)).toBe('success');
      expect(await rowStatus(gw, taskId)).toBe('success');
      expect(slow.calls).toHaveLength(1);
    } finally {
      await gw.stop();
    }
  }, 30_000);
});
