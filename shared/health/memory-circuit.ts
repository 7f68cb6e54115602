/**
 * One scope's circuit held in process memory. Each method mirrors a part of the Lua scripts in
 * ./lua (admission.lua, acquire.lua, record.lua, status.lua) so both stores follow one set of rules.
 */
import { WINDOW_BUCKETS, bucketMs, failureRate, openTimeMs } from './rules';
import type { CircuitState, HealthSettings, OpenCause, RefusalReason, ScopeStatus } from './types';

export interface Change {
  from: CircuitState;
  to: CircuitState;
  why?: OpenCause;
  openMs?: number;
  consecutiveFailures?: number;
}

export interface Verdict {
  /** 0 when the scope admits a call now. */
  waitMs: number;
  reason: RefusalReason | null;
  misconfigured: string | null;
  /** What admitting a call does to the scope: nothing, take a probe lease, or move open → half-open and take one. */
  action: 'pass' | 'probe' | 'half_open';
}

export class ScopeCircuit {
  state: CircuitState = 'closed';
  private failures = 0;
  private opens = 0;
  private openUntil = 0;
  private cooldownUntil = 0;
  /** Probe lease (call id) → expiry. */
  private readonly probes = new Map<string, number>();
  /** Bucket index → [calls, faults]. */
  private readonly window = new Map<number, [number, number]>();
  private misconfigured: { reason: string; at: number } | null = null;

  constructor(private readonly settings: HealthSettings) {}

  /** admission.lua: reads only. */
  verdict(now: number): Verdict {
    let waitMs = 0;
    let reason: RefusalReason | null = null;
    if (this.cooldownUntil > now) {
      waitMs = this.cooldownUntil - now;
      reason = 'cooldown';
    }
    let action: Verdict['action'] = 'pass';
    let circuitWait = 0;
    if (this.state === 'open') {
      if (this.openUntil > now) circuitWait = this.openUntil - now;
      else action = 'half_open';
    } else if (this.state === 'half_open') {
      const live = this.liveLeases(now);
      if (live.length >= this.settings.halfOpenProbes) circuitWait = Math.max(1, Math.min(...live) - now);
      else action = 'probe';
    }
    if (circuitWait > 0 && circuitWait >= waitMs) {
      waitMs = circuitWait;
      reason = this.misconfigured ? 'misconfigured' : 'circuit_open';
    }
    return { waitMs, reason, misconfigured: reason === 'misconfigured' ? (this.misconfigured?.reason ?? null) : null, action };
  }

  /** acquire.lua, once every scope admits: the transition (if due) and the lease. */
  admit(callId: string, now: number, action: Verdict['action'], leaseMs: number): Change | null {
    if (action === 'pass') return null;
    let change: Change | null = null;
    if (action === 'half_open') {
      this.state = 'half_open';
      this.probes.clear();
      change = { from: 'open', to: 'half_open' };
    }
    for (const [lease, expiry] of this.probes) if (expiry <= now) this.probes.delete(lease);
    this.probes.set(callId, now + leaseMs);
    return change;
  }

  /** record.lua `success`: only the probe's own success closes a half-open scope. `lease` is '' when the call took none here. */
  success(lease: string, now: number): Change | null {
    const held = this.probes.delete(lease);
    if (this.state === 'half_open') {
      if (!held) return null;
      this.failures = 0;
      this.opens = 0;
      this.openUntil = 0;
      this.misconfigured = null;
      this.window.clear();
      this.probes.clear();
      this.state = 'closed';
      return { from: 'half_open', to: 'closed' };
    }
    if (this.state !== 'closed') return null;
    this.count(now, false);
    this.failures = 0;
    this.misconfigured = null;
    return null;
  }

  /** record.lua `fault`: a fault counts toward opening; a misconfiguration (reason given) opens at once. */
  fault(lease: string, now: number, misconfigured?: string): Change | null {
    const held = this.probes.delete(lease);
    if (misconfigured !== undefined) this.misconfigured = { reason: misconfigured, at: this.misconfigured?.at ?? now };
    if (this.state === 'half_open') {
      if (!held) return null;
      this.failures += 1;
      return this.open(now, 'half_open', misconfigured !== undefined ? 'misconfigured' : 'probe_failed');
    }
    // Open already: a late answer from a call admitted before it opened adds nothing.
    if (this.state !== 'closed') return null;
    this.failures += 1;
    if (misconfigured !== undefined) return this.open(now, 'closed', 'misconfigured');
    const { calls, faults } = this.count(now, true);
    if (this.failures >= this.settings.threshold) return this.open(now, 'closed', 'consecutive');
    if (calls >= this.settings.minCalls && faults / calls > this.settings.failureRate) return this.open(now, 'closed', 'failure_rate');
    return null;
  }

  /** record.lua `release`: a lease given back without counting. */
  release(lease: string): void {
    this.probes.delete(lease);
  }

  /** record.lua `cool_down`: a 429; a later, longer Retry-After extends it, a shorter one does not cut it. */
  coolDown(now: number, ms: number): void {
    if (ms > 0) this.cooldownUntil = Math.max(this.cooldownUntil, now + ms);
  }

  private open(now: number, from: CircuitState, why: OpenCause): Change {
    this.opens += 1;
    const openMs = openTimeMs(this.settings, this.opens);
    this.openUntil = now + openMs;
    this.window.clear();
    this.probes.clear();
    this.state = 'open';
    return { from, to: 'open', why, openMs, consecutiveFailures: this.failures };
  }

  private liveLeases(now: number): number[] {
    return [...this.probes.values()].filter((expiry) => expiry > now);
  }

  /** Adds a call to the window (dropping buckets that fell out) and returns what it holds. */
  private count(now: number, fault: boolean): { calls: number; faults: number } {
    const current = Math.floor(now / bucketMs(this.settings));
    const bucket = this.window.get(current) ?? [0, 0];
    bucket[0] += 1;
    if (fault) bucket[1] += 1;
    this.window.set(current, bucket);
    for (const index of this.window.keys()) if (index <= current - WINDOW_BUCKETS) this.window.delete(index);
    return this.windowTotals(now);
  }

  private windowTotals(now: number): { calls: number; faults: number } {
    const current = Math.floor(now / bucketMs(this.settings));
    let calls = 0;
    let faults = 0;
    for (const [index, [c, f]] of this.window) {
      if (index <= current - WINDOW_BUCKETS) continue;
      calls += c;
      faults += f;
    }
    return { calls, faults };
  }

  /** status.lua. */
  status(scopeId: string, now: number): ScopeStatus {
    let nextProbeInMs: number | null = null;
    if (this.state === 'open') nextProbeInMs = Math.max(0, this.openUntil - now);
    if (this.state === 'half_open') {
      const live = this.liveLeases(now);
      nextProbeInMs = live.length < this.settings.halfOpenProbes ? 0 : Math.max(0, Math.min(...live) - now);
    }
    const { calls, faults } = this.windowTotals(now);
    return {
      scopeId,
      state: this.state,
      consecutiveFailures: this.failures,
      window: { calls, failures: faults },
      failureRate: failureRate(calls, faults),
      nextProbeInMs,
      cooldownUntil: this.cooldownUntil > now ? this.cooldownUntil : null,
      misconfigured: this.misconfigured ? { reason: this.misconfigured.reason, since: new Date(this.misconfigured.at).toISOString() } : null,
    };
  }
}
