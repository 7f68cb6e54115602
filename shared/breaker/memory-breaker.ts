/**
 * A per-process circuit breaker with the same rules as the Redis one. It is what a worker falls
 * back to while Redis is unreachable (each process then judges providers on its own), and what
 * tests of the chain use.
 */
import { randomUUID } from 'node:crypto';
import {
  WINDOW_BUCKETS,
  cooldownMs,
  openTimeMs,
  type Admission,
  type BreakerSettings,
  type BreakerSnapshot,
  type CallOutcome,
  type CircuitBreaker,
  type CircuitState,
  type RecordDetails,
  type TransitionListener,
} from './types';

interface State {
  state: CircuitState;
  failures: number;
  opens: number;
  openUntil: number;
  cooldownUntil: number;
  /** Lease id → expiry. */
  probes: Map<string, number>;
  /** Bucket index → [calls, faults]. */
  window: Map<number, [number, number]>;
  misconfigured: { reason: string; at: number } | null;
}

export interface MemoryBreakerOptions {
  settings: BreakerSettings;
  now?: () => number;
  onTransition?: TransitionListener;
}

/** Lease ids this breaker hands out start with this, so a caller can tell whose lease it holds. */
export const MEMORY_LEASE_PREFIX = 'mem:';

export class MemoryCircuitBreaker implements CircuitBreaker {
  private readonly states = new Map<string, State>();
  private readonly now: () => number;
  private readonly settings: BreakerSettings;
  private readonly bucketMs: number;

  constructor(private readonly options: MemoryBreakerOptions) {
    this.settings = options.settings;
    this.now = options.now ?? Date.now;
    this.bucketMs = Math.max(1, Math.ceil(this.settings.windowMs / WINDOW_BUCKETS));
  }

  private get(provider: string): State {
    let s = this.states.get(provider);
    if (!s) {
      s = { state: 'closed', failures: 0, opens: 0, openUntil: 0, cooldownUntil: 0, probes: new Map(), window: new Map(), misconfigured: null };
      this.states.set(provider, s);
    }
    return s;
  }

  private move(provider: string, s: State, to: CircuitState): void {
    const from = s.state;
    s.state = to;
    this.options.onTransition?.(provider, from, to);
  }

  private liveProbes(s: State, now: number): number {
    for (const [lease, expiry] of s.probes) if (expiry <= now) s.probes.delete(lease);
    return s.probes.size;
  }

  async allow(provider: string): Promise<Admission> {
    const s = this.get(provider);
    const now = this.now();
    if (s.cooldownUntil > now) return { allowed: false, reason: 'cooldown', retryInMs: s.cooldownUntil - now };
    if (s.state === 'closed') return { allowed: true };
    if (s.state === 'open') {
      if (now < s.openUntil) return { allowed: false, reason: 'circuit_open', retryInMs: s.openUntil - now };
      s.probes.clear();
      this.move(provider, s, 'half_open');
    }
    if (this.liveProbes(s, now) >= this.settings.halfOpenProbes) {
      const soonest = Math.min(...s.probes.values());
      return { allowed: false, reason: 'circuit_open', retryInMs: Math.max(0, soonest - now) };
    }
    const lease = `${MEMORY_LEASE_PREFIX}${randomUUID()}`;
    s.probes.set(lease, now + this.settings.probeLeaseMs);
    return { allowed: true, lease };
  }

  async record(provider: string, outcome: CallOutcome, details: RecordDetails = {}): Promise<void> {
    const s = this.get(provider);
    const now = this.now();
    const wasProbe = details.lease !== undefined && s.probes.delete(details.lease);
    if (outcome === 'success') return this.onSuccess(provider, s, now, wasProbe);
    if (outcome === 'fault') return this.onFault(provider, s, now, wasProbe);
    if (outcome === 'rate_limited') s.cooldownUntil = Math.max(s.cooldownUntil, now + cooldownMs(this.settings, details.retryAfterMs));
    if (outcome === 'misconfigured') s.misconfigured = { reason: details.reason ?? 'authentication failed', at: now };
  }

  private onSuccess(provider: string, s: State, now: number, wasProbe: boolean): void {
    if (s.state === 'half_open' && wasProbe) {
      Object.assign(s, { failures: 0, opens: 0, openUntil: 0, misconfigured: null });
      s.window.clear();
      s.probes.clear();
      this.move(provider, s, 'closed');
    } else if (s.state === 'closed') {
      this.count(s, now, false);
      s.failures = 0;
      s.misconfigured = null;
    }
  }

  private onFault(provider: string, s: State, now: number, wasProbe: boolean): void {
    if (s.state === 'half_open') {
      if (!wasProbe) return;
      s.failures += 1;
      this.open(provider, s, now);
      return;
    }
    if (s.state !== 'closed') return;
    s.failures += 1;
    const { calls, faults } = this.count(s, now, true);
    const rateExceeded = calls >= this.settings.minCalls && faults / calls > this.settings.failureRate;
    if (s.failures >= this.settings.threshold || rateExceeded) this.open(provider, s, now);
  }

  private open(provider: string, s: State, now: number): void {
    s.opens += 1;
    s.openUntil = now + openTimeMs(this.settings, s.opens);
    s.window.clear();
    s.probes.clear();
    this.move(provider, s, 'open');
  }

  /** Adds a call to the window and returns what the window holds. */
  private count(s: State, now: number, fault: boolean): { calls: number; faults: number } {
    const current = Math.floor(now / this.bucketMs);
    const bucket = s.window.get(current) ?? [0, 0];
    bucket[0] += 1;
    if (fault) bucket[1] += 1;
    s.window.set(current, bucket);
    return this.windowTotals(s, now, true);
  }

  private windowTotals(s: State, now: number, prune: boolean): { calls: number; faults: number } {
    const current = Math.floor(now / this.bucketMs);
    let calls = 0;
    let faults = 0;
    for (const [index, [c, f]] of s.window) {
      if (index <= current - WINDOW_BUCKETS) {
        if (prune) s.window.delete(index);
        continue;
      }
      calls += c;
      faults += f;
    }
    return { calls, faults };
  }

  async snapshot(providers: readonly string[]): Promise<Record<string, BreakerSnapshot>> {
    const now = this.now();
    const out: Record<string, BreakerSnapshot> = {};
    for (const provider of providers) {
      const s = this.states.get(provider) ?? this.get(provider);
      let nextProbeInMs: number | null = null;
      if (s.state === 'open') nextProbeInMs = Math.max(0, s.openUntil - now);
      if (s.state === 'half_open') {
        const live = [...s.probes.values()].filter((e) => e > now);
        nextProbeInMs = live.length < this.settings.halfOpenProbes ? 0 : Math.max(0, Math.min(...live) - now);
      }
      const { calls, faults } = this.windowTotals(s, now, false);
      out[provider] = {
        state: s.state,
        consecutiveFailures: s.failures,
        nextProbeInMs,
        cooldownRemainingMs: Math.max(0, s.cooldownUntil - now),
        window: { calls, failures: faults },
        misconfigured: s.misconfigured ? { reason: s.misconfigured.reason, since: new Date(s.misconfigured.at).toISOString() } : null,
        source: 'memory',
      };
    }
    return out;
  }
}
