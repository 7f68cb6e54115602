/**
 * Deployment health kept in this process, with the same rules as the Redis store. It is what a
 * worker falls back to while Redis is unreachable (each process then judges deployments on its
 * own), and what tests of the chain use (on a clock they move).
 */
import { randomUUID } from 'node:crypto';
import { ScopeCircuit, type Change, type Verdict } from './memory-circuit';
import { cooldownMs, holdMsOf, leaseMs, misconfiguredReason, p50, scopeIdOf, worstState } from './rules';
import {
  SCOPES,
  type Admission,
  type Admitted,
  type CallResult,
  type DeploymentRef,
  type DeploymentStatus,
  type DeploymentView,
  type HealthSettings,
  type HealthStore,
  type Refusal,
  type Scope,
  type ScopeStatus,
  type TransitionListener,
} from './types';

export interface MemoryHealthStoreOptions {
  settings: HealthSettings;
  now?: () => number;
  onTransition?: TransitionListener;
}

/** Call ids this store hands out start with this, so a shared store knows whose admission it holds. */
export const MEMORY_CALL_PREFIX = 'mem:';

export class MemoryHealthStore implements HealthStore {
  readonly fallbackActive = false;
  private readonly circuits = new Map<string, ScopeCircuit>();
  /** Deployment id → call id → expiry. */
  private readonly inFlight = new Map<string, Map<string, number>>();
  /** Deployment id → latest latencies, newest first. */
  private readonly latencies = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: MemoryHealthStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  private circuit(deployment: DeploymentRef, scope: Scope): ScopeCircuit {
    const key = `${scope}:${scopeIdOf(deployment, scope)}`;
    let circuit = this.circuits.get(key);
    if (!circuit) {
      circuit = new ScopeCircuit(this.options.settings);
      this.circuits.set(key, circuit);
    }
    return circuit;
  }

  private calls(deploymentId: string, now: number): Map<string, number> {
    let calls = this.inFlight.get(deploymentId);
    if (!calls) {
      calls = new Map();
      this.inFlight.set(deploymentId, calls);
    }
    for (const [callId, expiry] of calls) if (expiry <= now) calls.delete(callId);
    return calls;
  }

  private decide(deployment: DeploymentRef, now: number): { refusal: Refusal | null; verdicts: Verdict[] } {
    const verdicts = SCOPES.map((scope) => this.circuit(deployment, scope).verdict(now));
    let refusal: Refusal | null = null;
    // The scope with the longest wait speaks for the deployment (the first of equals, as in admission.lua).
    for (const [i, v] of verdicts.entries()) {
      if (!v.reason || v.waitMs <= (refusal?.retryInMs ?? 0)) continue;
      refusal = { scope: SCOPES[i] as Scope, reason: v.reason, retryInMs: v.waitMs, ...(v.misconfigured ? { misconfigured: v.misconfigured } : {}) };
    }
    return { refusal, verdicts };
  }

  private emit(deployment: DeploymentRef, scope: Scope, change: Change | null): void {
    if (!change) return;
    const { from, to, ...details } = change;
    this.options.onTransition?.(scope, scopeIdOf(deployment, scope), from, to, deployment, { ...details, source: 'memory' });
  }

  async view(deployments: readonly DeploymentRef[]): Promise<DeploymentView[]> {
    const now = this.now();
    return deployments.map((d) => ({ deploymentId: d.id, refusal: this.decide(d, now).refusal, inFlight: this.calls(d.id, now).size }));
  }

  async acquire(deployment: DeploymentRef, holdMs: number): Promise<Admission> {
    const hold = holdMsOf(holdMs);
    const now = this.now();
    const { refusal, verdicts } = this.decide(deployment, now);
    if (refusal) return { allowed: false, ...refusal };
    const callId = `${MEMORY_CALL_PREFIX}${randomUUID()}`;
    const probes: Scope[] = [];
    verdicts.forEach((v, i) => {
      const scope = SCOPES[i] as Scope;
      if (v.action === 'pass') return;
      probes.push(scope);
      this.emit(deployment, scope, this.circuit(deployment, scope).admit(callId, now, v.action, leaseMs(this.options.settings, hold)));
    });
    this.calls(deployment.id, now).set(callId, now + hold);
    return { allowed: true, callId, probes, source: 'memory' };
  }

  async record(deployment: DeploymentRef, admission: Admitted, result: CallResult): Promise<void> {
    const now = this.now();
    for (const scope of SCOPES) {
      const circuit = this.circuit(deployment, scope);
      const failing = scope === result.scope;
      // As record.lua: only a scope the admission took a lease on is searched for one.
      const lease = admission.probes.includes(scope) ? admission.callId : '';
      if (result.outcome === 'success') this.emit(deployment, scope, circuit.success(lease, now));
      else if (failing && result.outcome === 'fault') this.emit(deployment, scope, circuit.fault(lease, now));
      else if (failing && result.outcome === 'misconfigured') this.emit(deployment, scope, circuit.fault(lease, now, misconfiguredReason(result.reason)));
      else {
        circuit.release(lease);
        if (failing && result.outcome === 'rate_limited') circuit.coolDown(now, cooldownMs(this.options.settings, result.retryAfterMs));
      }
    }
    this.calls(deployment.id, now).delete(admission.callId);
    if (result.outcome === 'success' && Number.isFinite(result.latencyMs) && result.latencyMs >= 0) {
      const samples = this.latencies.get(deployment.id) ?? [];
      samples.unshift(Math.round(result.latencyMs));
      samples.length = Math.min(samples.length, this.options.settings.latencySamples);
      this.latencies.set(deployment.id, samples);
    }
  }

  async status(deployments: readonly DeploymentRef[]): Promise<DeploymentStatus[]> {
    const now = this.now();
    return deployments.map((deployment) => {
      const scopes = Object.fromEntries(
        SCOPES.map((scope) => [scope, this.circuit(deployment, scope).status(scopeIdOf(deployment, scope), now)]),
      ) as Record<Scope, ScopeStatus>;
      return {
        deployment,
        state: worstState(SCOPES.map((s) => scopes[s].state)),
        scopes,
        inFlight: this.calls(deployment.id, now).size,
        p50LatencyMs: p50(this.latencies.get(deployment.id) ?? []),
        source: 'memory',
      };
    });
  }
}
