/**
 * Under `npm start` the API and the worker share one process: the local provider's NLP runs in a
 * worker thread, so /health answers while a 200,000-character input is being processed. Proved by
 * ordering: /health answers while the task is still running, then the task finishes.
 */
import { createServer } from 'node:net';
import { freshDatabase, testRedisUrl, uniqueName } from '../helpers/env';
import { runNode, waitForOutput, type RunningProcess } from '../helpers/processes';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

describe('local NLP off the event loop (npm start)', () => {
  const database = freshDatabase();
  let proc: RunningProcess;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    proc = runNode('main.js', {
      PORT: String(port),
      HOST: '127.0.0.1',
      REDIS_URL: testRedisUrl(),
      DATABASE_URL: database.url,
      QUEUE_NAME: uniqueName('q'),
      TIMEOUT_SECONDS: '120',
      TASK_DEADLINE_SECONDS: '240',
    });
    await waitForOutput(proc, /gateway listening/, 30_000);
  }, 60_000);
  afterAll(async () => {
    proc.child.kill('SIGTERM');
    await proc.exited;
    await database.drop();
  });

  const taskStatus = async (id: string) => ((await (await fetch(`${base}/ai/task/${id}`)).json()) as { status: string }).status;

  it('/health answers while a 200,000-character input is processed, and the task then succeeds', async () => {
    // One 100,000-character word and ~9,000 short sentences: about 200,000 characters for the NLP.
    const text = `${'a'.repeat(100_000)} ${'Short one. '.repeat(9_000)}`;
    const posted = await fetch(`${base}/ai/task?wait=false`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ task: 'summarize', text }) });
    expect(posted.status).toBe(202);
    const { task_id: id } = (await posted.json()) as { task_id: string };

    let status = await taskStatus(id);
    while (status === 'queued') status = await taskStatus(id);
    expect(status).toBe('running');

    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    // Inline, the NLP would have held this process' event loop: /health would only answer after the task finished.
    expect(await taskStatus(id)).toBe('running');

    while (status !== 'success' && status !== 'error') status = await taskStatus(id);
    expect(status).toBe('success');
  }, 120_000);
});
