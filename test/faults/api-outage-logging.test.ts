/**
 * Outage logging on the API side, counted in a real API process's output: while Postgres (reached
 * through a TCP proxy the test cuts) or Redis (a server of the test's own, killed) is away, N
 * requests that need it answer 503 and leave one line when it goes and one when it returns, not a
 * warning each (shared/outage-log.ts, as the worker does).
 */
import { freshDatabase, uniqueName } from '../helpers/env';
import { freePort, runNode, waitForOutput, type RunningProcess } from '../helpers/processes';
import { logLinesSince } from './helpers/log-lines';
import { startRedisServer, type TestRedisServer } from './helpers/redis-server';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy';
import { waitFor } from './helpers/wait';

const N = 12;

describe('outage logging (API process, Postgres cut, Redis killed)', () => {
  const database = freshDatabase();
  let proxy: TcpProxy;
  let redis: TestRedisServer;
  let api: RunningProcess;
  let url: string;

  const send = (method: string, path: string, body?: unknown) =>
    fetch(`${url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

  beforeAll(async () => {
    const target = new URL(database.url);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    redis = await startRedisServer();
    const port = await freePort();
    api = runNode('api/main.js', {
      REDIS_URL: redis.url,
      DATABASE_URL: viaProxy.toString(),
      QUEUE_NAME: uniqueName('q'),
      PORT: String(port),
      LOG_LEVEL: 'info',
      // Longer than the test: the lines counted are the ones an outage's start and end write.
      OUTAGE_SUMMARY_MS: '600000',
      // Every task passes the spend check, whose missing counter is rebuilt from Postgres: its
      // failures during the cut are the Postgres outage's, not a warning per request.
      BUDGET_USD_PER_DAY: '1000',
    });
    await waitForOutput(api, /api listening/, 30_000);
    url = `http://127.0.0.1:${port}`;
  }, 60_000);
  afterAll(async () => {
    if (api && api.child.exitCode === null && api.child.signalCode === null) {
      api.child.kill('SIGKILL');
      await api.exited;
    }
    await redis?.destroy();
    await proxy?.close();
    await database.drop();
  });

  it(`writes one line when Postgres goes and one when it returns, not one per request (${N} of each kind)`, async () => {
    const from = api.output().length;
    await proxy.cut();
    for (let i = 0; i < N; i += 1) {
      const responses = await Promise.all([send('GET', '/history'), send('POST', '/ai/task?wait=false', { task: 'summarize', text: 'One. Two.' }), send('GET', '/usage')]);
      expect(responses.map((r) => r.status)).toEqual([503, 503, 503]);
    }
    await proxy.restore();
    await waitFor('the history to answer again', async () => ((await send('GET', '/history')).status === 200 ? true : undefined), 20_000);
    await waitForOutput(api, /Postgres is reachable again/);

    const during = logLinesSince(api, from);
    const warnings = during.filter((l) => l.level === 'warn' || l.level === 'error');
    expect(during.filter((l) => /^Postgres is unreachable/.test(l.message))).toHaveLength(1);
    expect(during.filter((l) => /^Postgres is reachable again/.test(l.message))).toHaveLength(1);
    // 3N failed requests: the outage line, and at most the (already throttled) managed-key lookup's own.
    expect(warnings.length).toBeLessThanOrEqual(3);
  }, 60_000);

  it(`writes one line when Redis goes and one when it returns, not one per rate-limited request (${N} of each kind)`, async () => {
    const from = api.output().length;
    await redis.stop('SIGKILL');
    for (let i = 0; i < N; i += 1) {
      const responses = await Promise.all([send('POST', '/ai/task?wait=false', { task: 'summarize', text: 'One. Two.' }), send('POST', '/history/cleanup')]);
      expect(responses.map((r) => r.status)).toEqual([503, 503]);
    }
    await redis.start();
    await waitFor('a rate-limited request to pass again', async () => ((await send('POST', '/history/cleanup')).status === 200 ? true : undefined), 20_000);
    await waitForOutput(api, /Redis is reachable again/);

    const during = logLinesSince(api, from);
    expect(during.filter((l) => /^Redis is unreachable/.test(l.message))).toHaveLength(1);
    expect(during.filter((l) => /^Redis is reachable again/.test(l.message))).toHaveLength(1);
    expect(during.filter((l) => l.level === 'warn' || l.level === 'error').length).toBeLessThanOrEqual(3);
  }, 60_000);
});
