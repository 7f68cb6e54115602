/** Managed keys and API_KEY: who gets in, with which scopes, and whose tasks each key can read. */
import request from 'supertest';
import { ApiKeyStore } from '../../shared/api-key-store';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { createKey, type TestKey } from './helpers';

const TASK = { task: 'summarize', text: 'The council met on Monday. It approved the budget.' };

describe('managed keys', () => {
  let gw: TestGateway;
  let teamA: TestKey;
  let teamB: TestKey;
  let admin: TestKey;
  let historyOnly: TestKey;

  beforeAll(async () => {
    // No cache: revocation and key creation must show at once in these tests.
    gw = await startTestGateway({ env: { AUTH_CACHE_SECONDS: '0' }, withWorker: false });
    teamA = await createKey(gw.db, 'team-a', ['tasks', 'history']);
    teamB = await createKey(gw.db, 'team-b', ['tasks']);
    admin = await createKey(gw.db, 'ops', ['admin']);
    historyOnly = await createKey(gw.db, 'auditor', ['history']);
  });
  afterAll(async () => {
    await gw.stop();
  });

  const submit = (key: string) => request(gw.url).post('/ai/task?wait=false').set('X-API-Key', key).send(TASK);

  it('turns authentication on once a managed key exists: no key is 401 with a Bearer challenge', async () => {
    const res = await request(gw.url).post('/ai/task').send(TASK);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('missing_api_key');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('accepts a managed key in X-API-Key and as a Bearer token', async () => {
    expect((await submit(teamA.key)).status).toBe(202);
    const bearer = await request(gw.url).post('/ai/task?wait=false').set('Authorization', `Bearer ${teamA.key}`).send(TASK);
    expect(bearer.status).toBe(202);
  });

  it('answers 401 invalid_api_key for a wrong key, including one differing in the last character', async () => {
    const nearMiss = teamA.key.slice(0, -1) + (teamA.key.endsWith('A') ? 'B' : 'A');
    for (const key of ['aigw_nope', nearMiss]) {
      const res = await submit(key);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('invalid_api_key');
    }
  });

  it('answers 403 insufficient_scope when the key lacks the route scope', async () => {
    const history = await request(gw.url).get('/history').set('X-API-Key', teamB.key);
    expect(history.status).toBe(403);
    expect(history.body.error).toMatchObject({ code: 'insufficient_scope', details: { required_scope: 'history', key_scopes: ['tasks'] } });
    const task = await submit(historyOnly.key);
    expect(task.status).toBe(403);
    expect(task.body.error.details.required_scope).toBe('tasks');
  });

  it('lets any valid key read /provider/status and the task catalog', async () => {
    for (const path of ['/provider/status', '/ai/tasks']) {
      expect((await request(gw.url).get(path).set('X-API-Key', historyOnly.key)).status).toBe(200);
      expect((await request(gw.url).get(path)).status).toBe(401);
    }
  });

  it('shows a task only to the key that created it, or to an admin; anyone else gets 404', async () => {
    const created = await submit(teamA.key);
    const url = `/ai/task/${created.body.task_id}`;
    expect((await request(gw.url).get(url).set('X-API-Key', teamA.key)).status).toBe(200);
    const other = await request(gw.url).get(url).set('X-API-Key', teamB.key);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('task_not_found');
    const byAdmin = await request(gw.url).get(url).set('X-API-Key', admin.key);
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.task_id).toBe(created.body.task_id);
  });

  it('records the key id as the caller of its tasks', async () => {
    const created = await submit(teamB.key);
    const job = await gw.api.queue.getJob(created.body.task_id);
    expect(job?.data.caller).toBe(teamB.id);
  });

  it('keeps Idempotency-Key per key: the same key string from two tenants makes two tasks', async () => {
    const a = await request(gw.url).post('/ai/task?wait=false').set('X-API-Key', teamA.key).set('Idempotency-Key', 'shared-1').send(TASK);
    const b = await request(gw.url).post('/ai/task?wait=false').set('X-API-Key', teamB.key).set('Idempotency-Key', 'shared-1').send(TASK);
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect(a.body.task_id).not.toBe(b.body.task_id);
  });

  it('records last use at most once a minute per key', async () => {
    const fresh = await createKey(gw.db, 'touched', ['tasks']);
    await request(gw.url).get('/provider/status').set('X-API-Key', fresh.key);
    let row: { last_used_at: Date | null } | undefined;
    for (let i = 0; i < 20 && !row?.last_used_at; i += 1) {
      await new Promise((r) => setTimeout(r, 50));
      row = await gw.db('api_keys').where({ id: fresh.id }).first('last_used_at');
    }
    expect(row?.last_used_at).toBeInstanceOf(Date);
    const first = row?.last_used_at?.getTime();
    await request(gw.url).get('/provider/status').set('X-API-Key', fresh.key);
    await new Promise((r) => setTimeout(r, 100));
    const again = await gw.db('api_keys').where({ id: fresh.id }).first('last_used_at');
    expect(again.last_used_at.getTime()).toBe(first);
  });

  it('refuses a revoked key at once (with AUTH_CACHE_SECONDS=0)', async () => {
    const doomed = await createKey(gw.db, 'doomed', ['tasks']);
    expect((await submit(doomed.key)).status).toBe(202);
    await new ApiKeyStore(gw.db).revoke('doomed');
    const res = await submit(doomed.key);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_api_key');
  });

  it('stores only the SHA-256 of a key, never the key', async () => {
    const rows = await gw.db('api_keys').select('*');
    const dump = JSON.stringify(rows);
    for (const k of [teamA, teamB, admin, historyOnly]) expect(dump).not.toContain(k.key);
    expect(rows.every((r: { key_hash: string }) => /^[0-9a-f]{64}$/.test(r.key_hash))).toBe(true);
  });
});

describe('API_KEY alongside managed keys', () => {
  let gw: TestGateway;
  let tenant: TestKey;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { API_KEY: 'operator-secret-1', AUTH_CACHE_SECONDS: '0' }, withWorker: false });
    tenant = await createKey(gw.db, 'tenant', ['tasks']);
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('treats API_KEY as the operator key: every scope, and every tenant’s tasks', async () => {
    const created = await request(gw.url).post('/ai/task?wait=false').set('X-API-Key', tenant.key).send(TASK);
    expect(created.status).toBe(202);
    const byOperator = await request(gw.url).get(`/ai/task/${created.body.task_id}`).set('Authorization', 'Bearer operator-secret-1');
    expect(byOperator.status).toBe(200);
    expect((await request(gw.url).get('/history').set('X-API-Key', 'operator-secret-1')).status).toBe(200);
  });

  it('still refuses a missing or wrong key', async () => {
    expect((await request(gw.url).get('/provider/status')).body.error.code).toBe('missing_api_key');
    expect((await request(gw.url).get('/provider/status').set('X-API-Key', 'operator-secret-2')).body.error.code).toBe('invalid_api_key');
  });
});

describe('authentication off', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { AUTH_CACHE_SECONDS: '0' }, withWorker: false });
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('lets everyone in as "anonymous" and says so at start-up', async () => {
    expect(gw.api.authEnabled).toBe(false);
    const res = await request(gw.url).post('/ai/task?wait=false').send(TASK);
    expect(res.status).toBe(202);
    const job = await gw.api.queue.getJob(res.body.task_id);
    expect(job?.data.caller).toBe('anonymous');
    // A stray key is ignored while authentication is off, as in the original service.
    expect((await request(gw.url).get('/history').set('X-API-Key', 'whatever')).status).toBe(200);
  });

  it('turns on as soon as the first managed key is created', async () => {
    await createKey(gw.db, 'first', ['tasks']);
    const res = await request(gw.url).post('/ai/task?wait=false').send(TASK);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('missing_api_key');
  });
});
