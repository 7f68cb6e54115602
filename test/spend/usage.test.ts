/** GET /usage: sums per key, provider, model and day from Postgres; a key sees only its own, an admin key every key's. */
import request from 'supertest';
import { HistoryStore } from '../../shared/history-store';
import { createKey, type TestKey } from '../api/helpers';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { costedOutcome } from './helpers';

let gw: TestGateway;
let admin: TestKey;
let teamA: TestKey;
let teamB: TestKey;
const day1 = new Date('2026-11-02T10:00:00Z');
const day2 = new Date('2026-11-03T23:59:59Z');

beforeAll(async () => {
  gw = await startTestGateway({ withWorker: false, env: { AUTH_CACHE_SECONDS: '0' } });
  admin = await createKey(gw.db, 'ops', ['admin']);
  teamA = await createKey(gw.db, 'team-a', ['tasks', 'history']);
  teamB = await createKey(gw.db, 'team-b', ['tasks', 'history']);
  const store = new HistoryStore(gw.db);
  const a1 = costedOutcome(teamA.id, 0.5, day1, { input: 1000, output: 200 });
  const a2 = { ...costedOutcome(teamA.id, 0.25, day2, { input: 10, output: 5 }), provider_used: 'claude', model: 'claude-haiku-4-5' };
  const aFailed = { ...costedOutcome(teamA.id, 0, day2, { input: 0, output: 0 }), status: 'error' as const, provider_used: null, model: null, usage: null, error: { code: 'all_providers_failed', message: 'x' } };
  const aCached = { ...costedOutcome(teamA.id, 0, day2, { input: 0, output: 0 }), cache_hit: true };
  const bUnpriced = { ...costedOutcome(teamB.id, 0, day1, { input: 40, output: 60 }), cost_usd: null, provider_used: 'compat', model: 'llama' };
  const b1 = costedOutcome(teamB.id, 2, day1, { input: 3000, output: 1000 });
  for (const o of [a1, a2, aFailed, aCached, bUnpriced, b1]) await store.saveOutcome(o);
});
afterAll(async () => {
  await gw.stop();
});

const usage = (key: TestKey, query: string) => request(gw.url).get(`/usage?${query}`).set('X-API-Key', key.key);
const SPAN = 'from=2026-11-01&to=2026-11-30';

describe('GET /usage', () => {
  it('groups an admin key by key, naming each key, with requests, errors, tokens, cost and cache hits', async () => {
    const res = await usage(admin, `group_by=key&${SPAN}`).expect(200);
    expect(res.body).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-30T00:00:00.000Z',
      items: [
        { key_id: teamB.id, key_name: 'team-b', requests: 2, errors: 0, prompt_tokens: 3040, completion_tokens: 1060, cost_usd: 2, unpriced_requests: 1, cache_hits: 0 },
        { key_id: teamA.id, key_name: 'team-a', requests: 4, errors: 1, prompt_tokens: 1010, completion_tokens: 205, cost_usd: 0.75, unpriced_requests: 0, cache_hits: 1 },
      ],
    });
  });

  it('shows a key only its own tasks, by day, provider and model', async () => {
    const byDay = await usage(teamA, `group_by=day&${SPAN}`).expect(200);
    expect(byDay.body.items).toEqual([
      expect.objectContaining({ day: '2026-11-02', requests: 1, cost_usd: 0.5 }),
      expect.objectContaining({ day: '2026-11-03', requests: 3, errors: 1, cost_usd: 0.25, cache_hits: 1 }),
    ]);
    const byProvider = await usage(teamA, `group_by=provider&${SPAN}`).expect(200);
    expect(byProvider.body.items.map((i: { provider: string }) => i.provider).sort()).toEqual(['claude', 'none', 'openai']);
    const byModel = await usage(teamB, `group_by=model&${SPAN}`).expect(200);
    expect(byModel.body.items).toEqual([
      expect.objectContaining({ provider: 'openai', model: 'gpt-4o-mini', cost_usd: 2, requests: 1 }),
      expect.objectContaining({ provider: 'compat', model: 'llama', cost_usd: 0, unpriced_requests: 1 }),
    ]);
  });

  it('groups by two dimensions for the dashboard chart: cost per day and key', async () => {
    const res = await usage(admin, `group_by=day,key&${SPAN}`).expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({ day: '2026-11-02', key_name: 'team-b', cost_usd: 2 }),
      expect.objectContaining({ day: '2026-11-02', key_name: 'team-a', cost_usd: 0.5 }),
      expect.objectContaining({ day: '2026-11-03', key_name: 'team-a', cost_usd: 0.25, requests: 3 }),
    ]);
    const twice = await usage(admin, 'group_by=day,day').expect(400);
    expect(twice.body.error.details).toEqual([expect.objectContaining({ field: 'group_by' })]);
  });

  it('reads only [from, to)', async () => {
    const res = await usage(admin, 'group_by=day&from=2026-11-03&to=2026-11-04').expect(200);
    expect(res.body.items).toEqual([expect.objectContaining({ day: '2026-11-03', requests: 3 })]);
  });

  it('refuses bad parameters with 400 invalid_query naming each', async () => {
    const res = await usage(admin, 'group_by=week&from=yesterday').expect(400);
    expect(res.body.error.code).toBe('invalid_query');
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['from', 'group_by']);
    const reversed = await usage(admin, 'from=2026-11-05&to=2026-11-01').expect(400);
    expect(reversed.body.error.details).toEqual([expect.objectContaining({ field: 'from', message: '`from` must be before `to`' })]);
    await request(gw.url).get('/usage').expect(401);
  });
});
