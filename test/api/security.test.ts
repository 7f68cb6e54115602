/** Security headers, CORS, TRUST_PROXY, and errors that reveal nothing while logs keep the request id and hide secrets. */
import { Writable } from 'node:stream';
import request from 'supertest';
import winston from 'winston';
import { createApiRuntime, type ApiRuntime } from '../../api/runtime';
import { TaskService } from '../../api/task-service';
import { createRootLogger } from '../../shared/logger';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

const TASK = { task: 'summarize', text: 'One. Two.' };

describe('security headers and CORS', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { CORS_ORIGINS: 'https://app.example.com,http://localhost:8080' }, withWorker: false });
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('sends helmet’s headers and no X-Powered-By', async () => {
    const res = await request(gw.url).get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers a listed origin’s preflight and exposes the headers browser code needs', async () => {
    const preflight = await request(gw.url)
      .options('/ai/task')
      .set('Origin', 'https://app.example.com')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'x-api-key, content-type');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://app.example.com');
    expect(preflight.headers['access-control-allow-headers']).toMatch(/X-API-Key/);
    const res = await request(gw.url).post('/ai/task?wait=false').set('Origin', 'https://app.example.com').send(TASK);
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example.com');
    expect(res.headers['access-control-expose-headers']).toMatch(/X-Request-Id.*RateLimit-Remaining/);
    expect(res.headers.vary).toMatch(/Origin/);
  });

  it('gives an unlisted origin no CORS headers at all', async () => {
    const res = await request(gw.url).get('/health').set('Origin', 'https://evil.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers OPTIONS on a known path with Allow', async () => {
    const res = await request(gw.url).options('/history');
    expect(res.status).toBeLessThan(300);
    expect(res.headers.allow).toMatch(/^GET, HEAD/);
    expect((await request(gw.url).options('/ai/task/7d6f2b1e-3c4a-4b5d-9e8f-0a1b2c3d4e5f')).headers.allow).toMatch(/GET/);
  });
});

describe('CORS off by default', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ withWorker: false });
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('sends no CORS headers to any origin', async () => {
    const res = await request(gw.url).get('/health').set('Origin', 'https://app.example.com');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('TRUST_PROXY', () => {
  const burst = async (url: string, forwardedFor: string, n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i += 1) out.push((await request(url).post('/ai/task?wait=false').set('X-Forwarded-For', forwardedFor).send(TASK)).status);
    return out;
  };

  it('counts clients by X-Forwarded-For only when the proxy is trusted', async () => {
    const trusted = await startTestGateway({ env: { TRUST_PROXY: 'loopback', RATE_LIMIT_TASKS_PER_MINUTE: '2' }, withWorker: false });
    const untrusted = await startTestGateway({ env: { RATE_LIMIT_TASKS_PER_MINUTE: '2' }, withWorker: false });
    try {
      expect(await burst(trusted.url, '203.0.113.1', 3)).toEqual([202, 202, 429]);
      expect(await burst(trusted.url, '203.0.113.2', 1)).toEqual([202]);
      // Untrusted, the header is the client's word only: every request counts against 127.0.0.1.
      expect(await burst(untrusted.url, '203.0.113.1', 2)).toEqual([202, 202]);
      expect(await burst(untrusted.url, '203.0.113.9', 1)).toEqual([429]);
    } finally {
      await trusted.stop();
      await untrusted.stop();
    }
  });
});

describe('unexpected errors', () => {
  let gw: TestGateway;
  let api: ApiRuntime;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    gw = await startTestGateway({ env: { API_KEY: 'aigw_operatorKey123456' }, withWorker: false });
    const logger = createRootLogger({ level: 'info', silent: true });
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    logger.add(new winston.transports.Stream({ stream: sink }));
    api = await createApiRuntime(gw.config, gw.db, logger);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await api.close();
    await gw.stop();
  });

  it('answers 500 internal_error with the request id and no stack, and logs the id with secrets redacted', async () => {
    jest
      .spyOn(TaskService.prototype, 'find')
      .mockRejectedValueOnce(new Error('exploded at /srv/app/api/task-service.ts:120 using aigw_operatorKey123456'));
    const res = await request(api.app)
      .get('/ai/task/7d6f2b1e-3c4a-4b5d-9e8f-0a1b2c3d4e5f')
      .set('X-API-Key', 'aigw_operatorKey123456')
      .set('X-Request-Id', 'req-hostile-1');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'internal_error', message: 'an unexpected error occurred', request_id: 'req-hostile-1' } });
    expect(res.text).not.toContain('task-service');
    const logged = lines.find((l) => l.request_id === 'req-hostile-1');
    expect(logged).toMatchObject({ level: 'error', request_id: 'req-hostile-1' });
    expect(JSON.stringify(logged)).not.toContain('operatorKey123456');
  });
});
