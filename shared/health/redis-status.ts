/** One status.lua call for many deployments: shared by the worker's store and the API's read-only reader. */
import type { Redis } from 'ioredis';
import type { DeploymentKeyring } from './keyring';
import { type RawScopeStatus, statusEntries } from './replies';
import { WINDOW_BUCKETS, bucketMs, failureRate, p50, scopeIdOf, worstState } from './rules';
import type { HealthCommands } from './scripts';
import { SCOPES, type DeploymentRef, type DeploymentStatus, type HealthSettings, type Scope, type ScopeStatus } from './types';

function scopeStatus(scopeId: string, raw: RawScopeStatus): ScopeStatus {
  const [state, failures, nextProbe, cooldownUntil, calls, faults, misconfiguredAt, reason] = raw;
  return {
    scopeId,
    state,
    consecutiveFailures: failures,
    window: { calls, failures: faults },
    failureRate: failureRate(calls, faults),
    nextProbeInMs: nextProbe < 0 ? null : nextProbe,
    cooldownUntil: cooldownUntil > 0 ? cooldownUntil : null,
    misconfigured: misconfiguredAt < 0 ? null : { reason, since: new Date(misconfiguredAt).toISOString() },
  };
}

/** The status.lua call alone (its reply is read by `parseStatus`). */
export function fetchStatus(redis: Redis & HealthCommands, keyring: DeploymentKeyring, settings: HealthSettings, deployments: readonly DeploymentRef[]): Promise<unknown> {
  const keys = deployments.flatMap((d) => keyring.of(d).record);
  return redis.aigwHealthStatus(keys.length, ...keys, bucketMs(settings), WINDOW_BUCKETS, settings.halfOpenProbes);
}

export function parseStatus(reply: unknown, deployments: readonly DeploymentRef[]): DeploymentStatus[] {
  const { entries } = statusEntries(reply, deployments.length);
  return deployments.map((deployment, d) => {
    const [deploymentScope, credentialScope, baseUrlScope, inFlight, samples] = entries[d] as (typeof entries)[number];
    const raws = [deploymentScope, credentialScope, baseUrlScope];
    const scopes = Object.fromEntries(SCOPES.map((scope, i) => [scope, scopeStatus(scopeIdOf(deployment, scope), raws[i] as RawScopeStatus)])) as Record<Scope, ScopeStatus>;
    return {
      deployment,
      state: worstState(SCOPES.map((s) => scopes[s].state)),
      scopes,
      inFlight,
      p50LatencyMs: p50(samples.map(Number).filter(Number.isFinite)),
      source: 'redis',
    };
  });
}
