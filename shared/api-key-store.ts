/**
 * Managed API keys in Postgres. A key is random, shown once when it is created, and stored only as
 * its SHA-256: a leaked table row cannot be replayed as a key. Used by the API (lookup) and by the
 * `npm run keys` CLI (create, list, revoke).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from './db';
import { BUDGET_PERIODS, type BudgetPeriod } from './spend/periods';

export const SCOPES = ['tasks', 'history', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

/** Every key starts with this, so a key pasted into a log or a ticket is recognisable (and redacted). */
export const KEY_PREFIX = 'aigw_';

export const MIN_WEIGHT = 0.01;
export const MAX_WEIGHT = 1000;

export const keyNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a name is 1 to 64 letters, digits, . _ or -, starting with a letter or digit');

export const newKeySchema = z.object({
  name: keyNameSchema,
  scopes: z.array(z.enum(SCOPES)).min(1, 'give at least one scope'),
  rateLimitPerMinute: z.number().int().min(1).max(1_000_000).nullable().default(null),
  /** Share of the workers against other keys with work waiting (docs/fair-queueing.md). */
  weight: z.number().min(MIN_WEIGHT).max(MAX_WEIGHT).default(1),
  /** Tasks waiting at once; null means FAIR_DEFAULT_MAX_QUEUED. */
  maxQueued: z.number().int().min(1).max(100_000_000).nullable().default(null),
  /** Tasks running at once; null means FAIR_DEFAULT_MAX_IN_FLIGHT. */
  maxInFlight: z.number().int().min(1).max(1_000_000).nullable().default(null),
  /** Every task of this key goes to the batch lane, whatever the request asks. */
  batchOnly: z.boolean().default(false),
  /** USD the key may spend per `budgetPeriod` (docs/spend.md); null: no budget. */
  budgetUsd: z.number().positive().max(1e12).nullable().default(null),
  budgetPeriod: z.enum(BUDGET_PERIODS).default('month'),
  /** Tokens (input + output) the key may consume per minute; null: no limit. */
  tokensPerMinute: z.number().int().min(1).max(1e12).nullable().default(null),
});

/** What `keys update` may change; absent fields stay as they are. */
export const keyUpdateSchema = z.object({
  rateLimitPerMinute: newKeySchema.shape.rateLimitPerMinute.removeDefault().optional(),
  budgetUsd: newKeySchema.shape.budgetUsd.removeDefault().optional(),
  budgetPeriod: z.enum(BUDGET_PERIODS).optional(),
  tokensPerMinute: newKeySchema.shape.tokensPerMinute.removeDefault().optional(),
});
export type KeyUpdate = z.input<typeof keyUpdateSchema>;
export type NewKey = z.input<typeof newKeySchema>;

export interface ApiKeyRecord {
  id: string;
  name: string;
  /** The first characters of the key, enough to tell keys apart in `list`, useless to an attacker. */
  key_prefix: string;
  scopes: Scope[];
  rate_limit_per_minute: number | null;
  weight: number;
  max_queued: number | null;
  max_in_flight: number | null;
  batch_only: boolean;
  budget_usd: number | null;
  budget_period: BudgetPeriod;
  tokens_per_minute: number | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const TABLE = 'api_keys';
const COLUMNS = [
  'id',
  'name',
  'key_prefix',
  'scopes',
  'rate_limit_per_minute',
  'weight',
  'max_queued',
  'max_in_flight',
  'batch_only',
  'budget_usd',
  'budget_period',
  'tokens_per_minute',
  'created_at',
  'last_used_at',
  'revoked_at',
];
const UNIQUE_VIOLATION = '23505';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class KeyNameTakenError extends Error {
  constructor(name: string) {
    super(`an active key named "${name}" already exists; revoke it first or pick another name`);
    this.name = 'KeyNameTakenError';
  }
}

export function generateKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export class ApiKeyStore {
  constructor(private readonly db: Db) {}

  /** Creates a key; the returned `key` is the only time the plain key exists outside the caller's hands. */
  async create(input: NewKey): Promise<{ record: ApiKeyRecord; key: string }> {
    const spec = newKeySchema.parse(input);
    const key = generateKey();
    try {
      const [record] = (await this.db(TABLE)
        .insert({
          id: randomUUID(),
          name: spec.name,
          key_hash: hashKey(key),
          key_prefix: key.slice(0, KEY_PREFIX.length + 6),
          scopes: [...new Set(spec.scopes)],
          rate_limit_per_minute: spec.rateLimitPerMinute,
          weight: spec.weight,
          max_queued: spec.maxQueued,
          max_in_flight: spec.maxInFlight,
          batch_only: spec.batchOnly,
          budget_usd: spec.budgetUsd,
          budget_period: spec.budgetPeriod,
          tokens_per_minute: spec.tokensPerMinute,
        })
        .returning(COLUMNS)) as ApiKeyRecord[];
      if (!record) throw new Error('the key was not stored');
      return { record, key };
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new KeyNameTakenError(spec.name);
      throw err;
    }
  }

  async list(): Promise<ApiKeyRecord[]> {
    return (await this.db(TABLE).select(COLUMNS).orderBy('created_at', 'asc')) as ApiKeyRecord[];
  }

  /** Revokes the active key with this id or name; answers the keys revoked (none when nothing matched). */
  async revoke(idOrName: string): Promise<ApiKeyRecord[]> {
    return (await this.db(TABLE)
      .whereNull('revoked_at')
      .andWhere((q) => {
        q.where('name', idOrName);
        if (UUID.test(idOrName)) q.orWhere('id', idOrName.toLowerCase());
      })
      .update({ revoked_at: this.db.fn.now() })
      .returning(COLUMNS)) as ApiKeyRecord[];
  }

  /** Changes the active key with this id or name; answers the keys changed (none when nothing matched). */
  async update(idOrName: string, input: KeyUpdate): Promise<ApiKeyRecord[]> {
    const spec = keyUpdateSchema.parse(input);
    const changes: Record<string, unknown> = {};
    if (spec.budgetUsd !== undefined) changes.budget_usd = spec.budgetUsd;
    if (spec.budgetPeriod !== undefined) changes.budget_period = spec.budgetPeriod;
    if (spec.tokensPerMinute !== undefined) changes.tokens_per_minute = spec.tokensPerMinute;
    if (spec.rateLimitPerMinute !== undefined) changes.rate_limit_per_minute = spec.rateLimitPerMinute;
    if (Object.keys(changes).length === 0) return [];
    return (await this.db(TABLE)
      .whereNull('revoked_at')
      .andWhere((q) => {
        q.where('name', idOrName);
        if (UUID.test(idOrName)) q.orWhere('id', idOrName.toLowerCase());
      })
      .update(changes)
      .returning(COLUMNS)) as ApiKeyRecord[];
  }

  async findActiveByHash(keyHash: string): Promise<ApiKeyRecord | undefined> {
    return (await this.db(TABLE).select(COLUMNS).where({ key_hash: keyHash }).whereNull('revoked_at').first()) as ApiKeyRecord | undefined;
  }

  async hasActiveKeys(): Promise<boolean> {
    const row = await this.db(TABLE).whereNull('revoked_at').first('id');
    return row !== undefined;
  }

  /** Records use; skips the write when the stored time is under a minute old, so busy keys cost no extra writes. */
  async touch(id: string): Promise<void> {
    await this.db(TABLE)
      .where({ id })
      .andWhere((q) => q.whereNull('last_used_at').orWhere('last_used_at', '<', this.db.raw(`now() - interval '1 minute'`)))
      .update({ last_used_at: this.db.fn.now() });
  }
}
