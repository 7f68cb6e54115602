/**
 * Bull Board at /admin/queues through the real app: admin-only (API_KEY or an admin-scoped key,
 * also as a Basic-auth password so a browser can open it), and read-only with BULL_BOARD_READ_ONLY.
 * Also the API's own /metrics: open without METRICS_TOKEN, board traffic under one route label.
 */
import request from 'supertest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { parseExposition, total } from './helpers/prom-text';

const KEY = 'admin-test-key-0123456789';
const basic = (password: string) => `Basic ${Buffer.from(`ops:${password}`).toString('base64')}`;

describe('Bull Board', () => {
  let gw: TestGateway;
  let readOnly: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({ env: { API_KEY: KEY }, withWorker: false });
    readOnly = await startTestGateway({ env: { API_KEY: KEY, BULL_BOARD_READ_ONLY: 'true' }, withWorker: false });
  });
  afterAll(async () => {
    await gw?.stop();
    await readOnly?.stop();
  });

  it('refuses a caller without the key, and asks a browser for it', async () => {
    const res = await request(gw.url).get('/admin/queues');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Basic realm=/);
    expect((await request(gw.url).get('/admin/queues').set('X-API-Key', 'wrong-key')).status).toBe(401);
    expect((await request(gw.url).get('/admin/queues/api/queues').auth('ops', 'wrong-key')).status).toBe(401);
  });

  it('serves the board to the admin key, in a header or as a Basic-auth password', async () => {
    const page = await request(gw.url).get('/admin/queues').set('X-API-Key', KEY);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<base href="/admin/queues');
    const api = await request(gw.url).get('/admin/queues/api/queues').set('Authorization', basic(KEY));
    expect(api.status).toBe(200);
    const names = (api.body.queues as { name: string }[]).map((q) => q.name);
    expect(names).toContain(gw.config.QUEUE_NAME);
  });

  it('lets an admin pause and resume the queue when not read-only', async () => {
    const name = gw.config.QUEUE_NAME;
    expect((await request(gw.url).put(`/admin/queues/api/queues/${name}/pause`).set('X-API-Key', KEY)).status).toBeLessThan(300);
    expect(await gw.api.queue.isPaused()).toBe(true);
    expect((await request(gw.url).put(`/admin/queues/api/queues/${name}/resume`).set('X-API-Key', KEY)).status).toBeLessThan(300);
    expect(await gw.api.queue.isPaused()).toBe(false);
  });

  it('with BULL_BOARD_READ_ONLY shows the queue but refuses every change', async () => {
    const name = readOnly.config.QUEUE_NAME;
    const api = await request(readOnly.url).get('/admin/queues/api/queues').set('X-API-Key', KEY);
    expect(api.status).toBe(200);
    expect(api.body.queues.find((q: { name: string }) => q.name === name)).toMatchObject({ readOnlyMode: true, allowRetries: false });
    for (const path of [`/api/queues/${name}/pause`, `/api/queues/${name}/retry/failed`, `/api/queues/${name}/clean/completed`]) {
      const res = await request(readOnly.url).put(`/admin/queues${path}`).set('X-API-Key', KEY);
      expect(res.status).toBe(405);
      expect(res.body.error.code).toBe('read_only');
    }
    expect(await readOnly.api.queue.isPaused()).toBe(false);
  });

  it('shows up in the API metrics under one route label, whatever page was asked for', async () => {
    const res = await request(gw.url).get('/metrics');
    expect(res.status).toBe(200);
    const samples = parseExposition(res.text);
    expect(total(samples, 'ai_http_requests_total', { route: '/admin/queues', status: '200' })).toBeGreaterThan(0);
    expect(total(samples, 'ai_http_requests_total', { route: '/admin/queues', status: '401' })).toBeGreaterThan(0);
    expect(samples.some((s) => (s.labels.route ?? '').startsWith('/admin/queues/'))).toBe(false);
  });
});
