/** The Redis keys each script is handed for a deployment, in the order its header names them. */
import type { RedisKeys } from '../redis-keys';
import { scopeIdOf } from './rules';
import { SCOPES, type DeploymentRef } from './types';

export type HealthKeys = Pick<RedisKeys, 'health'>;

export interface DeploymentKeys {
  /** acquire.lua / view.lua: each scope's state hash and probe leases, then the calls in flight. */
  admission: string[];
  /** record.lua / status.lua: each scope's state hash, window and probe leases, then calls in flight and latency samples. */
  record: string[];
}

/** Key names hash their ids; a worker asks for the same few deployments on every call, so they are built once. */
const CACHE_LIMIT = 10_000;

export class DeploymentKeyring {
  private readonly cache = new Map<string, DeploymentKeys>();

  constructor(private readonly keys: HealthKeys) {}

  of(deployment: DeploymentRef): DeploymentKeys {
    const cacheKey = `${deployment.id}\u0000${deployment.credential.id}\u0000${deployment.baseUrl.id}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const admission: string[] = [];
    const record: string[] = [];
    for (const scope of SCOPES) {
      const k = this.keys.health.scope(scope, scopeIdOf(deployment, scope));
      admission.push(k.state, k.probes);
      record.push(k.state, k.window, k.probes);
    }
    const d = this.keys.health.deployment(deployment.id);
    admission.push(d.inFlight);
    record.push(d.inFlight, d.latency);
    const built = { admission, record };
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(cacheKey, built);
    return built;
  }
}
