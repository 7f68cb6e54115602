/** ApiKeyResolver's policy: caching, revocation delay, and what happens while Postgres is away. */
import { ApiKeyResolver } from '../../../api/middleware/api-keys';
import { hashKey, type ApiKeyRecord, type ApiKeyStore } from '../../../shared/api-key-store';
import { createRootLogger } from '../../../shared/logger';

const record: ApiKeyRecord = {
  id: '0b9c7f3e-1d2a-4c5b-8e6f-7a8b9c0d1e2f',
  name: 'team-a',
  key_prefix: 'aigw_abcdef',
  scopes: ['tasks'],
  rate_limit_per_minute: 7,
  weight: 1,
  max_queued: null,
  max_in_flight: null,
  batch_only: false,
  budget_usd: null,
  budget_period: 'month',
  tokens_per_minute: null,
  created_at: new Date(),
  last_used_at: null,
  revoked_at: null,
};

/** An in-memory stand-in for the Postgres store, which can be switched "down". */
class FakeStore {
  down = false;
  keys = new Map<string, ApiKeyRecord>([[hashKey('aigw_good'), record]]);
  touches = 0;
  async findActiveByHash(hash: string) {
    if (this.down) throw new Error('connect ECONNREFUSED');
    return this.keys.get(hash);
  }
  async hasActiveKeys() {
    if (this.down) throw new Error('connect ECONNREFUSED');
    return this.keys.size > 0;
  }
  async touch() {
    this.touches += 1;
  }
}

const logger = createRootLogger({ level: 'error', silent: true });
const resolver = (store: FakeStore, cacheMs: number, apiKey?: string) =>
  new ApiKeyResolver({ apiKey, store: store as unknown as ApiKeyStore, cacheMs, logger });

describe('ApiKeyResolver', () => {
  afterEach(() => jest.useRealTimers());

  it('maps a managed key to its id, scopes and own rate limit', async () => {
    const found = await resolver(new FakeStore(), 0).resolve('aigw_good');
    expect(found).toEqual({ kind: 'ok', principal: expect.objectContaining({ id: record.id, kind: 'managed', rateLimitPerMinute: 7 }) });
    if (found.kind === 'ok') expect([...found.principal.scopes]).toEqual(['tasks']);
  });

  it('treats API_KEY as the operator key without asking Postgres', async () => {
    const store = new FakeStore();
    store.down = true;
    const keys = resolver(store, 0, 'operator');
    expect(await keys.authEnabled()).toBe(true);
    const found = await keys.resolve('operator');
    expect(found.kind === 'ok' && found.principal.id).toBe('api-key');
  });

  it('keeps a cached answer for the cache time: a revoked key works until it runs out', async () => {
    jest.useFakeTimers({ now: Date.now(), doNotFake: ['nextTick', 'setImmediate'] });
    const store = new FakeStore();
    const keys = resolver(store, 5_000);
    expect((await keys.resolve('aigw_good')).kind).toBe('ok');
    store.keys.clear();
    expect((await keys.resolve('aigw_good')).kind).toBe('ok');
    jest.advanceTimersByTime(5_001);
    expect((await keys.resolve('aigw_good')).kind).toBe('invalid');
  });

  it('while Postgres is away: a known key keeps working, an unknown one is "unavailable", never let in', async () => {
    const store = new FakeStore();
    const keys = resolver(store, 0);
    expect((await keys.resolve('aigw_good')).kind).toBe('ok');
    expect(await keys.authEnabled()).toBe(true);
    store.down = true;
    expect((await keys.resolve('aigw_good')).kind).toBe('ok');
    expect((await keys.resolve('aigw_other')).kind).toBe('unavailable');
    expect(await keys.authEnabled()).toBe(true);
  });

  it('writes last use at most once a minute per key', async () => {
    const store = new FakeStore();
    const keys = resolver(store, 0);
    for (let i = 0; i < 5; i += 1) await keys.resolve('aigw_good');
    expect(store.touches).toBe(1);
  });
});
