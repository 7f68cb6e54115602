/**
 * Who is calling: the operator's single `API_KEY`, a managed key from Postgres, or nobody (when no
 * key of either kind exists, authentication is off, as in the original service).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { SCOPES, hashKey, type ApiKeyRecord, type ApiKeyStore, type Scope } from '../../shared/api-key-store';
import type { Logger } from '../../shared/logger';
import type { BudgetPeriod } from '../../shared/spend/periods';
import { withTimeout } from '../../shared/redis';
import { DEFAULT_QUEUE_POLICY, type QueuePolicy } from '../../shared/fair/policy';

export interface Principal {
  /** Becomes `req.caller`: the tasks and history rows a caller creates belong to this id. */
  id: string;
  name: string;
  kind: 'anonymous' | 'api-key' | 'managed';
  scopes: ReadonlySet<Scope>;
  /** A managed key's own limit for POST /ai/task; null means the configured default. */
  rateLimitPerMinute: number | null;
  /** Its place in the fair queue: weight, limits (null: the configured default), batch lane only. */
  queue: QueuePolicy;
  /** A managed key's budget and tokens-per-minute limit (api/spend/guard.ts); absent for the others. */
  spend?: { budgetUsd: number | null; budgetPeriod: BudgetPeriod; tokensPerMinute: number | null };
}

export type Resolution = { kind: 'ok'; principal: Principal } | { kind: 'invalid' } | { kind: 'unavailable' };

export interface ApiKeyResolverOptions {
  apiKey: string | undefined;
  store: ApiKeyStore;
  /** How long a lookup (found or not) is trusted; a revoked key keeps working at most this long. */
  cacheMs: number;
  logger: Logger;
}

const ALL_SCOPES: ReadonlySet<Scope> = new Set(SCOPES);
const ANONYMOUS: Principal = { id: 'anonymous', name: 'anonymous', kind: 'anonymous', scopes: ALL_SCOPES, rateLimitPerMinute: null, queue: DEFAULT_QUEUE_POLICY };
const MASTER: Principal = { id: 'api-key', name: 'API_KEY', kind: 'api-key', scopes: ALL_SCOPES, rateLimitPerMinute: null, queue: DEFAULT_QUEUE_POLICY };
const DB_TIMEOUT_MS = 1_000;
/** Random keys sent by a scanner must not grow the cache without bound. */
const MAX_CACHED = 10_000;
const TOUCH_EVERY_MS = 60_000;

interface Cached {
  record: ApiKeyRecord | null;
  at: number;
}

function principalOf(record: ApiKeyRecord): Principal {
  return {
    id: record.id,
    name: record.name,
    kind: 'managed',
    scopes: new Set(record.scopes),
    rateLimitPerMinute: record.rate_limit_per_minute,
    queue: { weight: record.weight, maxQueued: record.max_queued, maxInFlight: record.max_in_flight, batchOnly: record.batch_only },
    spend: { budgetUsd: record.budget_usd, budgetPeriod: record.budget_period, tokensPerMinute: record.tokens_per_minute },
  };
}

export class ApiKeyResolver {
  private readonly master: Buffer | undefined;
  private readonly cache = new Map<string, Cached>();
  private readonly touchedAt = new Map<string, number>();
  private managedKeysExist: { value: boolean; at: number } | undefined;
  private warnedAt = 0;
  private checking: Promise<boolean> | undefined;

  constructor(private readonly options: ApiKeyResolverOptions) {
    // Digests have a fixed length, so the comparison reveals neither the key's content nor its length.
    this.master = options.apiKey ? createHash('sha256').update(options.apiKey).digest() : undefined;
  }

  readonly anonymous = ANONYMOUS;

  /** Whether a caller must present a key. Postgres being away keeps the last answer it gave. */
  async authEnabled(): Promise<boolean> {
    if (this.master) return true;
    const known = this.managedKeysExist;
    if (known && Date.now() - known.at < this.options.cacheMs) return known.value;
    // Requests arriving together when the answer expires share one query.
    this.checking ??= this.checkManagedKeys(known).finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async checkManagedKeys(known: { value: boolean } | undefined): Promise<boolean> {
    try {
      const value = await withTimeout(this.options.store.hasActiveKeys(), DB_TIMEOUT_MS, 'api key check');
      this.managedKeysExist = { value, at: Date.now() };
      return value;
    } catch (err) {
      // Only reachable when the API was built without a reachable Postgres (the entry points
      // migrate before they serve), or during an outage: then the last known answer stands.
      this.warn('managed keys cannot be checked; Postgres is unreachable', err);
      return known?.value ?? false;
    }
  }

  async resolve(presented: string): Promise<Resolution> {
    if (this.master && timingSafeEqual(createHash('sha256').update(presented).digest(), this.master)) return { kind: 'ok', principal: MASTER };
    // Looked up by its SHA-256, so lookup time depends on the digest, never on how much of the key was right.
    const keyHash = hashKey(presented);
    const cached = this.cache.get(keyHash);
    let record: ApiKeyRecord | null;
    if (cached && Date.now() - cached.at < this.options.cacheMs) {
      record = cached.record;
    } else {
      try {
        record = (await withTimeout(this.options.store.findActiveByHash(keyHash), DB_TIMEOUT_MS, 'api key lookup')) ?? null;
        this.remember(keyHash, record);
      } catch (err) {
        this.warn('api key lookup failed; Postgres is unreachable', err);
        // A key known before the outage keeps working; an unknown one cannot be let in.
        if (!cached) return { kind: 'unavailable' };
        record = cached.record;
      }
    }
    if (!record) return { kind: 'invalid' };
    this.touch(record.id);
    return { kind: 'ok', principal: principalOf(record) };
  }

  /** One line a minute at most: during an outage every request would otherwise log it. */
  private warn(message: string, err: unknown): void {
    if (Date.now() - this.warnedAt < 60_000) return;
    this.warnedAt = Date.now();
    this.options.logger.warn(message, { error: err });
  }

  private remember(keyHash: string, record: ApiKeyRecord | null): void {
    this.cache.delete(keyHash);
    if (this.cache.size >= MAX_CACHED) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(keyHash, { record, at: Date.now() });
  }

  /** last_used_at is written at most once a minute per key and per API process, off the request path. */
  private touch(id: string): void {
    const now = Date.now();
    if (now - (this.touchedAt.get(id) ?? 0) < TOUCH_EVERY_MS) return;
    this.touchedAt.set(id, now);
    this.options.store.touch(id).catch((err: unknown) => this.options.logger.warn('could not record key use', { key_id: id, error: err }));
  }
}
