/**
 * An express-rate-limit store that leases a client's budget from Redis in slices: a replica asks
 * Redis for up to k units of the current window (lua/rate-lease.lua) and serves that many requests
 * from memory, so most requests cost no Redis command. Redis never grants more than the limit per
 * window in all, so the limit holds exactly across replicas; the price is that a replica may hold up
 * to k units per client per window that it did not use and that the others cannot have.
 *
 * Keys are `<limit>/<client key>` (see `leaseKey`): the limit can differ per request (a managed key's
 * own), and the store must know it to ask for a grant. The Redis key is the prefix + client key.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientRateLimitInfo, Store } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { withTimeout } from '../../shared/redis';

export interface LeasedStoreOptions {
  redis: Redis;
  /** Prepended to the client key to name its counter in Redis. */
  prefix: string;
  windowMs: number;
  /** Each grant is bounded so a hung Redis fails the request in about this long. */
  timeoutMs: number;
  /**
   * Redis answered a grant. Only then is Redis known to be there: a request served from a lease
   * says nothing about it (a hung Redis keeps its connection `ready`).
   */
  onRedisAnswer?: () => void;
}

/** The slice a replica leases at once: about 1% of the limit, 1 to 64 units. */
export function sliceFor(limit: number): number {
  return Math.min(64, Math.max(1, Math.floor(limit / 100)));
}

/** The store key for a client under a limit; a change of limit is a new key, so it takes effect at once. */
export function leaseKey(limit: number, clientKey: string): string {
  return `${limit}/${clientKey}`;
}

function parseKey(key: string): { limit: number; client: string } {
  const slash = key.indexOf('/');
  const limit = Number(key.slice(0, slash));
  if (slash < 1 || !Number.isInteger(limit) || limit < 0) throw new Error(`leased store: key "${key}" is not <limit>/<client key>`);
  return { limit, client: key.slice(slash + 1) };
}

interface Lease {
  /** When this replica stops trusting the window: the reply's TTL counted from before the request was sent, so never after Redis ends it. */
  resetAt: number;
  /** Units granted to this replica and not used yet. */
  left: number;
  /** The window's counter after the last grant (units granted to every replica). */
  count: number;
  /** Redis granted nothing: the limit is spent until `resetAt`, for every replica. */
  spent: boolean;
  /** The grant under way, which concurrent requests for the same key wait for rather than ask again. */
  pending?: Promise<void>;
}

/** The script's text and SHA1, read once per process. */
interface LeaseScript {
  lua: string;
  sha: string;
}

let script: LeaseScript | undefined;

function leaseScript(): LeaseScript {
  if (!script) {
    // `npm run build` copies lua/ next to the compiled file; under ts-jest this is the source folder.
    const file = join(__dirname, 'lua', 'rate-lease.lua');
    if (!existsSync(file)) throw new Error(`rate-limit Lua script not found at ${file}`);
    const lua = readFileSync(file, 'utf8');
    script = { lua, sha: createHash('sha1').update(lua).digest('hex') };
  }
  return script;
}

export class LeasedStore implements Store {
  readonly prefix: string;
  readonly localKeys = false;
  private readonly redis: Redis;
  private readonly script = leaseScript();
  private readonly leases = new Map<string, Lease>();
  private nextSweep = 0;

  constructor(private readonly options: LeasedStoreOptions) {
    this.prefix = options.prefix;
    this.redis = options.redis;
  }

  /** The connection grants are asked on; for tests. */
  get connection(): Redis {
    return this.redis;
  }

  /** Keys with local state (leases of current or past windows not swept yet); for tests. */
  get size(): number {
    return this.leases.size;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    // The request connection has no offline queue; a lease in hand does not change that Redis is away.
    if (this.redis.status !== 'ready') throw new Error(`redis connection is ${this.redis.status}`);
    const { limit, client } = parseKey(key);
    this.sweep(Date.now());
    for (;;) {
      const lease = this.leases.get(key);
      if (lease && lease.resetAt > Date.now()) {
        if (lease.left > 0) {
          lease.left -= 1;
          return { totalHits: lease.count - lease.left, resetTime: new Date(lease.resetAt) };
        }
        if (lease.spent) return { totalHits: Math.max(lease.count, limit) + 1, resetTime: new Date(lease.resetAt) };
      }
      await (lease?.pending ?? this.grant(key, client, limit));
    }
  }

  /** Gives the unit back to this replica's lease (the window's counter in Redis is not lowered). */
  decrement(key: string): void {
    const lease = this.leases.get(key);
    if (lease && lease.resetAt > Date.now()) lease.left += 1;
  }

  /** Forgets this replica's lease and the client's counter; other replicas keep what they hold (at most k units). */
  async resetKey(key: string): Promise<void> {
    const { client } = parseKey(key);
    this.leases.delete(key);
    await withTimeout(this.redis.del(this.prefix + client), this.options.timeoutMs, 'rate limit reset');
  }

  resetAll(): void {
    this.leases.clear();
  }

  shutdown(): void {
    this.leases.clear();
  }

  /** Asks Redis for a slice; the lease is updated before the promise settles. One promise chain, no async frames: this runs on every request when the slice is 1. */
  private grant(key: string, client: string, limit: number): Promise<void> {
    let lease = this.leases.get(key);
    if (!lease) {
      lease = { resetAt: 0, left: 0, count: 0, spent: false };
      this.leases.set(key, lease);
    }
    const held = lease;
    const sentAt = Date.now();
    const asked = withTimeout(
      this.lease(this.prefix + client, String(limit), String(sliceFor(limit))),
      this.options.timeoutMs,
      'rate limit',
    );
    held.pending = asked.then(
      ([granted, count, ttl]) => {
        // A new window discards what is left of the old one's lease (units given back by `decrement`).
        // A counter no higher than this grant is a window this replica held nothing of.
        const sameWindow = held.resetAt > sentAt && count > granted;
        held.left = (sameWindow ? held.left : 0) + granted;
        held.count = count;
        held.resetAt = sentAt + ttl;
        held.spent = granted === 0 && held.left === 0;
        held.pending = undefined;
        this.options.onRedisAnswer?.();
      },
      (err: unknown) => {
        held.pending = undefined;
        throw err;
      },
    );
    return held.pending;
  }

  /**
   * EVALSHA, and EVAL when Redis does not know the script (a restarted Redis, a new cluster node).
   * Plain calls rather than ioredis `defineCommand`: with a slice of 1 this runs on every request,
   * and the custom command's extra objects cost about a fifth of the limiter's CPU.
   */
  private lease(counter: string, limit: string, want: string): Promise<[number, number, number]> {
    const { lua, sha } = this.script;
    const windowMs = String(this.options.windowMs);
    return (this.redis.evalsha(sha, 1, counter, limit, want, windowMs) as Promise<[number, number, number]>).catch((err: unknown) => {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return this.redis.eval(lua, 1, counter, limit, want, windowMs) as Promise<[number, number, number]>;
    });
  }

  /** Past windows' leases go at most once a window, so memory follows the clients of the last window or two. */
  private sweep(now: number): void {
    if (now < this.nextSweep) return;
    this.nextSweep = now + this.options.windowMs;
    for (const [key, lease] of this.leases) {
      if (lease.resetAt <= now && !lease.pending) this.leases.delete(key);
    }
  }
}
