/** SIGTERM/SIGINT: stop taking jobs, finish active ones up to a deadline, close connections, exit 0. */
import request from 'supertest';
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
