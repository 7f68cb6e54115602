/** GET /history (paging, filters, tenant scoping) and POST /history/cleanup. */
import request from 'supertest';
import { historyPageSchema } from '../../api/openapi/schemas';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { createKey, seedOutcome, type TestKey } from './helpers';

const MINUTE = 60_000;

describe('history', () => {
  let gw: TestGateway;
  let alice: TestKey;
  let bob: TestKey;
  let admin: TestKey;
  const base = Date.now() - 60 * MINUTE;
  const aliceIds: string[] = [];

  beforeAll(async () => {
    gw = await startTestGateway({ env: { AUTH_CACHE_SECONDS: '0' }, withWorker: false });
    alice = await createKey(gw.db, 'alice', ['tasks', 'history']);
    bob = await createKey(gw.db, 'bob', ['history']);
    admin = await createKey(gw.db, 'admin', ['admin']);
    // 60 rows for alice over the last hour, two per timestamp (ties for the cursor), oldest first; every 4th failed.
    for (let i = 0; i < 60; i += 1) {
      const createdAt = new Date(base + Math.floor(i / 2) * 2 * MINUTE);
      const status = i % 4 === 3 ? 'error' : 'success';
      const task = i % 3 === 0 ? 'invoice_check' : 'summarize';
      const provider = i % 2 === 0 ? 'openai' : 'claude';
      aliceIds.push(await seedOutcome(gw.db, { caller: alice.id, status, task, provider, createdAt }));
    }
    for (let i = 0; i < 5; i += 1) await seedOutcome(gw.db, { caller: bob.id, status: i < 2 ? 'error' : 'success', createdAt: new Date(base + i * MINUTE) });
  });
  afterAll(async () => {
    await gw.stop();
  });

  const get = (key: TestKey, query = '') => request(gw.url).get(`/history${query}`).set('X-API-Key', key.key);

  it('answers the last 50 of the caller, newest first, with the documented fields', async () => {
    const res = await get(alice);
    expect(res.status).toBe(200);
    const page = historyPageSchema.parse(res.body);
    expect(page.items).toHaveLength(50);
    expect(page.next_cursor).toEqual(expect.any(String));
    const times = page.items.map((i) => Date.parse(i.created_at));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(page.items.every((i) => aliceIds.includes(i.task_id))).toBe(true);
    expect(page.items[0]).toMatchObject({ task: expect.any(String), provider_requested: 'auto', attempts: expect.any(Array), latency_ms: 12 });
  });

  it('pages through everything with the cursor, without repeats or gaps, even across equal timestamps', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(alice, `?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i: { task_id: string }) => i.task_id));
      cursor = res.body.next_cursor;
      pages += 1;
    } while (cursor && pages < 20);
    expect(pages).toBe(9);
    expect(new Set(seen).size).toBe(60);
    expect(seen.sort()).toEqual([...aliceIds].sort());
  });

  it('filters by status, provider, task and since, together', async () => {
    const errors = (await get(alice, '?status=error&limit=200')).body.items;
    expect(errors).toHaveLength(15);
    expect(errors.every((i: { status: string }) => i.status === 'error')).toBe(true);

    const openai = (await get(alice, '?provider=openai&status=success&limit=200')).body.items;
    expect(openai.length).toBeGreaterThan(0);
    expect(openai.every((i: { provider_used: string }) => i.provider_used === 'openai')).toBe(true);

    const invoices = (await get(alice, '?task=invoice_check&limit=200')).body.items;
    expect(invoices).toHaveLength(20);

    const since = new Date(base + 50 * MINUTE).toISOString();
    const recent = (await get(alice, `?since=${encodeURIComponent(since)}&limit=200`)).body.items;
    expect(recent).toHaveLength(60 - 50);
    expect(recent.every((i: { created_at: string }) => Date.parse(i.created_at) >= Date.parse(since))).toBe(true);
  });

  it('keeps tenants apart; an admin key sees every caller', async () => {
    const bobs = (await get(bob, '?limit=200')).body.items;
    expect(bobs).toHaveLength(5);
    expect(bobs.some((i: { task_id: string }) => aliceIds.includes(i.task_id))).toBe(false);
    expect((await get(admin, '?limit=200')).body.items).toHaveLength(65);
  });

  it('refuses unknown and malformed query parameters with 400 invalid_query naming the field', async () => {
    const res = await get(alice, '?limit=0&colour=red');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_query');
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['limit', '(query)']));
    const forged = Buffer.from(JSON.stringify(['2020-01-01T00:00:00Z', "'; DROP TABLE ai_requests; --"])).toString('base64url');
    expect((await get(alice, `?cursor=${forged}`)).body.error.code).toBe('invalid_query');
  });

  it('cleanup deletes only the caller’s error rows older than asked, and answers the count', async () => {
    // Older than 31 minutes: the rows created 60 to 32 minutes ago (i < 30), of which i = 3, 7, ... 27 failed.
    const recentOnly = await request(gw.url).post('/history/cleanup').set('X-API-Key', alice.key).send({ older_than_minutes: 31 });
    expect(recentOnly.status).toBe(200);
    expect(recentOnly.body).toEqual({ deleted: 7, older_than_minutes: 31 });

    const rest = await request(gw.url).post('/history/cleanup').set('X-API-Key', alice.key);
    expect(rest.status).toBe(200);
    expect(rest.body).toEqual({ deleted: 15 - recentOnly.body.deleted, older_than_minutes: null });
    expect((await get(alice, '?status=error')).body.items).toHaveLength(0);
    expect((await get(alice, '?limit=200')).body.items).toHaveLength(45);
    // Bob's failures are untouched until an admin cleans up.
    expect((await get(bob, '?status=error')).body.items).toHaveLength(2);
    const all = await request(gw.url).post('/history/cleanup').set('X-API-Key', admin.key).send({});
    expect(all.body.deleted).toBe(2);
  });

  it('refuses a bad cleanup body with the field named', async () => {
    const res = await request(gw.url).post('/history/cleanup').set('X-API-Key', alice.key).send({ older_than_minutes: -5 });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_request', details: [{ field: 'older_than_minutes', message: expect.any(String) }] });
  });
});
