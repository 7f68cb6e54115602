/** `npm run keys`: the built CLI creates, lists and revokes keys that the running gateway honours. */
import request from 'supertest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { keysCli } from './helpers';

describe('keys CLI', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { AUTH_CACHE_SECONDS: '0' }, withWorker: false });
  });
  afterAll(async () => {
    await gw.stop();
  });

  const cli = (...args: string[]) => keysCli(gw.config.DATABASE_URL, args);

  it('creates a key shown once, which the gateway then requires and accepts', async () => {
    const created = await cli('create', '--name', 'team-a', '--scopes', 'tasks,history', '--json');
    expect(created.code).toBe(0);
    const key = JSON.parse(created.stdout) as { id: string; key: string; scopes: string[]; name: string };
    expect(key).toMatchObject({ name: 'team-a', scopes: ['tasks', 'history'], rate_limit_per_minute: null, revoked_at: null });
    expect(key.key).toMatch(/^aigw_[A-Za-z0-9_-]{43}$/);

    expect((await request(gw.url).get('/history')).status).toBe(401);
    expect((await request(gw.url).get('/history').set('X-API-Key', key.key)).status).toBe(200);

    const human = await cli('create', '--name', 'team-b', '--scopes', 'tasks', '--rate-limit', '120');
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/created key "team-b"/);
    expect(human.stdout).toMatch(/\n {2}aigw_[A-Za-z0-9_-]{43}\n/);
  });

  it('lists keys with their prefix, scopes and limits, never the key or its hash', async () => {
    const listed = await cli('list', '--json');
    expect(listed.code).toBe(0);
    const keys = JSON.parse(listed.stdout) as Record<string, unknown>[];
    expect(keys.map((k) => k.name)).toEqual(['team-a', 'team-b']);
    expect(keys[1]).toMatchObject({ scopes: ['tasks'], rate_limit_per_minute: 120 });
    for (const k of keys) {
      expect(Object.keys(k)).not.toContain('key');
      expect(Object.keys(k)).not.toContain('key_hash');
      expect(k.key_prefix).toMatch(/^aigw_.{6}$/);
    }
    const table = await cli('list');
    expect(table.stdout).toMatch(/^id\s+name\s+key\s+scopes/);
    expect(table.stdout).toContain('team-b');
  });

  it('revokes by name or id; the revoked key is refused at once', async () => {
    const created = JSON.parse((await cli('create', '--name', 'short-lived', '--scopes', 'tasks', '--json')).stdout) as { id: string; key: string };
    expect((await request(gw.url).get('/provider/status').set('X-API-Key', created.key)).status).toBe(200);
    const revoked = await cli('revoke', created.id);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain('revoked key "short-lived"');
    const after = await request(gw.url).get('/provider/status').set('X-API-Key', created.key);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('invalid_api_key');

    expect((await cli('revoke', 'team-b')).code).toBe(0);
    const listed = JSON.parse((await cli('list', '--json')).stdout) as { name: string; revoked_at: string | null }[];
    expect(listed.find((k) => k.name === 'team-b')?.revoked_at).toEqual(expect.any(String));
  });

  it('creates a key with its fair-queue policy: weight, limits, batch only', async () => {
    const created = await cli('create', '--name', 'nightly', '--scopes', 'tasks', '--weight', '3', '--max-queued', '5000', '--max-in-flight', '20', '--batch-only', '--json');
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ weight: 3, max_queued: 5000, max_in_flight: 20, batch_only: true });
    const plain = JSON.parse((await cli('list', '--json')).stdout) as Record<string, unknown>[];
    expect(plain.find((k) => k.name === 'team-a')).toMatchObject({ weight: 1, max_queued: null, max_in_flight: null, batch_only: false });
    expect((await cli('list')).stdout).toMatch(/nightly .*w=3 queued<=5000 running<=20 batch-only/);
  });

  it('lets a revoked name be reused, but not an active one', async () => {
    expect((await cli('create', '--name', 'team-b', '--scopes', 'tasks')).code).toBe(0);
    const dup = await cli('create', '--name', 'team-a', '--scopes', 'tasks');
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('already exists');
  });

  it.each([
    [['revoke', 'nobody'], 1, /no active key/],
    [['create', '--name', 'x', '--scopes', 'tasks,root'], 2, /unknown scope root/],
    [['create', '--name', 'bad name!', '--scopes', 'tasks'], 2, /--name/],
    [['create', '--scopes', 'tasks'], 2, /--name/],
    [['create', '--name', 'y', '--scopes', 'tasks', '--rate-limit', '0'], 2, /--rate-limit/],
    [['create', '--name', 'z', '--scopes', 'tasks', '--weight', '0'], 2, /--weight is a number from 0.01 to 1000/],
    [['create', '--name', 'z', '--scopes', 'tasks', '--weight', 'lots'], 2, /--weight/],
    [['create', '--name', 'z', '--scopes', 'tasks', '--max-queued', '0'], 2, /--max-queued is a whole number/],
    [['create', '--name', 'z', '--scopes', 'tasks', '--max-in-flight', '-1'], 2, /--max-in-flight/],
    [['frobnicate'], 2, /unknown command/],
    [[], 2, /give a command/],
    [['list', '--bogus'], 2, /Unknown option/],
  ])('%j exits %i with a message', async (args, code, message) => {
    const res = await cli(...(args as string[]));
    expect(res.code).toBe(code);
    expect(res.stderr).toMatch(message as RegExp);
  });
});
