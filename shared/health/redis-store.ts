/**
 * Deployment health every worker shares: state in Redis, changed only by the Lua scripts in ./lua
 * (atomic, timed by Redis TIME), one round trip per call. When Redis cannot be reached each call
 * falls back at once to a per-process store with the same rules, and returns to the shared state
 * as soon as Redis answers again (see ./fallback).
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { FallbackSwitch } from './fallback';
import { DeploymentKeyring, type HealthKeys } from './keyring';
import { MEMORY_CALL_PREFIX, MemoryHealthStore } from './memory-store';
import { fetchStatus, parseStatus } from './redis-status';
import { acquireReply, recordChanges, viewEntries } from './replies';
import { STATE_TTL_MS, WINDOW_BUCKETS, bucketMs, cooldownMs, holdMsOf, leaseMs, misconfiguredReason, scopeIdOf } from './rules';
import { defineHealthCommands, type HealthCommands } from './scripts';
import { logTransition } from './transitions';
import {
  SCOPES,
  type Admission,
  type Admitted,
  type CallResult,
  type CircuitState,
  type DeploymentRef,
  type DeploymentStatus,
  type DeploymentView,
  type HealthSettings,
  type HealthStore,
  type Scope,
  type TransitionDetails,
  type TransitionListener,
} from './types';

export interface RedisHealthStoreOptions {
  /** A connection that fails fast (./connection): during an outage calls must not queue. */
  redis: Redis;
  keys: HealthKeys;
  settings: HealthSettings;
  logger: Logger;
  onTransition?: TransitionListener;
  /** Called with true when this process starts judging deployments on its own, false when Redis is back. */
  onFallbackChange?: (active: boolean) => void;
}

export class RedisHealthStore implements HealthStore {
  private readonly redis: Redis & HealthCommands;
  private readonly keyring: DeploymentKeyring;
  private readonly settings: HealthSettings;
  private readonly switch: FallbackSwitch;
  private local: MemoryHealthStore;

  constructor(private readonly options: RedisHealthStoreOptions) {
    this.redis = defineHealthCommands(options.redis);
    this.keyring = new DeploymentKeyring(options.keys);
    this.settings = options.settings;
    this.local = this.newLocal();
    this.switch = new FallbackSwitch(this.redis, options.logger, (active) => {
      // Fresh local state for the next outage: what this process saw during the last one is stale by then.
      if (!active) this.local = this.newLocal();
      options.onFallbackChange?.(active);
    });
  }

  /** True while Redis is unreachable and this process keeps its own health state. */
  get fallbackActive(): boolean {
    return this.switch.active;
  }

  private newLocal(): MemoryHealthStore {
    return new MemoryHealthStore({
      settings: this.settings,
      onTransition: (scope, _scopeId, from, to, deployment, details) => this.transition(scope, from, to, deployment, details),
    });
  }

  private transition(scope: Scope, from: CircuitState, to: CircuitState, deployment: DeploymentRef, details: TransitionDetails): void {
    logTransition(this.options.logger, scope, from, to, deployment, details);
    this.options.onTransition?.(scope, scopeIdOf(deployment, scope), from, to, deployment, details);
  }

  async view(deployments: readonly DeploymentRef[]): Promise<DeploymentView[]> {
    if (deployments.length === 0) return [];
    const keys = deployments.flatMap((d) => this.keyring.of(d).admission);
    return this.switch.run(
      () => this.redis.aigwHealthView(keys.length, ...keys, this.settings.halfOpenProbes),
      (reply) => viewEntries(reply, deployments.length).map((entry, i) => ({ deploymentId: (deployments[i] as DeploymentRef).id, ...entry })),
      () => this.local.view(deployments),
    );
  }

  async acquire(deployment: DeploymentRef, holdMs: number): Promise<Admission> {
    const hold = holdMsOf(holdMs);
    const callId = randomUUID();
    const s = this.settings;
    return this.switch.run(
      () => this.redis.aigwHealthAcquire(...this.keyring.of(deployment).admission, callId, s.halfOpenProbes, leaseMs(s, hold), hold, STATE_TTL_MS),
      (reply): Admission => {
        const parsed = acquireReply(reply);
        if (parsed[0] === 'refused') {
          const [, scope, reason, retryInMs, misconfigured] = parsed;
          return { allowed: false, scope, reason, retryInMs, ...(reason === 'misconfigured' ? { misconfigured } : {}) };
        }
        const [, probes, halfOpened] = parsed;
        for (const scope of halfOpened) this.transition(scope, 'open', 'half_open', deployment, { source: 'redis' });
        return { allowed: true, callId, probes, source: 'redis' };
      },
      () => this.local.acquire(deployment, hold),
    );
  }

  async record(deployment: DeploymentRef, admission: Admitted, result: CallResult): Promise<void> {
    // Admitted by this process's own store during an outage: its leases live there.
    if (admission.source === 'memory' || admission.callId.startsWith(MEMORY_CALL_PREFIX)) return this.local.record(deployment, admission, result);
    const charged = SCOPES.indexOf(result.scope) + 1;
    if (charged === 0) throw new TypeError(`record: unknown scope ${String(result.scope)}`);
    const s = this.settings;
    const cooldown = result.outcome === 'rate_limited' ? cooldownMs(s, result.retryAfterMs) : 0;
    const reason = result.outcome === 'misconfigured' ? misconfiguredReason(result.reason) : '';
    const latency = result.outcome === 'success' && Number.isFinite(result.latencyMs) && result.latencyMs >= 0 ? Math.round(result.latencyMs) : -1;
    await this.switch.run(
      () =>
        this.redis.aigwHealthRecord(
          ...this.keyring.of(deployment).record,
          admission.callId, result.outcome, charged, cooldown, reason, latency, s.latencySamples,
          s.threshold, s.failureRate, s.minCalls, bucketMs(s), WINDOW_BUCKETS, s.resetTimeoutMs, s.maxResetTimeoutMs, STATE_TTL_MS,
          SCOPES.map((scope) => (admission.probes.includes(scope) ? '1' : '0')).join(''),
        ),
      (reply) => {
        for (const { scope, from, to, ...details } of recordChanges(reply)) this.transition(scope, from, to, deployment, { ...details, source: 'redis' });
      },
      () => this.local.record(deployment, admission, result),
    );
  }

  async status(deployments: readonly DeploymentRef[]): Promise<DeploymentStatus[]> {
    if (deployments.length === 0) return [];
    return this.switch.run(
      () => fetchStatus(this.redis, this.keyring, this.settings, deployments),
      (reply) => parseStatus(reply, deployments),
      () => this.local.status(deployments),
    );
  }
}
