/**
 * The circuit breaker every worker shares: state in Redis, changed only by the Lua scripts in
 * ./lua (atomic, timed by Redis TIME). When Redis cannot be reached, each call falls back at once
 * to a per-process breaker with the same rules, says so once in the log (and to `onFallbackChange`
 * for metrics), and returns to the shared state as soon as Redis answers again.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RedisKeys } from '../redis-keys';
import type { Logger } from '../logger';
import { waitForReady } from '../redis';
import { MEMORY_LEASE_PREFIX, MemoryCircuitBreaker } from './memory-breaker';
import { defineBreakerCommands, type BreakerCommands } from './scripts';
import {
  WINDOW_BUCKETS,
  cooldownMs,
  type Admission,
  type BreakerSettings,
  type BreakerSnapshot,
  type CallOutcome,
  type CircuitBreaker,
  type CircuitState,
  type RecordDetails,
  type TransitionListener,
} from './types';

/** A provider nobody has called for this long is forgotten (its circuit is closed again). */
const STATE_TTL_MS = 7 * 86_400_000;
const STARTUP_WAIT_MS = 1_000;

export interface RedisBreakerOptions {
  redis: Redis;
  keys: Pick<RedisKeys, 'breaker'>;
  settings: BreakerSettings;
  logger: Logger;
  onTransition?: TransitionListener;
  /** Called with true when this process starts judging providers on its own, false when Redis is back. */
  onFallbackChange?: (active: boolean) => void;
  /** The API's view: it only reads, and a snapshot fails rather than report a made-up local state. */
  readOnly?: boolean;
}

const STATES: readonly string[] = ['closed', 'open', 'half_open'];
const asState = (value: unknown): CircuitState => (STATES.includes(String(value)) ? (String(value) as CircuitState) : 'closed');

export class RedisCircuitBreaker implements CircuitBreaker {
  private readonly redis: Redis & BreakerCommands;
  private readonly settings: BreakerSettings;
  private readonly bucketMs: number;
  private local: MemoryCircuitBreaker;
  private usingLocal = false;
  /** Until the connection has been up once, a call waits briefly for it rather than report an outage at start-up. */
  private starting: Promise<boolean> | undefined;

  constructor(private readonly options: RedisBreakerOptions) {
    this.redis = defineBreakerCommands(options.redis);
    this.settings = options.settings;
    this.bucketMs = Math.max(1, Math.ceil(this.settings.windowMs / WINDOW_BUCKETS));
    this.local = this.newLocal();
    this.starting = this.redis.status === 'ready' ? undefined : waitForReady(this.redis, STARTUP_WAIT_MS);
  }

  /** True while Redis is unreachable and this process keeps its own breaker state. */
  get fallbackActive(): boolean {
    return this.usingLocal;
  }

  private newLocal(): MemoryCircuitBreaker {
    return new MemoryCircuitBreaker({ settings: this.settings, onTransition: (p, from, to) => this.transition(p, from, to, { source: 'memory' }) });
  }

  private transition(provider: string, from: CircuitState, to: CircuitState, extra: Record<string, unknown>): void {
    const meta = { provider, from, to, ...extra };
    if (to === 'open') this.options.logger.warn('circuit breaker opened', meta);
    else this.options.logger.info(`circuit breaker ${to === 'closed' ? 'closed' : 'half-open'}`, meta);
    this.options.onTransition?.(provider, from, to);
  }

  private setFallback(active: boolean, cause?: unknown): void {
    if (active === this.usingLocal) return;
    this.usingLocal = active;
    if (active) {
      this.options.logger.error('circuit breaker state in Redis is unreachable: each process now judges providers on its own until Redis returns', {
        error: cause,
      });
    } else {
      // Fresh local state next time: what this process saw during the last outage is stale by then.
      this.local = this.newLocal();
      this.options.logger.warn('circuit breaker state is shared through Redis again');
    }
    this.options.onFallbackChange?.(active);
  }

  /** Runs `shared` on Redis, or `fallback` at once when the connection is not up or the command fails. */
  private async shared<T>(shared: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    if (this.starting) {
      await this.starting;
      this.starting = undefined;
    }
    if (this.redis.status !== 'ready') {
      this.setFallback(true, new Error(`redis connection is ${this.redis.status}`));
      return fallback();
    }
    try {
      const value = await shared();
      this.setFallback(false);
      return value;
    } catch (err) {
      this.setFallback(true, err);
      return fallback();
    }
  }

  async allow(provider: string): Promise<Admission> {
    const k = this.options.keys.breaker(provider);
    const s = this.settings;
    return this.shared(
      async () => {
        const lease = randomUUID();
        const [verdict, from, to, wait] = await this.redis.aigwBreakerAcquire(k.state, k.probes, lease, s.halfOpenProbes, s.probeLeaseMs, STATE_TTL_MS);
        if (from && to) this.transition(provider, asState(from), asState(to), {});
        if (verdict === 'allow') return { allowed: true };
        if (verdict === 'probe') return { allowed: true, lease };
        return { allowed: false, reason: verdict === 'cooldown' ? 'cooldown' : 'circuit_open', retryInMs: Number(wait) };
      },
      () => this.local.allow(provider),
    );
  }

  async record(provider: string, outcome: CallOutcome, details: RecordDetails = {}): Promise<void> {
    if (details.lease?.startsWith(MEMORY_LEASE_PREFIX)) return this.local.record(provider, outcome, details);
    await this.shared(
      () => this.recordShared(provider, outcome, details),
      () => this.local.record(provider, outcome, details),
    );
  }

  private async recordShared(provider: string, outcome: CallOutcome, details: RecordDetails): Promise<void> {
    const k = this.options.keys.breaker(provider);
    const s = this.settings;
    const lease = details.lease ?? '';
    if (outcome === 'success') {
      const [from, to] = await this.redis.aigwBreakerSuccess(k.state, k.window, k.probes, lease, this.bucketMs, WINDOW_BUCKETS, STATE_TTL_MS);
      if (from && to) this.transition(provider, asState(from), asState(to), {});
      return;
    }
    if (outcome === 'fault') {
      const reply = await this.redis.aigwBreakerFault(
        k.state, k.window, k.probes,
        lease, s.threshold, s.failureRate, s.minCalls, this.bucketMs, WINDOW_BUCKETS, s.resetTimeoutMs, s.maxResetTimeoutMs, STATE_TTL_MS,
      );
      const [from, to, openMs, failures, why] = reply;
      if (from && to) this.transition(provider, asState(from), asState(to), { open_ms: Number(openMs), consecutive_failures: Number(failures), why });
      return;
    }
    const cooldown = outcome === 'rate_limited' ? cooldownMs(s, details.retryAfterMs) : 0;
    const reason = outcome === 'misconfigured' ? (details.reason ?? 'authentication failed').slice(0, 300) : '';
    await this.redis.aigwBreakerNeutral(k.state, k.probes, lease, cooldown, reason, STATE_TTL_MS);
  }

  async snapshot(providers: readonly string[]): Promise<Record<string, BreakerSnapshot>> {
    const read = async () => {
      const entries = await Promise.all(providers.map(async (p) => [p, await this.snapshotOne(p)] as const));
      return Object.fromEntries(entries);
    };
    if (this.options.readOnly) return read();
    return this.shared(read, () => this.local.snapshot(providers));
  }

  private async snapshotOne(provider: string): Promise<BreakerSnapshot> {
    const k = this.options.keys.breaker(provider);
    const reply = await this.redis.aigwBreakerSnapshot(k.state, k.window, k.probes, this.bucketMs, WINDOW_BUCKETS, this.settings.halfOpenProbes);
    const [state, failures, nextProbe, cooldown, calls, faults, misconfiguredAt, reason] = reply;
    return {
      state: asState(state),
      consecutiveFailures: Number(failures),
      nextProbeInMs: Number(nextProbe) < 0 ? null : Number(nextProbe),
      cooldownRemainingMs: Number(cooldown),
      window: { calls: Number(calls), failures: Number(faults) },
      misconfigured: Number(misconfiguredAt) < 0 ? null : { reason: String(reason), since: new Date(Number(misconfiguredAt)).toISOString() },
      source: 'redis',
    };
  }
}
