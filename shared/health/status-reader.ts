/**
 * The API's view of deployment health for /provider/status: it reads the fleet's shared state on
 * the API's own connection and never falls back to a made-up local state. When Redis does not
 * answer, it says the state is unavailable.
 */
import type { Redis } from 'ioredis';
import { DeploymentKeyring, type HealthKeys } from './keyring';
import { fetchStatus, parseStatus } from './redis-status';
import { defineHealthCommands, type HealthCommands } from './scripts';
import type { DeploymentRef, DeploymentStatus, HealthSettings } from './types';

export type StatusReport = { available: true; deployments: DeploymentStatus[] } | { available: false; error: string };

export class HealthStatusReader {
  private readonly redis: Redis & HealthCommands;
  private readonly keyring: DeploymentKeyring;
  private readonly settings: HealthSettings;

  constructor(options: { redis: Redis; keys: HealthKeys; settings: HealthSettings }) {
    this.redis = defineHealthCommands(options.redis);
    this.keyring = new DeploymentKeyring(options.keys);
    this.settings = options.settings;
  }

  async status(deployments: readonly DeploymentRef[]): Promise<StatusReport> {
    if (deployments.length === 0) return { available: true, deployments: [] };
    let reply: unknown;
    try {
      reply = await fetchStatus(this.redis, this.keyring, this.settings, deployments);
    } catch (err) {
      return { available: false, error: err instanceof Error ? err.message : String(err) };
    }
    return { available: true, deployments: parseStatus(reply, deployments) };
  }
}
