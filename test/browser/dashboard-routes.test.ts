/** What the dashboard needs from the API, without a browser: the page and its assets, its config, and GET /queue/stats. */
import express from 'express';
import request from 'supertest';
import { errorHandler } from '../../api/middleware/error-handler';
import { requestId } from '../../api/middleware/request-id';
import { queueStatsRoutes } from '../../api/routes/queue-stats';
import { createRootLogger } from '../../shared/logger';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

const KEY = 'routes-test-key-0123456789';

describe('dashboard routes', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({ env: { API_KEY: KEY, DEMO_API_KEY: 'demo-key-123', GRAFANA_URL: 'https://grafana.example.com/d/aigw' } });
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('serves the page and its built assets without a key, from dist/dashboard', async () => {
    const page = await request(gw.url).get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<script type="module" src="dashboard/main.js"></script>');
    // No inline script, so the gateway's strict Content-Security-Policy can stay as it is.
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    const script = await request(gw.url).get('/dashboard/main.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect((await request(gw.url).get('/dashboard/styles.css')).headers['content-type']).toMatch(/^text\/css/);
    expect((await request(gw.url).get('/dashboard/favicon.svg')).status).toBe(200);
    expect((await request(gw.url).get('/dashboard/nope.js')).status).toBe(404); // not a 401: it is no API route
  });

  it('tells the page the demo key and the Grafana link', async () => {
    const res = await request(gw.url).get('/dashboard/config');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ demo_api_key: 'demo-key-123', grafana_url: 'https://grafana.example.com/d/aigw' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('counts the queue’s jobs for a caller with a key', async () => {
    expect((await request(gw.url).get('/queue/stats')).status).toBe(401);
    await request(gw.url).post('/ai/task').set('X-API-Key', KEY).send({ task: 'summarize', text: 'One sentence here. And another one.' }).expect(200);
    const res = await request(gw.url).get('/queue/stats').set('X-API-Key', KEY);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      waiting: 0,
      active: 0,
      delayed: 0,
      failed: 0,
      completed: 1,
      fair_queueing: true,
      lanes: { interactive: { waiting: 0, oldest_wait_ms: 0 }, batch: { waiting: 0, oldest_wait_ms: 0 } },
      keys: [],
    });
  });

  it('answers 503 queue_unavailable at once when Redis does not answer', async () => {
    const app = express();
    app.use(requestId());
    app.use(queueStatsRoutes({ queue: { getJobCounts: () => new Promise<never>(() => undefined) }, timeoutMs: 50 }));
    app.use(errorHandler(createRootLogger({ level: 'error', silent: true })));
    const started = Date.now();
    const res = await request(app).get('/queue/stats');
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('queue_unavailable');
    expect(res.headers['retry-after']).toBe('1');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
